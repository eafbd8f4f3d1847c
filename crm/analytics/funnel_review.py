"""The managers' funnel for a period and a scope: how far the leads logged in the period got.

The cohort is the leads created in the period (a year's funnel: the leads of that year), taken
on the funnel's day (the period's last day, or today if earlier). For each main stage:
the leads that reached it (crm.analytics.funnel: a jump passes the stages between), the
conversion to the next stage, the drop-off (reached it, not the next) and the average days to
the next stage (crm.analytics.stage_days). Then where the cohort's lost leads were lost, why,
and to which region. Every count carries the lead-list filter behind it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlmodel import col

from crm.analytics.figures import Figure, lead_where, leads_of, merge
from crm.analytics.funnel import funnel_stages
from crm.analytics.passes import pipeline_pass
from crm.analytics.period import Period, Scope
from crm.analytics.stage_days import StageTime, stage_days
from crm.db.models import Lead
from crm.db.store import Store
from crm.leadlist.query import LeadFilter
from crm.pipeline import MAIN

#: regions listed one by one; the rest are added up as "other regions"
TOP_REGIONS = 8


@dataclass(frozen=True)
class FunnelStep:
    stage: str
    reached: Figure
    # share of ``reached`` that went on to the next stage (None for the last stage)
    conversion: float | None
    # reached this stage but not the next by the funnel's day (None for the last stage)
    drop_off: Figure | None
    days: StageTime | None


@dataclass(frozen=True)
class LostGroup:
    """Lost leads of one stage, region ("" = none named, None = the other regions) or reason."""

    key: object
    figure: Figure


@dataclass(frozen=True)
class FunnelReview:
    period: Period
    scope: Scope
    as_of: date
    # the leads of the cohort (all of them reached the first stage by the funnel's day)
    cohort: Figure
    steps: list[FunnelStep]
    lost: Figure
    lost_at: list[LostGroup]
    lost_to: list[LostGroup]
    lost_why: list[LostGroup]
    # False: the average days were not computed (``days`` is None on every step)
    with_days: bool = True

    @property
    def empty(self) -> bool:
        return self.cohort.value == 0


def cohort_filter(period: Period, scope: Scope) -> LeadFilter:
    return merge(scope.lead_filter(), LeadFilter(created_from=period.start, created_to=period.end))


def funnel_review(
    store: Store,
    period: Period,
    scope: Scope = Scope(),
    *,
    today: date | None = None,
    with_days: bool = True,
) -> FunnelReview:
    """The funnel of the leads created in ``period`` within ``scope``."""
    as_of = min(period.end, today or date.today())
    base = cohort_filter(period, scope)
    furthest = pipeline_pass(store, base, as_of)
    reached = [sum(n for r, n in furthest.items() if r >= k) for k in range(len(MAIN))]
    stages = funnel_stages(base, as_of, None, reached, {})
    days = stage_days(store, base, as_of) if with_days else {}
    steps = []
    for k, st in enumerate(stages):
        last = k == len(MAIN) - 1
        drop = None
        if not last:
            drop = Figure(
                st.drop_off,
                leads=merge(leads_of(st.reached), LeadFilter(not_reached_stage=MAIN[k + 1])),
            )
        steps.append(FunnelStep(st.stage, st.reached, st.conversion, drop, days.get(st.stage)))
    lost_base = merge(base, LeadFilter(stages=("lost",), stage_date_to=as_of))
    lost_at, lost_to, lost_why, lost = _lost(store, lost_base, as_of)
    return FunnelReview(
        period,
        scope,
        as_of,
        steps[0].reached,
        steps,
        lost,
        lost_at,
        lost_to,
        lost_why,
        with_days,
    )


def _lost(
    store: Store, lost_base: LeadFilter, as_of: date
) -> tuple[list[LostGroup], list[LostGroup], list[LostGroup], Figure]:
    """The lost leads by stage lost at (pipeline order), region (most first; the tail summed)
    and reason (most first), from one grouped query."""
    q = (
        select(
            col(Lead.lost_at_stage),
            col(Lead.lost_to_region),
            col(Lead.lost_reason_id),
            func.count(),
        )
        .where(*lead_where(store, lost_base, as_of))
        .group_by(col(Lead.lost_at_stage), col(Lead.lost_to_region), col(Lead.lost_reason_id))
    )
    at: defaultdict[str | None, int] = defaultdict(int)
    to: defaultdict[str, int] = defaultdict(int)
    why: defaultdict[int | None, int] = defaultdict(int)
    with store.read() as s:
        for stage, region, reason, n in s.execute(q):
            at[stage] += n
            to[region or ""] += n
            why[reason] += n
    total = sum(at.values())

    def fig(n: int, narrow: LeadFilter) -> Figure:
        return Figure(n, leads=merge(lost_base, narrow))

    order: dict[str | None, int] = {s: i for i, s in enumerate(MAIN)}
    lost_at = [
        LostGroup(s, fig(n, LeadFilter(lost_at_stages=(s,))))
        for s, n in sorted(at.items(), key=lambda kv: order.get(kv[0], len(order)))
        if s is not None
    ]
    named = sorted(((r, n) for r, n in to.items() if r), key=lambda kv: (-kv[1], kv[0]))
    lost_to = [
        LostGroup(r, fig(n, LeadFilter(lost_to_regions=(r,)))) for r, n in named[:TOP_REGIONS]
    ]
    rest = named[TOP_REGIONS:]
    if rest:
        regions = tuple(r for r, _n in rest)
        lost_to.append(
            LostGroup(None, fig(sum(n for _r, n in rest), LeadFilter(lost_to_regions=regions)))
        )
    unnamed = sum(n for r, n in to.items() if not r)
    if unnamed:
        lost_to.append(LostGroup("", fig(unnamed, LeadFilter(lost_to_regions=("",)))))
    lost_why = [
        LostGroup(reason, fig(n, LeadFilter(lost_reasons=(reason,))))
        for reason, n in sorted(why.items(), key=lambda kv: -kv[1])
        if reason is not None
    ]
    return lost_at, lost_to, lost_why, Figure(total, leads=lost_base)
