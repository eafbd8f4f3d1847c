"""The report's named lists, each with the figure counting all of its rows.

* key projects — key projects (重点项目) with a stage move or an activity in the period, those
  that moved first, then by amount; each row lists its moves and counts its activities;
* newly signed — in order of signing, then by agreed investment;
* newly landed — in order of landing (first arrival at 落地 or later), then by amount;
* overdue follow-ups — the most overdue first; leads gone quiet — the longest quiet first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import SQLColumnExpression, UnaryExpression, case, func, or_, select
from sqlmodel import col

from crm.accounts.users import Actor
from crm.analytics.figures import Figure, lead_where, leads_of, merge
from crm.analytics.period import Period
from crm.analytics.projects import (
    ProjectRow,
    activity_per_lead,
    moves_of,
    project_rows,
    worked_on,
)
from crm.db.models import Lead
from crm.db.store import Store
from crm.leadlist.query import LeadFilter
from crm.pipeline.history import moved


@dataclass(frozen=True)
class ProjectList:
    """``rows`` are the first of the ``figure.value`` projects the list holds."""

    figure: Figure
    rows: list[ProjectRow]

    @property
    def truncated(self) -> bool:
        return len(self.rows) < self.figure.value


@dataclass(frozen=True)
class Lists:
    key_projects: ProjectList
    signed: ProjectList
    landed: ProjectList
    overdue: ProjectList
    stale: ProjectList


def _amount_desc() -> UnaryExpression[Any]:
    return func.coalesce(col(Lead.agreed_investment), col(Lead.planned_investment), 0).desc()


def project_lists(
    store: Store,
    base: LeadFilter,
    period: Period,
    headline: dict[str, Figure],
    state: dict[str, Figure],
    *,
    as_of: date,
    viewer: Actor | None,
    limit: int,
) -> Lists:
    def rows(
        figure: Figure,
        order: Sequence[SQLColumnExpression[Any]],
        day: SQLColumnExpression[Any] | None = None,
    ) -> list[ProjectRow]:
        flt = leads_of(figure)
        return project_rows(store, flt, order, limit, as_of=as_of, viewer=viewer, day=day)

    # key projects that moved or were worked on
    key = merge(base, LeadFilter(key_project=True))
    moved_ids = col(Lead.id).in_(moved(period.start, period.end))
    busy = or_(moved_ids, worked_on(period.start, period.end))
    with store.read() as s:  # sorted here: ORDER BY id would walk every lead in id order
        busy_ids = tuple(
            sorted(
                s.execute(
                    select(col(Lead.id)).where(*lead_where(store, key, as_of), busy)
                ).scalars()
            )
        )
    key_figure = Figure(len(busy_ids), leads=merge(key, LeadFilter(lead_ids=busy_ids)))
    key_rows = rows(key_figure, [case((moved_ids, 0), else_=1), _amount_desc()])
    ids = [r.id for r in key_rows]
    moves = moves_of(store, ids, period.start, period.end)
    acts = activity_per_lead(store, ids, period.start, period.end)
    key_rows = [
        replace(r, moves=tuple(moves.get(r.id, ())), activities=acts.get(r.id, 0)) for r in key_rows
    ]

    signed = rows(
        headline["signed"],
        [col(Lead.first_signed_on), _amount_desc()],
        day=col(Lead.first_signed_on),
    )
    arrived = col(Lead.first_landed_on)
    landed = rows(headline["landed"], [arrived, _amount_desc()], day=arrived)
    overdue = rows(
        state["overdue"],
        [col(Lead.next_followup)],
        day=col(Lead.next_followup),
    )
    stale = rows(
        state["stale"],
        [col(Lead.last_activity_on).asc().nulls_first()],
        day=col(Lead.last_activity_on),
    )
    return Lists(
        ProjectList(key_figure, key_rows),
        ProjectList(headline["signed"], signed),
        ProjectList(headline["landed"], landed),
        ProjectList(state["overdue"], overdue),
        ProjectList(state["stale"], stale),
    )
