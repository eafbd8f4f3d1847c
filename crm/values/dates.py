"""Dates as people write them, and ISO weeks.

Accepted: 2026-05-18, 2026/5/18, 2026.5.18, 2026年5月18日, 20260518 (with an optional time
after it), English dates (3 May 2026, May 3, 2026, Dec 30 2025), date/datetime objects, and
Excel day serials when the caller says the value came from a spreadsheet cell. A date written
day and month before the year (18/04/2026, 04/18/2026) is read only when one of the two is past
12, so that it can be nothing else; 04/05/2026 is refused as ambiguous. Parsing is done by the
standard library's strptime on a normalised string.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from crm.errors import ParseError
from crm.i18n import QT_TRANSLATE_NOOP

_EXCEL_EPOCH = date(1899, 12, 30)
_YMD = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ tT].*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
#: 18/04/2026 · 04-18-2026 · 18.04.2026: day and month (in either order) before the year
_TWO_THEN_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ tT].*)?$")
#: the English months (not the locale's: a ledger's English is English wherever it is read)
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
#: a month written short (May, Sep, Sept.) or in full
_MONTHS = {n[:3]: i for i, n in enumerate(_MONTH_NAMES, 1)}
_MONTH_WORDS = {*_MONTH_NAMES, *_MONTHS, "sept"}
_MONTH_WORD = r"([A-Za-z]{3,9})\.?"
#: 3 May 2026 · 3-May-2026 · 3rd May, 2026
_DAY_MONTH_YEAR = re.compile(
    rf"^(\d{{1,2}})(?:st|nd|rd|th)?[\s\-/]+{_MONTH_WORD},?[\s\-/]+(\d{{4}})$"
)
#: May 3, 2026 · Dec 30 2025
_MONTH_DAY_YEAR = re.compile(
    rf"^{_MONTH_WORD}[\s\-/]+(\d{{1,2}})(?:st|nd|rd|th)?,?[\s\-/]+(\d{{4}})$"
)
MIN_YEAR, MAX_YEAR = 1949, 2100


def parse_date(raw: object, *, excel_serial: bool = False) -> date | None:
    """Return a date, ``None`` for empty input, or raise ParseError with the reason."""
    if raw is None:
        return None
    if isinstance(raw, datetime):
        return _checked(raw.date())
    if isinstance(raw, date):
        return _checked(raw)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if excel_serial and 1 <= raw < 2958466:
            return _checked(_EXCEL_EPOCH + timedelta(days=int(raw)))
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "{text} is not a date").format(text=raw))
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if not text:
        return None
    if len(text) > 40:
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "too long to be a date"))
    m = _YMD.match(text) or _COMPACT.match(text)
    if m:
        y, mo, d = m.groups()
    else:
        y, mo, d = _other_orders(text)
    try:
        value = datetime.strptime(f"{y}-{int(mo):02d}-{int(d):02d}", "%Y-%m-%d").date()
    except ValueError:
        raise ParseError(
            QT_TRANSLATE_NOOP("Parse", "{text} is not a day of the calendar").format(text=text)
        ) from None
    return _checked(value)


def _other_orders(text: str) -> tuple[str, str, str]:
    """(year, month, day) of a date written with its year last: in English words, or as two
    numbers of which only one can be a month."""
    m = _DAY_MONTH_YEAR.match(text)
    if m:
        return m.group(3), _month(m.group(2), text), m.group(1)
    m = _MONTH_DAY_YEAR.match(text)
    if m:
        return m.group(3), _month(m.group(1), text), m.group(2)
    m = _TWO_THEN_YEAR.match(text)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if a > 12 >= b:
            return year, str(b), str(a)
        if b > 12 >= a:
            return year, str(a), str(b)
        if a <= 12 and b <= 12:
            raise ParseError(
                QT_TRANSLATE_NOOP(
                    "Parse",
                    "'{text}' could be day/month or month/day: write it like 2026-05-18",
                ).format(text=text)
            )
    raise ParseError(
        QT_TRANSLATE_NOOP(
            "Parse", "'{text}' is not a date: write it like 2026-05-18 or 2026年5月18日"
        ).format(text=text)
    )


def _month(word: str, text: str) -> str:
    number = _MONTHS.get(word[:3].casefold())
    if number is None or word.casefold() not in _MONTH_WORDS:
        raise ParseError(
            QT_TRANSLATE_NOOP("Parse", "'{text}' is not a date: write it like 2026-05-18").format(
                text=text
            )
        )
    return str(number)


def _checked(value: date) -> date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ParseError(
            QT_TRANSLATE_NOOP("Parse", "the year {year} is out of range").format(year=value.year)
        )
    return value


def iso_week_bounds(year: int, week: int) -> tuple[date, date]:
    """Monday and Sunday of ISO week ``week`` of ``year``; ParseError if it does not exist."""
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ParseError(
            QT_TRANSLATE_NOOP("Parse", "{year} has no ISO week {week}").format(year=year, week=week)
        ) from None
    return monday, monday + timedelta(days=6)


def parse_iso_week(text: str) -> tuple[int, int]:
    """ "2026-W20" or "2026W20" or "2026-20" → (2026, 20), checked to exist."""
    m = re.fullmatch(r"\s*(\d{4})-?[Ww]?(\d{1,2})\s*", text or "")
    if not m:
        raise ParseError(
            QT_TRANSLATE_NOOP("Parse", "'{text}' is not a week: write it like 2026-W20").format(
                text=text
            )
        )
    year, week = int(m.group(1)), int(m.group(2))
    iso_week_bounds(year, week)
    return year, week


def last_complete_week(today: date) -> tuple[int, int]:
    """The last ISO week that ended before ``today`` (Monday to Sunday)."""
    last_sunday = today - timedelta(days=today.isoweekday())
    iso = last_sunday.isocalendar()
    return iso.year, iso.week
