"""The stage history as the reports read it: which moves still stand, when a lead first
reached a stage, which leads moved (forward) in a period.

A move that was undone never happened for the reports: ``crm.pipeline.revert_move`` writes a
row with note ``undo`` right after the move (it refuses once the lead changed again), and the
undo of an import one with note ``undo import`` right after the import's move (it refuses if
the lead changed since), so a row whose next row for the same lead is an undo is ignored, and
so are the undo rows. The lead keeps what its standing history decides (crm.pipeline
REACHED_FIELDS: first signing, first landing, furthest stage) and the undos give those back,
so figures may read the lead instead of the history. A lead's
first history row is its creation, not a move. The side exits (on hold, lost) rank with 线索:
reaching them means the lead entered the pipeline, nothing more. These conditions also back
the lead list's history filters (LeadFilter ``reached_*`` and ``moved_*``), so a drill-down
lists exactly the leads a figure counts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, and_, case, exists, func, or_, select
from sqlmodel import SQLModel

from crm.pipeline.rules import UNDO_IMPORT_NOTE, UNDO_NOTE
from crm.pipeline.stages import MAIN

# crm.pipeline.revert_move, crm.importing.undo
UNDO_NOTES = (UNDO_NOTE, UNDO_IMPORT_NOTE)
# rank of each stage along the main pipeline (side exits rank with the first stage)
RANK = {stage: n for n, stage in enumerate(MAIN)}

_sc = SQLModel.metadata.tables["stage_change"]


def rank(column: ColumnElement[Any]) -> ColumnElement[int]:
    """SQL: the pipeline rank of a stage column (0 for 线索 and the side exits)."""
    return case(RANK, value=column, else_=0)


def standing(sc: FromClause = _sc, *, bulk: bool = False) -> ColumnElement[bool]:
    """SQL condition on a stage_change alias: the row is neither an undo nor undone.

    Row by row (default) it looks at the lead's next row; ``bulk`` (for passes over the whole
    history) compares with the set of undone rows, found once from the undo rows."""
    not_undo = or_(sc.c.note.is_(None), sc.c.note.not_in(UNDO_NOTES))
    if bulk:
        undo, prev = _sc.alias("undo_row"), _sc.alias("undone_row")
        undone_id = (
            select(func.coalesce(func.max(prev.c.id), 0))
            .where(prev.c.lead_id == undo.c.lead_id, prev.c.id < undo.c.id)
            .correlate(undo)
            .scalar_subquery()
        )
        return and_(not_undo, sc.c.id.not_in(select(undone_id).where(undo.c.note.in_(UNDO_NOTES))))
    nxt, undo = _sc.alias("next_row"), _sc.alias("undo_row")
    next_id = (
        select(func.min(nxt.c.id))
        .where(nxt.c.lead_id == sc.c.lead_id, nxt.c.id > sc.c.id)
        .correlate(sc)
        .scalar_subquery()
    )
    undone = exists().where(undo.c.id == next_id, undo.c.note.in_(UNDO_NOTES)).correlate(sc)
    return and_(not_undo, ~undone)


def reaches(stage: str | None, sc: FromClause = _sc) -> ColumnElement[bool]:
    """SQL condition on a stage_change alias: the row arrives at ``stage`` or later."""
    if not stage or RANK.get(stage, 0) == 0:
        return sc.c.to_stage.is_not(None)
    return sc.c.to_stage.in_(MAIN[RANK[stage] :])


# windows up to this many days are searched row by row; longer ones by grouping per lead
SHORT_WINDOW_DAYS = 62


def first_reached(stage: str | None, start: date | None, end: date | None) -> Select[Any]:
    """SELECT lead_id of leads whose first arrival at ``stage`` or a later main stage falls in
    [start, end] (either bound open)."""
    sc = _sc
    if start is not None and end is not None and (end - start).days <= SHORT_WINDOW_DAYS:
        # few rows in the window: keep those with no earlier arrival
        earlier = _sc.alias("earlier")
        return (
            select(sc.c.lead_id)
            .where(
                standing(sc),
                reaches(stage, sc),
                sc.c.changed_on >= start,
                sc.c.changed_on <= end,
                ~exists().where(
                    earlier.c.lead_id == sc.c.lead_id,
                    earlier.c.changed_on < start,
                    reaches(stage, earlier),
                    standing(earlier),
                ),
            )
            .distinct()
        )
    q = select(sc.c.lead_id).where(standing(sc, bulk=True), reaches(stage, sc))
    if start is None:
        return (q.where(sc.c.changed_on <= end) if end is not None else q).distinct()
    first = func.min(sc.c.changed_on)
    q = q.group_by(sc.c.lead_id).having(first >= start)
    return q.having(first <= end) if end is not None else q


def forward(sc: FromClause = _sc) -> ColumnElement[bool]:
    """SQL condition: the row is a move forward along the main pipeline."""
    return and_(
        sc.c.from_stage.in_(MAIN),
        sc.c.to_stage.in_(MAIN),
        rank(sc.c.to_stage) > rank(sc.c.from_stage),
    )


def moved(start: date | None, end: date | None, *, forward_only: bool = False) -> Select[Any]:
    """SELECT lead_id of leads with a standing move in [start, end]; ``forward_only``: a move
    to a later stage of the main pipeline (reopening from a side exit is not one)."""
    sc = _sc
    q = select(sc.c.lead_id).where(standing(sc), sc.c.from_stage.is_not(None))
    if start is not None:
        q = q.where(sc.c.changed_on >= start)
    if end is not None:
        q = q.where(sc.c.changed_on <= end)
    if forward_only:
        q = q.where(forward(sc))
    return q.distinct()
