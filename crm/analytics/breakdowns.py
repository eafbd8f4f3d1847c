"""The report's figures broken down by city, field and officer, from the grouped lead figures
(city × field × owner) and activity counts (officer × city × field).

Activities count for the officer who logged them; lead figures for the lead's owner (the lead
list filters by owner, so an officer's figure drills down to the officer's leads). The tables
always show the three sci-tech cities and the three focus fields; other cities and fields
appear when they hold leads or activities.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TypedDict

from crm.analytics.activity import (
    ActivityCounts,
    ActivityFilter,
    ActivityGroup,
    summed,
    visits_of,
)
from crm.analytics.figures import Figure, GroupKey, merge
from crm.analytics.labels import Labels
from crm.analytics.metrics import HEADLINE, STATE_KEYS, WITH_PREVIOUS, YTD_KEYS, metric_filter
from crm.analytics.passes import Groups
from crm.analytics.period import Period, Scope
from crm.analytics.ytd import TargetProgress, Ytd, elapsed_share, progress
from crm.leadlist.query import LeadFilter
from crm.reference import ReferenceData
from crm.targets.annual import TargetValue
from crm.values.names import pinyin_key

# activity figures and the activity types they count (empty: all)
ACTIVITY_TYPES = {"activities": (), "visits": None, "calls": ("call",), "meetings": ("meeting",)}
TABLE_KEYS = (
    "new_leads",
    "activities",
    "visits",
    "advanced",
    "signed",
    "signed_investment",
    "landed",
)
OFFICER_KEYS = (
    "activities", "visits", "calls", "meetings", "new_leads", "advanced", "signed", "overdue", "stale",
)  # fmt: skip
CITY_KEYS = (
    "activities", "visits", "new_leads", "advanced", "signed", "signed_investment", "landed",
    "overdue", "stale",
)  # fmt: skip


@dataclass(frozen=True)
class CityFieldTable:
    """One figure by city (rows) × field (columns); None stands for the total."""

    key: str
    cells: dict[tuple[int | None, int | None], Figure]

    def get(self, city_id: int | None, field_id: int | None) -> Figure:
        return self.cells.get((city_id, field_id), Figure(0))


@dataclass(frozen=True)
class OfficerRow:
    user_id: int
    name: str
    city_id: int | None
    figures: dict[str, Figure]


@dataclass(frozen=True)
class CityRow:
    city_id: int
    figures: dict[str, Figure]


@dataclass(frozen=True)
class Parts:
    headline: dict[str, Figure]
    state: dict[str, Figure]
    tables: dict[str, CityFieldTable]
    cities: tuple[int, ...]
    fields: tuple[int, ...]
    officers: list[OfficerRow]
    by_city: list[CityRow]
    ytd: Ytd


class ActivityNarrowing(TypedDict, total=False):
    """The ActivityFilter fields a slice narrows (crm.analytics.activity)."""

    cities: tuple[int, ...]
    fields: tuple[int, ...]
    users: tuple[int, ...]


#: names a slice: its kind and the ids that select it
SliceKey = tuple[str | int | None, ...]


@dataclass(frozen=True)
class Slice:
    """A part of the scope: a lead-list filter and activity filter fields that select it, and
    the matching predicates on lead groups (city, field, owner) and activity groups (user,
    city, field)."""

    leads: LeadFilter
    #: ActivityFilter fields and their values ("cities", "fields", "users")
    activities: ActivityNarrowing
    lead_group: Callable[[GroupKey], bool]
    activity_group: Callable[[ActivityGroup], bool]
    #: names the slice (figures of one slice read its groups once)
    key: SliceKey = ()


EVERYTHING = Slice(LeadFilter(), {}, lambda g: True, lambda g: True, ("all",))


def city_field_slice(city: int | None, field: int | None) -> Slice:
    return Slice(
        LeadFilter(
            cities=(city,) if city is not None else (), fields=(field,) if field is not None else ()
        ),
        _narrowing(city, field),
        lambda g: (city is None or g[0] == city) and (field is None or g[1] == field),
        lambda g: (city is None or g[1] == city) and (field is None or g[2] == field),
        ("city_field", city, field),
    )


def _narrowing(city: int | None, field: int | None) -> ActivityNarrowing:
    out: ActivityNarrowing = {}
    if city is not None:
        out["cities"] = (city,)
    if field is not None:
        out["fields"] = (field,)
    return out


def officer_slice(user_id: int) -> Slice:
    return Slice(
        LeadFilter(owners=(user_id,)),
        {"users": (user_id,)},
        lambda g: g[2] == user_id,
        lambda g: g[0] == user_id,
        ("officer", user_id),
    )


class Figures:
    """Builds a figure of any key for any slice from the grouped counts."""

    def __init__(
        self,
        base: LeadFilter,
        act_scope: ActivityFilter,
        groups: Groups,
        acts: dict[ActivityGroup, ActivityCounts],
        acts_prev: ActivityCounts,
        period: Period,
        previous: Period,
        ytd: Period,
        counted: tuple[int, ...],
        as_of: date,
    ) -> None:
        self.base, self.act_scope = base, act_scope
        self.groups, self.acts, self.acts_prev = groups, acts, acts_prev
        self.filter_args = (period, previous, ytd, counted, as_of)
        self._rows: dict[SliceKey, list[dict[str, float]]] = {}
        self._acts: dict[SliceKey, ActivityCounts] = {}

    def _of(self, part: Slice) -> list[dict[str, float]]:
        """The lead groups of a slice (found once per slice, not once per figure)."""
        rows = self._rows.get(part.key) if part.key else None
        if rows is None:
            rows = [v for g, v in self.groups.items() if part.lead_group(g)]
            if part.key:
                self._rows[part.key] = rows
        return rows

    def lead(self, key: str, part: Slice) -> Figure:
        rows = self._of(part)
        prev = sum(v.get(key + "_prev", 0) for v in rows) if key in WITH_PREVIOUS else None
        flt = merge(self.base, metric_filter(key, *self.filter_args), part.leads)
        return Figure(sum(v.get(key, 0) for v in rows), prev, leads=flt)

    def activity(self, key: str, part: Slice) -> Figure:
        types = ACTIVITY_TYPES[key]
        flt = replace(self.act_scope, **part.activities)
        flt = visits_of(flt) if types is None else replace(flt, types=types)

        def pick(counts: ActivityCounts) -> int:
            if types is None:
                return counts.visits
            return sum(n for t, n in counts.by_type.items() if not types or t in types)

        # the period before is known for the whole scope (the headline) only
        prev = pick(self.acts_prev) if part is EVERYTHING else None
        counts = self._acts.get(part.key) if part.key else None
        if counts is None:
            counts = summed(self.acts, part.activity_group)
            if part.key:
                self._acts[part.key] = counts
        return Figure(pick(counts), prev, activities=flt)

    def __call__(self, key: str, part: Slice = EVERYTHING) -> Figure:
        return self.activity(key, part) if key in ACTIVITY_TYPES else self.lead(key, part)


def breakdowns(
    ref: ReferenceData,
    labels: Labels,
    scope: Scope,
    figures: Figures,
    targets: list[TargetValue],
    ytd: Period,
) -> Parts:
    groups, acts = figures.groups, figures.acts
    headline = {k: figures(k) for k in HEADLINE}
    state = {k: figures(k) for k in STATE_KEYS}
    cities = _shown(
        scope.city_id,
        labels.city_order,
        labels.core_cities,
        {g[0] for g in groups} | {g[1] for g in acts},
    )
    fields = _shown(
        scope.field_id,
        labels.field_order,
        labels.focus_fields,
        {g[1] for g in groups} | {g[2] for g in acts},
    )
    tables = {
        key: CityFieldTable(
            key,
            {
                (c, f): figures(key, city_field_slice(c, f))
                for c in (*cities, None)
                for f in (*fields, None)
            },
        )
        for key in TABLE_KEYS
    }
    by_city = [
        CityRow(c, {k: figures(k, city_field_slice(c, None)) for k in CITY_KEYS}) for c in cities
    ]
    people: set[int] = {g[2] for g in groups} | {g[0] for g in acts}
    people |= {u.id for u in ref.officers(scope.city_id) if u.role == "officer"}
    officers = []
    for uid in people:
        user = ref.user(uid)
        officers.append(
            OfficerRow(
                uid,
                user.display_name if user else str(uid),
                user.city_id if user else None,
                {k: figures(k, officer_slice(uid)) for k in OFFICER_KEYS},
            )
        )
    rank: dict[int | None, int] = {c: n for n, c in enumerate(labels.city_order)}
    officers.sort(
        key=lambda o: (
            rank.get(o.city_id, len(rank)),
            -o.figures["activities"].value,
            pinyin_key(o.name),
            o.user_id,
        )
    )

    def ytd_rows(city: int | None, field: int | None) -> list[TargetProgress]:
        part = city_field_slice(city, field)
        actual = {k: figures("ytd_" + k, part) for k in YTD_KEYS}
        return progress(
            actual,
            targets,
            city if city is not None else scope.city_id,
            field if field is not None else scope.field_id,
        )

    ytd_parts = Ytd(
        ytd,
        elapsed_share(ytd),
        ytd_rows(None, None),
        {c: ytd_rows(c, None) for c in cities},
        {f: ytd_rows(None, f) for f in fields},
    )
    return Parts(headline, state, tables, cities, fields, officers, by_city, ytd_parts)


def _shown(
    chosen: int | None, order: tuple[int, ...], always: frozenset[int], seen: set[int | None]
) -> tuple[int, ...]:
    if chosen is not None:
        return (chosen,)
    return tuple(i for i in order if i in always or i in seen)


__all__ = ["breakdowns", "Figures", "CityFieldTable", "OfficerRow", "CityRow"]
