"""The lead list: filter, search, sort and page in SQL, one page of rows at a time with the
total (GUIDE.md: lists are windows onto a query). The same filter drives drill-downs, so a
count shown anywhere equals the rows the list then shows.

The filter (crm.leadlist.filter), the row (crm.leadlist.rows) and the sort keys (crm.leadlist.sort) live
in their own modules and are importable from here as before."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Mapped
from sqlmodel import col as sql_col

from crm.accounts.users import Actor
from crm.db import search
from crm.db.models import Lead
from crm.db.store import Store
from crm.leadlist.filter import LeadFilter
from crm.leadlist.rows import ROW_COLUMNS, LeadPage, LeadRow, company_table, lead_table, make_row
from crm.leadlist.sort import (
    COMPANY_SORT_KEYS,
    DEFAULT_SORT,
    SORT_KEYS,
    Sort,
    order_by,
    sort_expression,
)
from crm.leads import company_flags
from crm.pipeline import OPEN
from crm.pipeline.followup import FollowupState, date_range, stale_before
from crm.pipeline.history import first_reached, moved
from crm.reference import reference
from crm.team_settings import followup_thresholds


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def conditions(
    store: Store, actor: Actor, flt: LeadFilter, today: date | None = None
) -> list[ColumnElement[bool]]:
    """SQL conditions on ``lead`` for a filter as ``actor`` may see it."""
    today = today or date.today()
    th = followup_thresholds(store)
    col: Mapped[Any]  # each loop below walks columns of several types
    c: list[ColumnElement[bool]] = [
        sql_col(Lead.deleted_at).is_not(None) if flt.deleted else sql_col(Lead.deleted_at).is_(None)
    ]
    for values, col in (
        (flt.cities, sql_col(Lead.city_id)),
        (flt.fields, sql_col(Lead.field_id)),
        (flt.subfields, sql_col(Lead.subfield_id)),
        (flt.stages, sql_col(Lead.stage)),
        (flt.owners, sql_col(Lead.owner_id)),
        (flt.project_types, sql_col(Lead.project_type_id)),
        (flt.sources, sql_col(Lead.source_id)),
        (flt.business_types, sql_col(Lead.business_type_id)),
        (flt.lost_at_stages, sql_col(Lead.lost_at_stage)),
        (flt.lost_reasons, sql_col(Lead.lost_reason_id)),
    ):
        if values:
            c.append(col.in_(list(values)))
    if flt.not_owners:
        owner = sql_col(Lead.owner_id)
        c.append(or_(owner.is_(None), owner.not_in(list(flt.not_owners))))
    if flt.lost_to_regions:
        named = [r for r in flt.lost_to_regions if r]
        regions: list[ColumnElement[bool]] = (
            [sql_col(Lead.lost_to_region).in_(named)] if named else []
        )
        if "" in flt.lost_to_regions:
            unnamed = or_(
                sql_col(Lead.lost_to_region).is_(None), sql_col(Lead.lost_to_region) == ""
            )
            regions.append(and_(sql_col(Lead.stage) == "lost", unnamed))
        c.append(or_(*regions))
    for value, col in (
        (flt.key_project, sql_col(Lead.is_key)),
        (flt.hightech, sql_col(Lead.is_hightech)),
        (flt.national_rd, sql_col(Lead.is_national_rd)),
        (flt.foreign, sql_col(Lead.is_foreign)),
        (flt.confidential, sql_col(Lead.confidential)),
        (flt.needs_review, sql_col(Lead.needs_review)),
    ):
        if value is not None:
            c.append(col.is_(True) if value else col.is_(False))
    for lo, hi, col in (
        (flt.stage_date_from, flt.stage_date_to, sql_col(Lead.stage_date)),
        (flt.followup_from, flt.followup_to, sql_col(Lead.next_followup)),
        (flt.signed_from, flt.signed_to, sql_col(Lead.first_signed_on)),
        (flt.first_contact_from, flt.first_contact_to, sql_col(Lead.first_contact_on)),
    ):
        if lo:
            c.append(col >= lo)
        if hi:
            c.append(col <= hi)
    for lo, hi, col in (
        (flt.created_from, flt.created_to, sql_col(Lead.created_at)),
        (flt.updated_from, flt.updated_to, sql_col(Lead.updated_at)),
    ):
        if lo:
            c.append(col >= _start_of(lo))
        if hi:
            c.append(col < _start_of(date.fromordinal(hi.toordinal() + 1)))
    if flt.followup:
        ors: list[ColumnElement[bool]] = []
        for st in flt.followup:
            if st == FollowupState.NONE:
                ors.append(
                    or_(sql_col(Lead.next_followup).is_(None), sql_col(Lead.stage).not_in(OPEN))
                )
                continue
            lo, hi = date_range(st, today, th)
            parts: list[ColumnElement[bool]] = [sql_col(Lead.stage).in_(OPEN)]
            if lo:
                parts.append(sql_col(Lead.next_followup) >= lo)
            if hi:
                parts.append(sql_col(Lead.next_followup) <= hi)
            ors.append(and_(*parts))
        c.append(or_(*ors))
    if flt.stale:
        cut = stale_before(today, th)
        c.append(sql_col(Lead.stage).in_([s for s in OPEN if s != "on_hold"]))
        c.append(
            or_(
                sql_col(Lead.last_activity_on) < cut,
                and_(
                    sql_col(Lead.last_activity_on).is_(None),
                    sql_col(Lead.created_at) < _start_of(cut),
                ),
            )
        )
    if flt.designations:
        c.append(company_flags.condition(flt.designations))
    if flt.lead_ids is not None:
        c.append(sql_col(Lead.id).in_(list(flt.lead_ids)))
    if flt.company_id is not None:
        c.append(sql_col(Lead.company_id) == flt.company_id)
    if flt.import_batch_id is not None:
        c.append(sql_col(Lead.import_batch_id) == flt.import_batch_id)
    history = (flt.reached_stage, flt.reached_from, flt.reached_to, flt.moved_from, flt.moved_to)
    if any(history) or flt.moved_forward or flt.not_reached_stage:
        c.extend(history_conditions(flt))
    if flt.search.strip():
        c.extend(_search_conditions(store, actor, flt.search))
    return c


def _search_conditions(store: Store, actor: Actor, query: str) -> list[ColumnElement[bool]]:
    """Matches in what the actor may see (crm.accounts.permissions): a confidential project of another
    city only by its codename, contacts only on leads whose contacts the actor may see."""
    dialect = search.dialect_of(store)  # on a team server, the server's masking search
    everything = search.match_clause(dialect, query)
    if everything is None:
        return []
    out: list[ColumnElement[bool]] = [sql_col(Lead.id).in_(everything)]
    # on a team server the server's match already keeps to what this person may see, by the
    # same rules (crm.team.views: each lead's document as their login sees it)
    if actor.privileged or dialect == "team":
        return out
    own_text = search.match_clause(dialect, query, scope="text")
    public = search.match_clause(dialect, query, scope="public")
    # the same terms as `everything`, which found something to search for
    assert own_text is not None and public is not None
    visible: list[ColumnElement[bool]] = [
        and_(sql_col(Lead.owner_id) == actor.id, sql_col(Lead.confidential).is_(False)),
        and_(
            sql_col(Lead.confidential).is_(False),
            sql_col(Lead.id).in_(own_text),
        ),
        sql_col(Lead.id).in_(public),
    ]
    if actor.city_id is not None:
        visible.insert(0, sql_col(Lead.city_id) == actor.city_id)
    out.append(or_(*visible))
    return out


def count_leads(store: Store, actor: Actor, flt: LeadFilter, today: date | None = None) -> int:
    q = select(func.count()).select_from(Lead).where(*conditions(store, actor, flt, today))
    with store.read() as s:
        total: int = s.execute(q).scalar_one()
        return total


def page_query(
    store: Store,
    actor: Actor,
    flt: LeadFilter,
    sort: Sort | None = None,
    offset: int = 0,
    limit: int = 100,
    today: date | None = None,
    conds: list[ColumnElement[bool]] | None = None,
    *,
    counted: bool = False,
) -> Select[*tuple[Any, ...]]:
    """The SELECT behind a page (exposed for the benchmarks' raw-SQL floor).

    The page's ids are found first, sorting only the sort key and the id (an index often
    answers that alone); the full rows are then read for those ids only. Sorting whole rows
    of a large filtered set costs ten times more. ``counted``: each row also carries the
    total, so one statement answers page and total. For a search it is a window count in the
    same pass (every match is read anyway: no index orders them); otherwise a count computed
    once beside the page (an index scan, where the page may stop after a hundred rows)."""
    ref = reference(store)
    conds = conds if conds is not None else conditions(store, actor, flt, today)
    order = order_by(ref, sort)
    window = counted and bool(search.query_terms(flt.search))
    ids = _PAGE_IDS_COUNTED if window else _PAGE_IDS
    if any(key in COMPANY_SORT_KEYS for key, _desc in sort or DEFAULT_SORT):
        ids = ids.join(company_table, company_table.c.id == lead_table.c.company_id)
    page = ids.where(*conds).order_by(*order).offset(offset).limit(limit).subquery("page")
    if window:
        rows = _PAGE_ROWS.add_columns(page.c.total)
    elif counted:
        rows = _PAGE_ROWS.add_columns(count_query(conds).scalar_subquery().label("total"))
    else:
        rows = _PAGE_ROWS
    return (
        rows.select_from(lead_table)
        .join(page, page.c.id == lead_table.c.id)
        .join(company_table, company_table.c.id == lead_table.c.company_id)
        .order_by(*order)
    )


# built once: a page's statements are derived from these (coercing columns costs each time)
_PAGE_IDS = select(lead_table.c.id).select_from(lead_table)
_PAGE_IDS_COUNTED = select(lead_table.c.id, func.count().over().label("total")).select_from(
    lead_table
)
_PAGE_ROWS = select(*ROW_COLUMNS)


def count_query(conds: list[ColumnElement[bool]]) -> Select[int]:
    """The SELECT of the total behind a page."""
    return select(func.count()).select_from(Lead).where(*conds)


def page_statements(
    store: Store,
    actor: Actor,
    flt: LeadFilter = LeadFilter(),
    sort: Sort | None = None,
    offset: int = 0,
    limit: int = 100,
    *,
    with_total: bool = True,
    today: date | None = None,
) -> tuple[Select[*tuple[Any, ...]], Select[int] | None]:
    """(page, count) — the statements list_leads runs (the benchmarks run the same SQL raw for
    their floor); the page carries the total, so count is None (a page past the end counts on
    its own).

    Kept per store for the same inputs (a view refreshed, a page read again): building and
    keying the statements costs as much as running a fast page."""
    today = today or date.today()
    key: tuple[Any, ...] | None = (
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
    try:
        found: tuple[Select[*tuple[Any, ...]], Select[int] | None] | None = cache.get(key)
    except TypeError:  # a filter holding lists instead of tuples: fine, just not kept
        key, found = None, None
    if found is not None:
        return found
    conds = conditions(store, actor, flt, today)
    page = page_query(store, actor, flt, sort, offset, limit, today, conds, counted=with_total)
    found = page, None
    if key is not None:
        if len(cache) >= 256:
            cache.clear()
        cache[key] = found
    return found


def list_leads(
    store: Store,
    actor: Actor,
    flt: LeadFilter = LeadFilter(),
    sort: Sort | None = None,
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
        else:  # a page past the end: no row to carry the total, count on its own
            total = s.execute(count_query(conditions(store, actor, flt, today))).scalar_one()
    rows = [make_row(actor, r, today, th) for r in raw]
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
        select(*ROW_COLUMNS)
        .select_from(lead_table)
        .join(company_table, company_table.c.id == lead_table.c.company_id)
        .where(lead_table.c.id.in_(ids))
    )
    with store.connect() as s:
        return {r[0]: make_row(actor, r, today, th) for r in s.execute(q).all()}


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
    "sort_expression",
    "SORT_KEYS",
    "DEFAULT_SORT",
]


def matching_versions(
    store: Store, actor: Actor, flt: LeadFilter, today: date | None = None
) -> dict[int, int]:
    """Every lead the filter matches (not only a page), with the version the list saw: "select
    all N matching" for a bulk step, which refuses a lead saved by someone since."""
    q = select(sql_col(Lead.id), sql_col(Lead.version)).where(*conditions(store, actor, flt, today))
    with store.read() as s:
        return dict(s.execute(q).all())


def history_conditions(flt: LeadFilter) -> list[ColumnElement[bool]]:
    """Conditions on ``lead`` for a LeadFilter's history fields."""
    out: list[ColumnElement[bool]] = []
    if flt.reached_stage or flt.reached_from or flt.reached_to:
        out.append(
            sql_col(Lead.id).in_(first_reached(flt.reached_stage, flt.reached_from, flt.reached_to))
        )
    if flt.moved_from or flt.moved_to or flt.moved_forward:
        out.append(
            sql_col(Lead.id).in_(
                moved(flt.moved_from, flt.moved_to, forward_only=flt.moved_forward)
            )
        )
    if flt.not_reached_stage:
        out.append(
            sql_col(Lead.id).not_in(first_reached(flt.not_reached_stage, None, flt.reached_to))
        )
    return out
