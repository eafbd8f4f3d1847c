"""Every lead figure of a report by (city, field, owner), from a handful of grouped queries.

Keys: "<key>" and "<key>_prev" for the period and the one before (new_leads, advanced,
signed, signed_investment, landed), the state keys of crm.analytics.metrics (overdue, stale
…), "ytd_<metric>" for the targets, "trend_<key>_<n>" for the n-th week of the trend and
"reached_<k>" for the funnel (leads whose furthest stage by the report's day has rank ≥ k).
Every group holding a lead in scope is there (the funnel counts them all).
"""

from __future__ import annotations

from datetime import date

from crm.analytics.figures import LeadMetric, lead_sums
from crm.analytics.metrics import STATE_KEYS, state_filter
from crm.analytics.passes import (
    Groups,
    created_pass,
    landed_pass,
    moves_pass,
    pipeline_groups,
    signed_pass,
)
from crm.analytics.period import Period
from crm.db.store import Store
from crm.leadlist.query import LeadFilter

GROUP_BY = ("city_id", "field_id", "owner_id")
# signed_pass aggregate → figure key, for the period and for the year to date
SIGNED_KEYS = {"count": "signed", "agreed_investment": "signed_investment"}
YTD_SIGNED_KEYS = {
    "count": "ytd_signed_projects",
    "agreed_investment": "ytd_signed_investment",
    "funds_in_place": "ytd_funds_in_place",
    "hightech": "ytd_hightech_enterprises",
    "expected_jobs": "ytd_jobs",
}


def _put(groups: Groups, result: Groups, names: dict[str, str]) -> None:
    for group, values in result.items():
        target = groups.setdefault(group, {})
        for aggregate, key in names.items():
            target[key] = target.get(key, 0) + values.get(aggregate, 0)


def lead_groups(
    store: Store,
    base: LeadFilter,
    period: Period,
    previous: Period,
    ytd: Period,
    weeks: list[Period],
    counted: tuple[int, ...],
    *,
    as_of: date,
) -> Groups:
    moves = {
        "advanced": (period, True, False),
        "advanced_prev": (previous, True, False),
        "key_moved": (period, False, True),
    }
    groups: Groups = {}
    for group, ranks in pipeline_groups(store, base, as_of, GROUP_BY).items():
        groups[group] = {
            f"reached_{k}": sum(n for r, n in ranks.items() if r >= k)
            for k in range(max(ranks, default=-1) + 1)
        }
    _put(groups, moves_pass(store, base, moves, GROUP_BY, today=as_of), {k: k for k in moves})
    state = [LeadMetric(k, state_filter(k, period, as_of)) for k in STATE_KEYS if k != "key_moved"]
    _put(
        groups, lead_sums(store, base, state, GROUP_BY, today=as_of), {m.key: m.key for m in state}
    )
    created = created_pass(store, base, [period, previous, *weeks], GROUP_BY, today=as_of)
    landed = landed_pass(
        store, base, [period, previous, ytd, *weeks], counted, GROUP_BY, today=as_of
    )
    signed = signed_pass(
        store, base, [period, previous, ytd, *weeks], counted, GROUP_BY, today=as_of
    )
    for n, suffix in enumerate(("", "_prev")):
        _put(groups, created[n], {"count": "new_leads" + suffix})
        _put(groups, signed[n], {a: k + suffix for a, k in SIGNED_KEYS.items()})
        _put(groups, landed[n], {"count": "landed" + suffix})
    _put(groups, signed[2], YTD_SIGNED_KEYS)
    _put(groups, landed[2], {"count": "ytd_landed_projects"})
    for n in range(len(weeks)):
        _put(groups, created[2 + n], {"count": f"trend_new_leads_{n}"})
        _put(groups, signed[3 + n], {"count": f"trend_signed_{n}"})
        _put(groups, landed[3 + n], {"count": f"trend_landed_{n}"})
    return groups
