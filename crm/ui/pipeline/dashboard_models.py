"""Table models of the dashboard: progress against the targets by city or by field, the city ×
field heat map of one figure, and the officers' activity (督查考核). Cells carry their Figure
(FIGURE_ROLE) for the drill-down and, for progress, the TargetProgress (PROGRESS_ROLE)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crm.analytics.breakdowns import OfficerRow
from crm.analytics.dashboard import Dashboard
from crm.targets.annual import AMOUNT_METRICS, METRICS
from crm.ui.context import AppContext
from crm.ui.pipeline.common import FIGURE_ROLE, VALUE_ROLE, amount_text, count_text

PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 20
ELAPSED_ROLE = Qt.ItemDataRole.UserRole + 21
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: heat-map figures beyond the target metrics: the open pipeline (线索–洽谈)
PIPELINE_KEYS = ("pipeline", "pipeline_value")


def is_amount(metric: str) -> bool:
    return metric in AMOUNT_METRICS or metric == "pipeline_value"


def metric_value_text(metric: str, value: float) -> str:
    return amount_text(value) if is_amount(metric) else count_text(value)


def heat_text(metric: str, value: float) -> str:
    """A heat-map cell: amounts as a bare number of 亿元 (the card names the unit)."""
    return f"{value / 10000:,.1f}" if is_amount(metric) else count_text(value)


class _Base(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.board: Dashboard | None = None

    def set_dashboard(self, board: Dashboard | None) -> None:
        self.beginResetModel()
        self.board = board
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        pass


class TargetProgressModel(_Base):
    """Rows: the scope's total, then each city (``by`` "city") or field ("field")."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, parent)
        self.by = "city"
        self.rows: list[tuple[int | None, int | None]] = []

    def set_by(self, by: str) -> None:
        self.beginResetModel()
        self.by = by
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        b = self.board
        if b is None:
            self.rows = []
        elif self.by == "city":
            self.rows = [(None, None)] + [(c, None) for c in b.cities]
        else:
            self.rows = [(None, None)] + [(None, f) for f in b.fields]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1 + len(METRICS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("City") if self.by == "city" else self.tr("Field")
        if not 0 < section <= len(METRICS):
            return None
        short = {
            "signed_projects": self.tr("Signed"),
            "signed_investment": self.tr("Investment"),
            "landed_projects": self.tr("Landed"),
            "funds_in_place": self.tr("Funds in place"),
            "hightech_enterprises": self.tr("High-tech"),
            "jobs": self.tr("Jobs"),
        }
        return short[METRICS[section - 1]]

    def label(self, row: int) -> str:
        city, field = self.rows[row]
        if city is None and field is None:
            return self.tr("Total")
        return self.ctx.ref.label(city if city is not None else field)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.board is None or not 0 <= index.row() < len(self.rows):
            return None
        if index.column() == 0:
            return self.label(index.row()) if role == Qt.ItemDataRole.DisplayRole else None
        city, field = self.rows[index.row()]
        p = self.board.target_row(city, field, METRICS[index.column() - 1])
        if role == Qt.ItemDataRole.DisplayRole:
            return heat_text(p.metric, p.actual.value)
        if role == PROGRESS_ROLE:
            return p
        if role == ELAPSED_ROLE:
            return self.board.elapsed
        if role == FIGURE_ROLE:
            return p.actual
        if role == Qt.ItemDataRole.ToolTipRole:
            if p.target is None:
                return self.tr("No target set")
            return self.tr("Target {target}; {done} done, {elapsed} of the year elapsed").format(
                target=metric_value_text(p.metric, p.target),
                done=f"{(p.ratio or 0):.0%}",
                elapsed=f"{self.board.elapsed:.0%}",
            )
        return None


class HeatMapModel(_Base):
    """One figure by city (rows) × field (columns), totals last; shaded by value."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, parent)
        self.metric = "signed_investment"
        self._max = 0.0

    def set_metric(self, metric: str) -> None:
        self.beginResetModel()
        self.metric = metric
        self._rebuild()
        self.endResetModel()

    def _rows(self):
        return [*self.board.cities, None] if self.board else []

    def _cols(self):
        return [*self.board.fields, None] if self.board else []

    def figure(self, city, field):
        b = self.board
        if self.metric in PIPELINE_KEYS:
            return b.pipeline[(city, field)][self.metric]
        return b.target_row(city, field, self.metric).actual

    def _rebuild(self) -> None:
        if self.board is None:
            self._max = 0.0
            return
        self._max = max(
            [self.figure(c, f).value for c in self.board.cities for f in self.board.fields] or [0]
        )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._cols())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or self.board is None:
            return None
        keys = self._cols() if orientation == Qt.Orientation.Horizontal else self._rows()
        if not 0 <= section < len(keys):
            return None
        return self.ctx.ref.label(keys[section]) if keys[section] is not None else self.tr("Total")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.board is None:
            return None
        rows, cols = self._rows(), self._cols()
        if not (0 <= index.row() < len(rows) and 0 <= index.column() < len(cols)):
            return None
        city, field = rows[index.row()], cols[index.column()]
        fig = self.figure(city, field)
        total = city is None or field is None
        share = 0.0 if total or not self._max else fig.value / self._max
        if role == Qt.ItemDataRole.DisplayRole:
            return heat_text(self.metric, fig.value)
        if role == FIGURE_ROLE:
            return fig
        if role == VALUE_ROLE:
            return fig.value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if total:
                return QBrush(QColor("#f1f4f8"))
            base, top = QColor("#ffffff"), QColor("#1f5f99")
            mix = lambda a, b: int(a + (b - a) * (0.08 + 0.85 * share))  # noqa: E731
            return QBrush(QColor(mix(base.red(), top.red()), mix(base.green(), top.green()),
                                 mix(base.blue(), top.blue())))  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#ffffff" if share > 0.55 else "#1f2933"))
        if role == Qt.ItemDataRole.ToolTipRole and self.metric not in PIPELINE_KEYS:
            p = self.board.target_row(city, field, self.metric)
            if p.target is not None:
                return self.tr("Target {target}; {done} done").format(
                    target=metric_value_text(self.metric, p.target), done=f"{(p.ratio or 0):.0%}"
                )
        return None


class OfficerModel(_Base):
    """The officers and what they did in the period; sorted in memory (a few dozen rows)."""

    KEYS = ("visits", "calls", "meetings", "activities", "new_leads", "advanced", "signed")

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, parent)
        self.rows: list[OfficerRow] = []
        self._sort = (-1, Qt.SortOrder.AscendingOrder)

    def _rebuild(self) -> None:
        self.rows = list(self.board.officers) if self.board else []
        column, order = self._sort
        if column >= 0:
            self._apply_sort(column, order)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2 + len(self.KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 2 + len(self.KEYS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Officer"), self.tr("City"), self.tr("Visits"), self.tr("Calls"),
                    self.tr("Meetings"), self.tr("All activities"), self.tr("New leads"),
                    self.tr("Moved on"), self.tr("Signed"))[section]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and section == 7:
            return self.tr("Leads of the officer moved forward along the pipeline in the period")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        o, col = self.rows[index.row()], index.column()
        if col < 2:
            if role == Qt.ItemDataRole.DisplayRole:
                return o.name if col == 0 else self.ctx.ref.label(o.city_id)
            return None
        fig = o.figures[self.KEYS[col - 2]]
        if role == Qt.ItemDataRole.DisplayRole:
            return count_text(fig.value)
        if role in (FIGURE_ROLE,):
            return fig
        if role == VALUE_ROLE:
            return fig.value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#9aa5b1" if not fig.value else "#1f5f99"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order)
        self._apply_sort(column, order)
        self.endResetModel()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0 or column >= 2 + len(self.KEYS):
            return
        desc = order == Qt.SortOrder.DescendingOrder
        if column == 0:
            key = lambda o: o.name  # noqa: E731
        elif column == 1:
            key = lambda o: self.ctx.ref.label(o.city_id)  # noqa: E731
        else:
            k = self.KEYS[column - 2]
            key = lambda o: o.figures[k].value  # noqa: E731
        self.rows.sort(key=key, reverse=desc)
