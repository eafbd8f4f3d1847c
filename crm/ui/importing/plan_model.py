"""The dry run's table: one row per data row of the file — its row number in Excel, what
the import will do (create, update, skip, refuse), the company, what happens in words (the
service's own sentence: "updates lead 12: stage", "skipped: … is already followed by 李四
(未来科技城) since …", "refused: 计划投资额: …") and, for a company someone already follows,
the user's choice for that row. It can show one action only (the filter buttons)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.importing.api import CREATE, REFUSE, SKIP, UPDATE, Choice, ImportPlan, RowPlan
from crm.ui.icons import icon

ROW, ACTION, COMPANY, WHAT, CHOICE = range(5)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ACTIONS = (CREATE, UPDATE, SKIP, REFUSE)
ACTION_LABELS: dict[str, Message] = {
    CREATE: QT_TRANSLATE_NOOP("PlanModel", "new"),
    UPDATE: QT_TRANSLATE_NOOP("PlanModel", "update"),
    SKIP: QT_TRANSLATE_NOOP("PlanModel", "skip"),
    REFUSE: QT_TRANSLATE_NOOP("PlanModel", "refused"),
}
ACTION_STYLE = {
    CREATE: ("plus-circle-outline", "#1e7b4a"),
    UPDATE: ("pencil-circle-outline", "#1f5f99"),
    SKIP: ("minus-circle-outline", "#5b6b7c"),
    REFUSE: ("close-circle-outline", "#b42318"),
}
#: a duplicate row's own choice; None = what is chosen for all duplicates
CHOICE_LABELS: dict[str | None, Message] = {
    None: QT_TRANSLATE_NOOP("PlanModel", "as for all"),
    SKIP: QT_TRANSLATE_NOOP("PlanModel", "skip"),
    UPDATE: QT_TRANSLATE_NOOP("PlanModel", "update the existing lead"),
    CREATE: QT_TRANSLATE_NOOP("PlanModel", "create anyway"),
}
Index = QModelIndex | QPersistentModelIndex


def is_duplicate(row: RowPlan) -> bool:
    return row.detail == "duplicate"


class PlanModel(QAbstractTableModel):
    #: row number, action (None = as for all): the user chose for one duplicate row
    choice_changed = Signal(int, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.choices: dict[int, Choice] = {}
        self.only: str | None = None
        self._rows: list[RowPlan] = []

    def set_plan(self, plan: ImportPlan | None, choices: dict[int, Choice] | None = None) -> None:
        self.beginResetModel()
        self.plan, self.choices = plan, dict(choices or {})
        self._select()
        self.endResetModel()

    def set_filter(self, action: str | None) -> None:
        self.beginResetModel()
        self.only = action
        self._select()
        self.endResetModel()

    def _select(self) -> None:
        rows = self.plan.rows if self.plan else []
        self._rows = [r for r in rows if self.only is None or r.action == self.only]

    def row_plan(self, row: int) -> RowPlan:
        return self._rows[row]

    def row_of_number(self, number: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.number == number), -1)

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("PlanModel", "Row"),
            QCoreApplication.translate("PlanModel", "Action"),
            QCoreApplication.translate("PlanModel", "Company"),
            QCoreApplication.translate("PlanModel", "What happens"),
            QCoreApplication.translate("PlanModel", "If already followed"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CHOICE and is_duplicate(self._rows[index.row()]):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r, c = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, c)
        if role == Qt.ItemDataRole.EditRole and c == CHOICE:
            choice = self.choices.get(r.number)
            return choice.action if choice else None
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DecorationRole and c == ACTION:
            name, colour = ACTION_STYLE[r.action]
            return icon(name, colour)
        if role == Qt.ItemDataRole.ForegroundRole and c == ACTION:
            return QColor(ACTION_STYLE[r.action][1])
        if role == Qt.ItemDataRole.ToolTipRole and c in (WHAT, COMPANY):
            return self._display(r, c)
        if role == Qt.ItemDataRole.TextAlignmentRole and c == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: RowPlan, c: int) -> Any:
        if c == ROW:
            return r.number
        if c == ACTION:
            return ACTION_LABELS[r.action].render()
        if c == COMPANY:
            return str(
                r.values.get("company_name") or (r.existing.company if r.existing else "") or ""
            )
        if c == WHAT:
            return r.describe()
        if not is_duplicate(r):
            return ""
        choice = self.choices.get(r.number)
        return CHOICE_LABELS[choice.action if choice else None].render() + " ▾"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != CHOICE:
            return False
        r = self._rows[index.row()]
        if not is_duplicate(r) or value not in CHOICE_LABELS:
            return False
        current = self.choices.get(r.number)
        if (current.action if current else None) == value:
            return True  # an editor handing back the same choice changes nothing
        if value is None:
            self.choices.pop(r.number, None)
        else:
            self.choices[r.number] = Choice(value)
        self.dataChanged.emit(index, index)
        self.choice_changed.emit(r.number, value)
        return True
