"""Closing a week (crm.analytics.weeks) on the hand-built store: the report of a closed week
stays as it was whatever changes later, "overdue" means overdue then, a week closes once,
what changed since the week before and the corrections after closing (调整) are listed, the
summary is stored and part of the fingerprint, and each step is refused to those who may not
take it — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from crm.accounts.users import identify
from crm.analytics import Period
from crm.analytics.weeks import (
    close_week,
    closed_info,
    reopen_week,
    report_of_week,
    save_summary,
)
from crm.db.models import AuditLog, WeekLeadState, WeekReport, WeekSummary
from crm.errors import PermissionDenied, UserError, ValidationError
from crm.followups.activities import log_activity
from crm.pipeline import move_stage
from tests.analytics.fixture import TODAY, WEEK

W19, W20 = Period.parse_week("2026-W19"), Period.parse_week(WEEK)


@pytest.fixture
def staff(week):
    return identify(week.store, "钱七", None, role="report_staff")[0]


def _rows(store, model) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_closed_week_stays_as_it_was(week, staff):
    st, ids = week.store, week.ids
    result = close_week(st, staff, W20, today=TODAY)
    assert not result.already and result.info.closed_by == "钱七"
    before = report_of_week(st, W20, today=TODAY)
    assert before.headline["signed"].value == 2 and before.closed.fingerprint
    # a signing dated in W20 recorded afterwards does not change the closed report
    move_stage(st, week.people.wang, ids["A"], "signed", on=date(2026, 5, 15), today=TODAY,
               agreed_investment=9000)  # fmt: skip
    after = report_of_week(st, W20, today=TODAY)
    assert after.headline["signed"].value == 2
    assert after.headline["signed_investment"].value == 32000
    assert after.closed.fingerprint == before.closed.fingerprint
    # … while today's data says 3 (a report of the same week not closed would change)
    from crm.analytics import weekly_report

    assert weekly_report(st, W20, today=TODAY).headline["signed"].value == 3


def test_overdue_means_overdue_then(week, staff):
    """D's follow-up, due 13 May, is rescheduled on 20 May (after the week): the closed week
    still counts it overdue on 17 May; today's data alone would not."""
    st, ids = week.store, week.ids
    log_activity(st, week.people.wang, ids["D"], {"occurred_on": TODAY, "activity_type": "call",
                 "summary": "约了下周", "next_followup": date(2026, 5, 27)}, today=TODAY)  # fmt: skip
    from crm.analytics import weekly_report

    live = weekly_report(st, W20, today=TODAY)
    assert live.overdue.figure.value == 1  # F only: D's follow-up now reads 27 May
    close_week(st, staff, W20, today=TODAY)
    frozen = report_of_week(st, W20, today=TODAY)
    assert frozen.overdue.figure.value == 2
    assert {r.id for r in frozen.overdue.rows} == {ids["D"], ids["F"]}
    assert {r.day for r in frozen.overdue.rows} == {date(2026, 5, 13), date(2026, 5, 8)}
    wang = next(o for o in frozen.officers if o.name == "王五")
    assert wang.figures["overdue"].value == 2
    assert frozen.overdue.figure.leads.lead_ids == tuple(sorted((ids["D"], ids["F"])))


def test_a_week_closes_once(week, staff):
    st = week.store
    first = close_week(st, staff, W20, today=TODAY)
    leads = _rows(st, WeekLeadState)
    again = close_week(st, staff, W20, today=TODAY)
    assert again.already and again.info == first.info
    assert _rows(st, WeekReport) == 1 and _rows(st, WeekLeadState) == leads == 13


def test_weeks_that_cannot_close(week, staff):
    st = week.store
    with pytest.raises(UserError) as err:  # not ended yet
        close_week(st, staff, Period.parse_week("2026-W21"), today=TODAY)
    assert "2026-W21" in err.value.render("en") and "2026-05-25" in err.value.render("en")
    with pytest.raises(UserError) as err:  # before the store's first lead (2026-01-05)
        close_week(st, staff, Period.parse_week("2025-W40"), today=TODAY)
    assert "first lead" in err.value.render("en")
    with pytest.raises(UserError):  # ISO week 53 of 2026 ends on 3 January 2027
        close_week(st, staff, Period.parse_week("2026-W53"), today=date(2027, 1, 3))
    result = close_week(st, staff, Period.parse_week("2026-W53"), today=date(2027, 1, 4))
    assert result.info.week == "2026-W53"
    with pytest.raises(PermissionDenied):
        close_week(st, week.people.wang, W19, today=TODAY)  # an officer
    assert _rows(st, WeekReport) == 1


def test_what_changed_since_last_week(week, staff):
    st, ids = week.store, week.ids
    close_week(st, staff, W19, today=TODAY)
    close_week(st, staff, W20, today=TODAY)
    ch = report_of_week(st, W20, today=TODAY).changes
    assert ch.since == "2026-W19"
    got = {r.lead_id: r.kind for r in ch.rows}
    # D, E and K were logged in W20 (K deleted only later); B, G and H signed; C landed; A moved
    assert got == {ids["D"]: "new", ids["E"]: "new", ids["K"]: "new", ids["B"]: "signed",
                   ids["G"]: "signed", ids["H"]: "signed", ids["C"]: "landed",
                   ids["A"]: "moved"}  # fmt: skip
    b = next(r for r in ch.rows if r.lead_id == ids["B"])
    assert (b.before, b.after, b.day, b.user_id) == (
        "negotiation",
        "signed",
        date(2026, 5, 13),
        week.people.li.id,
    )
    h = next(r for r in ch.rows if r.lead_id == ids["H"])
    assert h.company == "项目-K"  # the confidential project's codename
    assert ch.counts["signed"].value == 3 and ch.counts["lost"].value == 0


def test_corrections_after_closing_show_as_adjustments(week, staff):
    st, ids = week.store, week.ids
    close_week(st, staff, W19, today=TODAY)
    # recorded on 20 May: a signing dated 8 May (W19, already closed)
    move_stage(st, week.people.wang, ids["I"], "signed", on=date(2026, 5, 8), today=TODAY,
               agreed_investment=700)  # fmt: skip
    close_week(st, staff, W20, today=TODAY)
    adj = {
        a.key: (a.week, a.reported, a.now) for a in report_of_week(st, W20, today=TODAY).adjustments
    }
    assert adj["signed"] == ("2026-W19", 1, 2)
    assert adj["signed_investment"] == ("2026-W19", 5000, 5700)
    assert "landed" not in adj
    # the closed W19 itself still says what was sent
    assert report_of_week(st, W19, today=TODAY).headline["signed"].value == 1


def test_summary_is_kept_printed_and_fingerprinted(week, staff):
    st = week.store
    close_week(st, staff, W20, today=TODAY)
    bare = closed_info(st, W20).fingerprint
    text = "本周签约3个。罕见姓氏：䶮、𠈌。"
    save_summary(st, staff, W20, text, "下周推进阿尔法")
    report = report_of_week(st, W20, today=TODAY)
    assert report.summary == text and report.next_steps == "下周推进阿尔法"
    assert report.closed.fingerprint != bare
    save_summary(st, staff, W20, "x" * 20_000, "")  # the most a report holds
    with pytest.raises(ValidationError) as err:
        save_summary(st, staff, W20, "x" * 20_001, "")
    assert "20,001" in err.value.render("en")
    assert report_of_week(st, W20, today=TODAY).summary == "x" * 20_000
    with pytest.raises(PermissionDenied):
        save_summary(st, week.people.wang, W20, "改一下", "")


def test_only_a_week_has_a_summary(week, staff):
    """A period that is not an ISO week is a caller's mistake, said as such, and stores
    nothing (it used to fail on unpacking the period's missing week number)."""
    st = week.store
    with pytest.raises(ValueError, match="not an ISO week: 2026-01-01"):
        save_summary(st, staff, Period.year(2026), "全年小结", "")
    assert _rows(st, WeekSummary) == 0


def test_reopening_is_a_managers_audited_action(week, staff):
    st = week.store
    close_week(st, staff, W20, today=TODAY)
    fp = closed_info(st, W20).fingerprint
    with pytest.raises(PermissionDenied):
        reopen_week(st, staff, W20, "数据有误")
    with pytest.raises(ValidationError):
        reopen_week(st, week.people.zhao, W20, "  ")
    reopen_week(st, week.people.zhao, W20, "贝塔签约金额有误")
    assert closed_info(st, W20) is None and _rows(st, WeekLeadState) == 0
    with st.read() as s:
        row = s.execute(select(AuditLog).where(AuditLog.action == "reopen")).scalar_one()
    assert (row.user_id, row.old, row.new) == (week.people.zhao.id, fp, "贝塔签约金额有误")
    assert report_of_week(st, W20, today=TODAY).closed is None


def test_a_city_report_of_a_closed_week_says_it_comes_from_todays_data(week, staff):
    st = week.store
    close_week(st, staff, W20, today=TODAY)
    from crm.analytics import Scope

    city = report_of_week(st, W20, Scope(city_id=week.people.city_future), today=TODAY)
    assert city.closed is None and city.closed_elsewhere
    assert report_of_week(st, W20, today=TODAY).closed_elsewhere is False
