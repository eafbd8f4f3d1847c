"""Audit entries as a table (crm.history.Entry): the lead's History tab and the Audit page
show the same rows, the page with the record they are about. The model holds one page of
entries; the service pages and masks them."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crm.history import Entry
from crm.ui.noop import QT_TRANSLATE_NOOP

WHEN, WHO, ACTION, RECORD, FIELD, OLD, NEW = (
    "when",
    "who",
    "action",
    "record",
    "field",
    "old",
    "new",
)
_TITLES = {
    WHEN: QT_TRANSLATE_NOOP("AuditEntries", "When"),
    WHO: QT_TRANSLATE_NOOP("AuditEntries", "Who"),
    ACTION: QT_TRANSLATE_NOOP("AuditEntries", "Action"),
    RECORD: QT_TRANSLATE_NOOP("AuditEntries", "Record"),
    FIELD: QT_TRANSLATE_NOOP("AuditEntries", "Field"),
    OLD: QT_TRANSLATE_NOOP("AuditEntries", "Before"),
    NEW: QT_TRANSLATE_NOOP("AuditEntries", "After"),
}
_RECORDS = {
    "lead": QT_TRANSLATE_NOOP("AuditEntries", "Lead"),
    "company": QT_TRANSLATE_NOOP("AuditEntries", "Company"),
    "activity": QT_TRANSLATE_NOOP("AuditEntries", "Activity"),
    "contact": QT_TRANSLATE_NOOP("AuditEntries", "Contact"),
    "user": QT_TRANSLATE_NOOP("AuditEntries", "Person"),
    "ref_item": QT_TRANSLATE_NOOP("AuditEntries", "List value"),
    "target": QT_TRANSLATE_NOOP("AuditEntries", "Target"),
    "setting": QT_TRANSLATE_NOOP("AuditEntries", "Setting"),
    "import": QT_TRANSLATE_NOOP("AuditEntries", "Import"),
    "week": QT_TRANSLATE_NOOP("AuditEntries", "Week"),
    "export": QT_TRANSLATE_NOOP("AuditEntries", "Export"),
    "action": QT_TRANSLATE_NOOP("AuditEntries", "Action"),
    "store": QT_TRANSLATE_NOOP("AuditEntries", "Store"),
}
HISTORY_COLUMNS = (WHEN, WHO, ACTION, FIELD, OLD, NEW)
AUDIT_COLUMNS = (WHEN, WHO, ACTION, RECORD, FIELD, OLD, NEW)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def when(entry: Entry) -> str:
    """The local time of the entry, to the minute (2026-05-18 14:03)."""
    return entry.at.astimezone().strftime("%Y-%m-%d %H:%M")


def record(entry: Entry) -> str:
    title = _RECORDS.get(entry.entity)
    name = QCoreApplication.translate("AuditEntries", title) if title else entry.entity
    # an export or a refused action is about no one record (its id is 0)
    return f"{name} {entry.entity_id}" if entry.entity_id else name


class AuditEntriesModel(QAbstractTableModel):
    def __init__(self, columns: tuple[str, ...] = HISTORY_COLUMNS, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate("AuditEntries", _TITLES[self.columns[section]])
        return None

    def text(self, entry: Entry, key: str) -> str:
        if key == WHEN:
            return when(entry)
        if key == WHO:
            return entry.who
        if key == ACTION:
            return entry.action_label()
        if key == RECORD:
            return record(entry)
        if key == FIELD:
            return entry.field_label()
        return entry.old if key == OLD else entry.new

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        entry = self.entries[index.row()]
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in (OLD, NEW):
            text = self.text(entry, key)
            return text if len(text) > 30 else None
        if role == ENTRY_ROLE:
            return entry
        return None
