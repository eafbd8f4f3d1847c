"""Table models of the funnel page: the stages (reached, conversion, drop-off, days to the
next stage) and the lost leads by stage, region or reason. Each count cell carries its Figure
(FIGURE_ROLE) for the drill-down."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crm.analytics.funnel_review import FunnelReview, LostGroup
from crm.ui.context import AppContext
from crm.ui.pipeline.common import FIGURE_ROLE, VALUE_ROLE, count_text, percent_text

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class FunnelTableModel(QAbstractTableModel):
    STAGE, REACHED, CONVERSION, DROP, DAYS = range(5)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.review: FunnelReview | None = None

    def set_review(self, review: FunnelReview | None) -> None:
        self.beginResetModel()
        self.review = review
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.review is None else len(self.review.steps)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Stage"), self.tr("Reached"), self.tr("To next"), self.tr("Stopped here"),
                    self.tr("Days to next"))[section]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole:
            return (None, self.tr("Leads that reached this stage or a later one"),
                    self.tr("Share of them that went on to the next stage"),
                    self.tr("Reached this stage but not the next (click to list them)"),
                    self.tr("Average days from reaching this stage to reaching the next, over the "
                            "leads that went on"))[section]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return RIGHT
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            not index.isValid()
            or self.review is None
            or not 0 <= index.row() < len(self.review.steps)
        ):
            return None
        step, col = self.review.steps[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.STAGE:
                return self.ctx.ref.stage_label(step.stage)
            if col == self.REACHED:
                return count_text(step.reached.value)
            if col == self.CONVERSION:
                return percent_text(step.conversion) if step.conversion is not None else "—"
            if col == self.DROP:
                return count_text(step.drop_off.value) if step.drop_off is not None else "—"
            if step.days is None or step.days.average is None:
                return "—"
            return self.tr("{days} d").format(days=f"{step.days.average:,.1f}")
        if role == FIGURE_ROLE:
            return {self.REACHED: step.reached, self.DROP: step.drop_off}.get(col)
        if role == VALUE_ROLE:
            return step.reached.value
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.REACHED, self.DROP):
            return QBrush(QColor("#1f5f99"))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DAYS and step.days is not None:
            return self.tr("Over {count} leads that went on").format(count=f"{step.days.leads:,}")
        return None


class LostModel(QAbstractTableModel):
    """Lost leads by one key: name, leads, share of all lost."""

    def __init__(self, ctx: AppContext, kind: str, parent=None):
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.groups: list[LostGroup] = []
        self.total = 0

    def set_groups(self, groups: list[LostGroup], total: int) -> None:
        self.beginResetModel()
        self.groups, self.total = list(groups), total
        self.endResetModel()

    def label(self, group: LostGroup) -> str:
        ref, key = self.ctx.ref, group.key  # a stage code, a reason's id or a region (str)
        if self.kind == "stage":
            return ref.stage_label(key if isinstance(key, str) else None)
        if self.kind == "reason":
            return ref.label(key if isinstance(key, int) else None)
        if group.key is None:
            return self.tr("Other regions")
        if group.key == "":
            return self.tr("Not named")
        item = ref.resolve("region", group.key)
        return item.label() if item else str(key)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            first = {"stage": self.tr("Lost at"), "region": self.tr("Region that won"),
                     "reason": self.tr("Reason")}[self.kind]  # fmt: skip
            return (first, self.tr("Leads"), self.tr("Share"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return RIGHT
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.groups):
            return None
        g, col = self.groups[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.label(g)
            if col == 1:
                return count_text(g.figure.value)
            return percent_text(g.figure.value / self.total if self.total else None)
        if role == FIGURE_ROLE:
            return g.figure
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QBrush(QColor("#1f5f99"))
        return None
