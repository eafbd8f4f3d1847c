"""The first paint of the main window is logged (start-up time) and, for smoke tests and
benchmarks, closes the window after CRM_QUIT_AFTER_SHOWN_MS."""

from __future__ import annotations

import logging
import time

from PySide6.QtWidgets import QMainWindow

from crm.ui.first_paint import QUIT_AFTER_ENV, watch_first_paint


def test_the_first_paint_is_logged_once(app, qtbot, caplog, monkeypatch):
    monkeypatch.delenv(QUIT_AFTER_ENV, raising=False)
    window = QMainWindow()
    qtbot.addWidget(window)
    probe = watch_first_paint(window)
    before = time.time()
    with caplog.at_level(logging.INFO, logger="crm.ui.first_paint"):
        window.show()
        qtbot.waitUntil(lambda: probe.painted_at is not None, timeout=3000)
        window.update()
        qtbot.wait(50)
    lines = [r.getMessage() for r in caplog.records if "main window shown" in r.getMessage()]
    assert len(lines) == 1 and lines[0].endswith(f"(at {probe.painted_at:.6f})")
    assert before <= probe.painted_at <= time.time()
    qtbot.wait(200)
    assert window.isVisible()  # no quit asked for


def test_quit_after_shown_closes_the_window(app, qtbot, monkeypatch):
    monkeypatch.setenv(QUIT_AFTER_ENV, "100")
    window = QMainWindow()
    qtbot.addWidget(window)
    probe = watch_first_paint(window)
    window.show()
    qtbot.waitUntil(lambda: probe.painted_at is not None, timeout=3000)
    assert window.isVisible()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
