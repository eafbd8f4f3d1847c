"""What the store already holds for the rows of a ledger, looked up in bulk (a few queries per
500 rows, never one per row): the leads named by id (our own export), and the companies named
by credit code or normalised name with their live leads (the one-pool rule).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, SQLModel, col

from crm.accounts.permissions import sees_confidential
from crm.accounts.users import Actor
from crm.db.ids import stored_id
from crm.db.models import Company, Lead
from crm.leads.edit import lead_values
from crm.reference import ReferenceData
from crm.values.names import normalise_company_name

CHUNK = 500
# the columns read as plain values (ids and keys SQL returns, never None where they are read)
_COMPANY = SQLModel.metadata.tables["company"]
_LEAD = SQLModel.metadata.tables["lead"]
_CONTACT = SQLModel.metadata.tables["contact"]


@dataclass
class Existing:
    """A live (or deleted) lead as the importer compares against it."""

    lead_id: int
    company_id: int
    version: int
    values: dict[str, Any]  # input names → clean values (crm.leads.edit.lead_values)
    company: str  # the name, or the codename if the actor may not see it
    masked: bool
    city_id: int
    owner_id: int
    since: date
    deleted: bool
    first_signed_on: date | None
    owner_name: str = ""
    city_name: str = ""
    contact_names: set[str] = field(default_factory=set)


@dataclass
class StoreView:
    leads: dict[int, Existing] = field(default_factory=dict)
    #: credit code → company id; normalised name → company ids
    by_code: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, list[tuple[int, str | None]]] = field(default_factory=dict)
    #: company id → its live leads, oldest first
    company_leads: dict[int, list[int]] = field(default_factory=dict)


def _chunks(values: Iterable[int | str], size: int = CHUNK) -> Iterator[list[int | str]]:
    items = sorted(set(values), key=str)
    for i in range(0, len(items), size):
        yield items[i : i + size]


def load(
    s: Session,
    ref: ReferenceData,
    actor: Actor,
    lead_ids: Iterable[int],
    codes: Iterable[str],
    names: Iterable[str],
) -> StoreView:
    view = StoreView()
    company_ids: set[int] = set()
    for chunk in _chunks(codes):
        for cid, code in s.execute(
            select(_COMPANY.c.id, _COMPANY.c.credit_code).where(_COMPANY.c.credit_code.in_(chunk))
        ):
            view.by_code[code] = cid
            company_ids.add(cid)
    for chunk in _chunks(names):
        for cid, norm, code in s.execute(
            select(_COMPANY.c.id, _COMPANY.c.name_norm, _COMPANY.c.credit_code)
            .where(_COMPANY.c.name_norm.in_(chunk))
            .order_by(_COMPANY.c.id)
        ):
            view.by_name.setdefault(norm, []).append((cid, code))
            company_ids.add(cid)
    wanted: set[int] = set(lead_ids)
    for chunk in _chunks(company_ids):
        for lid, cid in s.execute(
            select(_LEAD.c.id, _LEAD.c.company_id)
            .where(_LEAD.c.company_id.in_(chunk), _LEAD.c.deleted_at.is_(None))
            .order_by(_LEAD.c.created_at, _LEAD.c.id)
        ):
            view.company_leads.setdefault(cid, []).append(lid)
            wanted.add(lid)
    for chunk in _chunks(wanted):
        rows = s.execute(
            select(Lead, Company)
            .join(Company, col(Company.id) == col(Lead.company_id))
            .where(col(Lead.id).in_(chunk))
        ).all()
        for lead, company in rows:
            masked = lead.confidential and not sees_confidential(actor, lead.city_id)
            created = (
                lead.created_at.date() if hasattr(lead.created_at, "date") else lead.created_at
            )
            lead_id = stored_id(lead)
            view.leads[lead_id] = Existing(
                lead_id,
                stored_id(company),
                lead.version,
                lead_values(lead, company),
                (lead.codename or "***") if masked else company.name,
                masked,
                lead.city_id,
                lead.owner_id,
                created,
                lead.deleted_at is not None,
                lead.first_signed_on,
                ref.user_name(lead.owner_id),
                ref.label(lead.city_id),
            )
        for lead_id, name in s.execute(
            select(_CONTACT.c.lead_id, _CONTACT.c.name).where(_CONTACT.c.lead_id.in_(chunk))
        ):
            view.leads[lead_id].contact_names.add(name.strip())
    return view


def company_of(view: StoreView, code: str | None, name: str | None) -> int | None:
    """The company a row names: by credit code, else by normalised name (one that has no
    other credit code), as crm.leads.edit resolves it. A row without a code that names a company
    known with one is that company too (the one-pool rule: the same name once normalised),
    so it is reported as a duplicate instead of silently becoming a second company."""
    if code and code in view.by_code:
        return view.by_code[code]
    norm = normalise_company_name(name)
    for cid, other in view.by_name.get(norm, []) if norm else []:
        if other in (None, code) or code is None:
            return cid
    return None
