"""The period and the scope every figure is computed for.

A period is a range of days, both ends included: an ISO week (Monday to Sunday), a year, the
year to date or any range. The figures of a week are compared with the week before; other
periods with the range of the same length just before them. Year to date belongs to the ISO
year of a week: 2026-W53 (28 Dec 2026 – 3 Jan 2027) closes the year 2026, and 2026-W01
(29 Dec 2025 – 4 Jan 2026) opens it. The scope narrows every figure to one city, one field or
both; it is the lead list's filter, so drill-downs start from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from crm.i18n import EN, QT_TRANSLATE_NOOP, current_language
from crm.leadlist.query import LeadFilter
from crm.values.dates import iso_week_bounds, last_complete_week, parse_iso_week

WEEK, YEAR, RANGE = "week", "year", "range"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    kind: str = RANGE

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends before it starts: {self.start} – {self.end}")

    # -- constructors
    @classmethod
    def iso_week(cls, year: int, week: int) -> Period:
        """ParseError (translated) if the year has no such week."""
        monday, sunday = iso_week_bounds(year, week)
        return cls(monday, sunday, WEEK)

    @classmethod
    def parse_week(cls, text: str) -> Period:
        """ "2026-W20" → that week; ParseError with the reason otherwise."""
        return cls.iso_week(*parse_iso_week(text))

    @classmethod
    def last_complete_week(cls, today: date) -> Period:
        return cls.iso_week(*last_complete_week(today))

    @classmethod
    def week_of(cls, day: date) -> Period:
        iso = day.isocalendar()
        return cls.iso_week(iso.year, iso.week)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), YEAR)

    @classmethod
    def year_until(cls, end: date) -> Period:
        """January 1st of ``end``'s year to ``end`` (the dashboard's year to date)."""
        return cls(date(end.year, 1, 1), end, RANGE)

    # -- derived periods
    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def week(self) -> tuple[int, int] | None:
        """(ISO year, week) of a week period."""
        if self.kind != WEEK:
            return None
        iso = self.start.isocalendar()
        return iso.year, iso.week

    def previous(self) -> Period:
        """The period of the same length just before (the week before, the year before)."""
        if self.kind == YEAR:
            return Period.year(self.start.year - 1)
        return Period(
            self.start - timedelta(days=self.days), self.start - timedelta(days=1), self.kind
        )

    def weeks(self, n: int) -> list[Period]:
        """The ``n`` ISO weeks ending with the week that holds this period's last day."""
        last = Period.week_of(self.end)
        return [
            Period(last.start - timedelta(weeks=k), last.end - timedelta(weeks=k), WEEK)
            for k in range(n - 1, -1, -1)
        ]

    def year_to_date(self) -> Period:
        """January 1st of the period's year (the ISO year for a week) to its last day, at most
        to December 31st."""
        year = self.week[0] if self.week else self.end.year
        end = min(self.end, date(year, 12, 31))
        return Period(date(year, 1, 1), max(end, date(year, 1, 1)), RANGE)

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    # -- words
    def label(self, lang: str | None = None) -> str:
        """2026年第20周，5月11日–5月17日 / Week 20 of 2026, 11–17 May."""
        lang = lang or current_language()
        if self.week:
            year, week = self.week
            return (
                QT_TRANSLATE_NOOP("Report", "Week {week} of {year}, {days}")
                .render(lang)
                .format(week=week, year=year, days=span(self.start, self.end, lang))
            )
        return span(self.start, self.end, lang, with_year=True)


def span(start: date, end: date, lang: str | None = None, *, with_year: bool = False) -> str:
    """5月11日–5月17日, 2026年12月28日–2027年1月3日; 11–17 May, 28 Dec 2026 – 3 Jan 2027."""
    lang = lang or current_language()
    both_years = with_year or start.year != end.year
    if lang == EN:
        a, b = MONTHS[start.month - 1], MONTHS[end.month - 1]
        if both_years:
            return f"{start.day} {a} {start.year} – {end.day} {b} {end.year}"
        if start.month == end.month:
            return f"{start.day}–{end.day} {b}"
        return f"{start.day} {a} – {end.day} {b}"
    if both_years:
        return f"{start.year}年{start.month}月{start.day}日–{end.year}年{end.month}月{end.day}日"
    return f"{start.month}月{start.day}日–{end.month}月{end.day}日"


@dataclass(frozen=True)
class Scope:
    """All leads, one city, one field, or one city's field."""

    city_id: int | None = None
    field_id: int | None = None

    def lead_filter(self) -> LeadFilter:
        return LeadFilter(
            cities=(self.city_id,) if self.city_id is not None else (),
            fields=(self.field_id,) if self.field_id is not None else (),
        )

    @property
    def everything(self) -> bool:
        return self.city_id is None and self.field_id is None
