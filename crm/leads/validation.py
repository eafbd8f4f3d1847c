"""Validating and normalising lead input, field by field (rules from crm.fields).

``clean_lead`` turns what a person typed (or a ledger cell held) into column values, or raises
one ValidationError listing every field that is wrong, each with its reason; nothing is written
before it has passed. The single-value parsers are reused by the importer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from crm import fields as F
from crm.errors import FieldError, ParseError, ValidationError
from crm.i18n import EN, QT_TRANSLATE_NOOP, ZH, Localized, Message
from crm.leads.company_flags import alias
from crm.pipeline.rules import requirements
from crm.reference import ReferenceData
from crm.values.amounts import parse_amount
from crm.values.credit_code import parse_credit_code
from crm.values.dates import parse_date
from crm.values.text import clean_text, parse_bool, parse_int, parse_number

REQUIRED = QT_TRANSLATE_NOOP("Errors", "is required")


def parse_value(spec: F.FieldSpec, raw: Any, ref: ReferenceData) -> Any:
    """One field's raw input → its stored value (id for references); ParseError if wrong."""
    kind = spec.kind
    if kind == F.TEXT:
        return clean_text(raw, spec.max_length)
    if kind == F.LONGTEXT:
        return clean_text(raw, spec.max_length, multiline=True)
    if kind == F.AMOUNT:
        return parse_amount(raw)
    if kind == F.INT:
        return parse_int(raw)
    if kind == F.NUMBER:
        return parse_number(raw)
    if kind == F.DATE:
        return parse_date(raw)
    if kind == F.BOOL:
        return parse_bool(raw)
    if kind == F.CREDIT_CODE:
        return parse_credit_code(None if raw is None else str(raw))
    if kind == F.REF:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        ref_kind = spec.ref_kind
        if ref_kind is None:  # crm.fields gives every reference field its list
            raise ValueError(f"reference field {spec.name} names no reference list")
        item = ref.resolve(ref_kind, raw)
        if item is None and (code := alias(ref_kind, raw)) is not None:
            item = ref.by_code(ref_kind, code)  # a ledger's 小巨人, 省级 …
        if item is None:
            raise ParseError(
                QT_TRANSLATE_NOOP("Parse", "'{text}' is not a known value").format(
                    text=str(raw)[:40]
                )
            )
        return item.code if ref_kind == "stage" else item.id
    if kind == F.USER:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        user = ref.resolve_user(raw)
        if user is None or not user.active:
            raise ParseError(
                QT_TRANSLATE_NOOP("Parse", "'{text}' is not a known user").format(
                    text=str(raw)[:40]
                )
            )
        return user.id
    raise AssertionError(kind)


def clean_lead(
    ref: ReferenceData,
    data: dict[str, Any],
    *,
    current: dict[str, Any] | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Validate ``data`` (input names → raw values) and return input names → clean values.

    ``current`` holds the lead's present clean values when editing; then only the given
    fields are checked, required ones cannot be emptied and pipeline fields are refused.
    """
    creating = current is None
    today = today or date.today()
    errors: list[FieldError] = []
    out: dict[str, Any] = {}

    def fail(name: str, message: Message) -> None:
        errors.append(FieldError(name, F.label(name), message))

    for name, raw in data.items():
        spec = F.FIELDS_BY_NAME.get(name)
        if spec is None:
            raise ValueError(f"unknown lead field {name!r}")
        if spec.pipeline_only and not creating:
            raise ValueError(f"{name} changes through a stage move, not an edit")
        try:
            out[name] = parse_value(spec, raw, ref)
        except ParseError as exc:
            fail(name, exc.message)
            continue
        if spec.kind == F.REF and out[name] is not None and spec.ref_kind != "stage":
            item = ref.get(out[name])
            if item is not None and not item.active and (current or {}).get(name) != out[name]:
                # a retired list value stays on the leads that have it, but is no new choice
                fail(name, QT_TRANSLATE_NOOP("Errors", "{value} is no longer in use").format(
                    value=Localized(item.name_zh, item.name_en)))  # fmt: skip

    merged = dict(current or {})
    merged.update(out)
    sub = ref.get(merged.get("subfield"))
    if creating and sub is not None and merged.get("field") is None:
        out["field"] = merged["field"] = sub.parent_id  # 生物医药 says 生命健康
    for spec in F.LEAD_FIELDS:
        missing = (
            spec.required
            and (creating or spec.name in data)
            and merged.get(spec.name) in (None, "")
        )
        if missing and not any(e.field == spec.name for e in errors):
            fail(spec.name, REQUIRED)

    if not errors:
        _cross_checks(ref, merged, out, creating, today, fail)
    if errors:
        raise ValidationError(errors)
    return out


def _cross_checks(
    ref: ReferenceData,
    merged: dict[str, Any],
    out: dict[str, Any],
    creating: bool,
    today: date,
    fail: Callable[[str, Message], None],
) -> None:
    sub = ref.get(merged.get("subfield"))
    if sub is not None and sub.parent_id != merged.get("field"):
        field = merged.get("field")
        fail(
            "subfield",
            QT_TRANSLATE_NOOP("Errors", "{sub} does not belong to {field}").format(
                sub=Localized(sub.name_zh, sub.name_en),
                field=Localized(ref.label(field, ZH), ref.label(field, EN)),
            ),
        )
    if out.get("listed_where") and not merged.get("listed"):
        out["listed"] = merged["listed"] = True  # listed somewhere is a listed company
    if merged.get("confidential") and not merged.get("codename"):
        fail("codename", QT_TRANSLATE_NOOP("Errors", "a confidential project needs a codename"))
    stage_date = merged.get("stage_date")
    if creating and stage_date is not None and stage_date > today:
        fail("stage_date", QT_TRANSLATE_NOOP("Errors", "cannot be in the future"))
    first = out.get("first_contact_on")
    if first is not None and first > today:
        fail("first_contact_on", QT_TRANSLATE_NOOP("Errors", "cannot be in the future"))
    if not creating and "first_contact_on" in out and first is None:
        fail("first_contact_on", REQUIRED)  # a lead keeps the day it was first contacted
    if creating:
        out.setdefault("business_type", ref.id_of("business_type", "new"))
        out.setdefault("stage", "lead")
        out.setdefault("stage_date", today)
        if merged.get("first_contact_on") is None:  # a lead without one: the day it is recorded
            out["first_contact_on"] = today
        for name, message in requirements(
            out["stage"],
            on_hold_until=merged.get("on_hold_until"),
            lost_reason=merged.get("lost_reason"),
            agreed_investment=merged.get("agreed_investment"),
        ):
            fail(name, message)
