"""One editor per lead field kind (crm/fields.py): how it is built, read as raw input (the
service parses and validates), and filled from stored values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from crm import fields as F
from crm.reference import ReferenceData
from crm.ui.widgets.inputs import AmountEdit, DateEdit, SearchCombo
from crm.values.amounts import format_wan


@dataclass
class Editor:
    spec: F.FieldSpec
    widget: QWidget
    focus: QWidget
    hint: QLabel | None = None

    # each kind's widget is the one make_editor builds for it (the asserts say which)
    def raw(self) -> Any:
        w, kind = self.widget, self.spec.kind
        if kind == F.BOOL:
            assert isinstance(w, QCheckBox)
            return w.isChecked()
        if kind in (F.REF, F.USER):
            assert isinstance(w, SearchCombo)
            return w.value()
        if kind == F.LONGTEXT:
            assert isinstance(w, QPlainTextEdit)
            return w.toPlainText()
        if kind == F.DATE:
            assert isinstance(w, DateEdit)
            return w.text()
        assert isinstance(w, QLineEdit)
        return w.text()

    def set(self, value: Any) -> None:
        w, kind = self.widget, self.spec.kind
        if kind == F.BOOL:
            assert isinstance(w, QCheckBox)
            w.setChecked(bool(value))
        elif kind in (F.REF, F.USER):
            assert isinstance(w, SearchCombo)
            w.set_value(value)
        elif kind == F.LONGTEXT:
            assert isinstance(w, QPlainTextEdit)
            w.setPlainText(value or "")
        elif kind == F.DATE:
            assert isinstance(w, DateEdit)
            w.set_date(value if isinstance(value, date) else None)
        elif kind == F.AMOUNT:
            assert isinstance(w, AmountEdit)
            w.set_amount(value)
        elif kind == F.NUMBER:
            assert isinstance(w, QLineEdit)
            w.setText(
                ""
                if value is None
                else format_wan(value, decimals=4).replace(",", "").rstrip("0").rstrip(".")
            )
        else:
            assert isinstance(w, QLineEdit)
            w.setText("" if value is None else str(value))

    def set_enabled(self, enabled: bool) -> None:
        self.widget.setEnabled(enabled)

    @property
    def combo(self) -> SearchCombo:
        """The editor of a reference or user field."""
        assert isinstance(self.widget, SearchCombo)
        return self.widget

    @property
    def line(self) -> QLineEdit:
        """The editor of a text, number or amount field."""
        assert isinstance(self.widget, QLineEdit)
        return self.widget


def ref_items(
    ref: ReferenceData, spec: F.FieldSpec, parent_field: int | None = None
) -> list[tuple[str, object]]:
    if spec.kind == F.USER:
        from PySide6.QtCore import QCoreApplication

        fmt = QCoreApplication.translate("LeadForm", "{name} ({city})")
        return [
            (
                fmt.format(name=u.display_name, city=ref.label(u.city_id))
                if u.city_id
                else u.display_name,
                u.id,
            )
            for u in ref.officers()
        ]
    if spec.ref_kind == "stage":
        from crm.pipeline import ALL

        return [(ref.stage_label(s), s) for s in ALL]
    if spec.ref_kind == "subfield" and parent_field is not None:
        return [(i.label(), i.id) for i in ref.children(parent_field)]
    assert spec.ref_kind is not None  # a reference field names its list (crm.fields)
    return [(i.label(), i.id) for i in ref.kind(spec.ref_kind)]


def make_editor(spec: F.FieldSpec, ref: ReferenceData, parent: QWidget) -> Editor:
    kind = spec.kind
    hint = None
    if kind == F.BOOL:
        w: QWidget = QCheckBox(parent)
    elif kind in (F.REF, F.USER):
        # a required choice starts empty too (a new lead's field must be chosen, not left at
        # whatever comes first); the form fills the defaults it knows (city, owner, type)
        w = SearchCombo(parent, allow_empty=True)
        w.set_items(ref_items(ref, spec))
    elif kind == F.LONGTEXT:
        w = QPlainTextEdit(parent)
        w.setTabChangesFocus(True)
        w.setFixedHeight(72)
    elif kind == F.DATE:
        w = DateEdit(parent)
    elif kind == F.AMOUNT:
        hint = QLabel(parent)
        hint.setObjectName("formHint")
        w = AmountEdit(hint, parent)
    else:
        w = QLineEdit(parent)
        if kind == F.CREDIT_CODE:
            w.setMaxLength(24)
            w.setPlaceholderText("91330106MA2XXXXXXX")
        elif spec.max_length:
            w.setMaxLength(spec.max_length + 50)  # a little room: the service explains the limit
    w.setObjectName(f"field_{spec.name}")
    w.setAccessibleName(spec.label.render())
    focus = w.edit if isinstance(w, DateEdit) else w
    return Editor(spec, w, focus, hint)
