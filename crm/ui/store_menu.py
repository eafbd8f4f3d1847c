"""Stores from the File menu: New store…, Open store…, and the stores opened recently.

A store is a file (SQLite); demo data, training and the real ledger each get their own. The
app opens at start the store that was open when it was closed (unless --db or
CRM_DATABASE_URL names one), and keeps per store who you are and the page you were on, so a
new, empty store opens on My day with the first-lead and demo offer. The switch itself is the
AppController's (crm.ui.app): this module asks for it with ``ctx.bus.open_store``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from crm.ui import file_dialogs
from crm.ui.icons import icon
from crm.ui.settings import LAST_STORE, RECENT_STORES, Settings

RECENT_MAX = 8


def startup_target(db: str | None, settings: Settings) -> str | None:
    """What to open at start: --db, else CRM_DATABASE_URL (both by open_store), else the store
    open when the app was last closed, while its file is there."""
    if db or os.environ.get("CRM_DATABASE_URL"):
        return db
    last = settings.get(LAST_STORE)
    return last if last and Path(last).is_file() else None


def remember_store(settings: Settings, store) -> None:
    """``store`` is open: first in the recent list, and the one to open next time."""
    if store.path is None:  # a team server: named by --db or the environment each time
        return
    path = str(store.path)
    recent = [path] + [p for p in settings.get(RECENT_STORES) if p != path]
    settings.set(RECENT_STORES, recent[:RECENT_MAX])
    settings.set(LAST_STORE, path)
    settings.sync()


class StoreMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        file_menu = window.menu("file")
        self.a_new = QAction(icon("database-plus-outline"), "", window)
        self.a_new.setObjectName("actionNewStore")
        self.a_new.triggered.connect(self.new_store)
        self.a_open = QAction(icon("folder-open-outline"), "", window)
        self.a_open.setObjectName("actionOpenStore")
        self.a_open.triggered.connect(self.open_store)
        self.recent = QMenu(file_menu)
        self.recent.setObjectName("recentStores")
        self.recent.aboutToShow.connect(self.fill_recent)
        before = window.a_quit
        file_menu.insertSeparator(before)
        file_menu.insertActions(before, [self.a_new, self.a_open])
        file_menu.insertMenu(before, self.recent)
        file_menu.insertSeparator(before)
        window.installEventFilter(self)
        self.retranslate()
        self.fill_recent()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.a_new.setText(self.tr("New store…"))
        self.a_new.setStatusTip(self.tr("Start an empty store in a file of its own"))
        self.a_open.setText(self.tr("Open store…"))
        self.recent.setTitle(self.tr("Recent stores"))
        self.fill_recent()

    def fill_recent(self) -> None:
        self.recent.clear()
        current = self.ctx.store.describe()
        paths = self.ctx.settings.get(RECENT_STORES)
        for path in paths:
            p = Path(path)
            action = self.recent.addAction(f"{p.name} — {p.parent}")
            action.setToolTip(path)
            action.setData(path)
            action.setCheckable(True)
            action.setChecked(path == current)
            action.setEnabled(path != current and p.is_file())
            action.triggered.connect(lambda _c=False, path=path: self.ask_open(path))
        if not paths:
            self.recent.addAction(self.tr("No stores opened yet")).setEnabled(False)
        else:
            self.recent.addSeparator()
            self.recent.addAction(self.tr("Clear the list"), self.clear_recent)

    def clear_recent(self) -> None:
        keep = [p for p in self.ctx.settings.get(RECENT_STORES) if p == self.ctx.store.describe()]
        self.ctx.settings.set(RECENT_STORES, keep)
        self.fill_recent()

    def new_store(self) -> None:
        path = file_dialogs.ask_save(
            self.window,
            self.ctx.settings,
            "store",
            self.tr("New store"),
            self.tr("Investment leads.sqlite"),
            self.tr("Stores (*.sqlite)"),
            ".sqlite",
        )
        if path is None:
            return
        if path.exists():  # a new store never replaces a file
            QMessageBox.information(
                self.window,
                self.tr("New store"),
                self.tr("{name} already exists. Open it with File ▸ Open store…").format(
                    name=path.name
                ),
            )
            return
        self.ask_open(str(path))

    def open_store(self) -> None:
        path = file_dialogs.ask_open(
            self.window,
            self.ctx.settings,
            "store",
            self.tr("Open store"),
            self.tr("Stores (*.sqlite *.db);;All files (*)"),
        )
        if path is not None:
            self.ask_open(str(path))

    def ask_open(self, path: str) -> None:
        self.ctx.bus.open_store.emit(path)


def install(window) -> None:
    window.store_menu = StoreMenu(window)
