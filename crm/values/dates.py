"""Dates as people write them, and ISO weeks.

Accepted: 2026-05-18, 2026/5/18, 2026.5.18, 2026年5月18日, 20260518 (with an optional time
after it), date/datetime objects, and Excel day serials when the caller says the value came
from a spreadsheet cell. Day-first and month-first forms (18/05/2026) are refused as
ambiguous. Parsing is done by the standard library's strptime on a normalised string.
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
    if not m:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Parse", "'{text}' is not a date: write it like 2026-05-18 or 2026年5月18日"
            ).format(text=text)
        )
    y, mo, d = m.groups()
    try:
        value = datetime.strptime(f"{y}-{int(mo):02d}-{int(d):02d}", "%Y-%m-%d").date()
    except ValueError:
        raise ParseError(
            QT_TRANSLATE_NOOP("Parse", "{text} is not a day of the calendar").format(text=text)
        ) from None
    return _checked(value)


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
