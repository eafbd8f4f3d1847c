"""Dates as other offices write them in a ledger (crm.importing.written_dates): English words,
and day and month before the year when only one reading fits."""

from __future__ import annotations

from datetime import date

import pytest

from crm.errors import ParseError
from crm.importing.written_dates import written_date
from crm.values.dates import parse_date


@pytest.mark.parametrize(
    "typed",
    ["18 May 2026", "18 May, 2026", "18-May-2026", "18th May 2026", "May 18, 2026", "May 18 2026",
     "MAY 18, 2026", "18/05/2026", "05/18/2026", "18.05.2026", "18-05-2026", " 18/05/2026 "],
)  # fmt: skip
def test_english_dates_and_a_day_past_twelve_before_its_month(typed):
    assert written_date(typed) == date(2026, 5, 18)


def test_english_month_names_long_and_short():
    assert written_date("13 Dec 2025") == date(2025, 12, 13)
    assert written_date("December 30, 2025") == date(2025, 12, 30)
    assert written_date("Sept 3, 2026") == date(2026, 9, 3)
    assert written_date("27/11/2025") == date(2025, 11, 27)


@pytest.mark.parametrize(
    ("typed", "english", "chinese"),
    [
        ("04/05/2026", "could be day/month or month/day", "可能是日/月"),
        ("12/12/2026", "could be day/month or month/day", "可能是日/月"),
        ("Mayo 3, 2026", "is not a date", "不是日期"),
        ("3 Foo 2026", "is not a date", "不是日期"),
        ("31 Apr 2026", "not a day of the calendar", "不是有效的日期"),
        ("31/31/2026", "is not a date", None),
    ],
)
def test_what_cannot_be_one_day_says_why(typed, english, chinese):
    if chinese is None:  # two numbers past 12: in none of these forms
        assert written_date(typed) is None
        return
    with pytest.raises(ParseError) as err:
        written_date(typed)
    assert english in err.value.render("en")
    assert chinese in err.value.render("zh_CN")


def test_other_text_is_none_and_typed_dates_stay_strict():
    assert written_date("2026年5月") is None and written_date("下周") is None
    # the app and the command line keep the one unambiguous form (crm.values.dates)
    with pytest.raises(ParseError):
        parse_date("18/05/2026")
