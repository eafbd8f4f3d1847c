"""A table model that is a window onto the lead query: it holds the total and the pages
already seen (200 rows each), fetches a page only when the view asks for one of its rows,
and lets SQL do the filtering, searching and sorting (cf. Anki's browser/table/model.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from crm.changes import Changes
from crm.leadlist.query import DEFAULT_SORT, LeadFilter, LeadRow, list_leads, rows_by_id
from crm.pipeline.followup import FollowupState
from crm.team_settings import followup_thresholds
from crm.ui.context import AppContext
from crm.ui.models.lead_columns import COLUMNS, Column

PAGE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_FOLLOWUP_COLOURS = {
    FollowupState.DUE: "#1f5f99",
    FollowupState.OVERDUE: "#9a6700",
    FollowupState.OFFICER: "#b35900",
    FollowupState.MANAGER: "#c2410c",
    FollowupState.AT_RISK: "#b91c1c",
}
_STAGE_COLOURS = {
    "signed": "#166534",
    "landed": "#166534",
    "construction": "#166534",
    "operating": "#166534",
    "lost": "#6b7280",
    "on_hold": "#9a6700",
}


class LeadTableModel(QAbstractTableModel):
    def __init__(
        self,
        ctx: AppContext,
        columns: tuple[Column, ...] = COLUMNS,
        parent=None,
        *,
        compact: bool = False,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.columns = columns
        #: short forms where a column has them (a card); the full text is the tooltip
        self.compact = compact
        self.filter = LeadFilter()
        self.sort_keys: tuple[tuple[str, bool], ...] = DEFAULT_SORT
        self._total = 0
        self._pages: dict[int, list[LeadRow]] = {}
        self._loaded = False  # nothing read yet: a sort only notes its keys
        self._thresholds = followup_thresholds(ctx.store)
        self._today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------ querying
    def set_query(self, flt: LeadFilter | None = None, sort=None) -> None:
        """A new filter and/or sort: count and first page in one go."""
        if flt is not None:
            self.filter = flt
        if sort is not None:
            self.sort_keys = tuple(sort)
        self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.beginResetModel()
        self._today = date.today()
        self._thresholds = followup_thresholds(self.ctx.store)
        page = list_leads(
            self.ctx.store, self.ctx.actor, self.filter, self.sort_keys, 0, PAGE, today=self._today
        )
        self._total = page.total
        self._pages = {0: page.rows}
        self.endResetModel()

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what a write changed: rows in view are updated in place; a bulk change or
        one that may move rows between filters reloads the window."""
        if changes.bulk or changes.reference or changes.settings:
            self.reload()
            return
        if not changes.leads:
            return
        fresh = rows_by_id(self.ctx.store, self.ctx.actor, list(changes.leads), today=self._today)
        seen = False
        for p, rows in self._pages.items():
            for i, row in enumerate(rows):
                if row.id in fresh:
                    rows[i] = fresh[row.id]
                    seen = True
                    r = p * PAGE + i
                    self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))
        if not seen or any(r.deleted != self.filter.deleted for r in fresh.values()):
            self.reload()

    def total(self) -> int:
        return self._total

    def row_at(self, r: int) -> LeadRow | None:
        if r < 0 or r >= self._total:
            return None
        p = r // PAGE
        rows = self._pages.get(p)
        if rows is None:
            rows = list_leads(
                self.ctx.store,
                self.ctx.actor,
                self.filter,
                self.sort_keys,
                p * PAGE,
                PAGE,
                with_total=False,
                today=self._today,
            ).rows
            self._pages[p] = rows
        i = r - p * PAGE
        return rows[i] if i < len(rows) else None

    def versions_in(self, top: int, bottom: int) -> dict[int, int]:
        """Ids and versions of rows ``top``..``bottom``: from the pages already fetched, else
        in one query for the whole band (a shift-click over many pages)."""
        first, last = top // PAGE, bottom // PAGE
        if all(p in self._pages for p in range(first, last + 1)):
            rows: list[LeadRow | None] | list[LeadRow] = [
                self.row_at(r) for r in range(top, bottom + 1)
            ]
        else:
            rows = list_leads(
                self.ctx.store,
                self.ctx.actor,
                self.filter,
                self.sort_keys,
                top,
                bottom - top + 1,
                with_total=False,
                today=self._today,
            ).rows
        return {r.id: r.version for r in rows if r is not None}

    def row_of(self, lead_id: int) -> int:
        """Position of a lead among the pages already fetched, or -1."""
        for p, rows in self._pages.items():
            for i, row in enumerate(rows):
                if row.id == lead_id:
                    return p * PAGE + i
        return -1

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.title(self.compact)
            if role == Qt.ItemDataRole.ToolTipRole and self.compact:
                return col.title()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(col.align)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if self.compact and col.compact is not None:
                return col.compact(row, self.ctx.ref, self._thresholds)
            return col.show(row, self.ctx.ref, self._thresholds)
        if role == Qt.ItemDataRole.ToolTipRole and self.compact:  # a card: what … cut short
            return col.show(row, self.ctx.ref, self._thresholds)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = None
            if col.key == "followup":
                colour = _FOLLOWUP_COLOURS.get(row.followup)
            elif col.key == "stage":
                colour = _STAGE_COLOURS.get(row.stage)
            elif col.key == "is_key":
                colour = "#d97706"
            elif row.deleted:
                colour = "#9ca3af"
            return QBrush(QColor(colour)) if colour else None
        if (
            role == Qt.ItemDataRole.FontRole
            and col.key == "followup"
            and row.followup in (FollowupState.MANAGER, FollowupState.AT_RISK)
        ):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and col.key == "company_name" and row.masked:
            return self.tr("Confidential project: shown by its codename")
        if role == Qt.ItemDataRole.ToolTipRole and col.key == "designations":
            return col.show(row, self.ctx.ref, self._thresholds) or None  # cut short in its cell
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = self.columns[column].sort if 0 <= column < len(self.columns) else None
        if sort is None:
            return
        keys = ((sort, order == Qt.SortOrder.DescendingOrder),)
        if keys == self.sort_keys and self._loaded:
            return  # QTableView.sortByColumn asks twice
        if not self._loaded:  # a view setting up its header: the first query reads it once
            self.sort_keys = keys
            return
        self.set_query(sort=keys)
