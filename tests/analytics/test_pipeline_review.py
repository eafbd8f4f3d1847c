"""The managers' pipeline figures (issue 6) on the hand-built store of fixture.py, both
dialects: the funnel with its drop-off, days per stage and lost leads; the dashboard (year to
date against targets, weekly trend, heat map, officers); the follow-up review. Expected values
are worked out by hand in the comments; every count then equals its drill-down."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from crm.analytics import Period, Scope, count_activities, weekly_report
from crm.analytics.dashboard import dashboard
from crm.analytics.followup_review import followup_review
from crm.analytics.funnel_review import funnel_review
from crm.leadlist.query import count_leads, list_leads
from crm.leads.edit import create_lead
from crm.pipeline import MAIN, move_stage
from tests.analytics.fixture import TODAY, build
from tests.analytics.test_drill_down import AMOUNTS, figures


@dataclass
class Store:
    store: object
    people: object
    ids: dict[str, int]


@pytest.fixture
def built(any_store, any_people) -> Store:
    return Store(any_store, any_people, build(any_store, any_people))


def _lost_leads(b: Store) -> None:
    """N: contact (04-10) lost on 05-11 to 上海张江 for its costs; O: visit (04-20) lost on 05-18,
    no region named, strategy changed."""
    for key, owner, city, field, stage, day, lost_on, reason, region in (
        ("N", b.people.wang, "zijingang", "internet", "contact", date(2026, 4, 10), date(2026, 5, 11), "cost", "上海张江"),
        ("O", b.people.li, "future", "health", "visit", date(2026, 4, 20), date(2026, 5, 18), "strategy", None),
    ):  # fmt: skip
        data = {"company_name": f"{key}流失测试有限公司", "project_name": "项目", "city": city,
                "field": field, "stage": stage, "stage_date": day}  # fmt: skip
        lead_id = create_lead(b.store, owner, data, today=TODAY).lead_id
        move_stage(b.store, owner, lead_id, "lost", on=lost_on, today=TODAY,
                   lost_reason=reason, lost_to_region=region)  # fmt: skip
        b.ids[key] = lead_id


def test_funnel_of_the_year(built):
    r = funnel_review(built.store, Period.year(2026), today=TODAY)
    assert r.as_of == TODAY
    # furthest by 05-20: D E L lead; F I contact; A J visit (J's move undone); B G H M signed; C landed
    assert [s.reached.value for s in r.steps] == [12, 9, 7, 5, 5, 1, 0, 0]
    assert r.cohort.value == 12
    assert [s.conversion for s in r.steps] == [9 / 12, 7 / 9, 5 / 7, 1.0, 0.2, 0.0, None, None]
    assert [s.drop_off.value for s in r.steps[:-1]] == [3, 2, 2, 0, 4, 1, 0]
    assert r.steps[-1].drop_off is None
    # days to the next stage, over leads created at or before the stage that went on:
    # 线索 A 71 (03-02→05-12), F 1; 接洽 A 2; 洽谈 B 101, G 41, H 131, M 85; 签约 C 125
    days = {s.stage: s.days for s in r.steps[:-1]}
    assert (days["lead"].average, days["lead"].leads) == (36.0, 2)
    assert (days["contact"].average, days["contact"].leads) == (2.0, 1)
    assert (days["visit"].average, days["visit"].leads) == (None, 0)
    assert (days["negotiation"].average, days["negotiation"].leads) == (89.5, 4)
    assert (days["signed"].average, days["signed"].leads) == (125.0, 1)
    assert r.lost.value == 0 and r.lost_at == [] and r.lost_to == []


def test_funnel_drop_off_lists_the_leads_that_stopped(built):
    r = funnel_review(built.store, Period.year(2026), today=TODAY, with_days=False)
    actor, ids = built.people.zhao, built.ids
    assert all(s.days is None for s in r.steps)
    page = list_leads(built.store, actor, r.steps[2].drop_off.leads, today=r.as_of)
    assert {row.id for row in page.rows} == {ids["A"], ids["J"]}
    page = list_leads(built.store, actor, r.steps[4].drop_off.leads, today=r.as_of)
    assert {row.id for row in page.rows} == {ids[k] for k in "BGHM"}


def test_funnel_cohort_and_scope(built):
    # the cohort of a period: leads created 1 Mar – 31 May (A D E F G J L)
    r = funnel_review(built.store, Period(date(2026, 3, 1), date(2026, 5, 31)), today=TODAY)
    assert [s.reached.value for s in r.steps[:5]] == [7, 4, 3, 1, 1]  # A F G J; A G J; G; G
    zjg = funnel_review(
        built.store,
        Period.year(2026),
        scope=Scope(built.people.city_zijingang),
        today=TODAY,
    )
    # A D G I J M: furthest visit, lead, signed, contact, visit, signed
    assert [s.reached.value for s in zjg.steps[:5]] == [6, 5, 4, 2, 2]


def test_where_leads_are_lost(built):
    _lost_leads(built)
    r = funnel_review(built.store, Period.year(2026), today=TODAY)
    assert r.lost.value == 2
    assert [(g.key, g.figure.value) for g in r.lost_at] == [("contact", 1), ("visit", 1)]
    assert [(g.key, g.figure.value) for g in r.lost_to] == [("上海张江", 1), ("", 1)]
    ref_codes = {g.figure.value for g in r.lost_why}
    assert ref_codes == {1} and len(r.lost_why) == 2
    # lost leads reached the stages they were lost at: N contact, O visit
    assert [s.reached.value for s in r.steps[:3]] == [14, 11, 8]
    # the funnel's day: before O was lost (05-18) only N is
    early = funnel_review(built.store, Period.year(2026), today=date(2026, 5, 17))
    assert early.lost.value == 1 and early.lost_to[0].key == "上海张江"


def test_dashboard_against_targets(built):
    d = dashboard(built.store, today=TODAY)
    assert d.ytd == Period(date(2026, 1, 1), TODAY)
    assert d.elapsed == pytest.approx(140 / 365)
    total = {r.metric: (r.actual.value, r.target) for r in d.progress[(None, None)]}
    # signed this year and counted: B 12,000 (high-tech, 120 jobs), C 8,000 (funds 3,000, signed
    # 01-10), H 20,000 (80 jobs), M 5,000; G is an upgrade (升格). Landed: C.
    assert total == {
        "signed_projects": (4, 10),
        "signed_investment": (45000.0, 100000),
        "landed_projects": (1, None),
        "funds_in_place": (3000.0, None),
        "hightech_enterprises": (1, None),
        "jobs": (200, None),
    }
    fut, zjg, qsh = (
        built.people.city_future,
        built.people.city_zijingang,
        built.people.city_qingshan,
    )
    assert d.target_row(fut, None, "signed_projects").actual.value == 3
    assert d.target_row(fut, None, "signed_projects").target == 6
    assert d.target_row(zjg, None, "signed_investment").actual.value == 5000
    assert d.target_row(qsh, None, "signed_projects").actual.value == 0
    assert d.target_row(fut, None, "signed_projects").ratio == 0.5
    # the open pipeline (线索–洽谈): A D E F I J L; planned 5,000 (A) + 6 × 1,000
    assert d.pipeline[(None, None)]["pipeline"].value == 7
    assert d.pipeline[(None, None)]["pipeline_value"].value == 11000
    # trend: W20 (11–17 May) new D E (K deleted); signed B H; landed C; activities: A visit, A
    # call, B meeting, C inbound, L call (K's call and A's deleted call count nowhere)
    w20, w19 = d.trend[-1], d.trend[-2]
    assert w20.period == Period.parse_week("2026-W20")
    got = {k: f.value for k, f in w20.figures.items()}
    assert got == {"new_leads": 2, "activities": 5, "visits": 2, "signed": 2,
                   "signed_investment": 32000.0, "landed": 1}  # fmt: skip
    assert {k: f.value for k, f in w19.figures.items()} == {
        "new_leads": 1, "activities": 2, "visits": 1, "signed": 1,
        "signed_investment": 5000.0, "landed": 0}  # fmt: skip
    officers = {o.user_id: {k: f.value for k, f in o.figures.items()} for o in d.officers}
    assert officers[built.people.wang.id] == {"visits": 1, "calls": 2, "meetings": 0,
        "activities": 3, "new_leads": 1, "advanced": 2, "signed": 0}  # fmt: skip
    assert officers[built.people.li.id] == {"visits": 1, "calls": 0, "meetings": 1,
        "activities": 2, "new_leads": 1, "advanced": 3, "signed": 2}  # fmt: skip


def test_dashboard_and_weekly_report_agree(built):
    """One meaning for every figure: the dashboard of Monday 18 May and the report of W20."""
    d = dashboard(built.store, today=date(2026, 5, 18))
    r = weekly_report(built.store, Period.parse_week("2026-W20"), today=TODAY)
    assert [p.period for p in d.trend] == [p.period for p in r.trend]
    for dp, rp in zip(d.trend, r.trend, strict=True):
        for key, fig in rp.figures.items():
            assert dp.figures[key].value == fig.value, (dp.period, key)
            assert (
                dp.figures[key].leads == fig.leads and dp.figures[key].activities == fig.activities
            )
    for ours, theirs in zip(d.progress[(None, None)], r.ytd.rows, strict=True):
        assert (ours.metric, ours.actual.value, ours.target) == (
            theirs.metric, theirs.actual.value, theirs.target)  # fmt: skip
    for city, rows in r.ytd.by_city.items():
        assert [x.actual.value for x in d.progress[(city, None)]] == [x.actual.value for x in rows]
    report_officers = {o.user_id: o.figures for o in r.officers}
    for o in d.officers:
        for key, fig in o.figures.items():
            assert fig.value == report_officers[o.user_id][key].value, (o.name, key)


def test_followup_review(built):
    # on 05-20: D (due 05-13) and F (due 05-08) are 7+ days late: at risk; nothing else is
    # scheduled. Quiet for 30 days (in play, no activity since before 04-20, or none and created
    # before): G (04-01), H (01-05), I (02-01), M (02-10); the others had activities or are new.
    r = followup_review(built.store, today=TODAY)
    rows = {o.user_id: {k: f.value for k, f in o.figures.items()} for o in r.officers}
    assert rows[built.people.wang.id] == {"overdue": 0, "officer": 0, "manager": 0,
        "at_risk": 2, "late": 2, "stale": 3}  # fmt: skip
    assert rows[built.people.li.id] == {"overdue": 0, "officer": 0, "manager": 0,
        "at_risk": 0, "late": 0, "stale": 1}  # fmt: skip
    assert r.officers[0].user_id == built.people.wang.id  # most needing attention first
    by_city = {c.city_id: {k: f.value for k, f in c.figures.items()} for c in r.cities}
    assert by_city[built.people.city_zijingang]["at_risk"] == 1  # D
    assert by_city[built.people.city_zijingang]["stale"] == 3  # G I M
    assert by_city[built.people.city_qingshan]["at_risk"] == 1  # F
    assert by_city[built.people.city_future]["stale"] == 1  # H
    assert r.total.figures["late"].value == 2 and r.total.figures["stale"].value == 4


def test_every_pipeline_figure_equals_its_drill_down(built):
    _lost_leads(built)
    store, actor = built.store, built.people.zhao
    results = [
        (funnel_review(store, Period.year(2026), today=TODAY), TODAY),
        (dashboard(store, today=TODAY), TODAY),
        (followup_review(store, today=TODAY), TODAY),
    ]
    checked = 0
    for result, as_of in results:
        for path, fig in figures(result):
            amount = any(a in path for a in AMOUNTS) or "pipeline_value" in path
            if fig.leads is not None:
                if amount:
                    continue
                assert count_leads(store, actor, fig.leads, today=as_of) == fig.value, path
                checked += 1
            if fig.activities is not None:
                assert count_activities(store, fig.activities) == fig.value, path
                checked += 1
    assert checked > 150
    # amounts: the drill-down's rows add up to the figure
    d = results[1][0]
    fig = d.pipeline[(None, None)]["pipeline_value"]
    rows = list_leads(store, actor, fig.leads, today=TODAY).rows
    assert sum(r.planned_investment or 0 for r in rows) == fig.value
    assert len(MAIN) == len(results[0][0].steps)
