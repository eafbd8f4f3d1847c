"""The grouped queries behind the managers' dashboard, each reading only what it needs.

The weekly report's ``lead_pass`` reads every lead with its whole history to get many figures
at once; the dashboard needs few of them, refreshed often, so it asks for each directly:

* ``landed_pass`` — projects first landed (first arrival at 落地 or later) per period, from
  the stage history rows that reach 落地 only (the lead list's ``reached_*`` filter);
* ``created_pass`` — leads created per period (the lead list's ``created_*`` filter);
* ``activity_pass`` — activities per day, officer and type, for the trend and the officer
  table at once (crm.analytics.activity's rules: deleted activities and leads count nowhere).

Periods are cut into pieces as in crm.analytics.passes, so each period's figure is the sum of
its pieces and equals its drill-down.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, not_, select

from crm.analytics.activity import ActivityCounts, ActivityFilter, _lead_conditions
from crm.analytics.figures import lead_where, merge
from crm.analytics.history import first_arrivals
from crm.analytics.passes import Cuts, Groups, per_period
from crm.analytics.period import Period
from crm.db.models import Activity, Lead
from crm.db.store import Store
from crm.lead_query import LeadFilter
from crm.reference import reference


def _grouped(store: Store, q, n_cols: int) -> dict[int, Groups]:
    pieces: dict[int, Groups] = {}
    with store.read() as s:
        for row in s.execute(q):
            group, piece, count = tuple(row[:n_cols]), row[n_cols], row[n_cols + 1]
            values = pieces.setdefault(piece, {}).setdefault(group, {})
            values["count"] = values.get("count", 0) + int(count)
    return pieces


def landed_pass(
    store: Store,
    base: LeadFilter,
    periods: list[Period],
    counted: tuple[int, ...],
    group_by: tuple[str, ...],
    *,
    today: date,
) -> list[Groups]:
    """Projects (of the counted business types) first landed in each period."""
    cuts = Cuts(periods)
    span = cuts.span
    arrivals = first_arrivals("landed", span.start, span.end)
    cols = [getattr(Lead, g) for g in group_by]
    piece = cuts.piece(arrivals.c.day)
    q = (
        select(*cols, piece, func.count())
        .select_from(Lead.__table__.join(arrivals, arrivals.c.lead_id == Lead.id))
        .where(*lead_where(store, merge(base, LeadFilter(business_types=counted)), today))
        .group_by(*cols, piece)
    )
    return per_period(_grouped(store, q, len(cols)), cuts, periods)


def created_pass(
    store: Store, base: LeadFilter, periods: list[Period], group_by: tuple[str, ...], *, today: date
) -> list[Groups]:
    """Leads created in each period."""
    cuts = Cuts(periods)
    span = cuts.span
    cols = [getattr(Lead, g) for g in group_by]
    piece = cuts.piece(Lead.created_at, instants=True)
    flt = merge(base, LeadFilter(created_from=span.start, created_to=span.end))
    q = (
        select(*cols, piece, func.count())
        .select_from(Lead)
        .where(*lead_where(store, flt, today))
        .group_by(*cols, piece)
    )
    return per_period(_grouped(store, q, len(cols)), cuts, periods)


def activity_pass(
    store: Store, start: date, end: date, scope: ActivityFilter
) -> dict[tuple[date, int], ActivityCounts]:
    """{(day, officer) → counts by type code} for the activities of [start, end] in ``scope``
    (its cities, fields and key flag; its own dates and types are not used)."""
    ref = reference(store)
    others = select(Lead.id).where(not_(and_(*_lead_conditions(scope))))
    q = (
        select(Activity.occurred_on, Activity.user_id, Activity.type_id, func.count())
        .where(
            Activity.deleted_at.is_(None),
            Activity.occurred_on >= start,
            Activity.occurred_on <= end,
            Activity.lead_id.not_in(others),
        )
        .group_by(Activity.occurred_on, Activity.user_id, Activity.type_id)
    )
    out: dict[tuple[date, int], ActivityCounts] = {}
    with store.read() as s:
        for day, user, type_id, count in s.execute(q):
            item = ref.get(type_id)
            code = item.code if item else "other"
            counts = out.setdefault((day, user), ActivityCounts({})).by_type
            counts[code] = counts.get(code, 0) + int(count)
    return out


def activities_within(
    counts: dict[tuple[date, int], ActivityCounts], period: Period, user: int | None = None
) -> ActivityCounts:
    """The counts of ``period`` (of one officer, or of everyone)."""
    out: dict[str, int] = {}
    for (day, uid), c in counts.items():
        if period.start <= day <= period.end and (user is None or uid == user):
            for code, n in c.by_type.items():
                out[code] = out.get(code, 0) + n
    return ActivityCounts(out)


def officers_in(counts: dict[tuple[date, int], ActivityCounts], period: Period) -> set[int]:
    return {uid for (day, uid) in counts if period.start <= day <= period.end}
