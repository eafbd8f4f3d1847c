"""The weekly follow-up review (督办): late follow-ups at each level (overdue, 3+ days flagged
to the officer, 5+ escalated to the manager, 7+ at risk) and leads quiet for 30 days, per
officer and per city, the officers needing most attention first. A cell lists its leads
below; double-click one to open it, or open the whole cell in the lead list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.analytics.followup_review import COLUMNS, FollowupReview, ReviewRow, followup_review
from crm.team_settings import followup_thresholds
from crm.ui.context import AppContext
from crm.ui.models import column_widths
from crm.ui.models.lead_columns import BY_KEY
from crm.ui.models.lead_table import ID_ROLE, LeadTableModel
from crm.ui.pipeline.common import FIGURE_ROLE, Card, RefreshWhenShown, ScopeBar, count_text
from crm.ui.pipeline.table_export import TableExport, model_table
from crm.ui.pipeline.tables import FigureTable

KEYS = tuple(COLUMNS)
COLOURS = {"officer": "#b35900", "manager": "#c2410c", "at_risk": "#b91c1c", "stale": "#5b6b7c"}
_LIST_COLUMNS = tuple(BY_KEY[k] for k in ("is_key", "company_name", "stage", "owner", "next_followup",
                                          "followup", "last_activity_on"))  # fmt: skip


class ReviewModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, kind: str, parent=None):
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind  # "officer" or "city"
        self.rows: list[ReviewRow] = []

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def name(self, row: int) -> str:
        r = self.rows[row]
        if self.kind == "officer":
            return r.name
        return self.ctx.ref.label(r.city_id) if r.city_id is not None else self.tr("Total")

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else (2 if self.kind == "officer" else 1) + len(KEYS)

    def _key(self, column: int) -> str | None:
        first = 2 if self.kind == "officer" else 1
        return KEYS[column - first] if column >= first else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        key = self._key(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if key is None:
                return (
                    self.tr("Officer")
                    if self.kind == "officer" and section == 0
                    else self.tr("City")
                )
            th = followup_thresholds(self.ctx.store)
            return {"overdue": self.tr("Overdue"), "officer": self.tr("{days}+ days").format(days=th.officer),
                    "manager": self.tr("{days}+ days (manager)").format(days=th.manager),
                    "at_risk": self.tr("{days}+ days (at risk)").format(days=th.at_risk),
                    "late": self.tr("All late"),
                    "stale": self.tr("Quiet {days} days").format(days=th.stale_days)}[key]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and key is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, key = self.rows[index.row()], self._key(index.column())
        if key is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    self.name(index.row()) if index.column() == 0 else self.ctx.ref.label(r.city_id)
                )
            return None
        fig = r.figures[key]
        if role == Qt.ItemDataRole.DisplayRole:
            return count_text(fig.value) if fig.value else "·"
        if role == FIGURE_ROLE:
            return fig if fig.value else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(COLOURS.get(key, "#1f5f99") if fig.value else "#c3cdd8"))
        if role == Qt.ItemDataRole.FontRole and key == "at_risk" and fig.value:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ReviewPage(RefreshWhenShown, QWidget):
    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("followupReview")
        self.ctx, self.window = ctx, window
        self.review: FollowupReview | None = None
        self._selected: tuple | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 10)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)  # a long line wraps instead of widening the window
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.scope = ScopeBar(ctx, self, periods=False)
        self.scope.changed.connect(self.refresh)
        self.export = TableExport(ctx, "reviewExport", self._tables, self)
        head.addWidget(self.export, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.scope, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)
        split = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(split)
        # side by side when both fit, one above the other when not (English city names)
        tl = self._tables = QBoxLayout(QBoxLayout.Direction.LeftToRight, top)
        tl.setContentsMargins(0, 0, 0, 0)
        self.officer_card, self.city_card = Card("byOfficer", top), Card("byCity", top)
        self.officers, self.cities = (
            ReviewModel(ctx, "officer", self),
            ReviewModel(ctx, "city", self),
        )
        self.officer_table = FigureTable("reviewOfficers", self.officer_card)
        self.city_table = FigureTable("reviewCities", self.city_card)
        for card, table, model, stretch in ((self.officer_card, self.officer_table, self.officers, 3),
                                            (self.city_card, self.city_table, self.cities, 2)):  # fmt: skip
            table.setModel(model)
            table.first_column_wide()
            table.wrap_headers()  # 5天以上（报领导） on two lines: no sideways scrolling
            table.figure_activated.connect(lambda fig, idx, m=model: self._select(m, fig, idx))
            card.body.addWidget(table, 1)
            tl.addWidget(card, stretch)
        self.list_card = Card("reviewLeads", split)
        self.open_list = QPushButton(self.list_card)
        self.open_list.setObjectName("reviewOpenList")
        self.open_list.clicked.connect(self._open_in_list)
        self.list_card.tools.addWidget(self.open_list)
        self.leads = LeadTableModel(ctx, _LIST_COLUMNS, self)
        self.leads.sort_keys = (("next_followup", False),)
        self.lead_table = QTableView(self.list_card)
        self.lead_table.setObjectName("reviewLeadTable")
        self.lead_table.setModel(self.leads)
        self.lead_table.setAlternatingRowColors(True)
        self.lead_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.lead_table.verticalHeader().hide()
        self.lead_table.verticalHeader().setDefaultSectionSize(26)
        column_widths.fit(self.lead_table, _LIST_COLUMNS, ctx.ref, followup_thresholds(ctx.store),
                          stretch=_LIST_COLUMNS.index(BY_KEY["company_name"]))  # fmt: skip
        self.lead_table.doubleClicked.connect(
            lambda idx: window.open_lead(self.leads.data(idx, ID_ROLE))
        )
        self.lead_table.activated.connect(
            lambda idx: window.open_lead(self.leads.data(idx, ID_ROLE))
        )
        self.list_card.body.addWidget(self.lead_table, 1)
        split.addWidget(top)
        split.addWidget(self.list_card)
        split.setSizes([330, 300])
        split.setStretchFactor(0, 3)  # the tables grow first; the list keeps its share
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The two tables side by side if their columns fit, else one above the other (no
        sideways scrolling)."""
        # each card: its padding, the frame and a vertical scroll bar beside the columns
        needs = [t.columns_width() + 70 for t in (self.officer_table, self.city_table)]
        side = sum(needs) <= self.width() - 30
        for i, need in enumerate(needs):  # side by side, each its share of what they need
            self._tables.setStretch(i, need)
        self._tables.setDirection(
            QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
        )
        city = self.city_table
        # one above the other, the officers keep some rows in view (the page scrolls if need be)
        officers = self.officer_table
        officers.setMinimumHeight(0 if side else officers.horizontalHeader().height() + 5 * 26)
        if side:
            city.setMinimumHeight(0)
            city.setMaximumHeight(16_777_215)
        else:  # below the officers: its few rows in full, no scrolling
            rows = city.model().rowCount()
            height = city.horizontalHeader().height() + rows * city.rowHeight(0) if rows else 0
            city.setFixedHeight(
                height + 2 * city.frameWidth() + city.horizontalScrollBar().height()
            )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Follow-up review"))
        self.export.retranslate()
        self.officer_card.title.setText(self.tr("By officer"))
        self.city_card.title.setText(self.tr("By city"))
        self.open_list.setText(self.tr("Open in the lead list"))
        self.officer_table.setAccessibleName(self.tr("Late follow-ups by officer"))
        self.city_table.setAccessibleName(self.tr("Late follow-ups by city"))
        self.lead_table.setAccessibleName(self.tr("Leads of the chosen cell"))
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_texts(self) -> None:
        r = self.review
        if r is None:
            self.subtitle.setText(self.tr("Computing…"))
        else:
            t = r.total.figures
            self.subtitle.setText(
                self.tr(
                    "On {day}: {late} late follow-ups, {risk} of them at risk; {stale} leads quiet for 30 days"
                ).format(
                    day=r.as_of.isoformat(),
                    late=count_text(t["late"].value),
                    risk=count_text(t["at_risk"].value),
                    stale=count_text(t["stale"].value),
                )
            )
        if self._selected is None:
            self.list_card.title.setText(self.tr("Choose a number above to list its leads"))
        self.open_list.setEnabled(self._selected is not None)

    # ------------------------------------------------------------ data
    shows_changes = ("leads", "bulk", "activities", "settings", "reference")
    result_attr = "review"

    def refresh(self) -> None:
        self.computed()
        store, scope, today = self.ctx.store, self.scope.scope(), date.today()
        self.ctx.tasks.run(
            lambda _t: followup_review(store, scope, today=today),
            on_done=self._show,
            show_progress=False,
            label=self.tr("Computing the follow-up review…"),
        )

    def _show(self, review: FollowupReview) -> None:
        self.review = review
        self.officers.set_rows(review.officers)
        self.cities.set_rows(review.cities + [review.total])
        self._update_texts()
        self._arrange()  # the names shown decide whether the tables fit side by side

    def _tables(self) -> list:
        if self.review is None:
            return []
        self.export.title = " · ".join(x for x in (self.title.text(), self.scope.describe()) if x)
        note = self.subtitle.text()
        out = [model_table(self.officers, self.officer_card.title.text(), note),
               model_table(self.cities, self.city_card.title.text(), note)]  # fmt: skip
        if self._selected is not None:
            out.append(model_table(self.leads, self.list_card.title.text()))
        return out

    # ------------------------------------------------------------ a cell's leads
    def _select(self, model: ReviewModel, figure, index) -> None:
        what = model.headerData(index.column(), Qt.Orientation.Horizontal)
        label = " · ".join((self.tr("Follow-up review"), model.name(index.row()), what))
        self._selected = (figure, label)
        self.list_card.title.setText(
            self.tr("{label}: {count} leads").format(label=label, count=count_text(figure.value))
        )
        self.leads.set_query(figure.leads)
        self._update_texts()

    def _open_in_list(self) -> None:
        if self._selected is not None:
            figure, label = self._selected
            self.window.drill_down(figure.leads, label)
