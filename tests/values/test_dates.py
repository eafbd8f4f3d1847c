"""Dates as people write them, and ISO weeks (incl. week 53 and year boundaries)."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm.errors import ParseError
from crm.values.dates import (
    iso_week_bounds,
    last_complete_week,
    parse_date,
    parse_iso_week,
)

#: the years a date may have (pinned, not imported: a changed range fails)
MIN_YEAR, MAX_YEAR = 1949, 2100
days = st.dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 31))


@pytest.mark.parametrize(
    "typed",
    [
        "2026-05-18",
        "2026/5/18",
        "2026.5.18",
        "2026年5月18日",
        "2026年05月18日",
        "20260518",
        "2026-05-18 14:30:00",
        "2026-05-18T14:30",
        "２０２６－０５－１８",
        " 2026-05-18 ",
        date(2026, 5, 18),
        datetime(2026, 5, 18, 23, 59),
    ],
)
def test_accepted_forms(typed):
    assert parse_date(typed) == date(2026, 5, 18)


def test_excel_serials_only_when_the_cell_says_so():
    assert parse_date(45000, excel_serial=True) == date(2023, 3, 15)
    assert parse_date(45000.0, excel_serial=True) == date(2023, 3, 15)
    with pytest.raises(ParseError, match="1899"):
        parse_date(1, excel_serial=True)  # 1899-12-31: before the range
    with pytest.raises(ParseError):
        parse_date(45000)


@pytest.mark.parametrize(
    ("typed", "english", "chinese"),
    [
        ("18/05/2026", "is not a date", "不是日期"),
        ("05/18/2026", "is not a date", "不是日期"),
        ("2026-02-30", "not a day of the calendar", "不是有效的日期"),
        ("2025-02-29", "not a day of the calendar", "不是有效的日期"),
        ("1900-01-01", "the year 1900 is out of range", "1900"),
        ("2101-01-01", "the year 2101 is out of range", "2101"),
        ("明天", "is not a date", "不是日期"),
        ("2026-05-18" * 5, "too long", "太长"),
        (True, "is not a date", "不是日期"),
    ],
)
def test_refusals_say_why(typed, english, chinese):
    with pytest.raises(ParseError) as err:
        parse_date(typed)
    assert english in err.value.render("en")
    assert chinese in err.value.render("zh_CN")


def test_empty_is_none():
    assert parse_date("") is None
    assert parse_date("  ") is None
    assert parse_date(None) is None


@given(days)
def test_every_written_form_round_trips(day):
    y, m, d = day.year, day.month, day.day
    for text in (
        day.isoformat(),
        f"{y}/{m}/{d}",
        f"{y}.{m}.{d}",
        f"{y}年{m}月{d}日",
        day.strftime("%Y%m%d"),
        f"{day.isoformat()} 08:00",
    ):
        assert parse_date(text) == day, text


@given(st.text(max_size=20))
def test_any_text_is_a_date_or_a_reasoned_refusal(text):
    try:
        value = parse_date(text)
    except ParseError as exc:
        assert exc.render("en") and exc.render("zh_CN")
    else:
        assert value is None or MIN_YEAR <= value.year <= MAX_YEAR


# ---------------------------------------------------------------- ISO weeks


@given(days)
def test_every_day_lies_in_its_iso_week(day):
    year, week, weekday = day.isocalendar()
    monday, sunday = iso_week_bounds(year, week)
    assert monday.isoweekday() == 1 and sunday.isoweekday() == 7
    assert sunday - monday == timedelta(days=6)
    assert monday <= day <= sunday
    assert day - monday == timedelta(days=weekday - 1)
    assert parse_iso_week(f"{year}-W{week:02d}") == (year, week)


@given(days)
def test_last_complete_week_ends_before_today(today):
    year, week = last_complete_week(today)
    monday, sunday = iso_week_bounds(year, week)
    assert sunday < today
    assert (today - sunday).days <= 7  # the most recent one
    assert sunday + timedelta(days=7) >= today


def test_week_53():
    # 2026 starts on a Thursday: it has 53 ISO weeks; 2025 does not
    assert iso_week_bounds(2026, 53) == (date(2026, 12, 28), date(2027, 1, 3))
    assert iso_week_bounds(2020, 53) == (date(2020, 12, 28), date(2021, 1, 3))
    assert parse_iso_week("2026-W53") == (2026, 53)
    for text in ("2025-W53", "2021W53"):
        with pytest.raises(ParseError) as err:
            parse_iso_week(text)
        assert "has no ISO week 53" in err.value.render("en")
        assert "53" in err.value.render("zh_CN")


def test_year_boundaries():
    # 2024-12-30 (Monday) already belongs to week 1 of 2025
    assert iso_week_bounds(2025, 1) == (date(2024, 12, 30), date(2025, 1, 5))
    # on Monday 4 January 2027 the last complete week is 2026-W53
    assert last_complete_week(date(2027, 1, 4)) == (2026, 53)
    # on New Year's Day 2026 (a Thursday) it is 2025-W52 (29 Dec 2025 starts 2026-W01)
    assert last_complete_week(date(2026, 1, 1)) == (2025, 52)
    # a Sunday is not complete until it has passed
    assert last_complete_week(date(2026, 5, 17)) == (2026, 19)
    assert last_complete_week(date(2026, 5, 18)) == (2026, 20)


@pytest.mark.parametrize("text", ["2026W20", "2026-20", " 2026-w20 "])
def test_week_forms(text):
    assert parse_iso_week(text) == (2026, 20)


@pytest.mark.parametrize("text", ["", "W20", "2026-W0", "2026-W54", "last week"])
def test_bad_weeks(text):
    with pytest.raises(ParseError):
        parse_iso_week(text)


@pytest.mark.parametrize(
    ("typed", "ok"),
    [("1949-01-01", True), ("1948-12-31", False), ("2100-12-31", True), ("2101-01-01", False)],
)
def test_the_years_a_date_may_have(typed, ok):
    """From the founding year 1949 to 2100: a typo such as 1026 or 20266 is refused."""
    if ok:
        assert parse_date(typed) == date.fromisoformat(typed)
    else:
        with pytest.raises(ParseError) as err:
            parse_date(typed)
        assert err.value.render("en") == f"the year {typed[:4]} is out of range"


@pytest.mark.parametrize(
    ("typed", "en", "zh"),
    [
        ("W20", "'W20' is not a week: write it like 2026-W20", "“W20”不是周次：请写成 2026-W20"),
        ("2026-W54", "2026 has no ISO week 54", "2026 年没有第 54 周"),
    ],
)
def test_a_week_that_is_none_says_why_in_both_languages(typed, en, zh):
    with pytest.raises(ParseError) as err:
        parse_iso_week(typed)
    assert (err.value.render("en"), err.value.render("zh_CN")) == (en, zh)


@pytest.mark.parametrize(
    ("typed", "en", "zh"),
    [
        (2958466.0, "2958466.0 is not a date", "2958466.0 不是日期"),  # past Excel's last day
        (2958465.0, "the year 9999 is out of range", "年份 9999 超出范围"),
        ("x" * 41, "too long to be a date", "太长，不是日期"),
        ("x" * 40, "'" + "x" * 40 + "' is not a date: write it like 2026-05-18 or 2026年5月18日",
         "“" + "x" * 40 + "”不是日期：请写成 2026-05-18 或 2026年5月18日"),
        ("2026-13-45", "2026-13-45 is not a day of the calendar", "2026-13-45 不是有效的日期"),
    ],
)  # fmt: skip
def test_what_is_not_a_date_says_why_in_both_languages(typed, en, zh):
    with pytest.raises(ParseError) as err:
        parse_date(typed, excel_serial=True) if isinstance(typed, float) else parse_date(typed)
    assert (err.value.render("en"), err.value.render("zh_CN")) == (en, zh)


def test_the_last_excel_serial_before_the_year_range():
    assert parse_date(46160.0, excel_serial=True) == date(2026, 5, 18)
