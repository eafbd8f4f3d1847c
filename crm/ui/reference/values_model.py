"""The values of one reference list, retired ones included (greyed, marked): Chinese name,
English name, the field a sub-field belongs to, whether it is offered for new input."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crm.reference import RefEntry, ReferenceData

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class ValuesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[RefEntry] = []
        self.ref: ReferenceData | None = None
        self.kind = ""

    def load(self, ref: ReferenceData, kind: str) -> None:
        self.beginResetModel()
        self.ref, self.kind = ref, kind
        items = ref.kind(kind, active_only=False)
        if kind == "subfield":  # grouped by their field, in the field's order
            order = {f.id: n for n, f in enumerate(ref.kind("field", active_only=False))}
            items = sorted(
                items, key=lambda i: (order.get(i.parent_id or 0, 99), i.sort_order, i.id)
            )
        self.items = items
        self.endResetModel()

    def row_of(self, item_id: int) -> int:
        return next((n for n, i in enumerate(self.items) if i.id == item_id), -1)

    def _columns(self) -> int:
        return 4 if self.kind == "subfield" else 3

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._columns()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        heads = [self.tr("Chinese name"), self.tr("English name"), self.tr("Status")]
        if self.kind == "subfield":
            heads.insert(2, self.tr("Field"))
        return heads[section] if 0 <= section < len(heads) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return item.name_zh
            if col == 1:
                return item.name_en
            if col == 2 and self.kind == "subfield":
                return self.ref.label(item.parent_id) if self.ref else ""
            return self.tr("In use") if item.active else self.tr("Retired")
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return QBrush(QColor("#8a96a3"))
        if role == Qt.ItemDataRole.ToolTipRole and not item.active:
            return self.tr("Retired: kept on the leads that have it, not offered for new input")
        if role == ENTRY_ROLE:
            return item
        return None
