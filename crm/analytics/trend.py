"""Weekly trends: the same figures for each of the last N ISO weeks (12 in the report)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from crm.analytics.activity import ActivityCounts, ActivityFilter, activity_days, visits_of
from crm.analytics.figures import Figure, merge, total
from crm.analytics.metrics import period_filter
from crm.analytics.period import Period
from crm.db.store import Store
from crm.lead_query import LeadFilter

TREND_LEAD_KEYS = ("new_leads", "signed", "landed")
TREND_KEYS = ("new_leads", "activities", "visits", "signed", "landed")


@dataclass(frozen=True)
class TrendPoint:
    period: Period
    figures: dict[str, Figure]


def trend(
    store: Store,
    base: LeadFilter,
    activity_scope: ActivityFilter,
    weeks: list[Period],
    groups: dict[tuple, dict[str, float]],
    counted: tuple[int, ...],
) -> list[TrendPoint]:
    """New leads, activities, visits, signed and landed projects per week; the lead figures
    come from ``groups`` ("trend_<key>_<n>", see crm.analytics.series.lead_groups)."""
    if not weeks:
        return []
    days = activity_days(store, weeks[0].start, weeks[-1].end, activity_scope)
    out = []
    for n, w in enumerate(weeks):
        acts = ActivityCounts({})
        for day, counts in days.items():
            if w.contains(day):
                for code, k in counts.by_type.items():
                    acts.by_type[code] = acts.by_type.get(code, 0) + k
        scope = replace(activity_scope, start=w.start, end=w.end)
        figures = {
            key: Figure(
                total(groups, f"trend_{key}_{n}"), leads=merge(base, period_filter(key, w, counted))
            )
            for key in TREND_LEAD_KEYS
        }
        figures["activities"] = Figure(acts.total, activities=scope)
        figures["visits"] = Figure(acts.visits, activities=visits_of(scope))
        out.append(TrendPoint(w, {k: figures[k] for k in TREND_KEYS}))
    return out
