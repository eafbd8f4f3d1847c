"""A lead field's stored value as the reader reads it (the Details tab, the conflict dialog):
choices by their names, amounts as 873万元 / RMB 8.73 m, quantities with their unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from crm import fields as F
from crm.reference import ReferenceData
from crm.values.amounts import format_amount, format_number


def shown(ref: ReferenceData, spec: F.FieldSpec, value: Any) -> str:
    if spec.kind == F.BOOL:
        if value:
            return QCoreApplication.translate("LeadValues", "Yes")
        return QCoreApplication.translate("LeadValues", "No")
    if spec.kind == F.REF:
        return ref.stage_label(value) if spec.ref_kind == "stage" else ref.label(value)
    if spec.kind == F.USER:
        return ref.user_name(value)
    if value is None or value == "":
        return ""
    if spec.kind == F.AMOUNT:  # as amounts read everywhere: 1,162万元 / RMB 11.62 m
        text = format_amount(value)
        if spec.unit is F.UNIT_WAN_YEAR:
            text = QCoreApplication.translate("LeadValues", "{amount} a year").format(amount=text)
        return text
    if spec.kind in (F.NUMBER, F.INT):  # 15,706 平方米 beside 1,162万元, not 15706.0
        return f"{format_number(value)} {spec.unit.render() if spec.unit else ''}".strip()
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
