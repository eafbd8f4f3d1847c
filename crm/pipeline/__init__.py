"""The pipeline: stage order (stages), what a move does to a lead (rules, pure), what a move
needs (check) and writing it (moves). Every writer of a stage move — the app, the bulk steps,
the importer, the demo generator, undo — goes through these, so the rules are written once.
"""

from crm.pipeline.check import StageState, check_move, stage_code
from crm.pipeline.moves import (
    MoveResult,
    apply_move,
    apply_revert,
    last_main_stage,
    move_stage,
    revert_move,
)
from crm.pipeline.rules import (
    PIPELINE_FIELDS,
    REACHED_FIELDS,
    UNDO_NOTE,
    Move,
    arrival,
    creation,
    move_action,
    moved,
    new_lead,
    requirements,
)
from crm.pipeline.stages import (
    ALL,
    LANDED_OR_LATER,
    MAIN,
    OPEN,
    SIDE,
    SIGNED_OR_LATER,
    furthest,
    is_landed,
    is_signed,
    needs_agreed_investment,
    order,
    rank,
)

__all__ = [
    "ALL",
    "LANDED_OR_LATER",
    "MAIN",
    "OPEN",
    "PIPELINE_FIELDS",
    "REACHED_FIELDS",
    "SIDE",
    "SIGNED_OR_LATER",
    "UNDO_NOTE",
    "Move",
    "MoveResult",
    "StageState",
    "apply_move",
    "apply_revert",
    "arrival",
    "check_move",
    "creation",
    "furthest",
    "is_landed",
    "is_signed",
    "last_main_stage",
    "move_action",
    "move_stage",
    "moved",
    "needs_agreed_investment",
    "new_lead",
    "order",
    "rank",
    "requirements",
    "revert_move",
    "stage_code",
]
