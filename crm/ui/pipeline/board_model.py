"""One column of the board as a list model: the leads at one stage, in the board's order,
fetched a page at a time as the column scrolls (a column of 30,000 leads reads 30 of them to
paint). The column's total comes from the board's one grouped count, under the same filter,
so the head and the list agree. A card can be dragged: it carries the lead's id, version,
stage and agreed investment, all the stage-move dialog needs."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crm.leadlist.query import LeadFilter, LeadRow, list_leads
from crm.ui.context import AppContext

MIME = "application/x-crm-lead"
FIRST_PAGE = 30
PAGE = 60
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def card_payload(mime: QMimeData) -> dict | None:
    """The dragged card's {id, version, stage, agreed}, or None if it is not a card."""
    if not mime.hasFormat(MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) and "id" in data else None


class StageCardModel(QAbstractListModel):
    def __init__(self, ctx: AppContext, stage: str, parent=None):
        super().__init__(parent)
        self.ctx, self.stage = ctx, stage
        self.filter = LeadFilter(stages=(stage,))
        self.sort: tuple = (("planned_investment", True),)
        self._rows: list[LeadRow] = []
        self._total = 0
        self.today = date.today()

    def set_query(self, flt: LeadFilter, sort, total: int) -> None:
        """Show the leads of ``flt`` at this stage (``total`` of them), first page only."""
        self.beginResetModel()
        self.filter = flt.with_(stages=(self.stage,))
        self.sort = tuple(sort)
        self.today = date.today()
        self._total = total
        self._rows = self._page(0, FIRST_PAGE) if total else []
        self.endResetModel()

    def _page(self, offset: int, limit: int) -> list[LeadRow]:
        page = list_leads(
            self.ctx.store,
            self.ctx.actor,
            self.filter,
            self.sort,
            offset,
            limit,
            with_total=False,
            today=self.today,
        )
        return page.rows

    def total(self) -> int:
        return self._total

    def row_at(self, r: int) -> LeadRow | None:
        return self._rows[r] if 0 <= r < len(self._rows) else None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        rows = self._page(len(self._rows), PAGE)
        if not rows:  # the store changed under us: the count was higher than what is left
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.company
        if role == Qt.ItemDataRole.ToolTipRole:
            ref = self.ctx.ref
            return "\n".join(
                x
                for x in (
                    row.company,
                    row.project_name,
                    ref.label(row.city_id),
                    ref.label(row.field_id),
                    ref.user_name(row.owner_id),
                )
                if x
            )
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        rows = [self.row_at(i.row()) for i in indexes if i.isValid()]
        rows = [r for r in rows if r is not None]
        if rows:
            r = rows[0]
            payload = {
                "id": r.id,
                "version": r.version,
                "owner": r.owner_id,
                "city": r.city_id,
                "stage": r.stage,
                "agreed": r.agreed_investment,
                "name": r.company,
            }
            mime.setData(MIME, QByteArray(json.dumps(payload).encode("utf-8")))
            mime.setText(r.company)
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction
