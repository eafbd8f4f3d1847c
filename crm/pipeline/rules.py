"""What a stage move does to a lead, as pure functions of the lead's values: every writer (the
move in the app, the importer's bulk path, the demo generator, undo) derives the lead's
pipeline columns from these, so a move made through any of them writes the same values.

A project counts as signed once, at its first signing; its first landing is the earliest day
it landed; leaving a side exit is a reopening; a lost project keeps the main stage it was lost
at; a project on hold is followed up on the day to look again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.pipeline.stages import (
    LANDED_OR_LATER,
    MAIN,
    SIDE,
    SIGNED_OR_LATER,
    furthest,
    needs_agreed_investment,
)

#: the lead's fields its stage history decides, kept on the lead so that the reports need not
#: read the history: the first signing (a project counts once), the first landing and the
#: furthest stage of the main pipeline reached. Undone moves (``revert_move``, the undo of an
#: import) give back their previous values, as crm.pipeline.history ignores undone moves.
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
#: the note of the history row that undoes the move just before it (crm.pipeline.history)
UNDO_NOTE = "undo"
#: the same, when the move undone was an import's (crm.importing.undo)
UNDO_IMPORT_NOTE = "undo import"
#: what a person reads for those notes (they are markers the history reads, not words)
MARKER_NOTES = {
    UNDO_NOTE: QT_TRANSLATE_NOOP("History", "undone"),
    UNDO_IMPORT_NOTE: QT_TRANSLATE_NOOP("History", "import undone"),
}

NEEDS_LOOK_AGAIN = QT_TRANSLATE_NOOP("Errors", "a project on hold needs a date to look again")
NEEDS_REASON = QT_TRANSLATE_NOOP("Errors", "a lost project needs the reason")
NEEDS_AGREED = QT_TRANSLATE_NOOP("Errors", "is required from the signing stage on")


class Reached(Protocol):
    """What the rules read of a lead (a Lead row or anything with these attributes)."""

    first_signed_on: date | None
    first_landed_on: date | None
    furthest_stage: str | None


@dataclass(frozen=True)
class Move:
    """A checked stage move (crm.pipeline.check.check_move makes one): clean values only."""

    to_stage: str
    on: date
    note: str | None = None
    on_hold_until: date | None = None
    lost_reason_id: int | None = None
    lost_to_region: str | None = None
    #: the agreed investment given with the move (a signing), else None
    agreed_investment: float | None = None

    def __getitem__(self, key: str) -> Any:  # the import preview reads a move like a dict
        return {"stage": self.to_stage, "stage_date": self.on}.get(key, getattr(self, key, None))


def requirements(
    stage: str,
    *,
    on_hold_until: date | None,
    lost_reason: object,
    agreed_investment: float | None,
) -> list[tuple[str, Message]]:
    """What a lead at ``stage`` must carry, as (field, reason) for each thing missing: the same
    rules for a new lead and for a move."""
    out: list[tuple[str, Message]] = []
    if stage == "on_hold" and on_hold_until is None:
        out.append(("on_hold_until", NEEDS_LOOK_AGAIN))
    if stage == "lost" and lost_reason is None:
        out.append(("lost_reason", NEEDS_REASON))
    if needs_agreed_investment(stage) and agreed_investment is None:
        out.append(("agreed_investment", NEEDS_AGREED))
    return out


def arrival(lead: Reached, stage: str, on: date) -> dict[str, Any]:
    """The REACHED_FIELDS values once ``lead`` moves to ``stage`` on ``on``: what its history
    then says (a project counts as signed once, at its first signing; landed at its earliest
    landing)."""
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


def new_lead(values: dict[str, Any], signed_on: date | None = None) -> dict[str, Any]:
    """The pipeline columns of a new lead from its clean column values (``stage``,
    ``stage_date``, ``next_followup``, ``on_hold_until`` …): what its first history row means.
    ``signed_on`` is the signing day a ledger names, kept when it has one."""
    stage, day = values["stage"], values["stage_date"]
    out = dict(creation(stage, day))
    if stage in SIGNED_OR_LATER:
        out["first_signed_on"] = values.get("first_signed_on") or signed_on or day
    if stage == "lost":
        out["lost_at_stage"] = values.get("lost_at_stage") or MAIN[0]
        out["next_followup"] = None  # as a move to 流失 does
    elif stage == "on_hold" and not values.get("next_followup"):
        out["next_followup"] = values.get("on_hold_until")  # as a move to 搁置 does
    return out


def moved(lead: Any, move: Move, last_main_stage: str | None = None) -> dict[str, Any]:
    """The PIPELINE_FIELDS values of ``lead`` after ``move``. ``last_main_stage`` is the main
    stage the lead was last at, for a lead lost while on hold (read from its history)."""
    from_stage = lead.stage
    out: dict[str, Any] = {f: getattr(lead, f) for f in PIPELINE_FIELDS}
    out["stage"], out["stage_date"] = move.to_stage, move.on
    if move.agreed_investment is not None:
        out["agreed_investment"] = move.agreed_investment
    if move.to_stage == "on_hold":
        out["on_hold_until"] = out["next_followup"] = move.on_hold_until
    elif move.to_stage == "lost":
        out["lost_reason_id"] = move.lost_reason_id
        out["lost_at_stage"] = from_stage if from_stage in MAIN else (last_main_stage or MAIN[0])
        out["lost_to_region"] = move.lost_to_region
        out["next_followup"] = None
    else:
        out["on_hold_until"] = None
        if from_stage == "lost":
            out["lost_reason_id"] = out["lost_at_stage"] = out["lost_to_region"] = None
    out.update(arrival(lead, move.to_stage, move.on))
    return out


def move_action(from_stage: str, to_stage: str) -> str:
    """The audit action of a move: leaving a side exit for the main pipeline reopens a lead."""
    return "reopen" if from_stage in SIDE and to_stage in MAIN else "stage"
