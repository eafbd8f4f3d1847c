"""An action a person may not take is disabled with the reason as its tooltip — the reason
crm.permissions gives (the UI never re-implements a rule; the service refuses anyway)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from crm.i18n import Message


def allow(target: QWidget | QAction, reason: Message | None, tip: str = "") -> bool:
    """Enable ``target`` when ``reason`` is None, else disable it with the reason as its
    tooltip (``tip`` when allowed). Returns whether it is allowed."""
    target.setEnabled(reason is None)
    target.setToolTip(reason.render() if reason is not None else tip)
    return reason is None
