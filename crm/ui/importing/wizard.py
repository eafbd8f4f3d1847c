"""The import wizard (issue 5): file → sheet and mapping → dry-run preview → import →
result. Each step's slow work (reading, planning, importing) runs in the background with
its progress and a cancel button in the page; nothing is written before the user presses
Import, and the import is one transaction, so a cancel leaves the store exactly as it was.

The wizard holds what the steps share: the file, the table read from it, the mapping, the
defaults, the duplicate choices, the plan and the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from crm.importing.api import Choice, Column, ImportOptions, ImportPlan, ImportResult, Table
from crm.ui.context import AppContext
from crm.ui.window_fit import remember_size


class ImportWizard(QWizard):
    #: LeadFilter, label: the user wants to see the imported leads in the list
    show_leads = Signal(object, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        from crm.ui.importing.file_page import FilePage
        from crm.ui.importing.mapping_page import MappingPage
        from crm.ui.importing.preview_page import PreviewPage
        from crm.ui.importing.result_page import ResultPage

        self.setObjectName("importWizard")
        self.ctx = ctx
        self.path: Path | None = None
        self.table: Table | None = None
        self.columns: list[Column] = []
        self.remembered = False
        self.default_city_id: int | None = None
        self.default_owner_id: int | None = None
        self.new_officers = True
        self.duplicates = Choice()
        self.choices: dict[int, Choice] = {}
        self.reason = ""
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self._close_asked = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        remember_size(self, ctx.settings, "import_wizard", QSize(1120, 700))
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1120, 700)

    # ------------------------------------------------------------ shared state
    def set_table(self, table: Table, columns: list[Column], remembered: bool) -> None:
        """A (new) table read from the file: what came after it no longer holds."""
        self.table, self.columns, self.remembered = table, list(columns), remembered
        self.plan = None
        self.choices = {}

    def options(self) -> ImportOptions:
        reason = self.reason.strip() or None
        with_reason = lambda c: Choice(c.action, reason) if c.action == "create" else c  # noqa: E731
        return ImportOptions(
            duplicates=with_reason(self.duplicates),
            choices={n: with_reason(c) for n, c in self.choices.items()},
            default_owner_id=self.default_owner_id,
            default_city_id=self.default_city_id,
            new_officers=self.new_officers,
        )

    def busy(self) -> bool:
        return any(
            p.strip.busy
            for p in (self.file_page, self.mapping_page, self.preview_page, self.result_page)
        )

    # ------------------------------------------------------------ closing
    def reject(self) -> None:
        """Cancel stops the running step first; an import being written is rolled back and
        the wizard closes once that is reported."""
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            page.strip.cancel()
        if self.preview_page.importing:
            self._close_asked = True
            return
        super().reject()

    def close_if_asked(self) -> None:
        if self._close_asked:
            self._close_asked = False
            super().reject()

    def hideEvent(self, event) -> None:  # noqa: N802
        """A cell's combo still open when the wizard goes away is closed first (it would
        otherwise try to hand its value to a table that is being destroyed)."""
        for view in (self.mapping_page.view, self.preview_page.view):
            editor = view.indexWidget(view.currentIndex())
            if editor is not None:
                view.itemDelegate(view.currentIndex()).closeEditor.emit(editor)
        self.preview_page.stop_timers()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a ledger"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
