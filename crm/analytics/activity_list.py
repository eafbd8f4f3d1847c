"""The activities behind an activity figure (visits, calls … on the dashboard), one page at a
time with the total: a drill-down from "35 visits" lists those 35 visits, and each row opens
its lead. The rows are the ActivityFilter's own conditions, so the total equals the figure.

A confidential project appears under its codename, without its summary, to a viewer who may
not see it (crm.accounts.permissions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlmodel import col

from crm.accounts.permissions import sees_confidential
from crm.accounts.users import Actor
from crm.analytics.activity import ActivityFilter
from crm.analytics.projects import codename
from crm.db.models import Activity, Company, Lead
from crm.db.store import Store
from crm.reference import reference


@dataclass(frozen=True)
class ActivityRow:
    id: int
    lead_id: int
    occurred_on: date
    type_code: str
    user_id: int
    company: str
    project: str
    city_id: int
    summary: str
    masked: bool


@dataclass(frozen=True)
class ActivityPage:
    rows: list[ActivityRow]
    total: int
    offset: int


def list_activities(
    store: Store, viewer: Actor, flt: ActivityFilter, offset: int = 0, limit: int = 200
) -> ActivityPage:
    """Activities of ``flt``, the latest first, and how many there are in all."""
    ref = reference(store)
    conds = flt.conditions(store)
    q = (
        select(
            col(Activity.id),
            col(Activity.lead_id),
            col(Activity.occurred_on),
            col(Activity.type_id),
            col(Activity.user_id),
            col(Company.name),
            col(Lead.project_name),
            col(Lead.codename),
            col(Lead.confidential),
            col(Lead.city_id),
            col(Activity.summary),
        )
        .select_from(Activity)
        .join(Lead, col(Lead.id) == col(Activity.lead_id))
        .join(Company, col(Company.id) == col(Lead.company_id))
        .where(*conds)
        .order_by(col(Activity.occurred_on).desc(), col(Activity.id).desc())
        .offset(offset)
        .limit(limit)
    )
    count = (
        select(func.count())
        .select_from(Activity)
        .join(Lead, col(Lead.id) == col(Activity.lead_id))
        .where(*conds)
    )
    rows = []
    with store.read() as s:
        total = s.execute(count).scalar_one()
        for r in s.execute(q):
            masked = bool(r[8]) and not sees_confidential(viewer, r[9])
            item = ref.get(r[3])
            name = codename(r[7], r[1]) if masked else r[5]
            rows.append(
                ActivityRow(
                    id=r[0],
                    lead_id=r[1],
                    occurred_on=r[2],
                    type_code=item.code if item else "",
                    user_id=r[4],
                    company=name,
                    project=name if masked else r[6],
                    city_id=r[9],
                    summary="" if masked else r[10],
                    masked=masked,
                )
            )
    return ActivityPage(rows, int(total), offset)
