"""Activities (跟进记录) counted for the reports: per day, type, officer, city and field.

An activity counts for the city and field of its lead and for the officer who logged it;
activities that were deleted, or whose lead was deleted, do not count. Visits are the two
face-to-face types: 拜访 (we visit the company) and 来访考察 (the company visits us).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol

from sqlalchemy import ColumnElement, and_, case, func, not_, select
from sqlalchemy.orm import Mapped
from sqlmodel import col

from crm.db.models import Activity, Lead
from crm.db.store import Store
from crm.reference import reference

VISIT_TYPES = ("visit", "inbound")
# an activity group of the reports: (officer, city, field), as ids
ActivityGroup = tuple[int, int, int]


class Span(Protocol):
    """Anything with a first and a last day (a period, a week)."""

    @property
    def start(self) -> date: ...

    @property
    def end(self) -> date: ...


@dataclass(frozen=True)
class ActivityFilter:
    """The activities behind a figure (for an activity list; all fields narrow)."""

    start: date
    end: date
    cities: tuple[int, ...] = ()
    fields: tuple[int, ...] = ()
    users: tuple[int, ...] = ()
    # activity type codes (crm reference kind "activity_type")
    types: tuple[str, ...] = ()
    key_project: bool | None = None

    def conditions(self, store: Store) -> list[ColumnElement[bool]]:
        """Conditions on ``activity`` joined with ``lead``."""
        c = [
            col(Activity.deleted_at).is_(None),
            col(Lead.deleted_at).is_(None),
            col(Activity.occurred_on) >= self.start,
            col(Activity.occurred_on) <= self.end,
        ]
        if self.cities:
            c.append(col(Lead.city_id).in_(self.cities))
        if self.fields:
            c.append(col(Lead.field_id).in_(self.fields))
        if self.users:
            c.append(col(Activity.user_id).in_(self.users))
        if self.types:
            ref = reference(store)
            ids = [ref.id_of("activity_type", t) for t in self.types]
            c.append(col(Activity.type_id).in_(ids))
        if self.key_project is not None:
            c.append(col(Lead.is_key).is_(self.key_project))
        return c


def visits_of(flt: ActivityFilter) -> ActivityFilter:
    """The same activities, visits only."""
    return replace(flt, types=VISIT_TYPES)


def within(flt: ActivityFilter, start: date, end: date) -> ActivityFilter:
    """The same activities over another period."""
    return replace(flt, start=start, end=end)


def count_activities(store: Store, flt: ActivityFilter) -> int:
    """How many activities a filter holds (what an activity list would show)."""
    q = (
        select(func.count())
        .select_from(Activity)
        .join(Lead, col(Lead.id) == col(Activity.lead_id))
        .where(*flt.conditions(store))
    )
    with store.read() as s:
        return int(s.execute(q).scalar_one())


@dataclass
class ActivityCounts:
    """Counts of one slice of activities by type code, with the two sums the reports show."""

    by_type: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_type.values())

    @property
    def visits(self) -> int:
        return sum(self.by_type.get(t, 0) for t in VISIT_TYPES)


def _lead_conditions(flt: ActivityFilter) -> list[ColumnElement[bool]]:
    """Live leads of the filter's cities, fields and key flag."""
    c: list[ColumnElement[bool]] = [col(Lead.deleted_at).is_(None)]
    if flt.cities:
        c.append(col(Lead.city_id).in_(flt.cities))
    if flt.fields:
        c.append(col(Lead.field_id).in_(flt.fields))
    if flt.key_project is not None:
        c.append(col(Lead.is_key).is_(flt.key_project))
    return c


def _own(
    store: Store,
    flt: ActivityFilter,
    start: date,
    end: date,
    day: Mapped[date] | ColumnElement[date] = col(Activity.occurred_on),
) -> list[ColumnElement[bool]]:
    """Conditions on the activity rows themselves (no join); ``day`` is how the day column
    is written."""
    c = [col(Activity.deleted_at).is_(None), day >= start, day <= end]
    if flt.users:
        c.append(col(Activity.user_id).in_(flt.users))
    if flt.types:
        ref = reference(store)
        c.append(col(Activity.type_id).in_([ref.id_of("activity_type", t) for t in flt.types]))
    return c


def _type_code(store: Store, type_id: int) -> str:
    item = reference(store).get(type_id)
    return item.code if item else "other"


def activity_grid(
    store: Store, periods: list[tuple[date, date]], scope: ActivityFilter
) -> list[dict[ActivityGroup, ActivityCounts]]:
    """For each period (disjoint): {(user, city, field) → counts by type}.

    The periods' activities are read from the day index alone, each joined with its lead
    (grouped by values no index is ordered by, so that SQLite reads the day index)."""
    lo, hi = min(p[0] for p in periods), max(p[1] for p in periods)
    bucket = case(
        *((col(Activity.occurred_on).between(a, b), n) for n, (a, b) in enumerate(periods)),
        else_=-1,
    )
    keys = (
        bucket,
        func.coalesce(col(Activity.user_id), col(Activity.user_id)),
        col(Lead.city_id),
        col(Lead.field_id),
        col(Activity.type_id),
    )
    q = (
        select(*keys, func.count())
        .select_from(Activity)
        .join(Lead, col(Lead.id) == col(Activity.lead_id))
        .where(*_own(store, scope, lo, hi), *_lead_conditions(scope))
        .group_by(*keys)
    )
    out: list[dict[ActivityGroup, ActivityCounts]] = [{} for _ in periods]
    with store.read() as s:
        for n, user, city, field, type_id, count in s.execute(q):
            if n < 0:
                continue
            counts = out[n].setdefault((user, city, field), ActivityCounts({})).by_type
            code = _type_code(store, type_id)
            counts[code] = counts.get(code, 0) + int(count)
    return out


def activity_days(
    store: Store, start: date, end: date, scope: ActivityFilter
) -> dict[date, ActivityCounts]:
    """{day → counts by type} for the activities of [start, end] in ``scope``.

    Months of activities are read from the day index alone (ix_activity_day carries the type,
    the lead and deleted_at), in its order. Without a city, field or key-project scope the
    activities of deleted leads (few) are counted apart and taken off, rather than looking
    every activity's lead up."""
    others = select(col(Lead.id)).where(not_(and_(*_lead_conditions(scope))))
    cols = (col(Activity.occurred_on), col(Activity.type_id))
    everyone = not (scope.cities or scope.fields or scope.key_project is not None)
    counted = select(*cols, func.count()).where(*_own(store, scope, start, end))
    if not everyone:
        counted = counted.where(col(Activity.lead_id).not_in(others))
    out: dict[date, ActivityCounts] = {}
    with store.read() as s:
        rows = [(d, t, int(n)) for d, t, n in s.execute(counted.group_by(*cols))]
        if everyone:
            taken = select(*cols, func.count()).where(
                *_own(store, scope, start, end), col(Activity.lead_id).in_(others)
            )
            rows += [(d, t, -int(n)) for d, t, n in s.execute(taken.group_by(*cols))]
    for day_, type_id, count in rows:
        counts = out.setdefault(day_, ActivityCounts({})).by_type
        code = _type_code(store, type_id)
        counts[code] = counts.get(code, 0) + count
    for day_counts in out.values():  # a (day, type) whose activities all belong to deleted leads
        for code in [c for c, n in day_counts.by_type.items() if n == 0]:
            del day_counts.by_type[code]
    return {d: c for d, c in out.items() if c.by_type}


def sum_days(days: dict[date, ActivityCounts], period: Span) -> ActivityCounts:
    """The counts of the days within ``period`` (anything with start and end)."""
    out: dict[str, int] = {}
    for day, counts in days.items():
        if period.start <= day <= period.end:
            for code, n in counts.by_type.items():
                out[code] = out.get(code, 0) + n
    return ActivityCounts(out)


def summed(
    groups: dict[ActivityGroup, ActivityCounts],
    where: Callable[[ActivityGroup], bool] = lambda g: True,
) -> ActivityCounts:
    """The counts of every group ``where`` accepts, added up."""
    out: dict[str, int] = {}
    for g, counts in groups.items():
        if where(g):
            for code, n in counts.by_type.items():
                out[code] = out.get(code, 0) + n
    return ActivityCounts(out)
