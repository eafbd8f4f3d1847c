"""Which backups to keep: everything from today and yesterday, then the newest backup of each
of the last ``daily`` days that have one, then of ``weekly`` ISO weeks, then of ``monthly``
months (Anki's scheme, whose defaults are 12 / 10 / 9). Pure: it takes times, returns the
ones to delete, and knows nothing about files.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar


@dataclass(frozen=True)
class Limits:
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


def _week(d: date) -> tuple[int, int]:
    iso = d.isocalendar()
    return iso[0], iso[1]


K = TypeVar("K", bound=Hashable)


def obsolete(
    backups: Iterable[tuple[K, datetime]], now: datetime, limits: Limits = Limits()
) -> list[K]:
    """The keys of the backups to delete, newest first. ``backups``: (key, local time)."""
    yesterday = now.date().toordinal() - 1
    left = {"daily": limits.daily, "weekly": limits.weekly, "monthly": limits.monthly}
    last_day: Any = None
    last_week: Any = None
    last_month: Any = None
    out: list[K] = []
    for key, when in sorted(backups, key=lambda kv: kv[1], reverse=True):
        day = when.date()
        week, month = _week(day), (day.year, day.month)
        keep = False
        if day.toordinal() >= yesterday:
            keep = True  # the grace period: nothing recent is thinned
        else:
            periods: tuple[tuple[str, Any, Any], ...] = (
                ("daily", day, last_day),
                ("weekly", week, last_week),
                ("monthly", month, last_month),
            )
            for stage, current, last in periods:
                if left[stage] > 0:
                    # the newest backup of a period older than the last one kept
                    if last is None or current < last:
                        keep = True
                        left[stage] -= 1
                    break
        if keep:
            last_day, last_week, last_month = day, week, month
        else:
            out.append(key)
    return out
