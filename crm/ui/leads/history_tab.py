"""The lead's History tab: who changed what and when (crm.history.lead_history), newest first,
in the reader's language and masked as the reader may see it. Read when the tab is shown,
not for every lead passed in the list."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from crm import history
from crm.errors import CrmError
from crm.ui.context import AppContext
from crm.ui.models.audit_entries import HISTORY_COLUMNS, AuditEntriesModel
from crm.ui.operations import Op


class HistoryTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyTab")
        self.ctx = ctx
        self.lead_id: int | None = None
        self._stale = True
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.model = AuditEntriesModel(HISTORY_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, width in enumerate((128, 64, 64, 96, 110)):
            header.resizeSection(i, width)
        lay.addWidget(self.table, 1)
        self.note = QLabel(self)
        self.note.setObjectName("detailMeta")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("History of the lead"))
        self._stale = True
        self.load_if_shown()

    def show_lead(self, lead_id: int | None) -> None:
        self.lead_id = lead_id
        self._stale = True
        self.load_if_shown()

    def load_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.load()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.load_if_shown()

    def show_failure(self, error: CrmError) -> None:
        """The tab's message area (crm.ui.operations): the line under the list."""
        self.note.setText(error.render())

    def load(self) -> None:
        self._stale = False
        if self.lead_id is None:
            self.model.set_entries([])
            self.note.setText("")
            return
        lead_id = self.lead_id
        entries = Op(
            self, self.ctx, lambda: history.lead_history(self.ctx.store, self.ctx.actor, lead_id)
        ).run()
        if entries is None:
            self.model.set_entries([])
            return
        self.model.set_entries(entries)
        for column in range(4):  # when, who, action, field: as wide as they read
            self.table.resizeColumnToContents(column)
        self.note.setText(
            self.tr("Changes recorded: {count}").format(count=f"{len(entries):,}")
            if entries
            else self.tr("No changes recorded yet.")
        )
