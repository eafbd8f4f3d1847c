"""A company and everything the pool holds about it: its projects in every city, the people
there (the contacts of its projects) and the activities on them, for the company page.

A company is one row of ``company``: its credit code is its identity, and a company without
one is the company known by its normalised name (crm.leads.edit resolves both, crm.values.names
normalises). Two companies of the same name with different credit codes are two companies;
the page names the other one (a namesake) so that people tell them apart.

What the actor may not see stays hidden: a confidential project of another city is left out
with its people and activities (its codename beside the company's name would give it away),
and contacts are masked on the projects whose contacts the actor may not see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import SQLColumnExpression, func
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from crm import audit
from crm.accounts import permissions as P
from crm.accounts.permissions import sees_confidential, sees_contacts
from crm.accounts.users import Actor
from crm.changes import Changes
from crm.db.ids import stored_id
from crm.db.models import Activity, Company, Contact, Lead, utcnow
from crm.db.store import Store
from crm.errors import NotFound
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leads import company_flags
from crm.leads.contacts import masked_values
from crm.leads.edit import COMPANY_FIELDS
from crm.leads.validation import clean_lead
from crm.reference import reference

#: the most recent activities a page shows (all are counted)
ACTIVITY_LIMIT = 500


@dataclass(frozen=True)
class CompanyProject:
    lead_id: int
    project_name: str
    city_id: int
    field_id: int
    owner_id: int
    stage: str
    stage_date: date
    planned_investment: float | None
    agreed_investment: float | None
    next_followup: date | None
    last_activity_on: date | None
    is_key: bool
    deleted: bool


@dataclass(frozen=True)
class CompanyPerson:
    contact_id: int
    lead_id: int
    #: the project the person is linked to
    project_name: str
    name: str
    title: str | None
    mobile: str | None
    email: str | None
    wechat: str | None
    masked: bool


@dataclass(frozen=True)
class CompanyActivity:
    activity_id: int
    lead_id: int
    project_name: str
    occurred_on: date
    type_id: int
    user_id: int
    summary: str
    next_followup: date | None


@dataclass(frozen=True)
class Namesake:
    company_id: int
    name: str
    credit_code: str | None


@dataclass
class CompanyOverview:
    id: int
    name: str
    credit_code: str | None
    origin: str | None
    #: the designations as input names → values (crm.leads.company_flags)
    designations: dict[str, Any]
    created_at: datetime
    projects: list[CompanyProject] = field(default_factory=list)
    people: list[CompanyPerson] = field(default_factory=list)
    activities: list[CompanyActivity] = field(default_factory=list)
    #: every activity on the shown projects (the list holds the latest ACTIVITY_LIMIT)
    activity_count: int = 0
    namesakes: list[Namesake] = field(default_factory=list)

    @property
    def cities(self) -> set[int]:
        return {p.city_id for p in self.projects if not p.deleted}


def _not_found(company_id: int) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP("Errors", "The company {id} does not exist.").format(id=company_id)
    )


_PROJECT_COLUMNS: tuple[SQLColumnExpression[Any], ...] = (
    col(Lead.id),
    col(Lead.project_name),
    col(Lead.city_id),
    col(Lead.field_id),
    col(Lead.owner_id),
    col(Lead.stage),
    col(Lead.stage_date),
    col(Lead.planned_investment),
    col(Lead.agreed_investment),
    col(Lead.next_followup),
    col(Lead.last_activity_on),
    col(Lead.is_key),
    col(Lead.deleted_at).is_not(None),
    col(Lead.confidential),
)


_CONTACT_COLUMNS: tuple[SQLColumnExpression[Any], ...] = (
    col(Contact.id),
    col(Contact.lead_id),
    col(Contact.name),
    col(Contact.title),
    col(Contact.mobile),
    col(Contact.email),
    col(Contact.wechat),
)


def company_of_lead(store: Store, actor: Actor, lead_id: int) -> int:
    """The company of a lead the actor may see by name (a confidential project of another
    city is seen by its codename only: its company is not named)."""
    with store.read() as s:
        row = s.execute(
            select(col(Lead.company_id), col(Lead.confidential), col(Lead.city_id)).where(
                col(Lead.id) == lead_id
            )
        ).first()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The lead {id} does not exist.").format(id=lead_id)
        )
    if row.confidential and not sees_confidential(actor, row.city_id):
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is a confidential project of another city; its company is not shown.",
            )
        )
    company_id: int = row.company_id
    return company_id


def company_overview(
    store: Store, actor: Actor, company_id: int, *, with_deleted: bool = False
) -> CompanyOverview:
    """The company page's data, as ``actor`` may see it. Deleted projects only on request
    (a manager looking for what to restore)."""
    with store.read() as s:
        company = s.get(Company, company_id)
        if company is None:
            raise _not_found(company_id)
        cond = [col(Lead.company_id) == company_id]
        if not with_deleted:
            cond.append(col(Lead.deleted_at).is_(None))
        projects: list[CompanyProject] = []
        visible_people: dict[int, bool] = {}
        names: dict[int, str] = {}
        for r in s.execute(sa_select(*_PROJECT_COLUMNS).where(*cond).order_by(col(Lead.id))):
            if r[13] and not sees_confidential(actor, r[2]):
                continue
            projects.append(CompanyProject(*r[:13]))
            names[r[0]] = r[1]
            visible_people[r[0]] = sees_contacts(actor, r[4], r[2])
        ids = list(names)
        people: list[CompanyPerson] = []
        if ids:
            q = (
                sa_select(*_CONTACT_COLUMNS)
                .where(col(Contact.lead_id).in_(ids))
                .order_by(col(Contact.name), col(Contact.id))
            )
            for r in s.execute(q):
                visible = visible_people[r.lead_id]
                # masked as crm.leads.contacts masks them (name, mobile, e-mail, WeChat: PIPL)
                shown = dict(r._mapping) if visible else masked_values(dict(r._mapping))
                people.append(
                    CompanyPerson(
                        r.id,
                        r.lead_id,
                        names[r.lead_id],
                        shown["name"],
                        shown["title"],
                        shown["mobile"],
                        shown["email"],
                        shown["wechat"],
                        not visible,
                    )
                )
        live = [col(Activity.lead_id).in_(ids), col(Activity.deleted_at).is_(None)]
        count = s.execute(select(func.count()).where(*live)).scalar_one() if ids else 0
        acts: list[CompanyActivity] = []
        if ids:
            q = (
                sa_select(
                    col(Activity.id),
                    col(Activity.lead_id),
                    col(Activity.occurred_on),
                    col(Activity.type_id),
                    col(Activity.user_id),
                    col(Activity.summary),
                    col(Activity.next_followup),
                )
                .where(*live)
                .order_by(col(Activity.occurred_on).desc(), col(Activity.id).desc())
                .limit(ACTIVITY_LIMIT)
            )
            acts = [
                CompanyActivity(r[0], r[1], names[r[1]], r[2], r[3], r[4], r[5], r[6])
                for r in s.execute(q)
            ]
        namesakes = [
            Namesake(stored_id(c), c.name, c.credit_code)
            for c in s.exec(
                select(Company)
                .where(col(Company.name_norm) == company.name_norm, col(Company.id) != company.id)
                .order_by(col(Company.id))
            )
        ]
        values = _designations(company)
        return CompanyOverview(
            stored_id(company),
            company.name,
            company.credit_code,
            company.origin,
            values,
            company.created_at,
            projects,
            people,
            acts,
            count,
            namesakes,
        )


def _designations(company: Company) -> dict[str, Any]:
    return {name: getattr(company, COMPANY_FIELDS[name]) for name in company_flags.DESIGNATIONS}


def update_designations(
    store: Store, actor: Actor, company_id: int, data: dict[str, Any]
) -> tuple[dict[str, tuple[Any, Any]], Changes]:
    """Set the company's designations (input names of crm.leads.company_flags.DESIGNATIONS → raw
    values), validated as the lead form validates them. Whoever may edit one of its live
    projects may; returns what changed (old, new) and the Changes of its projects."""
    unknown = set(data) - set(company_flags.DESIGNATIONS)
    if unknown:
        raise ValueError(f"not a designation: {sorted(unknown)}")
    ref = reference(store)
    with store.write() as s:
        company = s.get(Company, company_id)
        if company is None:
            raise _not_found(company_id)
        actor = P.current(s, actor)
        projects = s.execute(
            select(col(Lead.id), col(Lead.owner_id), col(Lead.city_id)).where(
                col(Lead.company_id) == company_id, col(Lead.deleted_at).is_(None)
            )
        ).all()
        reasons = [P.edit_lead(actor, owner, city) for _id, owner, city in projects]
        if not projects or all(reasons):
            reason = next((r for r in reasons if r), P.NOT_YOURS)
            P.require(reason, actor, "edit_company", "company", company_id)
        current = _designations(company)
        clean = clean_lead(ref, data, current=current)
        changed = {k: (current[k], v) for k, v in clean.items() if current[k] != v}
        if not changed:
            return {}, Changes()
        for name, (_old, new) in changed.items():
            setattr(company, COMPANY_FIELDS[name], new)
        company.updated_by, company.updated_at = actor.id, utcnow()
        s.flush()
        audit.updated(
            s,
            actor.id,
            "company",
            stored_id(company),
            {COMPANY_FIELDS[k]: v for k, v in changed.items()},
        )
        ids = [p[0] for p in projects]
    return changed, Changes(leads=frozenset(ids), companies=True)
