"""What a person is reminded of (their due and late follow-ups; a manager also their people's
flagged ones) and the calendar's follow-ups by day and week, with data that tells the
rules apart: due today, late, at risk, tomorrow, a lost lead's, another officer's."""

from __future__ import annotations

from datetime import date, timedelta

from crm.followups.reminders import (
    CalendarScope,
    followups_between,
    followups_per_day,
    month_of,
    reminder,
    week_of,
)
from crm.leads.edit import create_lead
from tests.services import TODAY, lead_data


def D(n: int) -> date:  # noqa: N802
    return TODAY + timedelta(days=n)


def _pool(store, people):
    made = {}
    for key, who, day, extra in (
        ("due", people.wang, D(0), {}),
        ("late", people.wang, D(-2), {}),
        ("risk", people.wang, D(-8), {}),
        ("tomorrow", people.wang, D(1), {}),
        ("lost", people.wang, D(-3), {"stage": "lost", "lost_reason": "cost"}),
        ("li", people.li, D(0), {"city": "future"}),
    ):
        made[key] = create_lead(
            store,
            who,
            lead_data(company_name=f"{key}科技有限公司", next_followup=day, **extra),
            today=TODAY,
        ).lead_id
    return made


def test_an_officer_is_reminded_of_their_due_and_late_follow_ups(store, people):
    made = _pool(store, people)
    r = reminder(store, people.wang, TODAY)
    assert (r.due, r.overdue, r.flagged, r.total) == (1, 2, 0, 3)
    assert [x.id for x in r.first] == [made["risk"], made["late"], made["due"]]  # worst first
    assert r.body("en") == (
        "1 due today, 2 overdue.\n· risk科技有限公司\n· late科技有限公司\n· due科技有限公司"
    )
    assert r.title().render("zh_CN") == "3 条跟进需要您处理"
    assert reminder(store, people.wang, D(-20)).empty  # nothing was due then


def test_a_manager_is_reminded_of_their_peoples_follow_ups_late_enough(store, people):
    made = _pool(store, people)
    r = reminder(store, people.zhao, TODAY)  # the committee's manager: every city
    assert (r.due, r.overdue, r.flagged) == (0, 0, 1)
    assert [x.id for x in r.first] == [made["risk"]]
    assert r.body("en") == "1 of your people's flagged to you.\n· risk科技有限公司"


def test_the_calendar_counts_a_month_and_lists_a_week(store, people):
    made = _pool(store, people)
    start, end = month_of(TODAY)
    assert (start, end) == (date(2026, 5, 1), date(2026, 5, 31))
    mine = followups_per_day(store, people.wang, CalendarScope(), start, end)
    assert dict(mine) == {D(-8): 1, D(-2): 1, D(0): 1, D(1): 1}  # not the lost lead's
    everyone = followups_per_day(store, people.zhao, CalendarScope(mine=False), start, end)
    assert everyone[D(0)] == 2
    monday, sunday = week_of(TODAY)
    assert (monday, sunday) == (date(2026, 5, 18), date(2026, 5, 24))
    rows, total = followups_between(store, people.wang, CalendarScope(), monday, sunday)
    assert [r.id for r in rows] == [made["due"], made["tomorrow"]] and total == 2
