"""Typing as a user does, for tests and the screenshot script: ASCII as key clicks, Chinese
as an input-method commit (which is how an IME delivers it), so the same signals fire."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    run: list[str] = []

    def flush() -> None:
        if run:
            QTest.keyClicks(widget, "".join(run))
            run.clear()

    for ch in text:
        if ch.isascii():
            run.append(ch)
            continue
        flush()
        ev = QInputMethodEvent("", [])
        ev.setCommitString(ch)
        QCoreApplication.sendEvent(widget, ev)
    flush()
