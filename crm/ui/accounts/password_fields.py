"""A new password typed twice, and the small form pieces the account dialogs share."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from crm.accounts.passwords import check_new
from crm.errors import FIELD_PROBLEM, ParseError
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.reference import ReferenceData

DIFFER = QT_TRANSLATE_NOOP("Accounts", "The two passwords are not the same.")


class PasswordPair:
    """Two password fields added to ``form``; ``check()`` gives the password or a reason."""

    def __init__(self, form: QFormLayout, parent: QWidget, name: str = "newPassword"):
        self.first, self.second = QLineEdit(parent), QLineEdit(parent)
        self.first.setObjectName(name)
        self.second.setObjectName(name + "Again")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_label, self.second_label = QLabel(parent), QLabel(parent)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)

    def retranslate(self, first: str, second: str) -> None:
        self.first_label.setText(first)
        self.second_label.setText(second)
        self.first.setAccessibleName(first)
        self.second.setAccessibleName(second)

    def check(self) -> tuple[str | None, Message | None]:
        """(password, None) when both fields hold the same acceptable password, else
        (None, why not) — the service checks it again when it writes."""
        text = self.first.text()
        try:
            check_new(text)
        except ParseError as exc:
            return None, FIELD_PROBLEM.format(
                field=QT_TRANSLATE_NOOP("Fields", "Password"), problem=exc.message
            )
        if self.second.text() != text:
            return None, DIFFER
        return text, None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


def city_combo(parent: QWidget, ref: ReferenceData, committee: str) -> QComboBox:
    """The sci-tech cities (and partner districts), then the committee (no city)."""
    combo = QComboBox(parent)
    for c in ref.kind("city"):
        combo.addItem(c.label(), c.id)
    combo.addItem(committee, None)
    return combo
