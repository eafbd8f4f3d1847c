"""The activity query behind the managers' dashboard: activities per day, officer and type,
for the trend and the officer table at once (crm.analytics.activity's rules: deleted
activities and leads count nowhere). Its lead figures come from crm.analytics.passes, the
same grouped queries as the weekly report's.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, not_, select
from sqlmodel import col

from crm.analytics.activity import ActivityCounts, ActivityFilter, _lead_conditions
from crm.analytics.period import Period
from crm.db.models import Activity, Lead
from crm.db.store import Store
from crm.reference import reference


def activity_pass(
    store: Store, start: date, end: date, scope: ActivityFilter
) -> dict[tuple[date, int], ActivityCounts]:
    """{(day, officer) → counts by type code} for the activities of [start, end] in ``scope``
    (its cities, fields and key flag; its own dates and types are not used)."""
    ref = reference(store)
    others = select(col(Lead.id)).where(not_(and_(*_lead_conditions(scope))))
    q = (
        select(
            col(Activity.occurred_on), col(Activity.user_id), col(Activity.type_id), func.count()
        )
        .where(
            col(Activity.deleted_at).is_(None),
            col(Activity.occurred_on) >= start,
            col(Activity.occurred_on) <= end,
            col(Activity.lead_id).not_in(others),
        )
        .group_by(col(Activity.occurred_on), col(Activity.user_id), col(Activity.type_id))
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
