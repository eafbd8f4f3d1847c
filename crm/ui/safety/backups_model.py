"""The store's backups as a table: when, why, size, what they hold, verified."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crm.db.backup import BackupInfo

TAKEN, KIND, SIZE, LEADS, ACTIVITIES, CONTACTS, VERIFIED = range(7)
_RIGHT = (SIZE, LEADS, ACTIVITIES, CONTACTS)
Index = QModelIndex | QPersistentModelIndex


def size_text(n: int) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 1e5 else f"{n / 1e3:,.0f} kB"


class BackupsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[BackupInfo] = []

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Taken"),
            self.tr("Why"),
            self.tr("Size"),
            self.tr("Leads"),
            self.tr("Follow-ups"),
            self.tr("Contacts"),
            self.tr("Checked"),
        )[section]

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        b = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return b
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = Qt.AlignmentFlag.AlignRight if col in _RIGHT else Qt.AlignmentFlag.AlignLeft
            return int(right | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        counts = b.counts
        return {
            TAKEN: f"{b.taken_at:%Y-%m-%d %H:%M}",
            KIND: b.kind_label.render(),
            SIZE: size_text(b.size),
            LEADS: f"{counts['lead']:,}" if "lead" in counts else "—",
            ACTIVITIES: f"{counts['activity']:,}" if "activity" in counts else "—",
            CONTACTS: f"{counts['contact']:,}" if "contact" in counts else "—",
            VERIFIED: self.tr("verified") if b.verified else self.tr("not checked"),
        }[col]
