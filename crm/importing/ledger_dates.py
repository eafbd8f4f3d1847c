"""Dates a ledger writes without all their parts, read as the person who keeps it means them.

* Without a year (5月18日, 4.12, 5/8): the ledger's year — the one year its title lines, file
  name or sheet name give (2026年招商台账, 汇总表_20260515), else the year of the day it is
  read (the report date). A day that would then fall after the report date was written last
  year (a ledger of May that lists 11月3日): the year before, and the lead flagged, since the
  year is a guess. Dates that look forward (the next follow-up) are after the report date as
  a rule: only one half a year or more before it is taken for next year's (flagged).
* Without a day (2026年4月, 2026-03, 2025.12): the month is known, the day is not. The 1st of
  the month stands for it (a lead first contacted in March counts as new in March, not on the
  day of the import), the text kept in the notes, the lead not flagged: nothing is wrong.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from crm.i18n import QT_TRANSLATE_NOOP, Message

#: 5月18日 · 5.18 · 5/18 · 05-18 (month first, as Chinese writes it)
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*[日号]?$")
#: 2026年4月 · 2026-03 · 2025.12 · 2026/4
_YEAR_MONTH = re.compile(r"^(\d{4})\s*[年./-]\s*(\d{1,2})\s*月?(?:份)?$")
#: a year in a title or a name: 2026年, 2026-, _2026, 20260515 (a date written without signs)
#: days before the report date from which a forward-looking date is taken to be next year's
HALF_YEAR = 183
_YEAR = re.compile(r"(?<!\d)(20\d{2})(?:(?=年)|(?=[01]\d[0-3]\d(?!\d))|(?!\d))")


@dataclass(frozen=True)
class LedgerYear:
    """The year a ledger's year-less dates are in, and the report date that bounds them."""

    year: int
    today: date


@dataclass(frozen=True)
class PartialDate:
    """A date read from less than a full date: the day taken, and a note or a guess."""

    value: date
    note: Message
    guessed: bool


def ledger_year(texts: list[str], today: date) -> LedgerYear:
    """The one year the first of ``texts`` that names any gives (title lines, then the file's
    name, then the sheet's), else the report date's year. Years more than a year after the
    report date or ten before it are not a ledger's (a phone number, a sum)."""
    for text in texts:
        found = {
            int(m.group(1))
            for m in _YEAR.finditer(unicodedata.normalize("NFKC", text or ""))
            if today.year - 10 <= int(m.group(1)) <= today.year + 1
        }
        if len(found) == 1:
            return LedgerYear(found.pop(), today)
        if found:  # a title over two years (2025-2026年): the report date decides
            break
    return LedgerYear(today.year, today)


def partial_date(text: str, year: LedgerYear, *, ahead: bool = False) -> PartialDate | None:
    """``text`` as a date without its year or day (module docstring); None if it is neither.
    ``ahead``: a date that looks forward (the next follow-up, the day to look again), after
    the report date as a rule; half a year or more before it, it is next year's."""
    text = unicodedata.normalize("NFKC", text).strip()
    m = _MONTH_DAY.match(text)
    if m:
        month, day = int(m.group(1)), int(m.group(2))
        value = _day(year.year, month, day)
        if value is None:
            return None
        if ahead and (year.today - value).days >= HALF_YEAR:
            later = _day(year.year + 1, month, day)
            if later is None:
                return None
            return PartialDate(
                later,
                QT_TRANSLATE_NOOP(
                    "Import", "no year, and in {year} it would be long past: {later}"
                ).format(year=year.year, later=year.year + 1),
                True,
            )
        if ahead or value <= year.today:
            return PartialDate(
                value,
                QT_TRANSLATE_NOOP("Import", "no year: the ledger's {year}").format(year=year.year),
                False,
            )
        earlier = _day(year.year - 1, month, day)
        if earlier is None:
            return None
        return PartialDate(
            earlier,
            QT_TRANSLATE_NOOP(
                "Import", "no year, and in {year} it would be after the report date: {earlier}"
            ).format(year=year.year, earlier=year.year - 1),
            True,
        )
    m = _YEAR_MONTH.match(text)
    if m:
        value = _day(int(m.group(1)), int(m.group(2)), 1)
        if value is None:
            return None
        return PartialDate(
            value, QT_TRANSLATE_NOOP("Import", "only the month: the 1st stands for the day"), False
        )
    return None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
