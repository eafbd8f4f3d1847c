"""Bugs reach one exception hook: it logs to a file in the data directory and shows a dialog
with copyable details; the app keeps running and open forms keep their content. (User and
environment errors never come here: they are shown where they happened.)"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm import __version__
from crm.paths import log_dir

log = logging.getLogger("crm")


def setup_logging() -> str:
    path = log_dir() / "crm.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return str(path)


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
        lay.addWidget(text)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("bugDetails")
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 220)
        lay.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


class _Relay(QObject):
    """Exceptions from worker threads are shown on the GUI thread."""

    raised = Signal(str)


class ExceptionHook:
    def __init__(self, log_path: str):
        self.log_path = log_path
        self._relay = _Relay()
        self._relay.raised.connect(self._show)
        self._showing = False
        self.last_details: str | None = None

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value, args.exc_traceback
        )

    def handle(self, exc_type, exc, tb) -> None:
        details = f"CRM {__version__}\n" + "".join(traceback.format_exception(exc_type, exc, tb))
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
