"""The managers' dashboard (驾驶舱): year to date against the annual targets (tiles for the
scope, a table by city or by field, with the share of the year elapsed as the pace), the
weekly trend, a city × field heat map, the officers' activity for 督查考核 and the corridor's
published targets. Figures from crm.analytics.dashboard (the weekly report's meanings),
computed on the task runner; every number, bar and cell drills down."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm.analytics.dashboard import Dashboard, dashboard
from crm.analytics.period import Period
from crm.targets.annual import METRIC_LABELS, METRICS
from crm.ui.context import AppContext
from crm.ui.pipeline.common import Card, DrillFn, RefreshWhenShown, ScopeBar
from crm.ui.pipeline.dashboard_models import (
    HeatMapModel,
    OfficerModel,
    TargetProgressModel,
    is_amount,
    metric_value_text,
)
from crm.ui.pipeline.dashboard_parts import PublishedCard, TrendCard
from crm.ui.pipeline.progress import ProgressDelegate, TargetTile
from crm.ui.pipeline.table_export import TableExport, model_table
from crm.ui.pipeline.tables import FigureTable


def officer_period(key: str, today: date) -> Period:
    """The officer table's period: last week (the weekly review), this week, the last four
    weeks, this month or the year to date."""
    if key == "this_week":
        return Period(Period.week_of(today).start, today)
    if key == "four_weeks":
        last = Period.last_complete_week(today)
        return Period(last.start - timedelta(weeks=3), last.end)
    if key == "month":
        return Period(today.replace(day=1), today)
    if key == "ytd":
        return Period.year_until(today)
    return Period.last_complete_week(today)


class DashboardPage(RefreshWhenShown, QWidget):
    def __init__(self, ctx: AppContext, drill: DrillFn, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pipelineDashboard")
        self.ctx, self.drill = ctx, drill
        self.board: Dashboard | None = None
        self._generation = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(scroll)
        content.setObjectName("dashboardContent")
        lay = QVBoxLayout(content)
        lay.setContentsMargins(14, 12, 14, 10)
        lay.setSpacing(10)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel(content)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(content)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)  # a long line wraps instead of widening the window
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.scope = ScopeBar(ctx, content, periods=False)
        self.scope.changed.connect(self.refresh)
        self.export = TableExport(ctx, "dashboardExport", self._tables, content)
        head.addWidget(self.export, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.scope, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)
        tiles = QHBoxLayout()
        self.tiles = {m: TargetTile(m, content) for m in METRICS}
        for m, tile in self.tiles.items():
            tile.clicked.connect(lambda m=m: self._drill_tile(m))
            tiles.addWidget(tile)
        lay.addLayout(tiles)
        grid = QGridLayout()
        grid.setSpacing(10)
        # the models are made below the combo boxes whose changes they follow
        self.targets_model: TargetProgressModel
        self.heat_model: HeatMapModel
        self.targets_card = Card("targets", content)
        self.by = QComboBox(self.targets_card)
        self.by.setObjectName("targetsBy")
        self.by.currentIndexChanged.connect(
            lambda _i: self.targets_model.set_by(self.by.currentData() or "city")
        )
        self.targets_card.tools.addWidget(self.by)
        self.targets_model = TargetProgressModel(ctx, self)
        self.targets_table = FigureTable("targetsTable", self.targets_card)
        self.targets_table.setModel(self.targets_model)
        self.targets_table.setItemDelegate(ProgressDelegate(self.targets_table))
        self.targets_table.verticalHeader().setDefaultSectionSize(42)
        self.targets_table.figure_activated.connect(self._drill_target)
        self.targets_card.body.addWidget(self.targets_table, 1)
        self.trend = TrendCard(drill, content)
        self.heat_card = Card("heatMap", content)
        self.heat_metric = QComboBox(self.heat_card)
        self.heat_metric.setObjectName("heatMetric")
        self.heat_metric.currentIndexChanged.connect(
            lambda _i: self.heat_model.set_metric(
                self.heat_metric.currentData() or "signed_investment"
            )
        )
        self.heat_card.tools.addWidget(self.heat_metric)
        self.heat_model = HeatMapModel(ctx, self)
        self.heat_table = FigureTable("heatMap", self.heat_card)
        self.heat_table.setModel(self.heat_model)
        self.heat_table.verticalHeader().show()
        self.heat_table.verticalHeader().setDefaultSectionSize(34)
        self.heat_table.setAlternatingRowColors(False)
        self.heat_table.figure_activated.connect(self._drill_heat)
        self.heat_table.verticalHeader().setMaximumWidth(150)
        self.heat_metric.currentIndexChanged.connect(lambda _i: self._update_heat_note())
        self.heat_card.body.addWidget(self.heat_table, 1)
        self.officer_card = Card("officers", content)
        self.period = QComboBox(self.officer_card)
        self.period.setObjectName("officerPeriod")
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.officer_card.tools.addWidget(self.period)
        self.officer_model = OfficerModel(ctx, self)
        self.officer_table = FigureTable("officerTable", self.officer_card)
        self.officer_table.setModel(self.officer_model)
        # ranked by all activities (督查考核) until the manager sorts otherwise
        self.officer_table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.officer_table.setSortingEnabled(True)
        self.officer_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.officer_table.figure_activated.connect(self._drill_officer)
        self.officer_card.body.addWidget(self.officer_table, 1)
        self.published = PublishedCard(drill, content)
        # the heat map and the officers' table each take a full row: side by side their columns
        # were cut at 1366 px (8 officer columns, 6 field columns, English headers run long)
        # the year-to-date table takes two thirds: whole city names and six figures with their
        # bars (in English the names run to Qingshan Lake Sci-Tech City), the trend the rest
        for card, row, col, span in ((self.targets_card, 0, 0, 13), (self.trend, 0, 13, 7),
                                     (self.heat_card, 1, 0, 20), (self.officer_card, 2, 0, 20),
                                     (self.published, 3, 0, 20)):  # fmt: skip
            grid.addWidget(card, row, col, 1, span)
        for card in (self.targets_card, self.trend, self.heat_card, self.officer_card):
            card.setMinimumHeight(270)
            card.setMaximumHeight(330)
        self.targets_card.setMaximumHeight(16_777_215)

        for col in range(20):
            grid.setColumnStretch(col, 1)
        for table in (self.targets_table, self.heat_table, self.officer_table):
            table.setMinimumWidth(0)
            table.wrap_headers()
            table.horizontalHeader().setMinimumSectionSize(40)
        self.targets_table.horizontalHeader().setMinimumSectionSize(72)
        self.heat_table.verticalHeader().setMaximumWidth(230)
        # every row of the year-to-date table in view: a city cut off at the bottom looked
        # like a corridor of four cities
        self.targets_model.modelReset.connect(self._fit_targets_card)
        lay.addLayout(grid, 1)
        scroll.setWidget(content)
        outer.addWidget(scroll)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.heat_metric.setCurrentIndex(self.heat_metric.findData(self.heat_model.metric))

    # ------------------------------------------------------------ language
    def _fit_targets_card(self) -> None:
        """City names whole (Qingshan Lake Sci-Tech City), the figures share the rest."""
        table, model = self.targets_table, self.targets_model
        rows = model.rowCount()
        fm = QFontMetrics(table.font())
        names = [str(model.data(model.index(r, 0)) or "") for r in range(rows)]
        head = table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        head.resizeSection(0, max([fm.horizontalAdvance(n) for n in names] or [60]) + 28)
        body = head.height() + sum(table.rowHeight(r) for r in range(rows))
        body += 2 * table.frameWidth() + 4
        table.setMinimumHeight(body)
        table.setMaximumHeight(body)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.export.retranslate()
        self.targets_card.title.setText(self.tr("Year to date against the annual targets"))
        self.targets_card.note.setText(self.tr("amounts in 100 million yuan"))
        self.heat_card.title.setText(self.tr("City × field"))
        self.officer_card.title.setText(self.tr("Officers' activity"))
        self._fill(self.by, [(self.tr("By city"), "city"), (self.tr("By field"), "field")])
        self._fill(
            self.heat_metric,
            [(METRIC_LABELS[m].render(), m) for m in METRICS]
            + [
                (self.tr("Open pipeline (leads)"), "pipeline"),
                (self.tr("Open pipeline (planned investment)"), "pipeline_value"),
            ],
        )
        self._fill(
            self.period,
            [
                (self.tr("Last week"), "last_week"),
                (self.tr("This week"), "this_week"),
                (self.tr("Last 4 weeks"), "four_weeks"),
                (self.tr("This month"), "month"),
                (self.tr("Year to date"), "ytd"),
            ],
        )
        self.targets_table.setAccessibleName(self.tr("Progress against the targets"))
        self.heat_table.setAccessibleName(self.tr("City by field heat map"))
        self.officer_table.setAccessibleName(self.tr("Officers' activity"))
        for m, tile in self.tiles.items():
            tile.caption.setText(METRIC_LABELS[m].render())
            tile.setAccessibleName(METRIC_LABELS[m].render())
        if self.board is not None:
            self._show(self.board)
        else:
            self.subtitle.setText(self.tr("Computing…"))

    def _fill(self, combo: QComboBox, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ data
    shows_changes = ("leads", "bulk", "activities", "targets", "reference")
    result_attr = "board"

    def refresh(self) -> None:
        self.computed()
        self._generation += 1
        gen, store, scope, today = (
            self._generation,
            self.ctx.store,
            self.scope.scope(),
            date.today(),
        )
        period = officer_period(self.period.currentData() or "last_week", today)

        def done(board: Dashboard) -> None:
            if gen == self._generation:
                self._show(board)

        self.ctx.tasks.run(
            lambda _t: dashboard(store, scope, today=today, officer_period=period),
            label=self.tr("Computing the dashboard…"),
            on_done=done,
            show_progress=False,
        )

    def _show(self, board: Dashboard) -> None:
        self.board = board
        text = self.tr("Year to date {start} – {end} · {share} of the year elapsed").format(
            start=board.ytd.start.isoformat(),
            end=board.ytd.end.isoformat(),
            share=f"{board.elapsed:.0%}",
        )
        if not board.has_targets:
            text += " · " + self.tr(
                "no targets set for {year}: set them on the Targets page"
            ).format(year=board.ytd.start.year)
        self.subtitle.setText(text)
        for m, tile in self.tiles.items():
            p = board.target_row(None, None, m)
            target = (
                self.tr("target {target} · {done}").format(
                    target=metric_value_text(m, p.target), done=f"{(p.ratio or 0):.0%}"
                )
                if p.target is not None
                else self.tr("no target set")
            )
            tile.show_progress(p, board.elapsed, metric_value_text(m, p.actual.value), target)
        for model in (self.targets_model, self.heat_model, self.officer_model):
            model.set_dashboard(board)
        self.officer_card.note.setText(board.officer_period.label())
        self._update_heat_note()
        self._fit_targets_card()
        self.trend.show_dashboard(board)
        self.published.show_dashboard(board)

    def _update_heat_note(self) -> None:
        metric = self.heat_metric.currentData() or "signed_investment"
        self.heat_card.note.setText(self.tr("in 100 million yuan") if is_amount(metric) else "")

    def _tables(self) -> list:
        if self.board is None:
            return []
        where = self.scope.describe()
        self.export.title = self._label()
        return [
            model_table(self.targets_model, self.targets_card.title.text(), where),
            model_table(self.heat_model, self.heat_card.title.text() + " · "
                        + self.heat_metric.currentText(), self.heat_card.note.text()),
            model_table(self.officer_model, self.officer_card.title.text(),
                        self.officer_card.note.text()),
        ]  # fmt: skip

    # ------------------------------------------------------------ drill-down
    def _where(self) -> str:
        return self.scope.describe()

    def _label(self, *parts: str) -> str:
        return " · ".join(p for p in (self.tr("Dashboard"), self._where(), *parts) if p)

    def _drill_tile(self, metric: str) -> None:
        if self.board is not None:
            p = self.board.target_row(None, None, metric)
            self.drill(
                p.actual, self._label(METRIC_LABELS[metric].render(), self.tr("year to date"))
            )

    def _drill_target(self, figure, index) -> None:
        metric = METRICS[index.column() - 1]
        self.drill(
            figure,
            self._label(self.targets_model.label(index.row()), METRIC_LABELS[metric].render()),
        )

    def _drill_heat(self, figure, index) -> None:
        m = self.heat_model
        where = " × ".join(
            m.headerData(n, o)
            for n, o in (
                (index.row(), Qt.Orientation.Vertical),
                (index.column(), Qt.Orientation.Horizontal),
            )
        )
        self.drill(figure, self._label(where, self.heat_metric.currentText()))

    def _drill_officer(self, figure, index) -> None:
        row = self.officer_model.rows[index.row()]
        what = self.officer_model.headerData(index.column(), Qt.Orientation.Horizontal)
        self.drill(figure, self._label(row.name, what, self.officer_card.note.text()))
