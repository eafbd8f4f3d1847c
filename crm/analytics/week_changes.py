"""What changed since last week, from the snapshots: each lead as it stood when the week
before closed against each lead as it stands at the end of this one (crm.analytics.weeks
stores both), with who made the change and when (the stage history and the audit log).

Kinds of change, in the order the report lists them: new leads, signings, landings, leads
lost, other stage moves, amounts changed (planned, agreed, in place) and leads deleted. A
confidential project appears under its codename, as everywhere in a circulated report.

Also the shapes a closed week carries: ``ClosedInfo`` (when, by whom, fingerprint) and an
``Adjustment`` (a figure of the week before as it was reported and as it stands now).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlmodel import SQLModel, col

from crm.analytics.figures import Figure
from crm.db.models import AuditLog, Company, Lead, StageChange
from crm.db.store import Store
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leadlist.query import LeadFilter
from crm.pipeline import MAIN
from crm.pipeline.history import standing

KINDS = ("new", "signed", "landed", "lost", "moved", "amount", "deleted")
KIND_LABELS = {
    "new": QT_TRANSLATE_NOOP("Report", "New lead"),
    "signed": QT_TRANSLATE_NOOP("Report", "Signed"),
    "landed": QT_TRANSLATE_NOOP("Report", "Landed"),
    "lost": QT_TRANSLATE_NOOP("Report", "Lost"),
    "moved": QT_TRANSLATE_NOOP("Report", "Stage move"),
    "amount": QT_TRANSLATE_NOOP("Report", "Amount changed"),
    "deleted": QT_TRANSLATE_NOOP("Report", "Deleted"),
}
AMOUNTS = ("planned_investment", "agreed_investment", "funds_in_place")
#: rows of the change list kept (the counts cover all)
LIMIT = 500


class LeadState(NamedTuple):
    """A lead as a snapshot keeps it (a tuple: a snapshot holds 100,000 of them)."""

    city_id: int
    field_id: int
    owner_id: int
    stage: str
    planned_investment: float | None
    agreed_investment: float | None
    funds_in_place: float | None
    next_followup: date | None
    deleted: bool


@dataclass(frozen=True)
class ChangeRow:
    lead_id: int
    company: str
    city_id: int
    kind: str
    #: stage codes for moves; "field: old → new" amounts for amount changes
    before: str
    after: str
    day: date | None
    user_id: int | None


@dataclass(frozen=True)
class WeekChanges:
    since: str  # the week compared with, "2026-W19"
    counts: dict[str, Figure]
    rows: list[ChangeRow]


@dataclass(frozen=True)
class Adjustment:
    """A figure of an earlier closed week: as it was reported, and as the data says now."""

    week: str
    key: str
    reported: float
    now: float


@dataclass(frozen=True)
class ClosedInfo:
    week: str
    closed_at: datetime
    closed_by: str
    fingerprint: str


def current_states(store: Store) -> dict[int, LeadState]:
    """Every lead as it stands now (deleted ones marked)."""
    q = select(
        col(Lead.id), col(Lead.city_id), col(Lead.field_id), col(Lead.owner_id), col(Lead.stage),
        col(Lead.planned_investment), col(Lead.agreed_investment), col(Lead.funds_in_place),
        col(Lead.next_followup), col(Lead.deleted_at),
    )  # fmt: skip
    with store.read() as s:
        return {r[0]: LeadState._make((*r[1:9], r[9] is not None)) for r in s.execute(q)}


#: lead columns the audit log names: their place in a state row and how their text reads
#: back (crm.audit.text)
_AUDITED: dict[str, tuple[int, Callable[[str], object]]] = {
    "city_id": (0, int), "field_id": (1, int), "owner_id": (2, int),
    "planned_investment": (4, float), "agreed_investment": (5, float),
    "funds_in_place": (6, float), "next_followup": (7, date.fromisoformat),
}  # fmt: skip


def states_as_of(store: Store, end: date) -> dict[int, LeadState]:
    """Every lead as it stood at the end of ``end`` (leads logged later left out): today's
    values taken back through the changes recorded since — a stage through the stage history
    (the stage before its first move dated after ``end``), other fields through the audit log
    (the old value of their first change after that moment), deletion by its time."""
    cutoff = datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC)
    q = select(
        col(Lead.id), col(Lead.city_id), col(Lead.field_id), col(Lead.owner_id), col(Lead.stage),
        col(Lead.planned_investment), col(Lead.agreed_investment), col(Lead.funds_in_place),
        col(Lead.next_followup), col(Lead.deleted_at),
    ).where(col(Lead.created_at) < cutoff)  # fmt: skip
    sc = SQLModel.metadata.tables["stage_change"]
    later = (  # moves undone, and their undo rows, never happened (crm.pipeline.history)
        select(sc.c.lead_id, sc.c.from_stage, sc.c.to_stage)
        .where(sc.c.changed_on > end, standing(sc, bulk=True))
        .order_by(sc.c.lead_id, sc.c.changed_on, sc.c.id)
    )
    audits = (
        select(col(AuditLog.entity_id), col(AuditLog.field), col(AuditLog.old))
        .where(col(AuditLog.entity) == "lead", col(AuditLog.at) >= cutoff,
               col(AuditLog.field).in_(list(_AUDITED)))
        .order_by(col(AuditLog.id))
    )  # fmt: skip
    with store.read() as s:
        rows = {r[0]: list(r[1:]) for r in s.execute(q)}
        seen: set[int] = set()
        for lid, frm, to in s.execute(later):
            if lid in rows and lid not in seen:
                seen.add(lid)
                rows[lid][3] = frm or to
        taken: set[tuple[int, str]] = set()
        for lid, fld, old in s.execute(audits):
            if lid in rows and (lid, fld) not in taken:
                taken.add((lid, fld))
                place, read = _AUDITED[fld]
                rows[lid][place] = None if old is None else read(old)
    return {
        lid: LeadState._make((*v[:8], v[8] is not None and _aware(v[8]) < cutoff))
        for lid, v in rows.items()
    }


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def stored_states(store: Store, week: str) -> dict[int, LeadState] | None:
    """The leads as they stood when ``week`` closed (None if it is not closed)."""
    t = SQLModel.metadata.tables["week_lead_state"]
    q = select(
        t.c.lead_id, t.c.city_id, t.c.field_id, t.c.owner_id, t.c.stage,
        t.c.planned_investment, t.c.agreed_investment, t.c.funds_in_place,
        t.c.next_followup, t.c.deleted,
    ).where(t.c.week == week)  # fmt: skip
    with store.read() as s:
        out = {r[0]: LeadState._make((*r[1:9], bool(r[9]))) for r in s.execute(q)}
    return out or None


def _rank(stage: str) -> int:
    return MAIN.index(stage) if stage in MAIN else -1


def _kind(old: LeadState | None, new: LeadState) -> str | None:
    if old is None:
        return None if new.deleted else "new"
    if new.deleted and not old.deleted:
        return "deleted"
    if new.deleted:
        return None
    if new.stage != old.stage:
        if new.stage == "lost":
            return "lost"
        if _rank(new.stage) >= _rank("landed") > _rank(old.stage):
            return "landed"
        if _rank(new.stage) >= _rank("signed") > _rank(old.stage):
            return "signed"
        return "moved"
    if any(getattr(old, a) != getattr(new, a) for a in AMOUNTS):
        return "amount"
    return None


def week_changes(
    store: Store,
    since: str,
    before: dict[int, LeadState],
    after: dict[int, LeadState],
    start: date,
    end: date,
    *,
    names: dict[int, str],
) -> WeekChanges:
    """The changes between two snapshots, ``names`` giving each lead's name as the report
    may print it (company, or codename)."""
    found: dict[int, tuple[str, LeadState | None, LeadState]] = {}
    for lead_id, new in after.items():
        kind = _kind(before.get(lead_id), new)
        if kind is not None:
            found[lead_id] = (kind, before.get(lead_id), new)
    who = _who(store, list(found), start, end)
    rows = []
    for lead_id, (kind, old, new) in found.items():
        if kind == "amount":
            parts = [a for a in AMOUNTS if getattr(old, a) != getattr(new, a)]
            b = "; ".join(f"{a}={_num(getattr(old, a))}" for a in parts)
            a_ = "; ".join(f"{a}={_num(getattr(new, a))}" for a in parts)
        else:
            b, a_ = (old.stage if old else ""), new.stage
        day, user = who.get(lead_id, (None, None))
        rows.append(
            ChangeRow(
                lead_id, names.get(lead_id, str(lead_id)), new.city_id, kind, b, a_, day, user
            )
        )
    order = {k: n for n, k in enumerate(KINDS)}
    rows.sort(key=lambda r: (order[r.kind], r.day or date.min, r.lead_id))
    counts = {}
    for k in KINDS:
        ids = tuple(sorted(r.lead_id for r in rows if r.kind == k))
        counts[k] = Figure(len(ids), leads=LeadFilter(lead_ids=ids) if ids else None)
    return WeekChanges(since, counts, rows[:LIMIT])


def _num(v: float | None) -> str:
    return "" if v is None else f"{v:,.0f}"


def _who(
    store: Store, lead_ids: list[int], start: date, end: date
) -> dict[int, tuple[date, int | None]]:
    """The latest recorded change of each lead in [start, end]: its day and who made it."""
    if not lead_ids:
        return {}
    lo = datetime.combine(start, time.min, tzinfo=UTC)
    hi = datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC)
    out: dict[int, tuple[date, int | None]] = {}
    with store.read() as s:
        for chunk in range(0, len(lead_ids), 900):
            ids = lead_ids[chunk : chunk + 900]
            q = (
                select(col(AuditLog.entity_id), col(AuditLog.at), col(AuditLog.user_id))
                .where(
                    col(AuditLog.entity) == "lead",
                    col(AuditLog.entity_id).in_(ids),
                    col(AuditLog.at) >= lo,
                    col(AuditLog.at) < hi,
                )
                .order_by(col(AuditLog.id))
            )
            for lid, at, user in s.execute(q):
                out[lid] = (at.date(), user)
            moves = (
                select(
                    col(StageChange.lead_id), col(StageChange.changed_on), col(StageChange.user_id)
                )
                .where(
                    col(StageChange.lead_id).in_(ids),
                    col(StageChange.changed_on) >= start,
                    col(StageChange.changed_on) <= end,
                )
                .order_by(col(StageChange.id))
            )
            for lid, day, user in s.execute(moves):
                out[lid] = (day, user)
    return out


def lead_names(store: Store, lead_ids: list[int]) -> dict[int, tuple[str, bool, str | None, int]]:
    """{lead → (company name, confidential, codename, city)} for the rows of a change list."""
    out = {}
    with store.read() as s:
        for chunk in range(0, len(lead_ids), 900):
            q = (
                select(
                    col(Lead.id),
                    col(Company.name),
                    col(Lead.confidential),
                    col(Lead.codename),
                    col(Lead.city_id),
                )
                .join(Company, col(Company.id) == col(Lead.company_id))
                .where(col(Lead.id).in_(lead_ids[chunk : chunk + 900]))
            )
            for lid, name, conf, code, city in s.execute(q):
                out[lid] = (name, bool(conf), code, city)
    return out
