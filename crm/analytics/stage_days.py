"""How long leads take from one stage to the next, from the stage history.

For each main stage k the average is taken over the leads that went on: the days from their
first arrival at k (or a later stage) to their first arrival at k+1 (or later), counting only
leads that entered the CRM at k or before (a lead created at 洽谈 spent no time in the CRM at
线索). A lead that jumped over a stage passed it in 0 days, as the funnel counts it as having
reached it. Undone moves are ignored (crm.pipeline.history). Leads still at a stage are not
in its average: their stay has not ended (the board shows how long they have been there).

The days between two dates are computed in SQL on both dialects through ``day_number``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Float, case, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import SQLModel, col

from crm.analytics.figures import lead_where
from crm.db.models import Lead
from crm.db.store import Store
from crm.leadlist.query import LeadFilter
from crm.pipeline import MAIN
from crm.pipeline.history import rank, standing


class day_number(FunctionElement[float]):  # noqa: N801 - an SQL function, named like one
    """SQL: a date as a number of days (differences of two are days apart)."""

    type = Float()
    inherit_cache = True
    name = "day_number"


@compiles(day_number)
def _day_number(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)} - DATE '1970-01-01')"


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"julianday({compiler.process(element.clauses, **kw)})"


@dataclass(frozen=True)
class StageTime:
    """Average days from reaching a stage to reaching the next, over ``leads`` leads."""

    average: float | None
    leads: int


def stage_days(store: Store, base: LeadFilter, as_of: date) -> dict[str, StageTime]:
    """{main stage (all but the last) → StageTime} over the leads of ``base``, by ``as_of``."""
    sc = SQLModel.metadata.tables["stage_change"]
    r = rank(sc.c.to_stage)
    steps = range(1, len(MAIN))
    per_lead = (
        select(
            sc.c.lead_id,
            func.max(case((sc.c.from_stage.is_(None), r))).label("created_at_rank"),
            func.min(sc.c.changed_on).label("d0"),
            *(func.min(case((r >= k, sc.c.changed_on))).label(f"d{k}") for k in steps),
        )
        .where(standing(sc, bulk=True), sc.c.changed_on <= as_of)
        .group_by(sc.c.lead_id)
        .subquery("per_lead")
    )
    p = per_lead.c
    sums = []
    for k in range(len(MAIN) - 1):
        went_on = (p.created_at_rank <= k) & p[f"d{k + 1}"].is_not(None)
        days = day_number(p[f"d{k + 1}"]) - day_number(p[f"d{k}"])
        sums += [func.sum(case((went_on, days))), func.count(case((went_on, 1)))]
    q = (
        select(*sums)
        .select_from(SQLModel.metadata.tables["lead"].join(per_lead, p.lead_id == col(Lead.id)))
        .where(*lead_where(store, base, as_of))
    )
    with store.read() as s:
        row = s.execute(q).one()
    out: dict[str, StageTime] = {}
    for k, stage in enumerate(MAIN[:-1]):
        total, n = row[2 * k], int(row[2 * k + 1] or 0)
        out[stage] = StageTime(float(total) / n if n else None, n)
    return out
