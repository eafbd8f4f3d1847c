"""Every lead figure of a report by (city, field, owner), from a handful of grouped queries.

Keys: "<key>" and "<key>_prev" for the period and the one before (new_leads, advanced,
signed, signed_investment, landed), the state keys of crm.analytics.metrics (overdue, stale
…), "ytd_<metric>" for the targets, "trend_<key>_<n>" for the n-th week of the trend and
"reached_<k>" for the funnel (leads whose furthest stage by the report's day has rank ≥ k).
"""

from __future__ import annotations

from datetime import date

from crm.analytics.figures import LeadMetric, lead_sums
from crm.analytics.metrics import STATE_KEYS, period_filter, state_filter
from crm.analytics.passes import Groups, lead_pass, signed_pass
from crm.analytics.period import Period
from crm.db.store import Store
from crm.lead_query import LeadFilter

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
    moves = [
        LeadMetric("advanced", period_filter("advanced", period, counted)),
        LeadMetric("advanced_prev", period_filter("advanced", previous, counted)),
        LeadMetric("key_moved", state_filter("key_moved", period, as_of)),
    ]
    groups = lead_sums(store, base, moves, GROUP_BY, today=as_of)
    state = {k: state_filter(k, period, as_of) for k in STATE_KEYS if k != "key_moved"}
    created, totals, landed = lead_pass(
        store,
        base,
        as_of,
        [period, previous, *weeks],
        state,
        [period, previous, ytd, *weeks],
        counted,
        GROUP_BY,
    )
    _put(groups, totals, {k: k for g in totals.values() for k in g})
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
