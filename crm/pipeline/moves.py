"""Moving a lead: ``apply_move`` writes a checked Move in the caller's transaction (the lead's
pipeline columns, its history row and the audit rows); ``move_stage`` is the app's one
transaction around check and apply; ``revert_move`` undoes a move made in this session.

Every writer of a stage move calls ``apply_move`` — the stage dialog, the board, the bulk
steps, the importer — so a move is recorded the same way whichever way it came in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from crm import audit
from crm.accounts import permissions as P
from crm.accounts.users import Actor
from crm.changes import Changes, lead_changed
from crm.db.ids import stored_id
from crm.db.models import Lead, StageChange, utcnow
from crm.db.store import Store
from crm.errors import ConflictError, NotFound
from crm.i18n import QT_TRANSLATE_NOOP
from crm.pipeline.check import check_move
from crm.pipeline.rules import PIPELINE_FIELDS, UNDO_NOTE, Move, move_action, moved
from crm.pipeline.stages import MAIN
from crm.reference import reference


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


def _not_found(lead_id: int) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Errors", "The lead {id} does not exist.").format(id=lead_id))


def last_main_stage(s: Session, lead_id: int) -> str | None:
    """The main stage a lead was last at (a lead lost while on hold was lost at that one)."""
    return s.exec(
        select(StageChange.to_stage)
        .where(StageChange.lead_id == lead_id, col(StageChange.to_stage).in_(MAIN))
        .order_by(col(StageChange.id).desc())
        .limit(1)
    ).first()


def apply_move(
    s: Session, actor: Actor, lead: Lead, move: Move
) -> tuple[dict[str, Any], StageChange]:
    """Write ``move`` (checked by check_move against this lead) in the caller's transaction.
    Returns the pipeline fields as they were and the history row."""
    actor = P.current(s, actor)
    lead_id = lead.id
    assert lead_id is not None  # a stored lead
    P.require(P.edit_lead(actor, lead.owner_id, lead.city_id), actor, "move_lead", "lead", lead_id)
    from_stage = lead.stage
    before = {f: getattr(lead, f) for f in PIPELINE_FIELDS}
    last_main = (
        last_main_stage(s, lead_id) if move.to_stage == "lost" and from_stage not in MAIN else None
    )
    after = moved(lead, move, last_main)
    for name, value in after.items():
        setattr(lead, name, value)
    lead.updated_by, lead.updated_at = actor.id, utcnow()
    change = StageChange(
        lead_id=lead_id,
        from_stage=from_stage,
        to_stage=move.to_stage,
        changed_on=move.on,
        user_id=actor.id,
        note=move.note,
        lost_reason_id=move.lost_reason_id,
        lost_to_region=move.lost_to_region,
        on_hold_until=move.on_hold_until,
    )
    s.add(change)
    s.flush()
    audit.updated(
        s,
        actor.id,
        "lead",
        lead_id,
        {k: (before[k], after[k]) for k in PIPELINE_FIELDS if before[k] != after[k]},
        action=move_action(from_stage, move.to_stage),
    )
    return before, change


def record_arrival(s: Session, actor: Actor, lead: Lead) -> None:
    """A new lead's first history row: it arrived at its stage (creation and imports)."""
    s.add(
        StageChange(
            lead_id=stored_id(lead),
            from_stage=None,
            to_stage=lead.stage,
            changed_on=lead.stage_date,
            user_id=actor.id,
            lost_reason_id=lead.lost_reason_id,
            on_hold_until=lead.on_hold_until,
        )
    )


def record_reversal(
    s: Session, actor: Actor, lead_id: int, from_stage: str, to_stage: str, note: str
) -> None:
    """A move taken back (an undo of the app or of an import): a history row of its own, for
    history is never rewritten."""
    s.add(
        StageChange(
            lead_id=lead_id,
            from_stage=from_stage,
            to_stage=to_stage,
            changed_on=date.today(),
            user_id=actor.id,
            note=note,
        )
    )


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
    """Move a lead to ``to_stage`` in one transaction; asks (by ValidationError) for what the
    move needs."""
    ref = reference(store)
    with store.write() as s:
        lead = s.get(Lead, lead_id)
        if lead is None or lead.deleted_at is not None:
            raise _not_found(lead_id)
        if expected_version is not None and lead.version != expected_version:
            raise ConflictError("lead", lead_id)
        move = check_move(
            ref,
            lead,
            to_stage,
            on=on,
            today=today,
            note=note,
            on_hold_until=on_hold_until,
            lost_reason=lost_reason,
            lost_to_region=lost_to_region,
            agreed_investment=agreed_investment,
        )
        from_stage = lead.stage
        before, change = apply_move(s, actor, lead, move)
        assert change.id is not None  # flushed by apply_move
        return MoveResult(
            lead_id,
            from_stage,
            move.to_stage,
            lead.version,
            change.id,
            before,
            lead_changed(lead_id),
        )


def revert_move(store: Store, actor: Actor, result: MoveResult) -> Changes:
    """Undo a move made in this session: restore the pipeline fields and record the reversal
    in the history (history is never rewritten)."""
    with store.write() as s:
        apply_revert(s, actor, result)
    return lead_changed(result.lead_id)


def apply_revert(s: Session, actor: Actor, result: MoveResult) -> None:
    """revert_move in the caller's transaction (one undo step of many moves)."""
    lead = s.get(Lead, result.lead_id)
    if lead is None:
        raise _not_found(result.lead_id)
    if lead.version != result.version:
        raise ConflictError("lead", result.lead_id)
    actor = P.current(s, actor)
    P.require(
        P.edit_lead(actor, lead.owner_id, lead.city_id), actor, "move_lead", "lead", result.lead_id
    )
    current = {f: getattr(lead, f) for f in PIPELINE_FIELDS}
    for f, v in result.before.items():
        setattr(lead, f, v)
    lead.updated_by, lead.updated_at = actor.id, utcnow()
    record_reversal(s, actor, result.lead_id, result.to_stage, result.from_stage, UNDO_NOTE)
    s.flush()
    audit.updated(
        s,
        actor.id,
        "lead",
        result.lead_id,
        {
            k: (current[k], result.before[k])
            for k in PIPELINE_FIELDS
            if current[k] != result.before[k]
        },
        action="undo",
    )
