"""Importing ledgers in the app (issue 5): the wizard (File ▸ Import ledger…, Ctrl+I, and the
welcome page's button) and the list of recent imports with undo (File ▸ Recent imports…).
``screens`` offers a picture of each step of the wizard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from crm.accounts import permissions as P
from crm.ui.icons import icon
from crm.ui.widgets.allowed import allow


class _Actions(QObject):
    """The two File-menu actions, retranslated with the window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.import_ledger = QAction(icon("file-import-outline"), "", window)
        self.import_ledger.setObjectName("actionImportLedger")
        self.import_ledger.setShortcut(QKeySequence("Ctrl+I"))
        self.import_ledger.triggered.connect(lambda: open_wizard(window))
        self.recent = QAction(icon("history"), "", window)
        self.recent.setObjectName("actionRecentImports")
        self.recent.triggered.connect(lambda: open_recent(window))
        window.addAction(self.import_ledger)
        window.addAction(self.recent)
        menu = window.menu("file")
        before = next((a for a in reversed(menu.actions()) if a.isSeparator()), None)
        menu.insertActions(before, [self.import_ledger, self.recent])
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.import_ledger.setText(QCoreApplication.translate("ImportFeature", "Import ledger…"))
        self.recent.setText(QCoreApplication.translate("ImportFeature", "Recent imports…"))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(window) -> None:
    actions = _Actions(window)  # owned by the window (its parent)
    window.welcome.import_ledger.connect(lambda: open_wizard(window))
    # report staff and administrators write no leads: told before they choose a file
    refused = P.import_ledger(window.ctx.actor)
    allow(actions.import_ledger, refused)
    allow(window.welcome.import_button, refused)


def open_wizard(window, path: str | None = None):
    """Open the wizard (window-modal, not blocking); with ``path`` it starts reading it."""
    from crm.ui.importing.wizard import ImportWizard

    wizard = ImportWizard(window.ctx, window)
    wizard.show_leads.connect(window.drill_down)
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    if path:
        wizard.file_page.open_file(path)
    return wizard


def open_recent(window):
    from crm.ui.importing.recent import RecentImportsDialog

    dialog = RecentImportsDialog(window.ctx, window)
    dialog.show_leads.connect(window.drill_down)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def screens(window, app):
    from crm.ui.importing.shots import wizard_screens

    return wizard_screens(window, app)
