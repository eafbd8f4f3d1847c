"""The table of a lead's files: name (a warning mark on programs), size, when and by whom."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from crm.attachments.files import AttachmentInfo, format_size
from crm.reference import ReferenceData
from crm.ui.noop import QT_TRANSLATE_NOOP

CTX = "Attachments"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, SIZE, ADDED, BY = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("Attachments", "File"),
    QT_TRANSLATE_NOOP("Attachments", "Size"),
    QT_TRANSLATE_NOOP("Attachments", "Added"),
    QT_TRANSLATE_NOOP("Attachments", "By"),
)
PROGRAM_TIP = QT_TRANSLATE_NOOP(
    "Attachments", "A program: kept, but opened only after a warning (opening it runs it)."
)


class AttachmentsModel(QAbstractTableModel):
    def __init__(self, ref: ReferenceData, parent=None):
        super().__init__(parent)
        self.ref = ref
        self.rows: list[AttachmentInfo] = []

    def set_rows(self, rows: list[AttachmentInfo], ref: ReferenceData) -> None:
        self.beginResetModel()
        self.rows, self.ref = list(rows), ref
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate(CTX, HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        a, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return ("⚠ " if a.executable else "") + a.name
            if col == SIZE:
                return format_size(a.size)
            if col == ADDED:
                return a.created_at.astimezone().strftime("%Y-%m-%d")
            return self.ref.user_name(a.created_by)
        if role == Qt.ItemDataRole.ToolTipRole and col == NAME:
            return QCoreApplication.translate(CTX, PROGRAM_TIP) if a.executable else a.name
        if role == Qt.ItemDataRole.ToolTipRole and col == ADDED:
            return a.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if role == Qt.ItemDataRole.ForegroundRole and col == NAME and a.executable:
            return QBrush(QColor("#b45309"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if col == SIZE else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return a
        return None
