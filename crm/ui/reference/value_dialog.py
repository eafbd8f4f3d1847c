"""Adding or renaming a list value: its Chinese and English names (and, for a sub-field, the
field it belongs to); the service's errors shown beside the field they are about."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm import reference_admin
from crm.changes import Changes
from crm.errors import CrmError, ValidationError
from crm.reference import RefEntry
from crm.ui.context import AppContext
from crm.ui.operations import Op
from crm.ui.widgets.inputs import ErrorLabel, SearchCombo


class ValueDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        item: RefEntry | None = None,
        parent_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("referenceValueDialog")
        self.ctx, self.kind, self.item = ctx, kind, item
        self.item_id: int | None = item.id if item else None
        self.setWindowTitle(self.tr("New value") if item is None else self.tr("Rename value"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}

        def row(key: str, label: str, w: QWidget) -> None:
            box = QWidget(self)
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.addWidget(w)
            err = ErrorLabel(box)
            v.addWidget(err)
            form.addRow(label, box)
            self.inputs[key], self.errors[key] = w, err

        self.name_zh = QLineEdit(item.name_zh if item else "", self)
        self.name_zh.setObjectName("valueNameZh")
        self.name_en = QLineEdit(item.name_en if item else "", self)
        self.name_en.setObjectName("valueNameEn")
        row("name_zh", self.tr("Chinese name"), self.name_zh)
        row("name_en", self.tr("English name"), self.name_en)
        self.field = SearchCombo(self, allow_empty=True)
        self.field.setObjectName("valueField")
        if kind == "subfield" and item is None:
            self.field.set_items([(i.label(), i.id) for i in ctx.ref.kind("field")])
            self.field.set_value(parent_id)
            row("parent", self.tr("Field"), self.field)
        self.errors["kind"] = self.errors["name_zh"]
        lay.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def save(self) -> None:
        for e in self.errors.values():
            e.show_message(None)
        store, actor, item = self.ctx.store, self.ctx.actor, self.item
        zh, en = self.name_zh.text(), self.name_en.text()
        parent = self.field.value() if self.kind == "subfield" and item is None else None

        def write() -> Changes:
            if item is None:
                self.item_id, changes = reference_admin.add_value(
                    store, actor, self.kind, zh, en,
                    parent_id=parent if isinstance(parent, int) else None,
                )  # fmt: skip
                return changes
            return reference_admin.rename_value(store, actor, item.id, zh, en)

        Op(self, self.ctx, write).failure(self._show_field_errors, ValidationError).success(
            lambda _c: self.accept()
        ).run()

    def show_failure(self, error: CrmError) -> None:
        """The dialog's message area (crm.ui.operations): under the Chinese name."""
        self.errors["name_zh"].show_message(error.message)

    def _show_field_errors(self, exc: ValidationError) -> None:
        for fe in exc.errors:
            self.errors.get(fe.field, self.errors["name_zh"]).show_message(fe.message)
