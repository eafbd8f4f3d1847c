"""One row of the lead list and the columns it is read from: what a list page shows, masked
as the actor may see it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import type_coerce
from sqlmodel import SQLModel

from crm.accounts.permissions import sees_confidential
from crm.accounts.users import Actor
from crm.db.models import ReadInstant
from crm.pipeline.followup import FollowupState
from crm.pipeline.followup import state as followup_state
from crm.team_settings import FollowupThresholds


@dataclass(frozen=True)
class LeadRow:
    id: int
    version: int
    company_id: int
    company: str
    masked: bool
    credit_code: str | None
    project_name: str
    city_id: int
    field_id: int
    subfield_id: int | None
    stage: str
    stage_date: date
    owner_id: int
    planned_investment: float | None
    agreed_investment: float | None
    funds_in_place: float | None
    next_followup: date | None
    followup: FollowupState
    is_key: bool
    is_hightech: bool
    confidential: bool
    last_activity_on: date | None
    source_id: int | None
    project_type_id: int | None
    business_type_id: int
    created_at: datetime
    updated_at: datetime
    deleted: bool
    first_contact_on: date | None
    needs_review: bool
    # the company's designations (crm.leads.company_flags)
    fortune500: bool
    china500: bool
    listed: bool
    listed_where: str | None
    unicorn_id: int | None
    srdi_id: int | None
    gazelle: bool

    @property
    def designations(self) -> dict[str, Any]:
        """Input names → values, as crm.leads.company_flags.labels reads them."""
        return {
            "fortune500": self.fortune500,
            "china500": self.china500,
            "listed": self.listed,
            "listed_where": self.listed_where,
            "unicorn": self.unicorn_id,
            "srdi": self.srdi_id,
            "gazelle": self.gazelle,
        }


@dataclass(frozen=True)
class LeadPage:
    rows: list[LeadRow]
    total: int
    offset: int
    limit: int


# Table columns, not the ORM's attributes: a page runs a new statement each time against
# SQLAlchemy's cached compiled form, which then maps the result columns; with ORM-annotated
# columns that mapping compares expressions and costs more than a fast page itself.
# (SQLModel's classes do not declare their __table__: the same tables, from the metadata)
lead_table, company_table = SQLModel.metadata.tables["lead"], SQLModel.metadata.tables["company"]
ROW_COLUMNS = (
    lead_table.c.id,
    lead_table.c.version,
    lead_table.c.company_id,
    company_table.c.name,
    lead_table.c.codename,
    company_table.c.credit_code,
    lead_table.c.project_name,
    lead_table.c.city_id,
    lead_table.c.field_id,
    lead_table.c.subfield_id,
    lead_table.c.stage,
    lead_table.c.stage_date,
    lead_table.c.owner_id,
    lead_table.c.planned_investment,
    lead_table.c.agreed_investment,
    lead_table.c.funds_in_place,
    lead_table.c.next_followup,
    lead_table.c.is_key,
    lead_table.c.is_hightech,
    lead_table.c.confidential,
    lead_table.c.last_activity_on,
    lead_table.c.source_id,
    lead_table.c.project_type_id,
    lead_table.c.business_type_id,
    type_coerce(lead_table.c.created_at, ReadInstant()),
    type_coerce(lead_table.c.updated_at, ReadInstant()),
    lead_table.c.deleted_at.is_not(None),
    lead_table.c.first_contact_on,
    lead_table.c.needs_review,
    company_table.c.fortune500,
    company_table.c.china500,
    company_table.c.listed,
    company_table.c.listed_where,
    company_table.c.unicorn_id,
    company_table.c.srdi_id,
    company_table.c.gazelle,
)
_LISTED_WHERE = len(ROW_COLUMNS) - 4 + 1  # its place in a row, after followup is inserted


_ROW_FIELDS = tuple(f.name for f in fields(LeadRow))
_N_COLUMNS = len(ROW_COLUMNS)
_new_row = object.__new__


def make_row(actor: Actor, r: Sequence[Any], today: date, th: FollowupThresholds) -> LeadRow:
    """A LeadRow from a row of ROW_COLUMNS (which are in LeadRow's order, but for the
    codename read where ``masked`` goes and ``followup`` computed here)."""
    v = list(r[:_N_COLUMNS])  # a page may carry more (its total)
    codename = v[4]
    v[4] = masked = bool(v[19]) and not sees_confidential(actor, v[7])
    v.insert(17, followup_state(v[16], v[10], today, th))
    if masked:
        v[3] = v[6] = codename or "***"
        v[5] = v[_LISTED_WHERE] = None
    # a frozen dataclass's __init__ sets each field through object.__setattr__ (4 µs for 28
    # fields); a list page builds a hundred rows, so they are filled directly (1 µs)
    row = _new_row(LeadRow)
    row.__dict__.update(zip(_ROW_FIELDS, v, strict=True))
    return row
