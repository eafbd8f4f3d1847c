"""A message shown where something happened (GUIDE.md: errors of the user or the environment
are not dialogs): a banner in the page, blue for news ("saved …, open the folder?"), red for a
problem ("… cannot be written"). It keeps the Message, so a language switch re-renders it, and
may carry one action button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from crm.i18n import Message
from crm.ui.icons import icon

INFO, ERROR = "info", "error"
# the colours of app.qss's #infoBanner / #errorBanner; the frame keeps its own objectName
_STYLE = {
    INFO: ("#eaf3fb", "#b6d4ee", "#1f2933"),
    ERROR: ("#fdecea", "#f2b8b5", "#8a1c14"),
}


class Notice(QFrame):
    def __init__(self, parent: QWidget | None = None, name: str = "notice"):
        super().__init__(parent)
        self.setObjectName(name)
        self.kind = INFO
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 6, 6)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setObjectName(name + "Text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.action.setObjectName(name + "Action")
        self.close_button = QToolButton(self)
        self.close_button.setIcon(icon("close"))
        self.close_button.clicked.connect(self.clear)
        lay.addWidget(self.icon)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.action)
        lay.addWidget(self.close_button)
        self._message: Message | None = None
        self._action_label: Message | None = None
        self._slot: Callable[[], None] | None = None
        self.action.clicked.connect(self._act)
        self.setAccessibleName(name)
        self.hide()
        self.retranslate()

    def show_message(
        self,
        message: Message,
        kind: str = INFO,
        *,
        action: Message | None = None,
        slot: Callable[[], None] | None = None,
    ) -> None:
        self._message, self._action_label, self._slot = message, action, slot
        self.kind = kind
        back, line, ink = _STYLE[kind]
        name = self.objectName()
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {back}; border: 1px solid {line}; "
            f"border-radius: 6px; }} QFrame#{name} QLabel {{ color: {ink}; }}"
        )
        self.icon.setPixmap(
            icon(
                "alert-circle-outline" if kind == ERROR else "check-circle-outline",
                "#b42318" if kind == ERROR else "#1f5f99",
            ).pixmap(18, 18)
        )
        self.retranslate()
        self.show()

    def error(self, message: Message) -> None:
        self.show_message(message, ERROR)

    def clear(self) -> None:
        self._message = self._slot = self._action_label = None
        self.hide()

    @property
    def action_slot(self) -> Callable[[], None] | None:
        return self._slot

    def message_text(self) -> str:
        return self.text.text() if self._message is not None else ""

    def _act(self) -> None:
        if self._slot is not None:
            self._slot()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        if self._message is not None:
            self.text.setText(self._message.render())
        self.action.setVisible(self._action_label is not None)
        if self._action_label is not None:
            self.action.setText(self._action_label.render())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_folder(folder: Path) -> None:
    """Show ``folder`` in the system's file manager (a notice's "Open folder")."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
