"""The raw rows of a period for the workbook: the leads that were new or moved, and the
activities logged, with the names resolved so they can be filtered and pivoted as they are.

Circulated like the rest of the report: a confidential project shows its codename and no
company, credit code, summary or next step; participants (who took part, often the company's
people) are never included. Days of creation are UTC days, as the lead list filters them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import and_, or_, select
from sqlmodel import col

from crm.accounts.permissions import sees_confidential
from crm.accounts.users import Actor
from crm.analytics.figures import lead_where
from crm.analytics.labels import Name
from crm.analytics.period import Period
from crm.analytics.projects import codename
from crm.db.models import Activity, Company, Lead
from crm.db.store import Store
from crm.leadlist.query import LeadFilter
from crm.pipeline.followup import FollowupState
from crm.pipeline.followup import state as followup_state
from crm.pipeline.history import moved
from crm.reference import reference
from crm.team_settings import followup_thresholds


@dataclass(frozen=True)
class LeadRaw:
    id: int
    company: str
    project: str
    credit_code: str | None
    masked: bool
    city_id: int
    field_id: int
    subfield: Name | None
    project_type: Name | None
    business_type_id: int
    source: Name | None
    owner_id: int
    stage: str
    stage_date: date
    planned_investment: float | None
    agreed_investment: float | None
    funds_in_place: float | None
    expected_jobs: int | None
    is_key: bool
    is_hightech: bool
    created_on: date
    first_signed_on: date | None
    last_activity_on: date | None
    next_followup: date | None
    followup: FollowupState
    is_new: bool


@dataclass(frozen=True)
class ActivityRaw:
    id: int
    occurred_on: date
    type_code: str
    user_id: int
    lead_id: int
    company: str
    project: str
    masked: bool
    city_id: int
    field_id: int
    stage: str
    is_key: bool
    summary: str
    next_step: str | None
    next_followup: date | None


@dataclass(frozen=True)
class RawRows:
    leads: list[LeadRaw]
    activities: list[ActivityRaw]


def _day(value: datetime) -> date:
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.date()


def raw_rows(
    store: Store, base: LeadFilter, period: Period, *, as_of: date, viewer: Actor | None = None
) -> RawRows:
    ref = reference(store)
    th = followup_thresholds(store)

    def name(item_id: int | None) -> Name | None:
        item = ref.get(item_id)
        return Name(item.name_zh, item.name_en) if item else None

    def hidden(confidential: bool | None, city_id: int | None) -> bool:
        return bool(confidential) and not (viewer and sees_confidential(viewer, city_id))

    new = and_(
        *lead_where(
            store,
            LeadFilter(first_contact_from=period.start, first_contact_to=period.end),
            as_of,
        )
    )
    lq = (
        select(Lead, col(Company.name), col(Company.credit_code), new.label("is_new"))
        .join(Company, col(Company.id) == col(Lead.company_id))
        .where(
            *lead_where(store, base, as_of),
            or_(new, col(Lead.id).in_(moved(period.start, period.end))),
        )
        .order_by(col(Lead.id))
    )
    aq = (
        select(
            col(Activity.id),
            col(Activity.occurred_on),
            col(Activity.type_id),
            col(Activity.user_id),
            col(Activity.lead_id),
            col(Activity.summary),
            col(Activity.next_step),
            col(Activity.next_followup),
            col(Company.name),
            col(Lead.project_name),
            col(Lead.codename),
            col(Lead.confidential),
            col(Lead.city_id),
            col(Lead.field_id),
            col(Lead.stage),
            col(Lead.is_key),
        )
        .join(Lead, col(Lead.id) == col(Activity.lead_id))
        .join(Company, col(Company.id) == col(Lead.company_id))
        .where(
            *lead_where(store, base, as_of),
            col(Activity.deleted_at).is_(None),
            col(Activity.occurred_on) >= period.start,
            col(Activity.occurred_on) <= period.end,
        )
        .order_by(col(Activity.occurred_on), col(Activity.id))
    )
    leads, activities = [], []
    with store.read() as s:
        for lead, company, credit_code, is_new in s.execute(lq):
            masked = hidden(lead.confidential, lead.city_id)
            shown = codename(lead.codename, lead.id) if masked else company
            leads.append(
                LeadRaw(
                    id=lead.id,
                    company=shown,
                    project=shown if masked else lead.project_name,
                    credit_code=None if masked else credit_code,
                    masked=masked,
                    city_id=lead.city_id,
                    field_id=lead.field_id,
                    subfield=name(lead.subfield_id),
                    project_type=name(lead.project_type_id),
                    business_type_id=lead.business_type_id,
                    source=name(lead.source_id),
                    owner_id=lead.owner_id,
                    stage=lead.stage,
                    stage_date=lead.stage_date,
                    planned_investment=lead.planned_investment,
                    agreed_investment=lead.agreed_investment,
                    funds_in_place=lead.funds_in_place,
                    expected_jobs=lead.expected_jobs,
                    is_key=lead.is_key,
                    is_hightech=lead.is_hightech,
                    created_on=_day(lead.created_at),
                    first_signed_on=lead.first_signed_on,
                    last_activity_on=lead.last_activity_on,
                    next_followup=lead.next_followup,
                    followup=followup_state(lead.next_followup, lead.stage, as_of, th),
                    is_new=bool(is_new),
                )
            )
        for r in s.execute(aq):
            masked = hidden(r[11], r[12])
            shown = codename(r[10], r[4]) if masked else r[8]
            item = ref.get(r[2])
            activities.append(
                ActivityRaw(
                    id=r[0],
                    occurred_on=r[1],
                    type_code=item.code if item else "",
                    user_id=r[3],
                    lead_id=r[4],
                    company=shown,
                    project=shown if masked else r[9],
                    masked=masked,
                    city_id=r[12],
                    field_id=r[13],
                    stage=r[14],
                    is_key=bool(r[15]),
                    summary="" if masked else r[5],
                    next_step=None if masked else r[6],
                    next_followup=r[7],
                )
            )
    return RawRows(leads, activities)
