"""One pool (DOMAIN.md): before a second record is made, say who already follows a company.

Exact: the same credit code, or the same normalised name. Similar: close names by fuzzy
matching (rapidfuzz over the normalised names of companies that have live leads, kept in a
per-store cache), listed as "similar", never treated as the same company.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import ColumnElement, Row, Select, SQLColumnExpression, or_, select
from sqlmodel import Session, col

from crm.accounts.permissions import sees_confidential
from crm.accounts.users import Actor
from crm.db.models import Company, Lead
from crm.db.store import Store
from crm.errors import ParseError
from crm.i18n import EN, QT_TRANSLATE_NOOP, ZH, Localized, Message
from crm.reference import reference
from crm.values.credit_code import parse_credit_code
from crm.values.names import normalise_company_name

NAMES_TTL = 120.0
SIMILAR_CUTOFF = 82.0


@dataclass(frozen=True)
class DuplicateMatch:
    lead_id: int
    company_id: int
    company: str  # the name, or the codename if the actor may not see it
    credit_code: str | None
    project_name: str | None
    owner_id: int
    owner: str
    city_id: int
    city: str
    since: date
    stage: str
    stage_label: str
    matched_by: str  # credit_code | name | similar
    score: float = 100.0
    #: the city in both languages, for messages rendered later in either
    city_names: Localized | None = None


@dataclass(frozen=True)
class DuplicateReport:
    exact: list[DuplicateMatch] = field(default_factory=list)
    similar: list[DuplicateMatch] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.exact)


def duplicate_message(report: DuplicateReport) -> Message:
    m = report.exact[0]
    return QT_TRANSLATE_NOOP(
        "Dedup", "{company} is already followed by {owner} ({city}) since {day}."
    ).format(company=m.company, owner=m.owner, city=m.city_names or m.city, day=m.since.isoformat())


def _name_index(store: Store, s: Session) -> tuple[list[int], list[str]]:
    cached = store.cache.get("company_names")
    now = time.monotonic()
    if cached is None or now - cached[0] > NAMES_TTL:
        rows = s.execute(
            select(col(Company.id), col(Company.name_norm)).where(
                select(col(Lead.id))
                .where(col(Lead.company_id) == col(Company.id), col(Lead.deleted_at).is_(None))
                .exists()
            )
        ).all()
        cached = (now, [r[0] for r in rows], [r[1] for r in rows])
        store.cache["company_names"] = cached
    return cached[1], cached[2]


def find_duplicates(
    store: Store,
    actor: Actor,
    *,
    name: str | None = None,
    credit_code: str | None = None,
    exclude_lead_id: int | None = None,
    session: Session | None = None,
    similar: bool = True,
    similar_limit: int = 5,
) -> DuplicateReport:
    """Who already follows this company (exact) and which names are close (similar)."""
    norm = normalise_company_name(name)
    try:
        code = parse_credit_code(credit_code) if credit_code else None
    except ParseError:
        code = None
    if not norm and not code:
        return DuplicateReport()
    if session is None:
        with store.read() as s:
            return _find(store, s, actor, norm, code, exclude_lead_id, similar, similar_limit)
    return _find(store, session, actor, norm, code, exclude_lead_id, similar, similar_limit)


_COLUMNS: tuple[SQLColumnExpression[Any], ...] = (
    col(Lead.id),
    col(Lead.company_id),
    col(Company.name),
    col(Company.credit_code),
    col(Lead.project_name),
    col(Lead.owner_id),
    col(Lead.city_id),
    col(Lead.created_at),
    col(Lead.stage),
    col(Lead.confidential),
    col(Lead.codename),
    col(Company.name_norm),
)


def _exact_query(
    norm: str, code: str | None, exclude_lead_id: int | None
) -> Select[*tuple[Any, ...]]:
    conds: list[ColumnElement[bool]] = []
    if code:
        conds.append(col(Company.credit_code) == code)
    if norm:
        conds.append(col(Company.name_norm) == norm)
    q = (
        select(*_COLUMNS)
        .join(Company, col(Company.id) == col(Lead.company_id))
        .where(col(Lead.deleted_at).is_(None), or_(*conds))
        .order_by(col(Lead.created_at))
    )
    return q if exclude_lead_id is None else q.where(col(Lead.id) != exclude_lead_id)


def _similar_query(company_ids: list[int]) -> Select[*tuple[Any, ...]]:
    return (
        select(*_COLUMNS)
        .join(Company, col(Company.id) == col(Lead.company_id))
        .where(col(Lead.deleted_at).is_(None), col(Lead.company_id).in_(company_ids))
        .order_by(col(Lead.created_at))
    )


def _close_names(
    store: Store, s: Session, norm: str, exclude: set[int], similar_limit: int
) -> dict[int, float]:
    """company id → score of the names close to ``norm`` (rapidfuzz over the cached index)."""
    ids, names = _name_index(store, s)
    found = process.extract(
        norm, names, scorer=fuzz.WRatio, limit=similar_limit * 3, score_cutoff=SIMILAR_CUTOFF
    )
    return {ids[i]: score for _n, score, i in found if ids[i] not in exclude}


def _find(
    store: Store,
    s: Session,
    actor: Actor,
    norm: str,
    code: str | None,
    exclude_lead_id: int | None,
    similar: bool,
    similar_limit: int,
) -> DuplicateReport:
    # the person's own records of the company first (what they most need to know: they follow
    # it already), then everyone else's from the first to follow it
    exact = sorted(
        (
            _match(store, actor, r, "credit_code" if code and r[3] == code else "name", 100.0)
            for r in s.execute(_exact_query(norm, code, exclude_lead_id)).all()
        ),
        key=lambda m: m.owner_id != actor.id,
    )
    close: list[DuplicateMatch] = []
    if similar and len(norm) >= 2:
        scores = _close_names(store, s, norm, {m.company_id for m in exact}, similar_limit)
        if scores:
            first: dict[int, Row[*tuple[Any, ...]]] = {}
            for r in s.execute(_similar_query(list(scores))).all():
                if r[0] != exclude_lead_id:
                    first.setdefault(r[1], r)
            close = sorted(
                (_match(store, actor, r, "similar", scores[r[1]]) for r in first.values()),
                key=lambda m: -m.score,
            )[:similar_limit]
    return DuplicateReport(exact, close)


def statements(
    store: Store, name: str | None, credit_code: str | None = None
) -> list[Select[*tuple[Any, ...]]]:
    """The SQL find_duplicates runs for this input (for the benchmarks' raw-SQL floor)."""
    norm = normalise_company_name(name)
    code = parse_credit_code(credit_code) if credit_code else None
    out = [_exact_query(norm, code, None)]
    with store.read() as s:
        exact = {r[1] for r in s.execute(out[0]).all()}
        scores = _close_names(store, s, norm, exact, 5) if len(norm) >= 2 else {}
    if scores:
        out.append(_similar_query(list(scores)))
    return out


def _match(
    store: Store, actor: Actor, r: Row[*tuple[Any, ...]], matched_by: str, score: float
) -> DuplicateMatch:
    ref = reference(store)
    visible = not r[9] or sees_confidential(actor, r[6])
    created = r[7].date() if hasattr(r[7], "date") else r[7]
    return DuplicateMatch(
        lead_id=r[0],
        company_id=r[1],
        company=r[2] if visible else (r[10] or "***"),
        credit_code=r[3] if visible else None,
        project_name=r[4] if visible else None,
        owner_id=r[5],
        owner=ref.user_name(r[5]),
        city_id=r[6],
        city=ref.label(r[6]),
        city_names=Localized(ref.label(r[6], ZH), ref.label(r[6], EN)),
        since=created,
        stage=r[8],
        stage_label=ref.stage_label(r[8]),
        matched_by=matched_by,
        score=float(score),
    )
