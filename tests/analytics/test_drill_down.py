"""Drill-down: every count of leads in the report comes with the lead-list filter behind it,
and the lead list (crm.leadlist.query, evaluated on the report's day) counts exactly that many;
every count of activities likewise with its activity filter (both dialects)."""

from __future__ import annotations

import dataclasses

from crm.analytics import Figure, count_activities
from crm.leadlist.query import count_leads, list_leads

AMOUNTS = ("investment", "funds", "jobs")


def figures(node, path=""):
    """(path, Figure) for every figure reachable from the report."""
    if isinstance(node, Figure):
        yield path, node
    elif hasattr(node, "metric"):  # a target row: its metric says whether it is an amount
        yield f"{path}:{node.metric}", node.actual
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for f in dataclasses.fields(node):
            if f.name not in ("rows", "labels", "period", "previous", "scope"):
                yield from figures(getattr(node, f.name), f"{path}.{f.name}")
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from figures(v, f"{path}[{k}]")
    elif isinstance(node, list | tuple):
        for n, v in enumerate(node):
            yield from figures(v, f"{path}[{n}]")


def test_every_count_equals_its_drill_down(week):
    r, actor = week.report, week.people.zhao
    checked_leads = checked_acts = 0
    for path, fig in figures(r):
        if fig.leads is not None and not any(a in path for a in AMOUNTS):
            assert count_leads(week.store, actor, fig.leads, today=r.as_of) == fig.value, path
            checked_leads += 1
        if fig.activities is not None:
            assert count_activities(week.store, fig.activities) == fig.value, path
            checked_acts += 1
    assert checked_leads > 150 and checked_acts > 60  # headline, tables, officers, trend …


def test_drill_down_lists_the_leads_behind_a_figure(week):
    r, ids, actor = week.report, week.ids, week.people.zhao
    page = list_leads(week.store, actor, r.headline["advanced"].leads, today=r.as_of)
    assert {row.id for row in page.rows} == {ids[k] for k in "ABCGH"}
    page = list_leads(week.store, actor, r.headline["landed"].leads, today=r.as_of)
    assert [row.id for row in page.rows] == [ids["C"]]
    visit = r.funnel[2].reached.leads
    page = list_leads(week.store, actor, visit, today=r.as_of)
    assert {row.id for row in page.rows} == {ids[k] for k in "ABCGHJM"}
    amount = r.headline["signed_investment"]
    page = list_leads(week.store, actor, amount.leads, today=r.as_of)
    assert sum(row.agreed_investment for row in page.rows) == amount.value
