"""Where a failed operation's message goes — one rule: the nearest widget, from the operation's
parent up to its window, that has a message area (it implements :class:`MessageArea`); a page
or dialog without one gets a message box on its window. The message is the error's own
translated text (crm.errors: every CrmError carries a Message)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from crm.errors import CrmError, StoreError
from crm.i18n import translate


@runtime_checkable
class MessageArea(Protocol):
    """A widget that shows an operation's failure in a place of its own (an error line under
    the form, a banner in a page)."""

    def show_failure(self, error: CrmError) -> None: ...


def message_area(widget: QWidget | None) -> MessageArea | None:
    """The message area nearest to ``widget``, within its window."""
    w = widget
    while w is not None:
        if isinstance(w, MessageArea):
            return w
        if w.isWindow():
            return None
        w = w.parentWidget()
    return None


def show_failure(parent: QWidget | None, error: CrmError) -> None:
    """Show ``error`` next to where it happened (see the module's rule)."""
    area = message_area(parent)
    if area is not None:
        area.show_failure(error)
        return
    title = (
        translate("Operations", "The store cannot do this now")
        if isinstance(error, StoreError)
        else translate("Operations", "This cannot be done")
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        error.render(),
        QMessageBox.StandardButton.Ok,
        parent.window() if parent is not None else None,
    )
    box.setObjectName("operationFailed")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, without a nested event loop: the window's work goes on
