"""Every figure of the weekly report on the hand-built store equals the value worked out by
hand from the story in tests/analytics/fixture.py (both dialects)."""

from __future__ import annotations

from datetime import date

import pytest

from crm.analytics import Period, Scope, weekly_report
from crm.reference import reference
from tests.analytics.fixture import TODAY, WEEK


def test_period_and_day(week):
    r = week.report
    assert (r.period.start, r.period.end) == (date(2026, 5, 11), date(2026, 5, 17))
    assert (r.previous.start, r.previous.end) == (date(2026, 5, 4), date(2026, 5, 10))
    assert r.as_of == date(2026, 5, 17)
    assert r.leads_in_scope == 12  # 13 leads, K deleted
    assert not r.empty


def test_headline_against_the_week_before(week):
    h = week.report.headline
    got = {k: (f.value, f.previous) for k, f in h.items()}
    assert got == {
        "new_leads": (2, 1),  # D, E (K deleted) / F
        "activities": (5, 2),  # A visit+call, B meeting, C inbound, L call / F visit, J call
        "visits": (2, 1),  # A visit, C inbound / F visit
        "advanced": (5, 2),  # A, B, C, G, H (J undone) / F, M
        "signed": (2, 1),  # B, H (G is an upgrade) / M
        "landed": (1, 0),  # C
        "signed_investment": (32000, 5000),  # B 12,000 + H 20,000 / M 5,000
    }
    assert h["new_leads"].change == 1 and h["new_leads"].change_ratio == 1.0
    assert h["landed"].change_ratio is None  # nothing to compare with


def test_state_figures_and_lists(week):
    r, ids = week.report, week.ids
    assert r.overdue.figure.value == 2  # D due 05-13, F due 05-08
    assert r.at_risk.value == 1  # F: 9 days late
    assert [row.id for row in r.overdue.rows] == [ids["F"], ids["D"]]  # most overdue first
    # stale on 05-17: in play, nothing since 04-17: G, H, M (created long ago, no activity), I
    assert r.stale.figure.value == 4
    assert {row.id for row in r.stale.rows} == {ids[k] for k in "GHIM"}
    assert (r.key_in_play.value, r.key_moved.value) == (2, 2)
    assert [row.id for row in r.key_projects.rows] == [ids["B"], ids["A"]]  # by amount
    a = next(row for row in r.key_projects.rows if row.id == ids["A"])
    assert [(m.from_stage, m.to_stage) for m in a.moves] == [
        ("lead", "contact"),
        ("contact", "visit"),
    ]
    assert a.activities == 2  # the deleted call does not count
    assert [(row.id, row.day, row.agreed_investment) for row in r.signed.rows] == [
        (ids["B"], date(2026, 5, 13), 12000),
        (ids["H"], date(2026, 5, 16), 20000),
    ]
    assert [(row.id, row.day, row.funds_in_place) for row in r.landed.rows] == [
        (ids["C"], date(2026, 5, 15), 3000)
    ]


def test_confidential_project_shows_its_codename(week):
    rows = week.report.signed.rows + week.report.stale.rows + week.report.rows.leads
    h = [row for row in rows if row.id == week.ids["H"]]
    assert h and all(row.company == "项目-K" and row.project == "项目-K" for row in h)
    assert all(getattr(row, "credit_code", None) is None for row in h)
    names = {row.company for row in rows} | {row.project for row in rows}
    assert not any("西塔" in name for name in names)


def test_funnel_from_the_stage_history(week):
    f = week.report.funnel
    # furthest stage by 05-17: lead D E L; contact F I; visit A J (J's move undone);
    # signed B G H M; landed C
    assert [s.reached.value for s in f] == [12, 9, 7, 5, 5, 1, 0, 0]
    assert [s.entered.value for s in f] == [2, 1, 1, 0, 3, 1, 0, 0]
    assert [s.drop_off for s in f] == [3, 2, 2, 0, 4, 1, 0, 0]
    assert f[0].conversion == pytest.approx(9 / 12)
    assert f[3].conversion == 1.0 and f[4].conversion == pytest.approx(0.2)
    assert f[5].conversion == 0 and f[7].conversion is None


def test_city_by_field_tables(week):
    r, p = week.report, week.people
    ref = reference(week.store)
    internet, health, materials = (
        ref.id_of("field", c) for c in ("internet", "health", "materials")
    )
    new, signed = r.tables["new_leads"], r.tables["signed"]
    assert new.get(p.city_zijingang, internet).value == 1  # D
    assert new.get(p.city_future, health).value == 1  # E
    assert new.get(None, None).value == 2
    assert (
        signed.get(p.city_future, None).value == 2 and signed.get(p.city_zijingang, None).value == 0
    )
    assert r.tables["signed_investment"].get(p.city_future, internet).value == 20000  # H
    assert r.tables["activities"].get(p.city_zijingang, internet).value == 2  # A's visit and call
    assert r.tables["visits"].get(p.city_future, materials).value == 1  # C inbound
    assert r.tables["landed"].get(None, materials).value == 1
    assert set(r.cities) >= {p.city_future, p.city_zijingang, p.city_qingshan}


def test_activity_per_officer_and_city(week):
    r, p = week.report, week.people
    by_name = {o.name: {k: f.value for k, f in o.figures.items()} for o in r.officers}
    assert by_name["王五"] == {
        "activities": 3, "visits": 1, "calls": 2, "meetings": 0, "new_leads": 1,
        "advanced": 2, "signed": 0, "overdue": 2, "stale": 3,
    }  # fmt: skip
    assert by_name["李四"] == {
        "activities": 2, "visits": 1, "calls": 0, "meetings": 1, "new_leads": 1,
        "advanced": 3, "signed": 2, "overdue": 0, "stale": 1,
    }  # fmt: skip
    cities = {c.city_id: {k: f.value for k, f in c.figures.items()} for c in r.by_city}
    assert cities[p.city_future]["signed_investment"] == 32000
    assert cities[p.city_qingshan]["activities"] == 1  # L's call
    assert cities[p.city_zijingang]["stale"] == 3  # G, I, M


def test_year_to_date_against_targets(week):
    y, p = week.report.ytd, week.people
    assert (y.period.start, y.period.end) == (date(2026, 1, 1), date(2026, 5, 17))
    assert y.elapsed == pytest.approx(137 / 365)
    got = {row.metric: (row.actual.value, row.target) for row in y.rows}
    assert got == {
        "signed_projects": (4, 10),  # B, C (signed 01-10), H, M
        "signed_investment": (45000, 100000),
        "landed_projects": (1, None),
        "funds_in_place": (3000, None),  # C
        "hightech_enterprises": (1, None),  # B
        "jobs": (200, None),  # B 120 + H 80
    }
    assert y.rows[0].ratio == pytest.approx(0.4)
    city = {
        c: {row.metric: (row.actual.value, row.target) for row in rows}
        for c, rows in y.by_city.items()
    }
    assert city[p.city_future]["signed_projects"] == (3, 6)  # B, C, H
    assert city[p.city_zijingang]["signed_projects"] == (1, 4)  # M
    assert city[p.city_qingshan]["signed_projects"] == (0, None)


def test_trend_weeks(week):
    t = week.report.trend
    assert len(t) == 12 and t[-1].period == week.report.period
    assert (t[-1].figures["new_leads"].value, t[-2].figures["new_leads"].value) == (2, 1)
    assert (t[-1].figures["activities"].value, t[-2].figures["activities"].value) == (5, 2)
    assert t[-2].figures["signed"].value == 1 and t[-1].figures["landed"].value == 1
    # W09 (23 Feb) to W18: J 03-01, A 03-02, G and L 04-01
    assert sum(p.figures["new_leads"].value for p in t[:-2]) == 4


def test_raw_rows_of_the_period(week):
    rows, ids = week.report.rows, week.ids
    assert {x.id for x in rows.leads} == {ids[k] for k in "ABCDEGH"}  # new or moved
    assert {x.id for x in rows.leads if x.is_new} == {ids["D"], ids["E"]}
    assert len(rows.activities) == 5
    assert all(a.summary == "" for a in rows.activities if a.masked)


def test_scope_one_city(any_store, any_people):
    from tests.analytics.fixture import build

    build(any_store, any_people)
    r = weekly_report(
        any_store, Period.parse_week("2026-W20"), Scope(city_id=any_people.city_future), today=TODAY
    )
    assert {k: f.value for k, f in r.headline.items()} == {
        "new_leads": 1, "activities": 2, "visits": 1, "advanced": 3, "signed": 2, "landed": 1,
        "signed_investment": 32000,
    }  # fmt: skip
    assert r.cities == (any_people.city_future,) and [o.name for o in r.officers] == ["李四"]
    assert [s.reached.value for s in r.funnel][:2] == [4, 3]  # B C E H; B C H


def test_same_store_same_figures(sqlite_week):
    again = weekly_report(
        sqlite_week.store, Period.parse_week("2026-W20"), today=TODAY, with_rows=True
    )
    first = sqlite_week.report
    for name in ("headline", "tables", "funnel", "trend", "officers", "by_city", "ytd", "rows"):
        assert getattr(again, name) == getattr(first, name), name
    assert [r.id for r in again.stale.rows] == [r.id for r in first.stale.rows]


def test_funnel_for_a_cohort(sqlite_week):
    """The dashboard's funnel: the leads created in a period (here Feb–Mar 2026: B, I, J, A, M
    … by creation day) and how far they got by 17 May."""
    from crm.analytics import funnel
    from crm.leadlist.query import LeadFilter

    cohort = Period(date(2026, 2, 1), date(2026, 3, 31))
    stages = funnel(sqlite_week.store, LeadFilter(), date(2026, 5, 17), cohort=cohort)
    # created Feb–Mar: B (signed), I (contact), J (visit), A (visit), M (signed)
    assert [s.reached.value for s in stages] == [5, 5, 4, 2, 2, 0, 0, 0]
    assert stages[3].reached.leads.created_from == cohort.start


def test_a_lead_made_after_the_week_is_in_no_figure_of_it(week):
    """A newcomer's trial: the workbook's 'Leads in scope' counted two leads made the day
    after the reported week, while its funnel (and every other figure) did not. The leads in
    scope are the funnel's: those that existed by the report's day."""
    from datetime import date

    from crm.leads.edit import create_lead
    from tests.services import lead_data

    after = date(2026, 5, 19)  # the Tuesday after the week (TODAY is later still)
    assert Period.parse_week(WEEK).end < after <= TODAY
    create_lead(
        week.store, week.people.wang, lead_data(company_name="周后新建科技有限公司"), today=after
    )
    again = weekly_report(week.store, Period.parse_week(WEEK), today=TODAY)
    assert again.leads_in_scope == week.report.leads_in_scope == 12
    assert again.funnel[0].reached.value == again.leads_in_scope
    assert (week.report.leads_today, again.leads_today) == (12, 13)  # the store holds it


def test_a_scope_whose_leads_came_later_is_not_an_empty_store(any_store, any_people):
    """A lead made today with a visit logged on its real day last week: the week's report
    counts the visit, and says nothing about an empty store (it holds a lead)."""
    from crm.followups.activities import log_activity
    from crm.leads.edit import create_lead
    from tests.services import lead_data

    lead = create_lead(any_store, any_people.wang, lead_data(), today=TODAY).lead_id
    log_activity(
        any_store,
        any_people.wang,
        lead,
        {"occurred_on": date(2026, 5, 13), "activity_type": "visit", "summary": "考察"},
    )
    r = weekly_report(any_store, Period.parse_week(WEEK), today=TODAY)
    assert (r.leads_in_scope, r.leads_today, r.empty) == (0, 1, False)
    assert r.headline["activities"].value == 1
