"""Weekly trends: the same figures for each of the last N ISO weeks (12 in the report)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from crm.analytics.activity import ActivityCounts, ActivityFilter, sum_days, visits_of
from crm.analytics.figures import Figure, merge, total
from crm.analytics.metrics import period_filter
from crm.analytics.period import Period
from crm.leadlist.query import LeadFilter

TREND_LEAD_KEYS = ("new_leads", "signed", "landed")
TREND_KEYS = ("new_leads", "activities", "visits", "signed", "landed")


@dataclass(frozen=True)
class TrendPoint:
    period: Period
    figures: dict[str, Figure]


def trend(
    base: LeadFilter,
    activity_scope: ActivityFilter,
    weeks: list[Period],
    groups: dict[tuple[Any, ...], dict[str, float]],
    counted: tuple[int, ...],
    days: dict[date, ActivityCounts],
) -> list[TrendPoint]:
    """New leads, activities, visits, signed and landed projects per week; the lead figures
    come from ``groups`` ("trend_<key>_<n>", see crm.analytics.series.lead_groups), the
    activities from ``days`` (crm.analytics.activity.activity_days over the weeks)."""
    out = []
    for n, w in enumerate(weeks):
        acts = sum_days(days, w)
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
