"""The desktop app's Qt setup (Fusion, stylesheet, fonts, high-DPI) and ``AppController``,
which builds the main window for a user and switches language and user. The start itself,
step by step, is crm.ui.startup."""

from __future__ import annotations

import linecache
import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QUndoStack
from PySide6.QtWidgets import QApplication

from crm.accounts.users import Actor
from crm.db import Store
from crm.paths import resource
from crm.ui import i18n as ui_i18n
from crm.ui import store_menu, wheel_guard
from crm.ui.context import AppContext, ChangeBus
from crm.ui.errors import ExceptionHook
from crm.ui.features import install_all
from crm.ui.fonts import ensure_cjk_font
from crm.ui.main_window import MainWindow
from crm.ui.settings import LANGUAGE, Settings
from crm.ui.tasks import TaskRunner


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv or sys.argv[:1])
    # instance() is typed as the core application: here it is always the widgets one (made
    # above, or by the tests' qtbot)
    assert isinstance(app, QApplication)
    app.setApplicationName("CorridorCRM")
    app.setOrganizationName("CityWestCorridor")
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resource("brand", "logo.png"))))
    wheel_guard.install(app)  # the wheel scrolls forms and changes no field
    ensure_cjk_font(app)
    icons = resource("icons").as_posix()  # the arrows the style sheet draws
    app.setStyleSheet(
        resource("style", "app.qss").read_text(encoding="utf-8").replace("@ICONS@", icons)
    )
    return app


class AppController:
    """Owns the main window for one store; rebuilds it when the user changes."""

    def __init__(
        self, app: QApplication, store: Store, settings: Settings, hook: ExceptionHook | None = None
    ):
        self.app, self.store, self.settings, self.hook = app, store, settings, hook
        self.window: MainWindow | None = None
        settings.use_store(store.describe())
        store_menu.remember_store(settings, store)

    def server_person(self, store: Store) -> Actor | None:
        """On a team server the server has signed the person in (crm.team.session)."""
        if store.is_sqlite:
            return None
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from crm.team.session import server_person
        from crm.ui.operations import Op

        return (
            Op(self.window, None, lambda: server_person(store))
            .failure(
                lambda exc: QMessageBox.warning(
                    self.window, QCoreApplication.translate("Team", "Team server"), exc.render()
                )
            )
            .run()
        )

    def sign_in(
        self,
        store: Store | None = None,
        *,
        switching: bool = False,
        user: str | None = None,
        password: str | None = None,
    ) -> Actor | None:
        """Who works in ``store`` (this one by default): crm.ui.accounts.session decides
        whether that takes a first administrator, a password, or nothing at all."""
        from crm.ui.accounts.session import who_signs_in

        store = store or self.store
        if not store.is_sqlite:  # a team server signs the person in by their own login
            return self.server_person(store)  # (another person: File ▸ Connect to team server…)
        return who_signs_in(
            store, self.settings, self.window, switching=switching, user=user, password=password
        )

    def open_store(self, target: str) -> bool:
        """Switch to the store at ``target`` (File menu): open it (a file that is not a store is
        refused with a message, nothing changes), know who you are in it, close this window
        (unsaved forms ask first) and open its own, on the page you left it on."""
        from crm.ui.safety.startup import open_store_for_app

        if target == self.store.describe():
            return True
        opened = open_store_for_app(target, self.window)  # says why when it cannot
        if opened is None:
            return False
        new = opened.store
        if new.describe() == self.store.describe():
            new.dispose()
            return True
        actor = self.sign_in(new)
        if actor is None:
            new.dispose()
            return False
        old, old_store = self.window, self.store
        self.app.setQuitOnLastWindowClosed(False)  # between the two windows, none is open
        try:
            if old is not None and not old.close():  # a form with changes was kept open
                new.dispose()
                return False
            self.store = new
            self.settings.use_store(new.describe())
            store_menu.remember_store(self.settings, new)
            self.build(actor).show()
        finally:
            self.app.setQuitOnLastWindowClosed(True)
        if old is not None:
            old.deleteLater()
        old_store.dispose()
        return True

    def build(self, actor: Actor) -> MainWindow:
        undo = QUndoStack()
        ctx = AppContext(
            store=self.store,
            actor=actor,
            tasks=TaskRunner(None, self.hook.report if self.hook else None),
            undo=undo,
            settings=self.settings,
            bus=ChangeBus(),
        )
        window = MainWindow(ctx, on_language=self.set_language, on_switch_user=self.switch_user)
        ctx.bus.open_store.connect(self.open_store)
        install_all(window)
        ctx.tasks.setParent(window)
        ctx.tasks._window = window
        undo.setParent(window)
        self.window = window
        # PySide6's import hook reads the source of every module imported after it (to see
        # whether it uses PySide6), which leaves all of it in linecache: some 14 MB of text
        # nobody reads again (a traceback reads its few lines back when it needs them)
        linecache.clearcache()
        return window

    def set_language(self, lang: str) -> None:
        ui_i18n.install(self.app, lang)
        self.settings.set(LANGUAGE, lang)
        self.settings.sync()

    def switch_user(self, sign_out: bool = False) -> None:
        """Switch user (the next person signs in over the window) or sign out (the window
        closes first; cancelling the sign-in then quits). Unsaved lead forms are asked about
        first, and a form kept open stops the switch."""
        from crm.ui.accounts import remember

        old = self.window
        if old is None or not old.settle_forms():
            return
        if sign_out:
            remember.forget(self.settings, self.store.describe(), old.ctx.actor.username)
            old.save_layout()
            self.app.setQuitOnLastWindowClosed(False)
            old.hide()
            try:
                self.window = None
                actor = self.sign_in(switching=True)
                if actor is None:
                    self.window = old
                    old.close()
                    self.app.quit()
                    return
            finally:
                self.app.setQuitOnLastWindowClosed(True)
        else:
            actor = self.sign_in(switching=True)
            if actor is None:
                return
        old.save_layout()
        new = self.build(actor)
        new.show()
        old.close()
        old.deleteLater()


def default_store() -> str | None:
    """How the store opened without --db is named (None when the environment names one)."""
    from crm.db.store import resolve_target

    if os.environ.get("CRM_DATABASE_URL"):
        return None
    return resolve_target(None).database
