"""Dates a ledger writes without their year or day (crm.importing.ledger_dates), alone and
through the dry run."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from crm.importing.api import ImportOptions, plan_import, read_table
from crm.importing.ledger_dates import LedgerYear, ledger_year, partial_date

MAY_20 = date(2026, 5, 20)


def test_the_ledgers_year_comes_from_its_title_then_its_names_then_the_report_date():
    # the first text that names a year decides, even if a later one names another
    assert ledger_year(["周婷2025年招商工作台账", "台账_2026"], MAY_20).year == 2025
    assert ledger_year(["招商工作台账", "汇总表_20240515", "Sheet1"], MAY_20).year == 2024
    assert ledger_year(["", "台账", "2023年"], MAY_20).year == 2023
    # no year anywhere, or one that is no ledger's (a phone number's digits): the report date's
    assert ledger_year(["招商台账", "电话 13820991234"], MAY_20).year == 2026
    # a title over two years says neither: the report date's
    assert ledger_year(["2025-2026年在谈项目", "台账_2024"], MAY_20).year == 2026


def test_a_day_without_its_year_takes_the_ledgers_year_or_the_one_before():
    year = LedgerYear(2026, MAY_20)
    for text in ("5月18日", "5.18", "5/18", "05-18", "５月１８号"):
        got = partial_date(text, year)
        assert got is not None and got.value == date(2026, 5, 18) and not got.guessed, text
    # after the report date in the ledger's year: written last year, and flagged as a guess
    late = partial_date("11月3日", year)
    assert late is not None and late.value == date(2025, 11, 3) and late.guessed
    assert partial_date("5月20日", year).value == date(2026, 5, 20)  # the report date itself
    assert partial_date("2月30日", year) is None  # no such day: refused as before
    assert partial_date("13.5", year) is None


def test_a_month_without_its_day_is_its_first_and_needs_no_review():
    year = LedgerYear(2026, MAY_20)
    for text, want in (
        ("2026年4月", date(2026, 4, 1)),
        ("2026-03", date(2026, 3, 1)),
        ("2025.12", date(2025, 12, 1)),
        ("2026/4", date(2026, 4, 1)),
        ("2025年11月份", date(2025, 11, 1)),
    ):
        got = partial_date(text, year)
        assert got is not None and got.value == want and not got.guessed, text
    assert partial_date("2026年13月", year) is None


def test_the_dry_run_reads_a_ledgers_partial_dates(store, people, tmp_path):
    path = tmp_path / "周婷_2026招商工作台账.csv"
    path.write_text(
        "企业名称,项目名称,产业领域,拟落户,首次接洽时间\n"
        "杭州甲科技有限公司,甲项目,数字经济,紫金港,4月20日\n"
        "杭州乙科技有限公司,乙项目,数字经济,紫金港,11月3日\n"
        "杭州丙科技有限公司,丙项目,数字经济,紫金港,2026年3月\n"
        "杭州丁科技有限公司,丁项目,数字经济,紫金港,2月30日\n",
        encoding="utf-8",
    )
    plan = plan_import(store, people.wang, read_table(path), options=ImportOptions(today=MAY_20))
    this_year, last_year, month, impossible = plan.rows
    assert this_year.clean["first_contact_on"] == date(2026, 4, 20)
    assert not this_year.needs_review
    # the preview says how the date was read, not that it was left out
    assert "首次接洽时间: no year: the ledger's 2026" in this_year.describe("en")
    assert "needs review: 首次接洽时间: no year, and in 2026" in last_year.describe("en")
    assert last_year.clean["first_contact_on"] == date(2025, 11, 3) and last_year.needs_review
    assert "11月3日" in last_year.clean["notes"]
    assert month.clean["first_contact_on"] == date(2026, 3, 1) and not month.needs_review
    assert "2026年3月" in month.clean["notes"]  # what the ledger said is kept
    # a day that does not exist is still a value to check
    assert impossible.needs_review and impossible.clean["first_contact_on"] == MAY_20


def test_a_forward_looking_day_without_its_year_stays_ahead():
    year = LedgerYear(2026, MAY_20)
    soon = partial_date("6月12日", year, ahead=True)
    assert soon is not None and soon.value == date(2026, 6, 12) and not soon.guessed
    overdue = partial_date("5月2日", year, ahead=True)  # a follow-up a little overdue
    assert overdue is not None and overdue.value == date(2026, 5, 2) and not overdue.guessed
    december = LedgerYear(2026, date(2026, 12, 20))
    january = partial_date("1月5日", december, ahead=True)  # next month, in the next year
    assert january is not None and january.value == date(2027, 1, 5) and january.guessed


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(1, 12),
    st.integers(1, 31),
    st.booleans(),
)
def test_a_day_without_its_year_is_within_a_year_of_the_report_date(today, month, day, ahead):
    got = partial_date(f"{month}月{day}日", LedgerYear(today.year, today), ahead=ahead)
    if got is None:  # no such day in the ledger's year (or the one it moves to)
        return
    assert (got.value.month, got.value.day) == (month, day)
    if ahead:
        assert -183 < (got.value - today).days < 366
    else:
        assert 0 <= (today - got.value).days < 366
    assert got.guessed == (got.value.year != today.year)


@given(st.text(max_size=60))
def test_any_text_names_a_stage_or_none(text):
    from crm.importing.progress import stage_in_words
    from crm.pipeline.stages import ALL

    assert stage_in_words(text) in (*ALL, None)
