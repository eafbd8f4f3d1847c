"""An action a person may not take is disabled with the reason as its tooltip — the reason
crm.accounts.permissions gives (the UI never re-implements a rule; the service refuses anyway)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from crm.i18n import Message


def allow(target: QWidget | QAction, reason: Message | str | None, tip: str = "") -> bool:
    """Enable ``target`` when ``reason`` is None, else disable it with the reason (a Message,
    or text already translated) as its tooltip (``tip`` when allowed). Returns whether it is
    allowed."""
    target.setEnabled(reason is None)
    if reason is None:
        target.setToolTip(tip)
    else:
        target.setToolTip(reason if isinstance(reason, str) else reason.render())
    return reason is None
