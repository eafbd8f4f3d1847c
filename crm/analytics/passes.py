"""The grouped queries that compute a report's lead figures for many periods at once.

The periods' first and last days cut the time line into pieces; a query counts the leads of
each piece (a piece's conditions are the lead list's own, with the piece as the date range)
and a period adds up the pieces it covers, so it equals its drill-down filter. Each query
reads one condition's index (crm.db.models: those indexes carry the columns counted):

* ``created_pass`` — new leads: first contacted in the periods (``first_contact_on``: a
  ledger's own date, else the day the lead was recorded);
* ``signed_pass`` — the leads signed in the periods (``first_signed_on``): counts and the
  amounts of the year to date;
* ``landed_pass`` — projects first landed in the periods (``first_landed_on``, which the lead
  keeps from its stage history);
* ``moves_pass`` — leads with a standing move (forward) in the periods, from the history rows
  of those periods only;
* ``pipeline_groups`` — the funnel: the furthest stage each lead reached by a day (the lead
  keeps its furthest stage; the few leads whose history goes on after that day are read from
  their history).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlmodel import SQLModel, col

from crm.analytics.figures import GroupKey, lead_where, merge, unordered
from crm.analytics.metrics import period_filter
from crm.analytics.period import Period
from crm.db.models import Lead
from crm.db.store import Store
from crm.leadlist.query import LeadFilter
from crm.pipeline.history import RANK, forward, rank, standing

Groups = dict[GroupKey, dict[str, float]]
_sc = SQLModel.metadata.tables["stage_change"]
_lead = SQLModel.metadata.tables["lead"]
SIGNED_AGGREGATES = ("count", "agreed_investment", "funds_in_place", "expected_jobs", "hightech")


class Cuts:
    """The pieces a set of periods cuts the time line into: piece n is [cuts[n-1], cuts[n])."""

    def __init__(self, periods: list[Period]) -> None:
        self.cuts = sorted(
            {p.start for p in periods} | {p.end + timedelta(days=1) for p in periods}
        )
        self._position = {c: n for n, c in enumerate(self.cuts)}

    @property
    def span(self) -> Period:
        return Period(self.cuts[0], self.cuts[-1] - timedelta(days=1))

    def piece(self, column: Any, *, instants: bool = False) -> ColumnElement[int]:
        """SQL: the piece a date (or, with ``instants``, a UTC timestamp) falls in; 0 before
        the first cut, len(cuts) after the last."""
        bounds = [_start_of(c) for c in self.cuts] if instants else self.cuts
        return case(*((column < b, n) for n, b in enumerate(bounds)), else_=len(bounds))

    def pieces_of(self, p: Period) -> range:
        return range(self._position[p.start] + 1, self._position[p.end + timedelta(days=1)] + 1)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _add(target: dict[str, float], values: dict[str, float]) -> None:
    for k, v in values.items():
        target[k] = target.get(k, 0) + v


def per_period(pieces: dict[int, Groups], cuts: Cuts, periods: list[Period]) -> list[Groups]:
    """Add up the pieces of each period."""
    out = []
    for p in periods:
        summed: Groups = {}
        for n in cuts.pieces_of(p):
            for group, values in pieces.get(n, {}).items():
                _add(summed.setdefault(group, {}), values)
        out.append(summed)
    return out


def _counted_pieces(store: Store, q: Select[*tuple[Any, ...]], n_cols: int) -> dict[int, Groups]:
    """{piece → {group → {"count": n}}} from rows (group columns…, piece, count)."""
    pieces: dict[int, Groups] = {}
    with store.read() as s:
        for row in s.execute(q):
            group, piece, count = tuple(row[:n_cols]), row[n_cols], row[n_cols + 1]
            pieces.setdefault(piece, {})[group] = {"count": int(count)}
    return pieces


def created_pass(
    store: Store, base: LeadFilter, periods: list[Period], group_by: tuple[str, ...], *, today: date
) -> list[Groups]:
    """New leads of each period: first contacted in it (the lead list's ``first_contact_*``
    filter), so a ledger imported today counts its projects in the weeks they were met."""
    cuts = Cuts(periods)
    span = cuts.span
    piece = cuts.piece(Lead.first_contact_on)
    flt = merge(base, LeadFilter(first_contact_from=span.start, first_contact_to=span.end))
    return _leads_counted(store, cuts, periods, group_by, piece, lead_where(store, flt, today))


def landed_pass(
    store: Store,
    base: LeadFilter,
    periods: list[Period],
    counted: tuple[int, ...],
    group_by: tuple[str, ...],
    *,
    today: date,
) -> list[Groups]:
    """Projects (of the counted business types) first landed in each period: the leads of the
    lead list's ``reached_stage="landed"`` filter, read from ``first_landed_on``."""
    cuts = Cuts(periods)
    span = cuts.span
    day = col(Lead.first_landed_on)
    where = [
        *lead_where(store, merge(base, LeadFilter(business_types=counted)), today),
        day >= span.start,
        day <= span.end,
    ]
    return _leads_counted(store, cuts, periods, group_by, cuts.piece(day), where)


def _leads_counted(
    store: Store,
    cuts: Cuts,
    periods: list[Period],
    group_by: tuple[str, ...],
    piece: ColumnElement[int],
    where: list[ColumnElement[bool]],
) -> list[Groups]:
    """Leads meeting ``where``, counted per group and piece, added up per period."""
    cols = [unordered(getattr(Lead, g)) for g in group_by]
    q = select(*cols, piece, func.count()).select_from(Lead).where(*where).group_by(*cols, piece)
    return per_period(_counted_pieces(store, q, len(cols)), cuts, periods)


def signed_pass(
    store: Store,
    base: LeadFilter,
    periods: list[Period],
    counted: tuple[int, ...],
    group_by: tuple[str, ...],
    *,
    today: date,
) -> list[Groups]:
    """Projects signed in each period: count, agreed investment, funds in place, expected jobs
    and national high-tech enterprises."""
    cuts = Cuts(periods)
    piece = cuts.piece(Lead.first_signed_on)
    cols = [unordered(getattr(Lead, g)) for g in group_by]
    aggregates = [
        func.count(),
        *(func.sum(func.coalesce(getattr(Lead, c), 0)) for c in SIGNED_AGGREGATES[1:4]),
        func.sum(case((col(Lead.is_hightech).is_(True), 1), else_=0)),
    ]
    family = merge(base, period_filter("signed", cuts.span, counted))
    q = (
        select(*cols, piece, *aggregates)
        .select_from(Lead)
        .where(*lead_where(store, family, today))
        .group_by(*cols, piece)
    )
    pieces: dict[int, Groups] = {}
    with store.read() as s:
        for row in s.execute(q):
            group, n = tuple(row[: len(cols)]), row[len(cols)]
            values = row[len(cols) + 1 :]
            pieces.setdefault(n, {})[group] = {
                a: (float(v or 0) if a in ("agreed_investment", "funds_in_place") else int(v or 0))
                for a, v in zip(SIGNED_AGGREGATES, values, strict=True)
            }
    return per_period(pieces, cuts, periods)


def moves_pass(
    store: Store,
    base: LeadFilter,
    moves: dict[str, tuple[Period, bool, bool]],
    group_by: tuple[str, ...],
    *,
    today: date,
) -> Groups:
    """{group → {key → leads}} for ``moves`` = {key: (period, forward only, key projects
    only)}: the leads with a standing move (a move forward along the main pipeline) in the
    period, as the lead list's ``moved_*`` and ``key_project`` filters select them. The history
    rows of the periods are read once, summed up per lead."""
    sc = _sc
    lo = min(p.start for p, _f, _k in moves.values())
    hi = max(p.end for p, _f, _k in moves.values())
    flags = []
    for key, (p, forward_only, _key_only) in moves.items():
        within = sc.c.changed_on.between(p.start, p.end)
        flags.append(
            func.max(
                case((and_(within, forward(sc)) if forward_only else within, 1), else_=0)
            ).label(key)
        )
    per_lead = (
        select(sc.c.lead_id, *flags)
        .where(
            standing(sc, bulk=True),
            sc.c.from_stage.is_not(None),
            sc.c.changed_on >= lo,
            sc.c.changed_on <= hi,
        )
        .group_by(sc.c.lead_id)
        .subquery("per_lead")
    )
    cols = [unordered(getattr(Lead, g)) for g in group_by]
    sums = [
        func.sum(
            case((col(Lead.is_key).is_(True), per_lead.c[key]), else_=0)
            if key_only
            else per_lead.c[key]
        )
        for key, (_p, _f, key_only) in moves.items()
    ]
    q = (
        select(*cols, *sums)
        .select_from(per_lead.join(_lead, _lead.c.id == per_lead.c.lead_id))
        .where(*lead_where(store, base, today))
        .group_by(*cols)
    )
    out: Groups = {}
    with store.read() as s:
        for row in s.execute(q):
            values = {k: int(v or 0) for k, v in zip(moves, row[len(cols) :], strict=True)}
            out[tuple(row[: len(cols)])] = {k: v for k, v in values.items() if v}
    return {g: v for g, v in out.items() if v}


def pipeline_pass(store: Store, base: LeadFilter, as_of: date) -> dict[int, int]:
    """The funnel: {furthest rank reached by ``as_of`` → leads} over ``base``."""
    out: dict[int, int] = {}
    for ranks in pipeline_groups(store, base, as_of, ()).values():
        for r, n in ranks.items():
            out[r] = out.get(r, 0) + n
    return out


def pipeline_groups(
    store: Store, base: LeadFilter, as_of: date, group_by: tuple[str, ...]
) -> dict[GroupKey, dict[int, int]]:
    """The funnel by group: {group → {furthest rank reached by ``as_of`` → leads}} over
    ``base``; every group holding a lead is there.

    Each lead keeps the furthest stage its standing history reached (``furthest_stage``);
    that is its furthest by ``as_of`` unless its history has rows after ``as_of``. Those
    leads (few, for a recent day) are counted from their history by ``as_of`` instead."""
    sc = _sc
    where = lead_where(store, base, as_of)
    cols = [getattr(Lead, g) for g in group_by]  # in an index's order (ix_lead_pipeline)
    kept = col(Lead.furthest_stage)
    out: dict[GroupKey, dict[int, int]] = {}
    with store.read() as s:
        for row in s.execute(select(*cols, kept, func.count()).where(*where).group_by(*cols, kept)):
            ranks = out.setdefault(tuple(row[: len(cols)]), {})
            r = RANK.get(row[len(cols)], 0)
            ranks[r] = ranks.get(r, 0) + int(row[-1])
        later = select(sc.c.lead_id).where(sc.c.changed_on > as_of)
        by_then = (
            select(
                sc.c.lead_id,
                func.max(case((sc.c.changed_on <= as_of, rank(sc.c.to_stage)))).label("furthest"),
            )
            .where(sc.c.lead_id.in_(later), standing(sc, bulk=True))
            .group_by(sc.c.lead_id)
            .subquery("by_then")
        )
        q = (
            select(*cols, kept, by_then.c.furthest, func.count())
            .select_from(_lead.join(by_then, by_then.c.lead_id == _lead.c.id))
            .where(*where)
            .group_by(*cols, kept, by_then.c.furthest)
        )
        for row in s.execute(q):
            ranks = out[tuple(row[: len(cols)])]
            now, then, n = RANK.get(row[len(cols)], 0), row[len(cols) + 1], int(row[-1])
            ranks[now] -= n
            if then is not None:
                ranks[int(then)] = ranks.get(int(then), 0) + n
    return {g: {r: n for r, n in ranks.items() if n} for g, ranks in out.items()}
