"""The lists of projects a report names: key projects that moved, newly signed and landed
projects, overdue follow-ups and leads gone quiet.

Lists are long on a big store, so each is cut to ``limit`` rows in a stated order (worst or
largest first, then by id, so the same store gives the same rows) while its figure counts them
all. Reports are circulated: a confidential project appears under its codename, without its
company, credit code or notes, unless the caller names a viewer allowed to see it. Contact
details are never read here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Exists, SQLColumnExpression, exists, func, select
from sqlmodel import SQLModel, col

from crm.accounts.permissions import sees_confidential
from crm.accounts.users import Actor
from crm.analytics.figures import lead_where
from crm.db.models import Activity, Company, Lead
from crm.db.store import Store
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leadlist.query import LeadFilter
from crm.leads import company_flags
from crm.pipeline.followup import FollowupState
from crm.pipeline.followup import state as followup_state
from crm.pipeline.history import first_reached, standing
from crm.reference import reference
from crm.team_settings import followup_thresholds


@dataclass(frozen=True)
class Move:
    day: date
    from_stage: str | None
    to_stage: str


@dataclass(frozen=True)
class ProjectRow:
    id: int
    # company name, or the codename of a confidential project
    company: str
    project: str
    masked: bool
    city_id: int
    field_id: int
    owner_id: int
    business_type_id: int
    stage: str
    stage_date: date
    planned_investment: float | None
    agreed_investment: float | None
    funds_in_place: float | None
    is_key: bool
    is_hightech: bool
    next_followup: date | None
    last_activity_on: date | None
    first_signed_on: date | None
    # the list's own day: signed on, landed on, follow-up due …
    day: date | None = None
    followup: FollowupState = FollowupState.NONE
    moves: tuple[Move, ...] = field(default=())
    activities: int = 0
    #: the company's designations as codes (crm.leads.company_flags.codes); where a confidential
    #: project's company is listed is left out
    designations: tuple[str, ...] = ()

    @property
    def amount(self) -> float | None:
        """Agreed investment once signed, else the planned one."""
        return (
            self.agreed_investment
            if self.agreed_investment is not None
            else self.planned_investment
        )


_COLUMNS = (
    col(Lead.id),
    col(Company.name),
    col(Lead.project_name),
    col(Lead.codename),
    col(Lead.confidential),
    col(Lead.city_id),
    col(Lead.field_id),
    col(Lead.owner_id),
    col(Lead.business_type_id),
    col(Lead.stage),
    col(Lead.stage_date),
    col(Lead.planned_investment),
    col(Lead.agreed_investment),
    col(Lead.funds_in_place),
    col(Lead.is_key),
    col(Lead.is_hightech),
    col(Lead.next_followup),
    col(Lead.last_activity_on),
    col(Lead.first_signed_on),
    *company_flags.COLUMNS,
)
_N = 19  # the columns before the designations


def codename(raw: str | None, lead_id: int) -> str:
    return (
        raw or QT_TRANSLATE_NOOP("Report", "Confidential project {id}").format(id=lead_id).render()
    )


def project_rows(
    store: Store,
    flt: LeadFilter,
    order: Sequence[SQLColumnExpression[Any]],
    limit: int,
    *,
    as_of: date,
    viewer: Actor | None = None,
    day: SQLColumnExpression[Any] | None = None,
    where: Sequence[SQLColumnExpression[bool]] = (),
) -> list[ProjectRow]:
    """Rows for the leads of ``flt`` (and the extra SQL conditions ``where``) in ``order``,
    at most ``limit``. ``day`` is an optional SQL column shown as the row's day."""
    th = followup_thresholds(store)
    ref = reference(store)
    cols: list[SQLColumnExpression[Any]] = [*_COLUMNS, *([day] if day is not None else [])]
    q = (
        select(*cols)
        .select_from(Lead)
        .join(Company, col(Company.id) == col(Lead.company_id))
        .where(*lead_where(store, flt, as_of), *where)
        .order_by(*order, col(Lead.id))
        .limit(limit)
    )
    out: list[ProjectRow] = []
    with store.read() as s:
        for r in s.execute(q):
            masked = bool(r[4]) and not (viewer is not None and sees_confidential(viewer, r[5]))
            name = codename(r[3], r[0]) if masked else r[1]
            flags = company_flags.from_columns(r[_N : _N + len(company_flags.COLUMNS)])
            if masked:
                flags["listed_where"] = None
            out.append(
                ProjectRow(
                    id=r[0],
                    company=name,
                    project=name if masked else r[2],
                    masked=masked,
                    city_id=r[5],
                    field_id=r[6],
                    owner_id=r[7],
                    business_type_id=r[8],
                    stage=r[9],
                    stage_date=r[10],
                    planned_investment=r[11],
                    agreed_investment=r[12],
                    funds_in_place=r[13],
                    is_key=bool(r[14]),
                    is_hightech=bool(r[15]),
                    next_followup=r[16],
                    last_activity_on=r[17],
                    first_signed_on=r[18],
                    day=r[-1] if day is not None else None,
                    followup=followup_state(r[16], r[9], as_of, th),
                    designations=company_flags.codes(flags, ref),
                )
            )
    return out


def moves_of(store: Store, lead_ids: list[int], start: date, end: date) -> dict[int, list[Move]]:
    """The standing moves of these leads in [start, end], oldest first."""
    if not lead_ids:
        return {}
    sc = SQLModel.metadata.tables["stage_change"]
    q = (
        select(sc.c.lead_id, sc.c.changed_on, sc.c.from_stage, sc.c.to_stage)
        .where(
            sc.c.lead_id.in_(lead_ids),
            sc.c.changed_on >= start,
            sc.c.changed_on <= end,
            sc.c.from_stage.is_not(None),
            standing(sc),
        )
        .order_by(sc.c.lead_id, sc.c.changed_on, sc.c.id)
    )
    out: dict[int, list[Move]] = {}
    with store.read() as s:
        for lid, day, frm, to in s.execute(q):
            out.setdefault(lid, []).append(Move(day, frm, to))
    return out


def activity_per_lead(store: Store, lead_ids: list[int], start: date, end: date) -> dict[int, int]:
    if not lead_ids:
        return {}
    q = (
        select(col(Activity.lead_id), func.count())
        .where(
            col(Activity.lead_id).in_(lead_ids),
            col(Activity.deleted_at).is_(None),
            col(Activity.occurred_on) >= start,
            col(Activity.occurred_on) <= end,
        )
        .group_by(col(Activity.lead_id))
    )
    with store.read() as s:
        return {lid: int(n) for lid, n in s.execute(q)}


def worked_on(start: date, end: date) -> Exists:
    """SQL condition on ``lead``: it has an activity in [start, end] (looked up per lead)."""
    return exists().where(
        col(Activity.lead_id) == col(Lead.id),
        col(Activity.occurred_on) >= start,
        col(Activity.occurred_on) <= end,
        col(Activity.deleted_at).is_(None),
    )


__all__ = [
    "Move",
    "ProjectRow",
    "project_rows",
    "first_reached",
    "moves_of",
    "activity_per_lead",
    "worked_on",
    "codename",
]
