"""The company page's three tables (projects, people, activities): one small table model over
a list of plain rows, each table a list of columns (header, how a row shows, alignment). The
follow-up calendar (crm.ui.reminders) lists its leads with the same model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from crm.leads.companies import CompanyProject
from crm.reference import ReferenceData
from crm.ui.noop import QT_TRANSLATE_NOOP
from crm.values.amounts import format_wan

CTX = "CompanyPage"
#: the row object (CompanyProject, CompanyPerson, CompanyActivity)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: the lead the row belongs to
LEAD_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class TableColumn:
    #: English source, context CompanyPage
    header: str
    show: Callable[[Any, ReferenceData], str]
    numeric: bool = False


def _day(value) -> str:
    return value.isoformat() if value else ""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[TableColumn], ref: ReferenceData, parent=None):
        super().__init__(parent)
        self.columns, self.ref = columns, ref
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any], ref: ReferenceData) -> None:
        self.beginResetModel()
        self.rows, self.ref = list(rows), ref
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return _tr(self.columns[section].header)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return col.show(row, self.ref)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == LEAD_ROLE:
            return getattr(row, "lead_id", None) or getattr(row, "id", None)
        if role == Qt.ItemDataRole.ForegroundRole and getattr(row, "deleted", False):
            return QBrush(QColor("#9ca3af"))
        return None


def _project_name(r: CompanyProject, f: ReferenceData) -> str:
    star = "★ " if r.is_key else ""
    gone = _tr(QT_TRANSLATE_NOOP("CompanyPage", " (deleted)")) if r.deleted else ""
    return f"{star}{r.project_name}{gone}"


PROJECT_COLUMNS = [
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Project"), _project_name),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "City"), lambda r, f: f.label(r.city_id)),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Field"), lambda r, f: f.label(r.field_id)),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Stage"), lambda r, f: f.stage_label(r.stage)),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Since"), lambda r, f: _day(r.stage_date)),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Owner"), lambda r, f: f.user_name(r.owner_id)),
    TableColumn(
        QT_TRANSLATE_NOOP("CompanyPage", "Planned (10k yuan)"),
        lambda r, f: format_wan(r.planned_investment),
        True,
    ),
    TableColumn(
        QT_TRANSLATE_NOOP("CompanyPage", "Agreed (10k yuan)"),
        lambda r, f: format_wan(r.agreed_investment),
        True,
    ),
    TableColumn(
        QT_TRANSLATE_NOOP("CompanyPage", "Next follow-up"), lambda r, f: _day(r.next_followup)
    ),
    TableColumn(
        QT_TRANSLATE_NOOP("CompanyPage", "Last activity"), lambda r, f: _day(r.last_activity_on)
    ),
]
PEOPLE_COLUMNS = [
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Name"), lambda r, f: r.name),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Title"), lambda r, f: r.title or ""),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Mobile"), lambda r, f: r.mobile or ""),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "E-mail"), lambda r, f: r.email or ""),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "WeChat"), lambda r, f: r.wechat or ""),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Project"), lambda r, f: r.project_name),
]
ACTIVITY_COLUMNS = [
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Date"), lambda r, f: _day(r.occurred_on)),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Type"), lambda r, f: f.label(r.type_id)),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Logged by"), lambda r, f: f.user_name(r.user_id)),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Project"), lambda r, f: r.project_name),
    TableColumn(
        QT_TRANSLATE_NOOP("CompanyPage", "Summary"), lambda r, f: " ".join(r.summary.split())
    ),
]
