"""The pipeline: stage order, what each move needs, and moving a lead.

线索 → 接洽 → 考察 → 洽谈 → 签约 → 落地 → 开工 → 投产, with two side exits: 搁置 (on hold, with a
date to look again) and 流失 (lost, with the reason, the stage it was lost at and the region
that won). Moves may go forward, back or jump; leaving a side exit is a reopen. 签约 and later
need the agreed investment. A project counts as signed once, at its first signing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import select

from crm import audit
from crm.changes import Changes, lead_changed
from crm.db.models import Lead, StageChange
from crm.db.store import Store
from crm.errors import ConflictError, FieldError, NotFound, ParseError, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.reference import reference
from crm.users import Actor
from crm.validation import clean_text

MAIN = ("lead", "contact", "visit", "negotiation", "signed", "landed", "construction", "operating")
SIDE = ("on_hold", "lost")
ALL = MAIN + SIDE
SIGNED_OR_LATER = MAIN[MAIN.index("signed") :]
LANDED_OR_LATER = MAIN[MAIN.index("landed") :]
#: stages whose leads still need follow-ups
OPEN = tuple(s for s in ALL if s not in ("lost", "operating"))


def needs_agreed_investment(stage: str) -> bool:
    return stage in SIGNED_OR_LATER


def order(stage: str) -> int:
    return ALL.index(stage)


@dataclass(frozen=True)
class MoveResult:
    lead_id: int
    from_stage: str
    to_stage: str
    version: int
    stage_change_id: int
    #: the lead's pipeline fields before the move (for undo)
    before: dict[str, Any]
    changes: Changes


#: the lead's fields its stage history decides, kept on the lead so that the reports need not
#: read the history: the first signing (a project counts once), the first landing and the
#: furthest stage of the main pipeline reached. Undone moves (``revert_move``, the undo of an
#: import) give back their previous values, as crm.analytics.history ignores undone moves.
REACHED_FIELDS = ("first_signed_on", "first_landed_on", "furthest_stage")
#: what a stage move may change on the lead (audited; restored by an undo)
PIPELINE_FIELDS = (
    "stage",
    "stage_date",
    "on_hold_until",
    "lost_reason_id",
    "lost_at_stage",
    "lost_to_region",
    *REACHED_FIELDS,
    "agreed_investment",
    "next_followup",
)
#: the note of the history row that undoes the move just before it (crm.analytics.history)
UNDO_NOTE = "undo"


def rank(stage: str | None) -> int:
    """A stage's place along the main pipeline (0 for 线索 and the side exits)."""
    return MAIN.index(stage) if stage in MAIN else 0


def furthest(stage: str, before: str | None = None) -> str:
    """The furthest main stage of ``before`` (None: nothing reached yet) and ``stage``; the side
    exits count as 线索."""
    reached = stage if stage in MAIN else MAIN[0]
    return before if before is not None and rank(before) >= rank(reached) else reached


def arrival(lead: Any, stage: str, on: date) -> dict[str, Any]:
    """The REACHED_FIELDS values once ``lead`` moves to ``stage`` on ``on``: what its history
    then says (a project counts as signed once, at its first signing)."""
    signed, landed = lead.first_signed_on, lead.first_landed_on
    if stage in SIGNED_OR_LATER and signed is None:
        signed = on
    if stage in LANDED_OR_LATER and (landed is None or on < landed):
        landed = on
    return {
        "first_signed_on": signed,
        "first_landed_on": landed,
        "furthest_stage": furthest(stage, lead.furthest_stage),
    }


def creation(stage: str, stage_date: date) -> dict[str, Any]:
    """The first landing and the furthest stage of a new lead created at ``stage`` (its first
    history row). Its first signing is the creator's to set: a ledger may name the day."""
    return {
        "first_landed_on": stage_date if stage in LANDED_OR_LATER else None,
        "furthest_stage": furthest(stage),
    }


def _fail(name: str, message) -> ValidationError:
    from crm.fields import label

    return ValidationError([FieldError(name, label(name), message)])


def move_stage(
    store: Store,
    actor: Actor,
    lead_id: int,
    to_stage: str,
    *,
    expected_version: int | None = None,
    on: date | None = None,
    note: str | None = None,
    on_hold_until: date | None = None,
    lost_reason: object = None,
    lost_to_region: str | None = None,
    agreed_investment: object = None,
    today: date | None = None,
) -> MoveResult:
    """Move a lead to ``to_stage``; asks (by ValidationError) for what the move needs."""
    from crm.amounts import parse_amount

    today = today or date.today()
    on = on or today
    ref = reference(store)
    errors: list[FieldError] = []
    if to_stage not in ALL:
        item = ref.resolve("stage", to_stage)
        if item is None:
            raise _fail(
                "to_stage",
                QT_TRANSLATE_NOOP("Errors", "'{text}' is not a known value").format(text=to_stage),
            )
        to_stage = item.code
    if on > today:
        errors.append(
            FieldError(
                "stage_date",
                _label("stage_date"),
                QT_TRANSLATE_NOOP("Errors", "cannot be in the future"),
            )
        )
    cleaned: dict[str, Any] = {}
    for name, parse in (
        ("note", lambda: clean_text(note, 400)),
        ("lost_to_region", lambda: clean_text(lost_to_region, 64)),
        ("agreed_investment", lambda: parse_amount(agreed_investment)),
    ):
        try:
            cleaned[name] = parse()
        except ParseError as exc:
            errors.append(FieldError(name, _label(name), exc.message))
    note, lost_to_region = cleaned.get("note"), cleaned.get("lost_to_region")
    agreed = cleaned.get("agreed_investment")
    reason_id = None
    if to_stage == "lost":
        item = ref.resolve("lost_reason", lost_reason)
        if item is None:
            errors.append(
                FieldError(
                    "lost_reason",
                    _label("lost_reason"),
                    QT_TRANSLATE_NOOP("Errors", "a lost project needs the reason"),
                )
            )
        else:
            reason_id = item.id
    if to_stage == "on_hold":
        if on_hold_until is None:
            errors.append(
                FieldError(
                    "on_hold_until",
                    _label("on_hold_until"),
                    QT_TRANSLATE_NOOP("Errors", "a project on hold needs a date to look again"),
                )
            )
        elif on_hold_until <= on:
            errors.append(
                FieldError(
                    "on_hold_until",
                    _label("on_hold_until"),
                    QT_TRANSLATE_NOOP("Errors", "must be after the day it is put on hold"),
                )
            )
    with store.write() as s:
        lead = s.get(Lead, lead_id)
        if lead is None or lead.deleted_at is not None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The lead {id} does not exist.").format(id=lead_id)
            )
        if expected_version is not None and lead.version != expected_version:
            raise ConflictError("lead", lead_id)
        if lead.stage == to_stage:
            errors.append(
                FieldError(
                    "to_stage",
                    _label("to_stage"),
                    QT_TRANSLATE_NOOP("Errors", "the lead is already at this stage"),
                )
            )
        if on < lead.stage_date and lead.stage != to_stage:
            errors.append(
                FieldError(
                    "stage_date",
                    _label("stage_date"),
                    QT_TRANSLATE_NOOP(
                        "Errors", "cannot be before the current stage was reached ({day})"
                    ).format(day=lead.stage_date.isoformat()),
                )
            )
        if (
            needs_agreed_investment(to_stage)
            and agreed is None
            and lead.agreed_investment is None
            and not any(e.field == "agreed_investment" for e in errors)
        ):
            errors.append(
                FieldError(
                    "agreed_investment",
                    _label("agreed_investment"),
                    QT_TRANSLATE_NOOP("Errors", "is required from the signing stage on"),
                )
            )
        if errors:
            raise ValidationError(errors)
        before = {f: getattr(lead, f) for f in PIPELINE_FIELDS}
        from_stage = lead.stage
        lead.stage, lead.stage_date = to_stage, on
        if agreed is not None:
            lead.agreed_investment = agreed
        if to_stage == "on_hold":
            lead.on_hold_until = on_hold_until
            lead.next_followup = on_hold_until
        elif to_stage == "lost":
            lead.lost_reason_id = reason_id
            lead.lost_at_stage = from_stage if from_stage in MAIN else _last_main_stage(s, lead_id)
            lead.lost_to_region = lost_to_region
            lead.next_followup = None
        else:
            lead.on_hold_until = None
            if from_stage == "lost":
                lead.lost_reason_id = lead.lost_at_stage = lead.lost_to_region = None
        for name, value in arrival(lead, to_stage, on).items():
            setattr(lead, name, value)
        lead.updated_by = actor.id
        lead.updated_at = _now()
        change = StageChange(
            lead_id=lead_id,
            from_stage=from_stage,
            to_stage=to_stage,
            changed_on=on,
            user_id=actor.id,
            note=note,
            lost_reason_id=reason_id,
            lost_to_region=lost_to_region,
            on_hold_until=on_hold_until if to_stage == "on_hold" else None,
        )
        s.add(change)
        s.flush()
        after = {f: getattr(lead, f) for f in PIPELINE_FIELDS}
        action = "reopen" if from_stage in SIDE and to_stage in MAIN else "stage"
        audit.updated(
            s,
            actor.id,
            "lead",
            lead_id,
            {k: (before[k], after[k]) for k in PIPELINE_FIELDS if before[k] != after[k]},
            action=action,
        )
        return MoveResult(
            lead_id, from_stage, to_stage, lead.version, change.id, before, lead_changed(lead_id)
        )


def _last_main_stage(s, lead_id: int) -> str | None:
    """The main stage a lead was last at (a lead lost while on hold was lost at that one)."""
    return s.exec(
        select(StageChange.to_stage)
        .where(StageChange.lead_id == lead_id, StageChange.to_stage.in_(MAIN))
        .order_by(StageChange.id.desc())
        .limit(1)
    ).first()


def revert_move(store: Store, actor: Actor, result: MoveResult) -> Changes:
    """Undo a move made in this session: restore the pipeline fields and record the reversal
    in the history (history is never rewritten)."""
    with store.write() as s:
        lead = s.get(Lead, result.lead_id)
        if lead is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The lead {id} does not exist.").format(
                    id=result.lead_id
                )
            )
        if lead.version != result.version:
            raise ConflictError("lead", result.lead_id)
        current = {f: getattr(lead, f) for f in PIPELINE_FIELDS}
        for f, v in result.before.items():
            setattr(lead, f, v)
        lead.updated_by, lead.updated_at = actor.id, _now()
        s.add(
            StageChange(
                lead_id=lead.id,
                from_stage=result.to_stage,
                to_stage=result.from_stage,
                changed_on=date.today(),
                user_id=actor.id,
                note=UNDO_NOTE,
            )
        )
        s.flush()
        audit.updated(
            s,
            actor.id,
            "lead",
            lead.id,
            {
                k: (current[k], result.before[k])
                for k in PIPELINE_FIELDS
                if current[k] != result.before[k]
            },
            action="undo",
        )
    return lead_changed(result.lead_id)


def _label(name: str):
    from crm.fields import label

    return label(name)


def _now():
    from crm.db.models import utcnow

    return utcnow()


__all__ = [
    "ALL",
    "MAIN",
    "PIPELINE_FIELDS",
    "REACHED_FIELDS",
    "UNDO_NOTE",
    "arrival",
    "creation",
    "furthest",
    "rank",
    "SIDE",
    "OPEN",
    "SIGNED_OR_LATER",
    "LANDED_OR_LATER",
    "move_stage",
    "revert_move",
    "MoveResult",
    "needs_agreed_investment",
    "order",
]
