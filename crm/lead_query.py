"""The lead list: filter, search, sort and page in SQL, one page of rows at a time with the
total (GUIDE.md: lists are windows onto a query). The same filter drives drill-downs, so a
count shown anywhere equals the rows the list then shows."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, time

from sqlalchemy import and_, case, func, or_, select, type_coerce

from crm.db import search
from crm.db.models import Company, Lead, ReadInstant
from crm.db.store import Store
from crm.followup import FollowupState, date_range, stale_before
from crm.followup import state as followup_state
from crm.permissions import sees_confidential
from crm.pipeline import ALL, OPEN
from crm.reference import ReferenceData, reference
from crm.team_settings import followup_thresholds
from crm.users import Actor


@dataclass(frozen=True)
class LeadFilter:
    cities: tuple[int, ...] = ()
    fields: tuple[int, ...] = ()
    subfields: tuple[int, ...] = ()
    stages: tuple[str, ...] = ()
    owners: tuple[int, ...] = ()
    project_types: tuple[int, ...] = ()
    sources: tuple[int, ...] = ()
    business_types: tuple[int, ...] = ()
    key_project: bool | None = None
    hightech: bool | None = None
    national_rd: bool | None = None
    foreign: bool | None = None
    confidential: bool | None = None
    followup: tuple[FollowupState, ...] = ()
    #: in play and without activity for the stale threshold (30 days)
    stale: bool = False
    created_from: date | None = None
    created_to: date | None = None
    stage_date_from: date | None = None
    stage_date_to: date | None = None
    followup_from: date | None = None
    followup_to: date | None = None
    signed_from: date | None = None
    signed_to: date | None = None
    updated_from: date | None = None
    updated_to: date | None = None
    search: str = ""
    deleted: bool = False
    lead_ids: tuple[int, ...] | None = None
    company_id: int | None = None
    import_batch_id: int | None = None
    #: stage history (crm.analytics.history; undone moves ignored), for report drill-downs:
    #: the first arrival at reached_stage or a later main stage falls in [reached_from, reached_to]
    reached_stage: str | None = None
    reached_from: date | None = None
    reached_to: date | None = None
    #: a stage move (not the creation) in [moved_from, moved_to]; moved_forward: a move forward
    moved_from: date | None = None
    moved_to: date | None = None
    moved_forward: bool = False

    def with_(self, **changes) -> LeadFilter:
        return replace(self, **changes)

    def to_dict(self) -> dict:
        """JSON-ready (saved views)."""
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v in ((), None, "", False):
                continue
            out[f.name] = (
                [str(x) for x in v]
                if f.name == "followup"
                else (
                    list(v) if isinstance(v, tuple) else v.isoformat() if isinstance(v, date) else v
                )
            )
        return out

    @classmethod
    def from_dict(cls, data: dict) -> LeadFilter:
        kwargs = {}
        known = {f.name: f for f in fields(cls)}
        for k, v in data.items():
            if k not in known:
                continue
            default = known[k].default
            if k == "followup":
                kwargs[k] = tuple(FollowupState(x) for x in v)
            elif isinstance(default, tuple) or k == "lead_ids":
                kwargs[k] = tuple(v)
            elif k.endswith(("_from", "_to")) and v:
                kwargs[k] = date.fromisoformat(v)
            else:
                kwargs[k] = v
        return cls(**kwargs)


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


@dataclass(frozen=True)
class LeadPage:
    rows: list[LeadRow]
    total: int
    offset: int
    limit: int


SORT_KEYS = (
    "company",
    "project_name",
    "credit_code",
    "city",
    "field",
    "subfield",
    "stage",
    "stage_date",
    "owner",
    "planned_investment",
    "agreed_investment",
    "funds_in_place",
    "next_followup",
    "followup",
    "last_activity_on",
    "is_key",
    "source",
    "project_type",
    "business_type",
    "created_at",
    "updated_at",
    "id",
)
DEFAULT_SORT = (("updated_at", True),)

# Table columns, not the ORM's attributes: a page runs a new statement each time against
# SQLAlchemy's cached compiled form, which then maps the result columns; with ORM-annotated
# columns that mapping compares expressions and costs more than a fast page itself.
_lead, _company = Lead.__table__, Company.__table__
_ROW_COLUMNS = (
    _lead.c.id,
    _lead.c.version,
    _lead.c.company_id,
    _company.c.name,
    _lead.c.codename,
    _company.c.credit_code,
    _lead.c.project_name,
    _lead.c.city_id,
    _lead.c.field_id,
    _lead.c.subfield_id,
    _lead.c.stage,
    _lead.c.stage_date,
    _lead.c.owner_id,
    _lead.c.planned_investment,
    _lead.c.agreed_investment,
    _lead.c.funds_in_place,
    _lead.c.next_followup,
    _lead.c.is_key,
    _lead.c.is_hightech,
    _lead.c.confidential,
    _lead.c.last_activity_on,
    _lead.c.source_id,
    _lead.c.project_type_id,
    _lead.c.business_type_id,
    type_coerce(_lead.c.created_at, ReadInstant()),
    type_coerce(_lead.c.updated_at, ReadInstant()),
    _lead.c.deleted_at.is_not(None),
)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def conditions(store: Store, actor: Actor, flt: LeadFilter, today: date | None = None) -> list:
    """SQL conditions on ``lead`` for a filter as ``actor`` may see it."""
    today = today or date.today()
    th = followup_thresholds(store)
    c: list = [Lead.deleted_at.is_not(None) if flt.deleted else Lead.deleted_at.is_(None)]
    for values, col in (
        (flt.cities, Lead.city_id),
        (flt.fields, Lead.field_id),
        (flt.subfields, Lead.subfield_id),
        (flt.stages, Lead.stage),
        (flt.owners, Lead.owner_id),
        (flt.project_types, Lead.project_type_id),
        (flt.sources, Lead.source_id),
        (flt.business_types, Lead.business_type_id),
    ):
        if values:
            c.append(col.in_(list(values)))
    for value, col in (
        (flt.key_project, Lead.is_key),
        (flt.hightech, Lead.is_hightech),
        (flt.national_rd, Lead.is_national_rd),
        (flt.foreign, Lead.is_foreign),
        (flt.confidential, Lead.confidential),
    ):
        if value is not None:
            c.append(col.is_(True) if value else col.is_(False))
    for lo, hi, col in (
        (flt.stage_date_from, flt.stage_date_to, Lead.stage_date),
        (flt.followup_from, flt.followup_to, Lead.next_followup),
        (flt.signed_from, flt.signed_to, Lead.first_signed_on),
    ):
        if lo:
            c.append(col >= lo)
        if hi:
            c.append(col <= hi)
    for lo, hi, col in (
        (flt.created_from, flt.created_to, Lead.created_at),
        (flt.updated_from, flt.updated_to, Lead.updated_at),
    ):
        if lo:
            c.append(col >= _start_of(lo))
        if hi:
            c.append(col < _start_of(date.fromordinal(hi.toordinal() + 1)))
    if flt.followup:
        ors = []
        for st in flt.followup:
            if st == FollowupState.NONE:
                ors.append(or_(Lead.next_followup.is_(None), Lead.stage.not_in(OPEN)))
                continue
            lo, hi = date_range(st, today, th)
            parts = [Lead.stage.in_(OPEN)]
            if lo:
                parts.append(Lead.next_followup >= lo)
            if hi:
                parts.append(Lead.next_followup <= hi)
            ors.append(and_(*parts))
        c.append(or_(*ors))
    if flt.stale:
        cut = stale_before(today, th)
        c.append(Lead.stage.in_([s for s in OPEN if s != "on_hold"]))
        c.append(
            or_(
                Lead.last_activity_on < cut,
                and_(Lead.last_activity_on.is_(None), Lead.created_at < _start_of(cut)),
            )
        )
    if flt.lead_ids is not None:
        c.append(Lead.id.in_(list(flt.lead_ids)))
    if flt.company_id is not None:
        c.append(Lead.company_id == flt.company_id)
    if flt.import_batch_id is not None:
        c.append(Lead.import_batch_id == flt.import_batch_id)
    history = (flt.reached_stage, flt.reached_from, flt.reached_to, flt.moved_from, flt.moved_to)
    if any(history) or flt.moved_forward:
        from crm.analytics.history import history_conditions  # late: analytics uses this module

        c.extend(history_conditions(flt))
    if flt.search.strip():
        c.extend(_search_conditions(store, actor, flt.search))
    return c


def _search_conditions(store: Store, actor: Actor, query: str) -> list:
    """Matches in what the actor may see (crm.permissions): a confidential project of another
    city only by its codename, contacts only on leads whose contacts the actor may see."""
    everything = search.match_clause(store.dialect, query)
    if everything is None:
        return []
    out = [Lead.id.in_(everything)]
    if actor.privileged:
        return out
    visible = [
        and_(Lead.owner_id == actor.id, Lead.confidential.is_(False)),
        and_(
            Lead.confidential.is_(False),
            Lead.id.in_(search.match_clause(store.dialect, query, scope="text")),
        ),
        Lead.id.in_(search.match_clause(store.dialect, query, scope="public")),
    ]
    if actor.city_id is not None:
        visible.insert(0, Lead.city_id == actor.city_id)
    out.append(or_(*visible))
    return out


def _order_case(col, order: dict[int, int]):
    if not order:
        return col
    return case(order, value=col)  # no match (an empty value) is NULL: sorted last


#: sort keys on the company's columns (the page's id query joins company for them)
_COMPANY_SORT_KEYS = ("company", "credit_code")


def sort_expression(ref: ReferenceData, key: str):
    if key == "company":
        return Company.name_sort
    if key == "credit_code":
        return Company.credit_code
    kinds = {
        "city": ("city", Lead.city_id),
        "field": ("field", Lead.field_id),
        "subfield": ("subfield", Lead.subfield_id),
        "source": ("source", Lead.source_id),
        "project_type": ("project_type", Lead.project_type_id),
        "business_type": ("business_type", Lead.business_type_id),
    }
    if key in kinds:
        kind, col = kinds[key]
        return _order_case(col, {i.id: n for n, i in enumerate(ref.kind(kind, active_only=False))})
    if key == "stage":
        return _order_case(Lead.stage, {s: n for n, s in enumerate(ALL)})
    if key == "owner":
        return _order_case(Lead.owner_id, ref.user_order)
    if key == "followup":
        return Lead.next_followup
    if key not in SORT_KEYS:
        raise ValueError(f"cannot sort by {key!r}")
    return getattr(Lead, key)


def _order_by(ref: ReferenceData, sort) -> list:
    out = []
    for key, descending in sort or DEFAULT_SORT:
        expr = sort_expression(ref, key)
        out.append((expr.desc() if descending else expr.asc()).nulls_last())
    out.append(_ID_DESC)
    return out


_ID_DESC = _lead.c.id.desc()


def count_leads(store: Store, actor: Actor, flt: LeadFilter, today: date | None = None) -> int:
    q = select(func.count()).select_from(Lead).where(*conditions(store, actor, flt, today))
    with store.read() as s:
        return s.execute(q).scalar_one()


def page_query(
    store: Store,
    actor: Actor,
    flt: LeadFilter,
    sort=None,
    offset: int = 0,
    limit: int = 100,
    today: date | None = None,
    conds: list | None = None,
    *,
    counted: bool = False,
):
    """The SELECT behind a page (exposed for the benchmarks' raw-SQL floor).

    The page's ids are found first, sorting only the sort key and the id (an index often
    answers that alone); the full rows are then read for those ids only. Sorting whole rows
    of a large filtered set costs ten times more. ``counted``: each row also carries the
    total (a window count in the same pass; worth it when every match is read anyway, as
    for a search, whose matches no index can order)."""
    ref = reference(store)
    conds = conds if conds is not None else conditions(store, actor, flt, today)
    order = _order_by(ref, sort)
    ids = _PAGE_IDS_COUNTED if counted else _PAGE_IDS
    if any(key in _COMPANY_SORT_KEYS for key, _desc in sort or DEFAULT_SORT):
        ids = ids.join(_company, _company.c.id == _lead.c.company_id)
    page = ids.where(*conds).order_by(*order).offset(offset).limit(limit).subquery("page")
    rows = _PAGE_ROWS.add_columns(page.c.total) if counted else _PAGE_ROWS
    return (
        rows.select_from(_lead)
        .join(page, page.c.id == _lead.c.id)
        .join(_company, _company.c.id == _lead.c.company_id)
        .order_by(*order)
    )


# built once: a page's statements are derived from these (coercing columns costs each time)
_PAGE_IDS = select(_lead.c.id).select_from(_lead)
_PAGE_IDS_COUNTED = select(_lead.c.id, func.count().over().label("total")).select_from(_lead)
_PAGE_ROWS = select(*_ROW_COLUMNS)


def count_query(conds: list):
    """The SELECT of the total behind a page."""
    return select(func.count()).select_from(Lead).where(*conds)


def page_statements(
    store: Store,
    actor: Actor,
    flt: LeadFilter = LeadFilter(),
    sort=None,
    offset: int = 0,
    limit: int = 100,
    *,
    with_total: bool = True,
    today: date | None = None,
):
    """(page, count) — the statements list_leads runs; count is None when the page carries the
    total itself or none was asked for (the benchmarks run the same SQL raw for their floor).

    Kept per store for the same inputs (a view refreshed, a page read again): building and
    keying the statements costs as much as running a fast page."""
    today = today or date.today()
    key = (
        actor,
        flt,
        tuple(tuple(s) for s in sort) if sort else None,
        offset,
        limit,
        with_total,
        today,
        id(reference(store)),
        followup_thresholds(store),
    )
    cache = store.cache.setdefault("lead_query.statements", {})
    found = cache.get(key)
    if found is not None:
        return found
    conds = conditions(store, actor, flt, today)
    counted = with_total and bool(search.query_terms(flt.search))
    page = page_query(store, actor, flt, sort, offset, limit, today, conds, counted=counted)
    found = page, (count_query(conds) if with_total and not counted else None)
    if len(cache) >= 256:
        cache.clear()
    cache[key] = found
    return found


def list_leads(
    store: Store,
    actor: Actor,
    flt: LeadFilter = LeadFilter(),
    sort=None,
    offset: int = 0,
    limit: int = 100,
    *,
    with_total: bool = True,
    today: date | None = None,
) -> LeadPage:
    """One page of the filtered, sorted list (and the total, unless told not to count)."""
    today = today or date.today()
    th = followup_thresholds(store)
    page, count = page_statements(
        store, actor, flt, sort, offset, limit, with_total=with_total, today=today
    )
    with store.connect() as s:
        raw = s.execute(page).all()
        if count is not None:
            total = s.execute(count).scalar_one()
        elif not with_total:
            total = -1
        elif raw or offset == 0:
            total = raw[0][-1] if raw else 0
        else:  # a page past the end of a search: count on its own
            total = s.execute(count_query(conditions(store, actor, flt, today))).scalar_one()
    rows = [_row(actor, r, today, th) for r in raw]
    return LeadPage(rows, total, offset, limit)


def rows_by_id(
    store: Store, actor: Actor, ids: list[int], today: date | None = None
) -> dict[int, LeadRow]:
    """Fresh rows for these leads (deleted ones included), e.g. after an edit."""
    if not ids:
        return {}
    today = today or date.today()
    th = followup_thresholds(store)
    q = (
        select(*_ROW_COLUMNS)
        .select_from(Lead)
        .join(Company, Company.id == Lead.company_id)
        .where(Lead.id.in_(ids))
    )
    with store.read() as s:
        return {r[0]: _row(actor, r, today, th) for r in s.execute(q).all()}


_ROW_FIELDS = tuple(f.name for f in fields(LeadRow))
_new_row = object.__new__


def _row(actor: Actor, r, today: date, th) -> LeadRow:
    masked = bool(r[19]) and not sees_confidential(actor, r[7])
    values = (
        r[0],
        r[1],
        r[2],
        (r[4] or "***") if masked else r[3],
        masked,
        None if masked else r[5],
        (r[4] or "***") if masked else r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        r[11],
        r[12],
        r[13],
        r[14],
        r[15],
        r[16],
        followup_state(r[16], r[10], today, th),
        bool(r[17]),
        bool(r[18]),
        bool(r[19]),
        r[20],
        r[21],
        r[22],
        r[23],
        r[24],
        r[25],
        bool(r[26]),
    )
    # a frozen dataclass's __init__ sets each field through object.__setattr__ (4 µs for 28
    # fields); a list page builds a hundred rows, so they are filled directly (1 µs)
    row = _new_row(LeadRow)
    row.__dict__.update(zip(_ROW_FIELDS, values, strict=True))
    return row


__all__ = [
    "LeadFilter",
    "LeadRow",
    "LeadPage",
    "list_leads",
    "count_leads",
    "rows_by_id",
    "conditions",
    "page_query",
    "count_query",
    "page_statements",
    "SORT_KEYS",
    "DEFAULT_SORT",
]
