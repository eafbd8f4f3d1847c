"""The stage funnel from the stage history.

``reached`` at a stage is the number of leads whose history arrives at that stage or a later
one of the main pipeline by the funnel's day (a lead that jumped from 接洽 to 洽谈 has passed
考察; a lost or parked lead counts up to the furthest stage it reached). So each stage holds
the next, the conversion from a stage to the next is ``reached(next) / reached(stage)`` and
the drop-off is the difference. ``cohort`` restricts the leads to those created in a period
(a year's funnel); without it every lead counts. ``entered`` is the flow of a period: leads
whose first arrival at the stage or later falls in it. The funnel counts every business type:
it is the pipeline's flow, not the signing statistics.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, select
from sqlmodel import SQLModel, col

from crm.analytics.figures import Figure, lead_where, merge
from crm.analytics.passes import pipeline_pass
from crm.analytics.period import Period
from crm.db.models import Lead
from crm.db.store import Store
from crm.leadlist.query import LeadFilter
from crm.pipeline import MAIN
from crm.pipeline.history import RANK, rank, standing


@dataclass(frozen=True)
class FunnelStage:
    stage: str
    # leads that had reached the stage (or a later one) by the funnel's day
    reached: Figure
    # of those, the ones that first got there in the period
    entered: Figure
    # share of ``reached`` that went on to the next stage (None for the last stage or none)
    conversion: float | None
    # leads that reached this stage but not the next
    drop_off: int


def funnel(
    store: Store,
    base: LeadFilter,
    as_of: date,
    period: Period | None = None,
    cohort: Period | None = None,
) -> list[FunnelStage]:
    """The main stages in order, each with reached / entered / conversion / drop-off."""
    if cohort is not None:
        base = merge(base, LeadFilter(created_from=cohort.start, created_to=cohort.end))
    furthest = pipeline_pass(store, base, as_of)
    return funnel_stages(
        base,
        as_of,
        period,
        [sum(n for r, n in furthest.items() if r >= k) for k in range(len(MAIN))],
        entered(store, base, period) if period else {},
    )


def funnel_stages(
    base: LeadFilter,
    as_of: date,
    period: Period | None,
    reached: list[int],
    entered_counts: dict[int, int],
) -> list[FunnelStage]:
    """The funnel from the counts: ``reached[k]`` leads got to rank k or later by ``as_of``;
    ``entered_counts[k]`` first got there in ``period``."""
    out = []
    for k, stage in enumerate(MAIN):
        nxt = reached[k + 1] if k + 1 < len(MAIN) else None
        flow = Figure(0)
        if period is not None:
            flow = Figure(
                entered_counts.get(k, 0),
                leads=merge(
                    base,
                    LeadFilter(
                        reached_stage=stage, reached_from=period.start, reached_to=period.end
                    ),
                ),
            )
        out.append(
            FunnelStage(
                stage,
                Figure(
                    reached[k], leads=merge(base, LeadFilter(reached_stage=stage, reached_to=as_of))
                ),
                flow,
                (nxt / reached[k]) if nxt is not None and reached[k] else None,
                reached[k] - (nxt or 0),
            )
        )
    return out


def entered(store: Store, base: LeadFilter, period: Period) -> dict[int, int]:
    """{rank → leads whose first arrival at that rank or later falls in ``period``}."""
    sc = SQLModel.metadata.tables["stage_change"]
    earlier = sc.alias("earlier")
    before = (
        select(func.coalesce(func.max(rank(earlier.c.to_stage)), -1))
        .where(
            earlier.c.lead_id == sc.c.lead_id,
            earlier.c.changed_on < period.start,
            standing(earlier, bulk=True),
        )
        .scalar_subquery()
    )
    per_lead = (
        select(
            sc.c.lead_id,
            func.max(rank(sc.c.to_stage)).label("upto"),
            before.label("before"),
        )
        .select_from(sc.join(Lead, col(Lead.id) == sc.c.lead_id))
        .where(
            standing(sc, bulk=True),
            sc.c.changed_on >= period.start,
            sc.c.changed_on <= period.end,
            *lead_where(store, base, period.end),
        )
        .group_by(sc.c.lead_id)
        .subquery()
    )
    sums = [
        func.sum(case((and_(per_lead.c.before < k, per_lead.c.upto >= k), 1), else_=0))
        for k in RANK.values()
    ]
    with store.read() as s:
        row = s.execute(select(*sums).select_from(per_lead)).one()
    return {k: int(v or 0) for k, v in zip(RANK.values(), row, strict=True)}
