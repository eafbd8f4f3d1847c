"""Change my password: the old one (unless it is known already, as after a one-time
password) and the new one twice. Forced after an administrator set a one-time password:
then the window opens only once the person has chosen their own."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm.accounts.users import Actor
from crm.db.store import Store
from crm.errors import CrmError
from crm.team.people import change_password
from crm.ui.accounts.password_fields import PasswordPair
from crm.ui.operations import Op
from crm.ui.widgets.inputs import ErrorLabel


class ChangePasswordDialog(QDialog):
    """``old``: the current password when it is known (a one-time password just typed); else
    the dialog asks for it. ``password`` holds the new one once accepted."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        *,
        old: str | None = None,
        has_password: bool = True,
        forced: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.store, self.actor, self._old, self.forced = store, actor, old, forced
        self.password = ""
        lay = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        form = QFormLayout()
        self.old_edit = QLineEdit(self)
        self.old_edit.setObjectName("oldPassword")
        self.old_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_label = QLabel(self)
        if old is None and has_password:
            form.addRow(self.old_label, self.old_edit)
        else:
            self.old_edit.hide()
            self.old_label.hide()
        self.pair = PasswordPair(form, self)
        lay.addLayout(form)
        self.error = ErrorLabel(self)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("changePasswordOk")
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(440)
        self.retranslate()
        (self.old_edit if self.old_edit.isVisibleTo(self) else self.pair.first).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change my password"))
        if self.forced:
            text = self.tr(
                "{name}, your password was set by an administrator. Choose your own password "
                "now; only you will know it."
            )
        else:
            text = self.tr("{name}, choose a new password of at least 8 characters.")
        self.intro.setText(text.format(name=self.actor.display_name))
        self.old_label.setText(self.tr("Current password"))
        self.old_edit.setAccessibleName(self.tr("Current password"))
        self.pair.retranslate(self.tr("New password"), self.tr("New password again"))
        self.ok.setText(self.tr("Change password"))
        if self.forced:
            self.cancel.setText(self.tr("Quit"))
        self.error.retranslate()

    def _accept(self) -> None:
        new, reason = self.pair.check()
        if new is None:  # then there is a reason
            self.error.show_message(reason)
            self.pair.first.setFocus()
            return
        old = self._old if self._old is not None else self.old_edit.text()
        # at sign-in there is no window yet, from the menu no view shows a password: no
        # AppContext needed (crm.ui.operations routes the errors all the same)
        Op(self, None, lambda: change_password(self.store, self.actor, old or None, new)).success(
            lambda _c: self._changed(new)
        ).run()

    def _changed(self, new: str) -> None:
        self.password = new
        self.accept()

    def show_failure(self, error: CrmError) -> None:
        """The dialog's message area (crm.ui.operations): the line above the buttons."""
        self.error.show_message(error.message)
