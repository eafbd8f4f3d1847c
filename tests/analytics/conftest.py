"""The hand-built store of tests/analytics/fixture.py, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from crm.analytics import Period, WeeklyReport, weekly_report
from tests.analytics.fixture import TODAY, WEEK, build


@dataclass
class Week:
    store: object
    people: object
    ids: dict[str, int]
    report: WeeklyReport


@pytest.fixture
def week(any_store, any_people) -> Week:
    ids = build(any_store, any_people)
    report = weekly_report(any_store, Period.parse_week(WEEK), today=TODAY, with_rows=True)
    return Week(any_store, any_people, ids, report)


@pytest.fixture
def sqlite_week(store, people) -> Week:
    ids = build(store, people)
    report = weekly_report(store, Period.parse_week(WEEK), today=TODAY, with_rows=True)
    return Week(store, people, ids, report)
