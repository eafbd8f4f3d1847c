"""Checking a stage move before anything is written: the one place that says what a move
needs (a day not in the future nor before the current stage's, 签约 and later the agreed
investment, 搁置 a later day to look again, 流失 a reason). The app, the bulk steps and the
importer's dry run all ask here, so a move refused in one is refused in all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from crm.errors import FieldError, ParseError, ValidationError
from crm.fields import label
from crm.i18n import QT_TRANSLATE_NOOP
from crm.pipeline.rules import Move, requirements
from crm.pipeline.stages import ALL
from crm.reference import ReferenceData
from crm.values.amounts import parse_amount
from crm.values.text import clean_text


@dataclass(frozen=True)
class StageState:
    """What a move is checked against: the lead's stage, the day it was reached and the agreed
    investment it already carries (a Lead row has these attributes too)."""

    stage: str
    stage_date: date
    agreed_investment: float | None = None


def _error(name: str, message: Any) -> FieldError:
    return FieldError(name, label(name), message)


def stage_code(ref: ReferenceData, to_stage: object) -> str:
    """The stage's code for a code, a label in either language or a reference id."""
    if to_stage in ALL:
        return str(to_stage)
    item = ref.resolve("stage", to_stage)
    if item is None:
        raise ValidationError(
            [
                _error(
                    "to_stage",
                    QT_TRANSLATE_NOOP("Errors", "'{text}' is not a known value").format(
                        text=str(to_stage)
                    ),
                )
            ]
        )
    return item.code


def check_move(
    ref: ReferenceData,
    lead: Any,
    to_stage: object,
    *,
    on: date | None = None,
    today: date | None = None,
    note: object = None,
    on_hold_until: date | None = None,
    lost_reason: object = None,
    lost_to_region: object = None,
    agreed_investment: object = None,
) -> Move:
    """The move of ``lead`` (a StageState or a Lead) to ``to_stage``, checked: a Move of clean
    values, or one ValidationError naming everything the move still needs."""
    to_stage = stage_code(ref, to_stage)
    today = today or date.today()
    on = on or today
    errors: list[FieldError] = []
    if on > today:
        errors.append(_error("stage_date", QT_TRANSLATE_NOOP("Errors", "cannot be in the future")))
    clean: dict[str, Any] = {}
    for name, parse in (
        ("note", lambda: clean_text(note, 400)),
        ("lost_to_region", lambda: clean_text(lost_to_region, 64)),
        ("agreed_investment", lambda: parse_amount(agreed_investment)),
    ):
        try:
            clean[name] = parse()
        except ParseError as exc:
            errors.append(_error(name, exc.message))
    reason = ref.resolve("lost_reason", lost_reason) if to_stage == "lost" else None
    if "agreed_investment" not in clean:
        agreed: float | None = 0.0  # unreadable: said above, not again as missing
    else:
        agreed = clean["agreed_investment"]
        if agreed is None:
            agreed = lead.agreed_investment
    missing = requirements(
        to_stage, on_hold_until=on_hold_until, lost_reason=reason, agreed_investment=agreed
    )
    errors.extend(_error(n, m) for n, m in missing if n != "agreed_investment")
    if to_stage == "on_hold" and on_hold_until is not None and on_hold_until <= on:
        errors.append(
            _error(
                "on_hold_until",
                QT_TRANSLATE_NOOP("Errors", "must be after the day it is put on hold"),
            )
        )
    if lead.stage == to_stage:
        errors.append(
            _error("to_stage", QT_TRANSLATE_NOOP("Errors", "the lead is already at this stage"))
        )
    elif on < lead.stage_date:
        errors.append(
            _error(
                "stage_date",
                QT_TRANSLATE_NOOP(
                    "Errors", "cannot be before the current stage was reached ({day})"
                ).format(day=lead.stage_date.isoformat()),
            )
        )
    errors.extend(_error(n, m) for n, m in missing if n == "agreed_investment")
    if errors:
        raise ValidationError(errors)
    return Move(
        to_stage,
        on,
        note=clean.get("note"),
        on_hold_until=on_hold_until if to_stage == "on_hold" else None,
        lost_reason_id=reason.id if reason is not None else None,
        lost_to_region=clean.get("lost_to_region") if to_stage == "lost" else None,
        agreed_investment=clean.get("agreed_investment"),
    )
