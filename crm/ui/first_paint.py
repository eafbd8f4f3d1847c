"""The moment the main window is first painted: written to the log (how long the start took,
for support and for the start-up benchmark), and — for smoke tests and benchmarks that run the
whole process — the window closed a set time later when ``CRM_QUIT_AFTER_SHOWN_MS`` is given,
through the same path as a user closing it."""

from __future__ import annotations

import logging
import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from crm import STARTED

log = logging.getLogger(__name__)
QUIT_AFTER_ENV = "CRM_QUIT_AFTER_SHOWN_MS"


class FirstPaint(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.painted_at: float | None = None
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.time()
            self.window.removeEventFilter(self)
            log.info(
                "main window shown %.0f ms after start (at %.6f)",
                (time.perf_counter() - STARTED) * 1000,
                self.painted_at,
            )
            quit_after = os.environ.get(QUIT_AFTER_ENV)
            if quit_after is not None:
                delay = int(quit_after) if quit_after.strip().isdigit() else 0
                QTimer.singleShot(delay, self.window.close)
        return False


def watch_first_paint(window: QWidget) -> FirstPaint:
    return FirstPaint(window)
