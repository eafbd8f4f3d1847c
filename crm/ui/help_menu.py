"""The Help menu: open the log folder (to send the log to support), open the data folder, and
About (version, store schema, where the data is)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from crm.paths import data_dir, log_dir
from crm.ui.icons import icon
from crm.ui.widgets.notice import open_folder

if TYPE_CHECKING:
    from crm.ui.about_dialog import AboutDialog


class HelpMenu(QObject):
    """Fills the window's Help menu and retranslates it on a language switch."""

    def __init__(self, window, menu: QMenu):
        super().__init__(window)
        self.window = window
        self.menu = menu
        self.a_logs = self._action("actionOpenLogFolder", "folder-text-outline", self.open_logs)
        self.a_data = self._action("actionOpenDataFolder", "folder-outline", self.open_data)
        menu.addSeparator()
        self.a_about = self._action("actionAbout", "information-outline", self.show_about)
        self.a_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.dialog: AboutDialog | None = None
        window.installEventFilter(self)
        self.retranslate()

    def _action(self, name: str, icon_name: str, slot) -> QAction:
        action = QAction(icon(icon_name), "", self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def open_logs(self) -> None:
        open_folder(log_dir())

    def open_data(self) -> None:
        open_folder(data_dir())

    def show_about(self) -> AboutDialog:
        from crm.ui.about_dialog import AboutDialog  # with the store's schema check, on demand

        self.dialog = AboutDialog(self.window.ctx.store, self.window)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Help"))
        self.a_logs.setText(self.tr("Open log folder"))
        self.a_data.setText(self.tr("Open data folder"))
        self.a_about.setText(self.tr("About the CRM"))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
