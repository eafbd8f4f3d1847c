"""The sign-in dialog: a username and a password, "remember me on this computer", a generic
message on failure and, after repeated failures, the service's pause counted down without
freezing the window.

The dialog does not know what signing in means: it is given ``attempt(username, password)``
(crm.accounts.signin.sign_in on a store, or a team server's connection) and shows what it raises, so
the same dialog serves the start, Switch user, Sign out and a server connection."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm.accounts.signin import SignInError
from crm.errors import CrmError
from crm.i18n import Message
from crm.ui.operations import Op
from crm.ui.widgets.inputs import ErrorLabel


class SignInDialog(QDialog):
    """``outcome`` holds what ``attempt`` returned once the dialog is accepted; ``password``
    and ``remember`` what the person typed and ticked (for the keyring)."""

    def __init__(
        self,
        attempt: Callable[[str, str], Any],
        *,
        username: str = "",
        place: str = "",
        note: Message | None = None,
        remember_refused: Message | None = None,
        remember: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self._attempt = attempt
        self._place = place
        self._note = note
        self._remember_refused = remember_refused
        self._left = 0
        self.outcome: Any = None
        self.password = ""
        lay = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.note = QLabel(self)
        self.note.setObjectName("signInNote")
        self.note.setWordWrap(True)
        self.note.setVisible(note is not None)
        lay.addWidget(self.note)
        form = QFormLayout()
        self.username = QLineEdit(username, self)
        self.username.setObjectName("signInUsername")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("signInPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_label, self.password_label = QLabel(self), QLabel(self)
        form.addRow(self.user_label, self.username)
        form.addRow(self.password_label, self.password_edit)
        lay.addLayout(form)
        self.remember_box = QCheckBox(self)
        self.remember_box.setObjectName("signInRemember")
        self.remember_box.setChecked(remember and remember_refused is None)
        self.remember_box.setEnabled(remember_refused is None)
        lay.addWidget(self.remember_box)
        # why it cannot be ticked, in words under it (a tooltip is found by nobody)
        self.remember_why = QLabel(self)
        self.remember_why.setObjectName("formHint")
        self.remember_why.setWordWrap(True)
        self.remember_why.setVisible(remember_refused is not None)
        lay.addWidget(self.remember_why)
        self.error = ErrorLabel(self)
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("signInButton")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._tick = QTimer(self)
        # a coarse timer may tick up to 5 % early: the count would reach zero before the
        # service's pause ends, and the next try be refused again
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.setMinimumWidth(420)
        self.retranslate()
        (self.password_edit if username else self.username).setFocus()

    @property
    def remember(self) -> bool:
        return self.remember_box.isEnabled() and self.remember_box.isChecked()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        self.intro.setText(
            self.tr("Sign in to {place}.").format(place=self._place)
            if self._place
            else self.tr("Sign in with your username and password.")
        )
        if self._note is not None:
            self.note.setText(self._note.render())
        self.user_label.setText(self.tr("Username"))
        self.password_label.setText(self.tr("Password"))
        self.username.setAccessibleName(self.tr("Username"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.remember_box.setText(self.tr("Remember me on this computer"))
        self.remember_box.setToolTip(
            self._remember_refused.render()
            if self._remember_refused is not None
            else self.tr("Your password is kept in this computer's password keyring.")
        )
        if self._remember_refused is not None:
            self.remember_why.setText(self._remember_refused.render())
        self.ok.setText(self.tr("Sign in"))
        self.error.retranslate()
        if self._left:
            self._show_wait()

    def _accept(self) -> None:
        if self._left:
            return
        name, password = self.username.text().strip(), self.password_edit.text()
        if not name:
            self.username.setFocus()
            return
        # before the window: no AppContext (crm.ui.operations routes the errors all the same)
        Op(self, None, lambda: self._attempt(name, password)).failure(
            self._refused, SignInError
        ).success(lambda outcome: self._signed_in(outcome, password)).run()

    def _signed_in(self, outcome, password: str) -> None:
        self.outcome = outcome
        self.password = password
        self.accept()

    def _refused(self, exc: SignInError) -> None:
        self.password_edit.clear()
        self.password_edit.setFocus()
        if exc.wait_s:
            self._left = exc.wait_s
            self.ok.setEnabled(False)
            self._tick.start()
            self._show_wait()
        else:
            self.error.show_message(exc.message)

    def show_failure(self, error: CrmError) -> None:
        """The dialog's message area (crm.ui.operations): the store cannot be written, a
        server out of reach."""
        self.error.show_message(error.message)

    def _show_wait(self) -> None:
        self.error.setText(
            self.tr("Too many failed attempts: try again in {seconds} s.").format(
                seconds=self._left
            )
        )
        self.error.show()

    def _count_down(self) -> None:
        self._left -= 1
        if self._left > 0:
            self._show_wait()
            return
        self._left = 0
        self._tick.stop()
        self.ok.setEnabled(True)
        self.error.show_message(None)
