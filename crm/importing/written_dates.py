"""Dates as other offices write them in a ledger, beside the forms crm.values.dates reads: in
English words (3 May 2026, May 3, 2026, Dec 30 2025) and with the day and month before the
year (18/04/2026, 04/18/2026). A person reads the second only when one of the two numbers is
past 12, so that it can be nothing else; 04/05/2026 is refused as ambiguous (the row flagged).

Only ledger cells are read this way: a date typed into the app or the command line keeps the
one unambiguous form crm.values.dates asks for.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from crm.errors import ParseError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.values.dates import parse_date

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


def written_date(text: str) -> date | None:
    """The date of a cell in one of these forms; None for text in none of them (ParseError
    for one that names no day of the calendar, or could be two days)."""
    text = unicodedata.normalize("NFKC", text).strip()
    if len(text) > 40:
        return None
    m = _DAY_MONTH_YEAR.match(text)
    if m:
        return _ymd(m.group(3), _month(m.group(2), text), m.group(1))
    m = _MONTH_DAY_YEAR.match(text)
    if m:
        return _ymd(m.group(3), _month(m.group(1), text), m.group(2))
    m = _TWO_THEN_YEAR.match(text)
    if m is None:
        return None
    a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
    if a > 12 >= b:
        return _ymd(year, b, a)
    if b > 12 >= a:
        return _ymd(year, a, b)
    if a <= 12 and b <= 12:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Parse", "'{text}' could be day/month or month/day: write it like 2026-05-18"
            ).format(text=text)
        )
    return None


def _ymd(year: str, month: int, day: str | int) -> date | None:
    """The date through crm.values.dates (its calendar and year checks, its messages)."""
    return parse_date(f"{year}-{int(month):02d}-{int(day):02d}")


def _month(word: str, text: str) -> int:
    number = _MONTHS.get(word[:3].casefold())
    if number is None or word.casefold() not in _MONTH_WORDS:
        raise ParseError(
            QT_TRANSLATE_NOOP("Parse", "'{text}' is not a date: write it like 2026-05-18").format(
                text=text
            )
        )
    return number


__all__ = ["written_date"]
