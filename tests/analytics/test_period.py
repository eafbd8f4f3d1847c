"""Periods: ISO weeks across the year change and week 53, the week before, year to date, the
words of a week; and figures of a week that spans New Year."""

from __future__ import annotations

from datetime import date

import pytest

from crm.analytics import Period, weekly_report
from crm.errors import ParseError
from crm.i18n import EN, ZH
from crm.leads.edit import create_lead
from crm.pipeline import move_stage
from tests.services import lead_data


def test_week_53_exists_only_in_long_years():
    w53 = Period.parse_week("2026-W53")
    assert (w53.start, w53.end) == (date(2026, 12, 28), date(2027, 1, 3))
    assert w53.week == (2026, 53)
    with pytest.raises(ParseError):
        Period.parse_week("2025-W53")
    with pytest.raises(ParseError):
        Period.parse_week("2026-W54")


def test_weeks_across_new_year():
    first = Period.parse_week("2027-W01")
    assert first.start == date(2027, 1, 4)
    assert first.previous() == Period.parse_week("2026-W53")
    w01 = Period.parse_week("2026-W01")  # starts in 2025
    assert (w01.start, w01.end) == (date(2025, 12, 29), date(2026, 1, 4))
    assert w01.previous().week == (2025, 52)
    weeks = first.weeks(3)
    assert [w.week for w in weeks] == [(2026, 52), (2026, 53), (2027, 1)]


def test_year_to_date_belongs_to_the_iso_year():
    ytd = Period.parse_week("2026-W53").year_to_date()
    assert (ytd.start, ytd.end) == (date(2026, 1, 1), date(2026, 12, 31))
    ytd = Period.parse_week("2026-W01").year_to_date()
    assert (ytd.start, ytd.end) == (date(2026, 1, 1), date(2026, 1, 4))
    assert Period.year_until(date(2026, 5, 17)) == Period(date(2026, 1, 1), date(2026, 5, 17))


def test_last_complete_week():
    assert Period.last_complete_week(date(2026, 5, 18)).week == (2026, 20)  # a Monday
    assert Period.last_complete_week(date(2026, 5, 17)).week == (2026, 19)  # a Sunday
    assert Period.last_complete_week(date(2027, 1, 4)).week == (2026, 53)


def test_labels():
    w20 = Period.parse_week("2026-W20")
    assert w20.label(ZH) == "2026年第20周，5月11日–5月17日"
    assert w20.label(EN) == "Week 20 of 2026, 11–17 May"
    w53 = Period.parse_week("2026-W53")
    assert w53.label(ZH) == "2026年第53周，2026年12月28日–2027年1月3日"
    assert w53.label(EN) == "Week 53 of 2026, 28 Dec 2026 – 3 Jan 2027"


def test_previous_of_a_range_and_a_year():
    p = Period(date(2026, 3, 1), date(2026, 3, 31))
    assert p.previous() == Period(date(2026, 1, 29), date(2026, 2, 28))
    assert Period.year(2026).previous() == Period.year(2025)


def test_a_week_across_new_year_counts_both_years(store, people):
    """W53 of 2026 holds a signing on 31 Dec and one on 2 Jan: both count for the week, the
    year to date (2026) holds only the first."""
    today = date(2027, 1, 6)
    w = people.wang
    a, b = (
        create_lead(
            store,
            w,
            lead_data(company_name=name, stage="negotiation", stage_date=date(2026, 12, 1)),
            today=today,
        ).lead_id
        for name in ("岁末签约科技有限公司", "新年签约科技有限公司")
    )
    move_stage(store, w, a, "signed", on=date(2026, 12, 31), today=today, agreed_investment=100)
    move_stage(store, w, b, "signed", on=date(2027, 1, 2), today=today, agreed_investment=200)
    r = weekly_report(store, Period.parse_week("2026-W53"), today=today)
    assert (r.headline["signed"].value, r.headline["signed_investment"].value) == (2, 300)
    ytd = {row.metric: row.actual.value for row in r.ytd.rows}
    assert (ytd["signed_projects"], ytd["signed_investment"]) == (1, 100)
    assert r.ytd.elapsed == 1.0
    nxt = weekly_report(store, Period.parse_week("2027-W01"), today=today)
    assert nxt.headline["signed"].previous == 2
