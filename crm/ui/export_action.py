"""Export to Excel from the lead list's toolbar (issue 5): exactly the leads the list shows —
its filter, its sort, its visible columns in their order — as the exporter may see them
(confidential projects of other cities by codename, contacts masked unless allowed). The menu
also offers every field with the contact, the file that imports back unchanged. The work
runs in the background with progress and cancel; the result says what was masked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QMenu, QMessageBox, QToolButton, QWidget

from crm.errors import CrmError
from crm.i18n import current_language
from crm.leadlist.columns import export_columns
from crm.ui import file_dialogs
from crm.ui.icons import icon
from crm.ui.widgets.inputs import ErrorLabel

# the exporter (openpyxl) and the task helpers are imported on the first export: the button
# is on the lead list, the first screen, which shows before anything that can wait


class ExportTool(QWidget):
    """The button (and its inline error) in the lead list's header row."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportTool")
        self.window = window
        self.ctx = window.ctx
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.error = ErrorLabel(self)
        self.error.setMaximumWidth(420)
        self.button = QToolButton(self)
        self.button.setObjectName("exportExcel")
        self.button.setIcon(icon("microsoft-excel"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.button.setStyleSheet(
            "QToolButton#exportExcel { padding-right: 18px; }"
            "QToolButton#exportExcel::menu-button { border: none; width: 16px; }"
        )
        self.button.clicked.connect(lambda: self.export(all_fields=False))
        self.menu = QMenu(self.button)
        self.a_visible = self.menu.addAction("", lambda: self.export(all_fields=False))
        self.a_all = self.menu.addAction("", lambda: self.export(all_fields=True))
        self.button.setMenu(self.menu)
        lay.addWidget(self.error)
        lay.addWidget(self.button)
        self.last_result = None
        self.retranslate()

    def columns(self, all_fields: bool) -> list[str]:
        from crm.exporting.columns import DEFAULT_COLUMNS

        return (
            list(DEFAULT_COLUMNS)
            if all_fields
            else export_columns(self.window.leads.visible_columns())
        )

    def ask_path(self) -> Path | None:
        return file_dialogs.ask_save(
            self,
            self.ctx.settings,
            "export",
            self.tr("Export the list to Excel"),
            self.tr("Leads-{day}.xlsx").format(day=date.today().isoformat()),
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )

    def export(self, *, all_fields: bool = False) -> None:
        from crm.exporting.leads import export_leads
        from crm.reports.output import check_writable
        from crm.ui.operations import Op, passes
        from crm.ui.widgets.task_strip import cancellable

        leads = self.window.leads
        flt, sort, columns = leads.filters.current(), leads.current_sort(), self.columns(all_fields)
        path = self.ask_path()
        if path is None:
            return
        self.error.show_message(None)
        if not passes(self, self.ctx, lambda: check_writable(path)):
            return  # why: in this tool's message area
        store, actor, lang = self.ctx.store, self.ctx.actor, current_language()
        self.button.setEnabled(False)

        def work(tc):
            return export_leads(
                store,
                actor,
                path,
                flt,
                sort,
                columns,
                lang=lang,
                progress=lambda done, total: tc.progress(done / total if total else 1.0),
                cancelled=tc.cancelled,
            )

        Op.with_progress(self, self.ctx, cancellable(work)).success(self._done).failure(
            self._failed
        ).cancelled(lambda: self.button.setEnabled(True)).run_in_background(
            self.tr("Exporting {name}…").format(name=path.name), cancellable=True
        )

    def show_failure(self, error: CrmError) -> None:
        """The tool's message area (crm.ui.operations): the line beside its button."""
        self.error.show_message(error.message)

    def _failed(self, exc: CrmError) -> None:
        self.button.setEnabled(True)
        self.show_failure(exc)

    def _done(self, result) -> None:
        self.button.setEnabled(True)
        self.last_result = result
        notes = []
        if result.masked_contacts:
            notes.append(
                self.tr(
                    "Contacts are masked in {n} rows: you may not see them (personal information)."
                ).format(n=result.masked_contacts)
            )
        if result.redacted:
            notes.append(
                self.tr(
                    "{n} confidential projects of other cities appear under their codename."
                ).format(n=result.redacted)
            )
        if not notes:
            notes.append(self.tr("Nothing was masked: you may see every value in these rows."))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export to Excel"),
            self.tr("{n} leads exported to {name}.").format(
                n=f"{result.rows:,}", name=result.path.name
            ),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("exportDone")
        box.setInformativeText("\n".join(notes))
        from crm.ui.widgets.notice import open_folder

        opener = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda: open_folder(result.path.parent))
        box.finished.connect(box.deleteLater)
        box.open()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Export to Excel"))
        self.button.setToolTip(self.tr("The leads the list shows, with its sort and columns"))
        self.button.setAccessibleName(self.tr("Export to Excel"))
        self.a_visible.setText(self.tr("The list's columns"))
        self.a_all.setText(self.tr("All fields and the contact (imports back unchanged)"))
        self.error.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(window) -> None:
    window.when_built("leads", lambda page: page.add_tool(ExportTool(window, page)))
