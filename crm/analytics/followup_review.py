"""Stale and at-risk leads per officer and per city, for the managers' weekly review.

The columns are the follow-up states of crm.pipeline.followup on the review's day — overdue below the
first threshold, flagged to the officer (3+ days), escalated to the manager (5+ days), at risk
(7+ days) — and the leads in play with no activity for 30 days (thresholds are team
settings). A lead counts for its owner and its city; every cell is a lead-list filter, so it
drills down to exactly its leads. Officers with nothing late are listed too (all clear is
worth seeing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from crm.analytics.figures import Figure, LeadMetric, lead_sums, merge, total
from crm.analytics.period import Scope
from crm.db.store import Store
from crm.leadlist.query import LeadFilter
from crm.pipeline.followup import LATE, FollowupState
from crm.reference import reference
from crm.values.names import pinyin_key

#: column key → the lead-list filter it counts
COLUMNS: dict[str, LeadFilter] = {
    "overdue": LeadFilter(followup=(FollowupState.OVERDUE,)),
    "officer": LeadFilter(followup=(FollowupState.OFFICER,)),
    "manager": LeadFilter(followup=(FollowupState.MANAGER,)),
    "at_risk": LeadFilter(followup=(FollowupState.AT_RISK,)),
    "late": LeadFilter(followup=LATE),
    "stale": LeadFilter(stale=True),
}


@dataclass(frozen=True)
class ReviewRow:
    """One officer (``user_id``) or one city (``user_id`` None) and its figures by column."""

    user_id: int | None
    name: str
    city_id: int | None
    figures: dict[str, Figure]

    @property
    def attention(self) -> float:
        """How much needs the manager: escalated and at-risk leads weigh most."""
        f = self.figures
        return 3 * f["at_risk"].value + 2 * f["manager"].value + f["officer"].value


@dataclass(frozen=True)
class FollowupReview:
    as_of: date
    scope: Scope
    officers: list[ReviewRow]
    cities: list[ReviewRow]
    total: ReviewRow


def _is(index: int, value: int | None) -> Callable[[tuple[Any, ...]], bool]:
    """A group's test: its ``index``-th key is ``value`` (an owner, a city)."""
    return lambda g: g[index] == value


def followup_review(
    store: Store, scope: Scope = Scope(), *, today: date | None = None
) -> FollowupReview:
    """Late follow-ups and quiet leads by officer and city on ``today``."""
    as_of = today or date.today()
    ref = reference(store)
    base = scope.lead_filter()
    groups = lead_sums(
        store,
        base,
        [LeadMetric(k, f) for k, f in COLUMNS.items()],
        ("owner_id", "city_id"),
        today=as_of,
    )

    def row(
        user_id: int | None,
        name: str,
        city_id: int | None,
        narrow: LeadFilter,
        where: Callable[[tuple[Any, ...]], bool],
    ) -> ReviewRow:
        return ReviewRow(
            user_id,
            name,
            city_id,
            {
                k: Figure(total(groups, k, where), leads=merge(base, f, narrow))
                for k, f in COLUMNS.items()
            },
        )

    people = {g[0] for g in groups}
    people |= {u.id for u in ref.officers(scope.city_id) if u.role == "officer"}
    officers = []
    for uid in people:
        user = ref.user(uid)
        officers.append(
            row(
                uid,
                user.display_name if user else str(uid),
                user.city_id if user else None,
                LeadFilter(owners=(uid,)),
                _is(0, uid),
            )
        )
    city_rank = {c.id: n for n, c in enumerate(ref.kind("city", active_only=False))}
    officers.sort(
        key=lambda r: (
            -r.attention,
            city_rank.get(r.city_id, 99) if r.city_id is not None else 99,
            pinyin_key(r.name),
            r.user_id,
        )
    )
    shown = {g[1] for g in groups} | {c.id for c in ref.kind("city") if c.tag == "core"}
    if scope.city_id is not None:
        shown = {scope.city_id}
    cities = [
        row(None, ref.label(c), c, LeadFilter(cities=(c,)), _is(1, c))
        for c in sorted(shown, key=lambda c: city_rank.get(c, 99))
    ]
    everything = row(None, "", None, LeadFilter(), lambda g: True)
    return FollowupReview(as_of, scope, officers, cities, everything)
