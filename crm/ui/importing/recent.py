"""File ▸ Recent imports…: the latest imports (when, which file and sheet, by whom, the four
counts, undone or not), with "show the leads" and "undo this import" for the one selected.
An import is undone as a batch by the service, which refuses when its leads were changed
since (nobody's later work is lost); the reason is shown here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.accounts import permissions as P
from crm.db.ids import stored_id
from crm.errors import CrmError
from crm.importing.api import ImportBatch, recent_imports
from crm.leadlist.query import LeadFilter
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.importing.jobs import undo_job
from crm.ui.importing.result_page import undone_message
from crm.ui.operations import Op
from crm.ui.widgets.allowed import allow
from crm.ui.widgets.notice import Notice
from crm.ui.widgets.task_strip import TaskStrip
from crm.ui.window_fit import remember_size

LIMIT = 50
NUMBER, WHEN, FILE, SHEET, BY, CREATED, UPDATED, SKIPPED, REFUSED, STATUS = range(10)
BATCH_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class RecentImportsModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.batches: list[ImportBatch] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.batches = recent_imports(self.ctx.store, LIMIT)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.batches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 10

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("RecentImportsModel", "No."),
            QCoreApplication.translate("RecentImportsModel", "When"),
            QCoreApplication.translate("RecentImportsModel", "File"),
            QCoreApplication.translate("RecentImportsModel", "Sheet"),
            QCoreApplication.translate("RecentImportsModel", "By"),
            QCoreApplication.translate("RecentImportsModel", "Created"),
            QCoreApplication.translate("RecentImportsModel", "Updated"),
            QCoreApplication.translate("RecentImportsModel", "Skipped"),
            QCoreApplication.translate("RecentImportsModel", "Refused"),
            QCoreApplication.translate("RecentImportsModel", "Status"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.batches):
            return None
        b, c = self.batches[index.row()], index.column()
        if role == BATCH_ROLE:
            return b
        if role == Qt.ItemDataRole.ToolTipRole and c == FILE:
            return b.file_name
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (
            NUMBER,
            CREATED,
            UPDATED,
            SKIPPED,
            REFUSED,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if c == NUMBER:
            return b.id
        if c == WHEN:
            return b.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if c == FILE:
            return Path(b.file_name).name
        if c == SHEET:
            return b.sheet or ""
        if c == BY:
            return self.ctx.ref.user_name(b.created_by)
        if c in (CREATED, UPDATED, SKIPPED, REFUSED):
            return (b.created_count, b.updated_count, b.skipped_count, b.refused_count)[c - CREATED]
        if b.undone_at is not None:
            return QCoreApplication.translate("RecentImportsModel", "undone {day}").format(
                day=b.undone_at.astimezone().strftime("%Y-%m-%d %H:%M")
            )
        return QCoreApplication.translate("RecentImportsModel", "imported")


class RecentImportsDialog(QDialog):
    show_leads = Signal(object, str)  # LeadFilter, label

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recentImports")
        self.ctx = ctx
        lay = QVBoxLayout(self)
        self.model = RecentImportsModel(ctx, self)
        self.view = QTableView(self)
        self.view.setObjectName("recentImportsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.view, 1)
        self.strip = TaskStrip(self, "recentImportsProgress")
        lay.addWidget(self.strip)
        self.notice = Notice(self, "recentImportsNotice")
        lay.addWidget(self.notice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.show_button = QPushButton(icon("format-list-bulleted"), "", self)
        self.show_button.setObjectName("recentShowLeads")
        self.undo_button = QPushButton(icon("undo"), "", self)
        self.undo_button.setObjectName("recentUndo")
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.show_button.clicked.connect(self._show_leads)
        self.undo_button.clicked.connect(lambda: self.undo())
        lay.addWidget(buttons)
        self.model.reload()
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        if self.model.rowCount():
            self.view.selectRow(0)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        remember_size(self, self.ctx.settings, "recent_imports", QSize(900, 420))
        self.retranslate()

    def current(self) -> ImportBatch | None:
        idx = self.view.currentIndex()
        return self.model.data(idx, BATCH_ROLE) if idx.isValid() else None

    def _update(self) -> None:
        b = self.current()
        live = b is not None and b.undone_at is None
        # the importer or a manager undoes an import (crm.accounts.permissions): others see why not
        refused = P.undo_import(self.ctx.actor, b.created_by) if b is not None else None
        allow(self.undo_button, refused)
        self.undo_button.setEnabled(live and not self.strip.busy and refused is None)
        self.show_button.setEnabled(b is not None and live and b.created_count > 0)

    def _show_leads(self) -> None:
        b = self.current()
        if b is None:
            return
        label = self.tr("Imported from {file}").format(file=Path(b.file_name).name)
        self.show_leads.emit(LeadFilter(import_batch_id=b.id), label)
        self.accept()

    def undo(self, *, confirm: bool = True) -> None:
        b = self.current()
        if b is None or b.undone_at is not None:
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Undo an import"),
                self.tr(
                    "Undo import {id} of {file}? Its {n} new leads are removed and the leads it "
                    "updated get their old values back."
                ).format(id=b.id, file=Path(b.file_name).name, n=b.created_count),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.notice.clear()
        job = undo_job(self.ctx.store, self.ctx.actor, stored_id(b))
        Op.with_progress(self, self.ctx, job).success(self._undone).run_in_strip(
            self.strip, self.tr("Undoing import {id}…").format(id=b.id)
        )
        self._update()

    def _undone(self, result) -> None:
        self.notice.show_message(undone_message(result))
        row = self.view.currentIndex().row()
        self.model.reload()
        self.view.selectRow(max(0, row))
        self._update()

    def show_failure(self, error: CrmError) -> None:
        """The page's message area (crm.ui.operations): its notice."""
        self.notice.error(error.message)
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recent imports"))
        self.show_button.setText(self.tr("Show the leads"))
        self.undo_button.setText(self.tr("Undo this import"))
        self.view.setAccessibleName(self.tr("Recent imports"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 9)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
