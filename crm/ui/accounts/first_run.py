"""A store nobody can sign in to yet: a new store names its first administrator once; an
older store of several people without passwords lets one of them become its administrator.
Both set a password, so from then on everyone signs in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm.accounts import signin
from crm.accounts.admin import people
from crm.accounts.roles import ROLE_LABELS
from crm.accounts.users import Actor, system_actor
from crm.db.store import Store
from crm.errors import CrmError
from crm.reference import reference
from crm.ui.accounts.password_fields import PasswordPair, city_combo
from crm.ui.operations import Op
from crm.ui.widgets.inputs import ErrorLabel


class _FirstRunDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None):
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.password = ""
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
        self.setMinimumWidth(480)

    def _finish_layout(self) -> None:
        self.lay.addWidget(self.error)
        self.lay.addWidget(self.buttons)
        self.retranslate()

    def _accept(self) -> None:
        password, reason = self.pair.check()
        if password is None:  # then there is a reason
            self.error.show_message(reason)
            self.pair.first.setFocus()
            return
        # before the window: no AppContext (crm.ui.operations routes the errors all the same)
        Op(self, None, lambda: self._create(password)).success(
            lambda actor: self._created(actor, password)
        ).run()

    #: the two password fields (built by each dialog)
    pair: PasswordPair

    def retranslate(self) -> None:
        raise NotImplementedError

    def _create(self, password: str) -> Actor:
        """The account made with this password (each dialog its own service)."""
        raise NotImplementedError

    def _created(self, actor, password: str) -> None:
        self.actor = actor
        self.password = password
        self.accept()

    def show_failure(self, error: CrmError) -> None:
        """The dialog's message area (crm.ui.operations): the line above the buttons."""
        self.error.show_message(error.message)


class FirstAdminDialog(_FirstRunDialog):
    """Asked once, by a new store: its first administrator (a committee-level manager, or
    of a city) with their password."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.setObjectName("firstAdminDialog")
        self.username = QLineEdit(self)
        self.username.setObjectName("firstAdminUsername")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("firstAdminName")
        self.city = city_combo(self, reference(store), self.tr("Corridor committee (all cities)"))
        self.city.setObjectName("firstAdminCity")
        self.city.setCurrentIndex(self.city.count() - 1)
        self.labels = [QLabel(self) for _ in range(3)]
        for label, editor in zip(
            self.labels, (self.username, self.display_name, self.city), strict=True
        ):
            self.form.addRow(label, editor)
        self.pair = PasswordPair(self.form, self, "firstAdminPassword")
        self.ok.setObjectName("firstAdminCreate")
        self._finish_layout()
        self.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up this store"))
        self.intro.setText(
            self.tr(
                "This store has no people yet. Create the account of its first administrator: "
                "they add the other people, each with their own password, on the People page."
            )
        )
        for label, text in zip(
            self.labels,
            (self.tr("Username"), self.tr("Your name"), self.tr("Your city")),
            strict=True,
        ):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("e.g. zhangsan (to sign in)"))
        self.display_name.setPlaceholderText(self.tr("e.g. 张三 (shown on your work)"))
        self.pair.retranslate(self.tr("Password"), self.tr("Password again"))
        self.ok.setText(self.tr("Create and sign in"))
        self.error.retranslate()

    def _create(self, password: str) -> Actor:
        return signin.first_admin(
            self.store,
            self.username.text(),
            self.display_name.text(),
            password,
            self.city.currentData(),
        )


class ClaimAdminDialog(_FirstRunDialog):
    """An older store whose people have no passwords yet: one of them becomes its
    administrator, sets a password, and gives the others theirs on the People page."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.setObjectName("claimAdminDialog")
        self.person = QComboBox(self)
        self.person.setObjectName("claimPerson")
        ref = reference(store)
        for p in people(store, system_actor(store), include_disabled=False):
            where = ref.label(p.city_id) or self.tr("Committee")
            role = ROLE_LABELS.get(p.role)
            text = f"{p.display_name} ({p.username}) · {role.render() if role else p.role}"
            self.person.addItem(f"{text} · {where}", p.id)
        self.person_label = QLabel(self)
        self.form.addRow(self.person_label, self.person)
        self.pair = PasswordPair(self.form, self, "claimPassword")
        self.ok.setObjectName("claimAdmin")
        self._finish_layout()
        self.person.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who administers this store?"))
        self.intro.setText(
            self.tr(
                "The people of this store have no passwords yet, so anyone could act as "
                "anyone. Choose yourself and set your password: you become the store's "
                "administrator, and from now on everyone signs in. On the People page you "
                "then give each colleague a password of their own."
            )
        )
        self.person_label.setText(self.tr("You are"))
        self.pair.retranslate(self.tr("Your new password"), self.tr("Password again"))
        self.ok.setText(self.tr("Become administrator"))
        self.error.retranslate()

    def _create(self, password: str) -> Actor:
        return signin.claim_admin(self.store, self.person.currentData(), password)
