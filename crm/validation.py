"""Validating and normalising lead input, field by field (rules from crm.fields).

``clean_lead`` turns what a person typed (or a ledger cell held) into column values, or raises
one ValidationError listing every field that is wrong, each with its reason; nothing is written
before it has passed. The single-value parsers are reused by the importer.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from crm import fields as F
from crm.amounts import parse_amount
from crm.credit_code import parse_credit_code
from crm.dates import parse_date
from crm.errors import FieldError, ParseError, ValidationError
from crm.i18n import EN, QT_TRANSLATE_NOOP, ZH, Localized, Message
from crm.reference import ReferenceData

REQUIRED = QT_TRANSLATE_NOOP("Errors", "is required")
MAX_INT = 10_000_000
MAX_NUMBER = 1e9
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: a line break (with any spaces around it) between two Chinese characters or full-width marks
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_BREAK_IN_CJK = re.compile(rf"(?<=[{_CJK}])[^\S\n\r]*[\n\r]\s*(?=[{_CJK}])")


def join_lines(text: str) -> str:
    """One line of text: a break Excel's wrapping put inside Chinese ("杭州云帆\n智能科技") joins
    without a space; any other run of spaces and breaks becomes one space."""
    if "\n" in text or "\r" in text:
        text = _BREAK_IN_CJK.sub("", text)
    return " ".join(text.split())


# a ledger's X is ×, "no" (√ marks yes)
_TRUE = {"1", "true", "yes", "y", "是", "√", "✓", "✔", "on", "有", "对"}
_FALSE = {"0", "false", "no", "n", "否", "×", "✗", "x", "off", "无", "不是", "-"}


def parse_int(raw: object) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "not a whole number"))
    if isinstance(raw, float):
        if not raw.is_integer():
            raise ParseError(QT_TRANSLATE_NOOP("Parse", "not a whole number"))
        raw = int(raw)
    if isinstance(raw, int):
        value = raw
    else:
        text = unicodedata.normalize("NFKC", str(raw)).strip().replace(",", "")
        text = re.sub(r"(人|个|名|位|家)$", "", text).strip()
        text = re.sub(r"^(约|大约|近|超过|超)", "", text)
        if not re.fullmatch(r"-?\d+(\.0+)?", text):
            raise ParseError(
                QT_TRANSLATE_NOOP("Parse", "'{text}' is not a whole number").format(
                    text=str(raw)[:40]
                )
            )
        value = int(float(text))
    if value < 0:
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "cannot be negative"))
    if value > MAX_INT:
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "is implausibly large"))
    return value


def parse_number(raw: object) -> float | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "not a number"))
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        text = unicodedata.normalize("NFKC", str(raw)).strip().lower().replace(",", "")
        text = re.sub(r"(亩|平方米|平米|㎡|m2|m²|平)$", "", text).strip()
        text = re.sub(r"^(约|大约|近|超过|超)", "", text)
        if not re.fullmatch(r"-?\d+(\.\d+)?", text):
            raise ParseError(
                QT_TRANSLATE_NOOP("Parse", "'{text}' is not a number").format(text=str(raw)[:40])
            )
        value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "not a number"))
    if value < 0:
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "cannot be negative"))
    if value > MAX_NUMBER:
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "is implausibly large"))
    return round(value, 4)


def parse_bool(raw: object) -> bool:
    if raw is None or raw == "":
        return False
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)):
        return raw != 0
    text = unicodedata.normalize("NFKC", str(raw)).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE or not text:
        return False
    raise ParseError(
        QT_TRANSLATE_NOOP("Parse", "'{text}' is not yes or no").format(text=str(raw)[:40])
    )


def clean_text(raw: object, max_length: int | None, *, multiline: bool = False) -> str | None:
    if raw is None:
        return None
    text = str(raw)
    text = _CONTROL.sub("", text)
    if not multiline:
        text = join_lines(text)
    text = text.strip()
    if not text:
        return None
    if max_length and len(text) > max_length:
        raise ParseError(
            QT_TRANSLATE_NOOP("Parse", "is too long ({count} characters, at most {limit})").format(
                count=len(text), limit=max_length
            )
        )
    return text


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
        item = ref.resolve(spec.ref_kind, raw)
        if item is None:
            raise ParseError(
                QT_TRANSLATE_NOOP("Parse", "'{text}' is not a known value").format(
                    text=str(raw)[:40]
                )
            )
        return item.code if spec.ref_kind == "stage" else item.id
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


def _cross_checks(ref, merged, out, creating, today, fail) -> None:
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
    if merged.get("confidential") and not merged.get("codename"):
        fail("codename", QT_TRANSLATE_NOOP("Errors", "a confidential project needs a codename"))
    stage_date = merged.get("stage_date")
    if creating and stage_date is not None and stage_date > today:
        fail("stage_date", QT_TRANSLATE_NOOP("Errors", "cannot be in the future"))
    if creating:
        out.setdefault("business_type", ref.id_of("business_type", "new"))
        out.setdefault("stage", "lead")
        out.setdefault("stage_date", today)
        if out.get("stage") == "on_hold" and not merged.get("on_hold_until"):
            fail(
                "on_hold_until",
                QT_TRANSLATE_NOOP("Errors", "a project on hold needs a date to look again"),
            )
        if out.get("stage") == "lost" and not merged.get("lost_reason"):
            fail("lost_reason", QT_TRANSLATE_NOOP("Errors", "a lost project needs the reason"))
        from crm.pipeline import needs_agreed_investment

        if needs_agreed_investment(out["stage"]) and merged.get("agreed_investment") is None:
            fail(
                "agreed_investment",
                QT_TRANSLATE_NOOP("Errors", "is required from the signing stage on"),
            )
