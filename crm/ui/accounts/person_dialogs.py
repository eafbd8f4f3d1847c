"""The People page's dialogs: add a person, change a person's name, role and city, hand their
leads to another, and the one-time password shown once to copy. Each calls one service of
crm.accounts.admin and shows its refusal (a taken username, the last administrator) as it says."""

from __future__ import annotations

import secrets

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm.accounts import admin as accounts
from crm.accounts.admin import Person
from crm.accounts.roles import ROLE_LABELS, ROLES
from crm.changes import Changes
from crm.errors import CrmError
from crm.ui.accounts.password_fields import city_combo
from crm.ui.context import AppContext
from crm.ui.operations import Op
from crm.ui.widgets.inputs import ErrorLabel

#: no 0/O, 1/l/I: read aloud or typed from a note without doubt
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def one_time_password() -> str:
    """A random password to hand over once, e.g. ``k7mp-x3rt-9qwe`` (14 characters)."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(3))


class _ServiceDialog(QDialog):
    """A form and an OK button that runs ``_apply`` (a service); its refusal stays shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None):
        super().__init__(parent)
        self.ctx = ctx
        self.lay = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.lay.addWidget(self.intro)
        self.form = QFormLayout()
        self.lay.addLayout(self.form)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.changes = None
        self.setMinimumWidth(460)

    def _finish(self) -> None:
        self.lay.addWidget(self.error)
        self.lay.addWidget(self.buttons)
        self.retranslate()

    def _role_combo(self, current: str = "officer") -> QComboBox:
        combo = QComboBox(self)
        for key in ROLES:
            combo.addItem(ROLE_LABELS[key].render(), key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def retranslate(self) -> None:
        raise NotImplementedError

    def _apply(self) -> Changes:
        """The service call of this dialog (its refusal stays shown)."""
        raise NotImplementedError

    def _accept(self) -> None:
        Op(self, self.ctx, self._apply).success(self._applied).run()

    def _applied(self, changes) -> None:
        self.changes = changes
        self.accept()

    def show_failure(self, error: CrmError) -> None:
        """The dialog's message area (crm.ui.operations): the line above the buttons."""
        self.error.show_message(error.message)


class AddPersonDialog(_ServiceDialog):
    """A new person; with "may sign in" they get a one-time password (``password``), shown
    once afterwards and changed at their first sign-in."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("addPersonDialog")
        self.person: Person | None = None
        self.password: str | None = None
        self.username = QLineEdit(self)
        self.username.setObjectName("personUsername")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("personName")
        self.role = self._role_combo()
        self.role.setObjectName("personRole")
        self.city = city_combo(self, ctx.ref, self.tr("Corridor committee (all cities)"))
        self.city.setObjectName("personCity")
        self.admin = QCheckBox(self)
        self.admin.setObjectName("personAdmin")
        self.signs_in = QCheckBox(self)
        self.signs_in.setObjectName("personSignsIn")
        self.signs_in.setChecked(True)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, w in zip(
            self.labels, (self.username, self.display_name, self.role, self.city), strict=True
        ):
            self.form.addRow(label, w)
        self.form.addRow("", self.admin)
        self.form.addRow("", self.signs_in)
        self.ok.setObjectName("addPersonOk")
        self._finish()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a person"))
        self.intro.setText(
            self.tr(
                "They sign in with the username and a one-time password shown to you once "
                "next, and choose their own password at their first sign-in."
            )
        )
        for label, text in zip(
            self.labels,
            (self.tr("Username"), self.tr("Name"), self.tr("Role"), self.tr("City")),
            strict=True,
        ):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("e.g. zhangsan"))
        self.admin.setText(self.tr("Also an administrator (people, reference lists, backups)"))
        self.signs_in.setText(self.tr("May sign in (give a one-time password)"))
        self.signs_in.setToolTip(
            self.tr(
                "Untick for a colleague named in ledgers who does not use the app: their "
                "leads carry their name; a password can be given later."
            )
        )
        self.ok.setText(self.tr("Add"))
        self.error.retranslate()

    def _apply(self):
        password = one_time_password() if self.signs_in.isChecked() else None
        self.person, changes = accounts.add_person(
            self.ctx.store,
            self.ctx.actor,
            self.username.text(),
            self.display_name.text(),
            self.role.currentData(),
            self.city.currentData(),
            is_admin=self.admin.isChecked(),
            password=password,
        )
        self.password = password
        return changes


class EditPersonDialog(_ServiceDialog):
    """A person's name, role, city and administrator flag (crm.accounts.admin.set_role)."""

    def __init__(self, ctx: AppContext, person: Person, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("editPersonDialog")
        self.person = person
        self.display_name = QLineEdit(person.display_name, self)
        self.display_name.setObjectName("personName")
        self.role = self._role_combo(person.role)
        self.role.setObjectName("personRole")
        self.city = city_combo(self, ctx.ref, self.tr("Corridor committee (all cities)"))
        self.city.setObjectName("personCity")
        self.city.setCurrentIndex(self.city.findData(person.city_id))
        self.admin = QCheckBox(self)
        self.admin.setObjectName("personAdmin")
        self.admin.setChecked(person.is_admin)
        self.labels = [QLabel(self) for _ in range(3)]
        for label, w in zip(self.labels, (self.display_name, self.role, self.city), strict=True):
            self.form.addRow(label, w)
        self.form.addRow("", self.admin)
        self.ok.setObjectName("editPersonOk")
        self._finish()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("{name} ({username})").format(
                name=self.person.display_name, username=self.person.username
            )
        )
        self.intro.setText(
            self.tr(
                "A change of role or city applies to their next action, even if they are signed in now."
            )
        )
        for label, text in zip(
            self.labels, (self.tr("Name"), self.tr("Role"), self.tr("City")), strict=True
        ):
            label.setText(text)
        self.admin.setText(self.tr("Also an administrator (people, reference lists, backups)"))
        self.ok.setText(self.tr("Save"))
        self.error.retranslate()

    def _apply(self):
        return accounts.set_role(
            self.ctx.store,
            self.ctx.actor,
            self.person.id,
            role=self.role.currentData(),
            city_id=self.city.currentData(),
            is_admin=self.admin.isChecked(),
            display_name=self.display_name.text(),
        )


class HandOverDialog(_ServiceDialog):
    """All of a person's live leads to another active person, in one audited step."""

    def __init__(
        self, ctx: AppContext, person: Person, others: list[Person], parent: QWidget | None = None
    ):
        super().__init__(ctx, parent)
        self.setObjectName("handOverDialog")
        self.person = person
        self.to = QComboBox(self)
        self.to.setObjectName("handOverTo")
        for p in others:
            where = ctx.ref.label(p.city_id) or self.tr("Committee")
            self.to.addItem(f"{p.display_name} ({p.username}) · {where}", p.id)
        same_city = next((i for i, p in enumerate(others) if p.city_id == person.city_id), 0)
        self.to.setCurrentIndex(same_city)
        self.to_label = QLabel(self)
        self.form.addRow(self.to_label, self.to)
        self.ok.setObjectName("handOverOk")
        self._finish()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over leads"))
        self.intro.setText(
            self.tr(
                "Give all {count} leads of {name} to another person, in one step recorded in "
                "the audit log."
            ).format(count=f"{self.person.leads:,}", name=self.person.display_name)
        )
        self.to_label.setText(self.tr("Hand them to"))
        self.ok.setText(self.tr("Hand over"))
        self.error.retranslate()

    def _apply(self):
        return accounts.hand_over_leads(
            self.ctx.store, self.ctx.actor, self.person.id, self.to.currentData()
        )


class OneTimePasswordDialog(QDialog):
    """The one-time password, shown once with a Copy button: the administrator hands it over;
    the person replaces it at their first sign-in."""

    def __init__(self, person: Person, password: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("oneTimePasswordDialog")
        self.person, self._password = person, password
        lay = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        row = QHBoxLayout()
        self.field = QLineEdit(password, self)
        self.field.setObjectName("oneTimePassword")
        self.field.setReadOnly(True)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setFamily("monospace")
        self.field.setFont(font)
        row.addWidget(self.field, 1)
        self.copy = QPushButton(self)
        self.copy.setObjectName("copyPassword")
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.copy)
        lay.addLayout(row)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        lay.addWidget(self.warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        lay.addWidget(buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("One-time password"))
        self.intro.setText(
            self.tr("{name} signs in as “{username}” with this password:").format(
                name=self.person.display_name, username=self.person.username
            )
        )
        self.copy.setText(self.tr("Copy"))
        self.warning.setText(
            self.tr(
                "It is shown only now: copy it and hand it over in person or by phone. "
                "{name} chooses their own password at the first sign-in."
            ).format(name=self.person.display_name)
        )

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._password)
        self.copy.setText(self.tr("Copied"))
