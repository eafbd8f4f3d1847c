"""Who are you? Until sign-in exists (team issue), a person says once who they are — name and
city — and is remembered on this computer as that user."""

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

from crm.db.store import Store
from crm.errors import ValidationError
from crm.reference import reference
from crm.ui.widgets.inputs import ErrorLabel
from crm.users import ROLE_LABELS, Actor, identify


class IdentifyDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("identifyDialog")
        self.store = store
        self.actor: Actor | None = None
        ref = reference(store)
        self.setWindowTitle(self.tr("Who are you?"))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tell the CRM your name and city once; your leads, follow-ups and "
                "changes are recorded under it."
            ),
            self,
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("identifyName")
        self.name.setAccessibleName(self.tr("Your name"))
        known = [u.display_name for u in ref.officers()]
        if known:
            from PySide6.QtWidgets import QCompleter

            self.name.setCompleter(QCompleter(known, self))
        self.city = QComboBox(self)
        self.city.setObjectName("identifyCity")
        self.city.setAccessibleName(self.tr("Your city"))
        for c in ref.kind("city"):
            self.city.addItem(c.label(), c.id)
        self.city.addItem(self.tr("Corridor committee (all cities)"), None)
        self.role = QComboBox(self)
        self.role.setObjectName("identifyRole")
        self.role.setAccessibleName(self.tr("Your role"))
        for key, label in ROLE_LABELS.items():
            self.role.addItem(label.render(), key)
        self.error = ErrorLabel(self)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Your city"), self.city)
        form.addRow(self.tr("Your role"), self.role)
        lay.addLayout(form)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _accept(self) -> None:
        try:
            self.actor, _changes = identify(
                self.store, self.name.text(), self.city.currentData(), self.role.currentData()
            )
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return
        self.accept()
