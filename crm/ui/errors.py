"""Bugs reach one exception hook: it logs them (crm.applog: a rotating file in the user's log
folder, personal data blanked) and shows a dialog whose details can be copied for the
administrator; the app keeps running and open forms keep their content. Qt's own warnings go to
the same log. (User and environment errors never come here: they are shown where they
happened.)"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm import __version__
from crm.applog import describe_start, redact, setup_logging
from crm.errors import CrmError, StoreError
from crm.i18n import current_language, translate
from crm.paths import check_writable, is_frozen
from crm.ui import i18n as ui_i18n
from crm.ui.operations.messages import show_failure
from crm.ui.widgets.notice import open_folder

log = logging.getLogger("crm")
__all__ = ["BugDialog", "ExceptionHook", "start_logging", "setup_logging"]


class BugDialog(QDialog):
    def __init__(self, details: str, log_path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bugDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        lay = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "The CRM hit a problem it did not expect. Your data is safe and open forms keep "
                "what you typed. The details below were written to {log}; copy them for the "
                "administrator."
            ).format(log=log_path)
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(text)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("bugDetails")
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 220)
        lay.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy.setObjectName("bugCopy")
        self.copy.clicked.connect(self._copy)
        self.open_logs = buttons.addButton(
            self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_logs.setObjectName("bugOpenLogs")
        self.open_logs.clicked.connect(lambda: open_folder(Path(log_path).parent))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy.setText(self.tr("Copied"))


def bug_details(exc_type, exc, tb) -> str:
    """What the administrator needs to find a bug, without the user's personal data."""
    head = (
        f"CRM {__version__} ({'built' if is_frozen() else 'source'}), Python "
        f"{platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}\n"
    )
    return redact(head + "".join(traceback.format_exception(exc_type, exc, tb)))


class _Relay(QObject):
    """Exceptions from worker threads are shown on the GUI thread."""

    raised = Signal(str)
    fault = Signal(object)


class ExceptionHook:
    def __init__(self, log_path: str | Path):
        self.log_path = str(log_path)
        self._relay = _Relay()
        self._relay.raised.connect(self._show)
        self._relay.fault.connect(self._show_fault)
        self._showing = False
        self.last_details: str | None = None

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value, args.exc_traceback
        )

    def handle(self, exc_type, exc, tb) -> None:
        if isinstance(exc, StoreError):
            # the environment, not a bug: a read in a slot (a list refreshing, a page shown)
            # met a lost server or a locked or damaged store. Said in plain words, once.
            log.warning("%s (outside an operation)", type(exc).__name__)
            self._relay.fault.emit(exc)
            return
        details = bug_details(exc_type, exc, tb)
        log.error("unexpected error\n%s", details)
        self.last_details = details
        self._relay.raised.emit(details)

    def report(self, exc: BaseException) -> None:
        self.handle(type(exc), exc, exc.__traceback__)

    def _show(self, details: str) -> None:
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            BugDialog(details, self.log_path, QApplication.activeWindow()).exec()
        finally:
            self._showing = False

    def _show_fault(self, error: StoreError) -> None:
        """Where an operation's failure goes (crm.ui.operations): the active window's message
        area (the main window's status bar), else a message box."""
        if QApplication.instance() is not None:
            show_failure(QApplication.activeWindow(), error)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("qt")


def _qt_message(mode, context, message) -> None:
    _qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)


def start_logging(app: QApplication) -> ExceptionHook | None:
    """At start: check the folders the app writes to, open the log, install the exception
    hook and route Qt's messages to the log. Returns None after telling the user (a message
    box) which folder cannot be written: nothing else can work without it."""
    try:
        check_writable()
        path = setup_logging()
    except CrmError as exc:
        # also on the terminal, for a start from a shortcut's console or a script
        sys.stderr.write(exc.render() + "\n")
        sys.stderr.flush()
        ui_i18n.install(app, current_language())  # Qt's own buttons in the same language
        QMessageBox.critical(None, translate("App", "The CRM cannot start"), exc.render())
        return None
    log.info("start: %s", describe_start())
    hook = ExceptionHook(path)
    hook.install()
    qInstallMessageHandler(_qt_message)
    return hook
