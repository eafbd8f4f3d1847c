"""The People page's table: one row per person (crm.accounts.admin.Person), with translated
headers, a sort key per column and the person behind each row. A store has tens or a few
hundred people, so the page sorts them in a proxy; the lead lists sort in SQL."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from crm.accounts.admin import Person
from crm.accounts.roles import ROLE_LABELS
from crm.reference import ReferenceData
from crm.ui.noop import QT_TRANSLATE_NOOP
from crm.values.names import pinyin_key

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

#: the columns, in order
COLUMNS = (
    "username", "display_name", "city", "role", "admin", "active", "password", "leads",
    "last_sign_in",
)  # fmt: skip
_HEADERS = {
    "username": QT_TRANSLATE_NOOP("PeopleModel", "Username"),
    "display_name": QT_TRANSLATE_NOOP("PeopleModel", "Name"),
    "city": QT_TRANSLATE_NOOP("PeopleModel", "City"),
    "role": QT_TRANSLATE_NOOP("PeopleModel", "Role"),
    "admin": QT_TRANSLATE_NOOP("PeopleModel", "Administrator"),
    "active": QT_TRANSLATE_NOOP("PeopleModel", "Active"),
    "password": QT_TRANSLATE_NOOP("PeopleModel", "Password"),
    "leads": QT_TRANSLATE_NOOP("PeopleModel", "Leads owned"),
    "last_sign_in": QT_TRANSLATE_NOOP("PeopleModel", "Last sign-in"),
}
_GREY = QColor("#8a96a3")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleModel", text)


class PeopleModel(QAbstractTableModel):
    def __init__(self, ref: ReferenceData, parent: QObject | None = None):
        super().__init__(parent)
        self.ref = ref
        self._rows: list[Person] = []

    def set_people(self, rows: list[Person], ref: ReferenceData | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if ref is not None:
            self.ref = ref
        self.endResetModel()

    def person_at(self, row: int) -> Person | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == person_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _tr(_HEADERS[COLUMNS[section]])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        p = self._rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, col)
        if role == SORT_ROLE:
            return self._sort_key(p, col)
        if role == PERSON_ROLE:
            return p
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "leads":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return QBrush(_GREY)
        return None

    def _text(self, p: Person, col: str) -> str:
        if col == "username":
            return p.username
        if col == "display_name":
            return p.display_name
        if col == "city":
            return self.ref.label(p.city_id) or QCoreApplication.translate(
                "PeopleModel", "Committee"
            )
        if col == "role":
            label = ROLE_LABELS.get(p.role)
            return label.render() if label else p.role
        if col == "admin":
            return (
                QCoreApplication.translate("PeopleModel", "Yes")
                if p.is_admin or p.role == "admin"
                else ""
            )
        if col == "active":
            return (
                QCoreApplication.translate("PeopleModel", "Active")
                if p.active
                else QCoreApplication.translate("PeopleModel", "Disabled")
            )
        if col == "password":
            if not p.can_sign_in:
                return QCoreApplication.translate("PeopleModel", "None (cannot sign in)")
            return (
                QCoreApplication.translate("PeopleModel", "One-time (to change)")
                if p.must_change_password
                else QCoreApplication.translate("PeopleModel", "Set")
            )
        if col == "leads":
            return f"{p.leads:,}"
        if col == "last_sign_in":
            when = p.last_sign_in_at
            if when is None:
                return QCoreApplication.translate("PeopleModel", "Never")
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            return when.astimezone().strftime("%Y-%m-%d %H:%M")
        return ""

    def _sort_key(self, p: Person, col: str) -> int | str:
        if col == "leads":
            return p.leads
        if col == "last_sign_in":
            return p.last_sign_in_at.isoformat() if p.last_sign_in_at else ""
        if col == "display_name":
            return pinyin_key(p.display_name)
        if col in ("admin", "active"):
            return int(p.is_admin or p.role == "admin") if col == "admin" else int(p.active)
        return self._text(p, col).lower()
