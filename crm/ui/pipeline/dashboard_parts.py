"""Two cards of the dashboard: the weekly trend (three small charts: activity, new leads,
signed and landed projects — a bar opens its leads, a point its activities) and the
corridor's published 2025 targets with what investment attraction has contributed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QTabWidget, QWidget

from crm.analytics.corridor import PUBLISHED, PUBLISHED_YEAR
from crm.analytics.dashboard import Dashboard
from crm.ui.pipeline.charts import ChartView
from crm.ui.pipeline.common import Card, DrillFn, count_text


class TrendCard(Card):
    def __init__(self, drill: DrillFn, parent: QWidget | None = None):
        super().__init__("trend", parent)
        self.drill = drill
        self.board: Dashboard | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("trendTabs")
        self.activity = ChartView("trendActivity", self.tabs)
        self.new_leads = ChartView("trendNewLeads", self.tabs)
        self.deals = ChartView("trendSigned", self.tabs)
        for chart in (self.activity, self.new_leads, self.deals):
            self.tabs.addTab(chart, "")
        self.body.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Weekly trend"))
        self.tabs.setTabText(0, self.tr("Activities"))
        self.tabs.setTabText(1, self.tr("New leads"))
        self.tabs.setTabText(2, self.tr("Signed and landed"))
        if self.board is not None:
            self.show_dashboard(self.board)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        points = board.trend
        weeks = [str(p.period.start.isocalendar().week) for p in points]
        self.note.setText(self.tr("last {n} ISO weeks (by week number)").format(n=len(points)))

        def series(key):
            return [p.figures[key].value for p in points]

        def opener(keys):
            def go(set_index: int, week: int) -> None:
                key = keys[set_index]
                self.drill(points[week].figures[key], self._label(key, points[week]))

            return go

        self.activity.show_lines(
            weeks,
            [
                (self.tr("All activities"), series("activities")),
                (self.tr("Visits"), series("visits")),
            ],
            opener(("activities", "visits")),
        )
        self.new_leads.show_bars(weeks, [(self.tr("New leads"), series("new_leads"))],
                                 opener(("new_leads",)))  # fmt: skip
        self.deals.show_bars(
            weeks,
            [(self.tr("Signed"), series("signed")), (self.tr("Landed"), series("landed"))],
            opener(("signed", "landed")),
        )

    def _label(self, key: str, point) -> str:
        names = {"activities": self.tr("Activities"), "visits": self.tr("Visits"),
                 "new_leads": self.tr("New leads"), "signed": self.tr("Signed"),
                 "landed": self.tr("Landed")}  # fmt: skip
        return self.tr("{what}, week of {day}").format(
            what=names[key], day=point.period.start.isoformat()
        )


class PublishedCard(Card):
    """The corridor's 2025 targets as published, for context (they measure the whole corridor)."""

    def __init__(self, drill: DrillFn, parent: QWidget | None = None):
        super().__init__("published", parent)
        self.drill = drill
        self.board: Dashboard | None = None
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        self.labels, self.values, self.links = [], [], {}
        for n, item in enumerate(PUBLISHED):
            label, value = QLabel(self), QLabel(self)
            label.setObjectName("pageSubtitle")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            value.setObjectName("sectionTitle")
            grid.addWidget(label, 0, n)
            grid.addWidget(value, 1, n)
            grid.setColumnStretch(n, 1)
            self.labels.append(label)
            self.values.append(value)
            if item.flag:
                link = QPushButton(self)
                link.setObjectName("linkButton")
                link.setFlat(True)
                link.setCursor(Qt.CursorShape.PointingHandCursor)
                link.setStyleSheet(
                    "QPushButton { border: none; color: #1f5f99; text-align: left; padding: 0; }"
                    "QPushButton:hover { text-decoration: underline; }"
                )
                link.clicked.connect(lambda _c=False, k=item.flag: self._drill(k))
                grid.addWidget(link, 2, n)
                self.links[item.flag] = link
        self.body.addLayout(grid)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(
            self.tr("The corridor's published targets for {year}").format(year=PUBLISHED_YEAR)
        )
        self.note.setText(self.tr("for the whole corridor, as context"))
        for item, label, value in zip(PUBLISHED, self.labels, self.values, strict=True):
            label.setText(item.label.render())
            value.setText(item.value.render())
        self._update_links()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        self._update_links()

    def _update_links(self) -> None:
        for flag, link in self.links.items():
            fig = self.board.contribution.get(flag) if self.board else None
            link.setText(
                self.tr("{count} signed through investment attraction").format(
                    count=count_text(fig.value)
                )
                if fig is not None
                else ""
            )
            link.setVisible(fig is not None)

    def _drill(self, flag: str) -> None:
        if self.board is not None:
            index = next(n for n, i in enumerate(PUBLISHED) if i.flag == flag)
            self.drill(self.board.contribution[flag], self.labels[index].text())
