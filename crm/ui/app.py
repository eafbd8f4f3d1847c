"""Starting the desktop app: Qt setup (Fusion, stylesheet, fonts, translations, high-DPI),
the exception hook, opening the store (a clear message if it cannot be opened), knowing who
the user is, and the main window. ``AppController`` also switches language and user."""

from __future__ import annotations

import linecache
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from crm.db import Store, open_store
from crm.errors import CrmError, NotFound
from crm.paths import resource
from crm.ui import i18n as ui_i18n
from crm.ui.context import AppContext, ChangeBus
from crm.ui.errors import ExceptionHook, setup_logging
from crm.ui.features import install_all
from crm.ui.fonts import ensure_cjk_font
from crm.ui.identify import IdentifyDialog
from crm.ui.main_window import MainWindow
from crm.ui.settings import LANGUAGE, USER_ID, Settings
from crm.ui.tasks import TaskRunner
from crm.ui.wheel_guard import install as install_wheel_guard
from crm.users import Actor, get_actor


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("CorridorCRM")
    app.setOrganizationName("CityWestCorridor")
    app.setStyle("Fusion")
    ensure_cjk_font(app)
    install_wheel_guard(app)  # the wheel scrolls forms instead of changing their fields
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

    def known_actor(self) -> Actor | None:
        user_id = self.settings.get(USER_ID)
        if not user_id:
            return None
        try:
            return get_actor(self.store, user_id)
        except NotFound:
            return None

    def ask_actor(self) -> Actor | None:
        dlg = IdentifyDialog(self.store, self.window)
        if dlg.exec() and dlg.actor is not None:
            self.settings.set(USER_ID, dlg.actor.id)
            self.settings.sync()
            return dlg.actor
        return None

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

    def switch_user(self) -> None:
        actor = self.ask_actor()
        if actor is None or self.window is None:
            return
        old = self.window
        old.save_layout()
        new = self.build(actor)
        new.show()
        old.close()
        old.deleteLater()


def run_app(db: str | None = None, lang: str | None = None) -> int:
    app = make_application()
    hook = ExceptionHook(setup_logging())
    hook.install()
    settings = Settings()
    ui_i18n.install(app, lang or settings.get(LANGUAGE))
    try:
        store = open_store(db)
    except CrmError as exc:
        QMessageBox.critical(None, app.translate("App", "Cannot open the store"), exc.render())
        return 2
    controller = AppController(app, store, settings, hook)
    actor = controller.known_actor() or controller.ask_actor()
    if actor is None:
        return 0
    window = controller.build(actor)
    window.show()
    window.offer_drafts()
    code = app.exec()
    store.dispose()
    return code
