"""The few grouped queries that compute a report's lead figures for many periods at once.

The periods' first and last days cut the time line into pieces; a query counts the leads of
each piece (a piece's conditions are the lead list's own, with the piece as the date range)
and a period adds up the pieces it covers, so it equals its drill-down filter. Three passes:

* ``lead_pass`` — every lead in scope once, joined with its stage history summed up per lead:
  new leads per piece of ``created_at``, landings per piece of the first arrival at 落地, the
  furthest stage reached by the report's day (the funnel) and the figures of that day
  (overdue, stale …) as conditional sums;
* ``signed_pass`` — the leads signed in the periods (``first_signed_on``'s index): counts and
  the amounts of the year to date;
* ``pipeline_pass`` — the funnel alone (the dashboard's).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, case, func, select

from crm.analytics.figures import lead_where, merge
from crm.analytics.history import RANK, rank, standing
from crm.analytics.period import Period
from crm.db.models import Lead, StageChange
from crm.db.store import Store
from crm.lead_query import LeadFilter

Groups = dict[tuple, dict[str, float]]
SIGNED_AGGREGATES = ("count", "agreed_investment", "funds_in_place", "expected_jobs", "hightech")


class Cuts:
    """The pieces a set of periods cuts the time line into: piece n is [cuts[n-1], cuts[n])."""

    def __init__(self, periods: list[Period]):
        self.cuts = sorted(
            {p.start for p in periods} | {p.end + timedelta(days=1) for p in periods}
        )
        self._position = {c: n for n, c in enumerate(self.cuts)}

    @property
    def span(self) -> Period:
        return Period(self.cuts[0], self.cuts[-1] - timedelta(days=1))

    def piece(self, column, *, instants: bool = False):
        """SQL: the piece a date (or, with ``instants``, a UTC timestamp) falls in; 0 before
        the first cut, len(cuts) after the last."""
        bounds = [_start_of(c) for c in self.cuts] if instants else self.cuts
        return case(*((column < b, n) for n, b in enumerate(bounds)), else_=len(bounds))

    def pieces_of(self, p: Period) -> range:
        return range(self._position[p.start] + 1, self._position[p.end + timedelta(days=1)] + 1)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _add(target: dict, values: dict) -> None:
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
    from crm.analytics.metrics import period_filter  # metrics imports nothing from here

    cuts = Cuts(periods)
    piece = cuts.piece(Lead.first_signed_on)
    cols = [getattr(Lead, g) for g in group_by]
    aggregates = [
        func.count(),
        *(func.sum(func.coalesce(getattr(Lead, c), 0)) for c in SIGNED_AGGREGATES[1:4]),
        func.sum(case((Lead.is_hightech.is_(True), 1), else_=0)),
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


def per_lead_history(as_of: date):
    """Subquery per lead: the furthest rank its standing history reached by ``as_of`` and the
    day it first arrived at 落地 or later."""
    sc = StageChange.__table__
    r = rank(sc.c.to_stage)
    return (
        select(
            sc.c.lead_id,
            func.max(case((sc.c.changed_on <= as_of, r))).label("furthest"),
            func.min(case((r >= RANK["landed"], sc.c.changed_on))).label("landed_on"),
        )
        .where(standing(sc, bulk=True))
        .group_by(sc.c.lead_id)
        .subquery("per_lead")
    )


def pipeline_pass(store: Store, base: LeadFilter, as_of: date) -> dict[int, int]:
    """The funnel alone: {furthest rank reached by ``as_of`` → leads} over ``base``."""
    per_lead = per_lead_history(as_of)
    q = (
        select(per_lead.c.furthest, func.count())
        .select_from(Lead.__table__.join(per_lead, per_lead.c.lead_id == Lead.id))
        .where(*lead_where(store, base, as_of))
        .group_by(per_lead.c.furthest)
    )
    with store.read() as s:
        return {int(r): int(n) for r, n in s.execute(q) if r is not None}


def lead_pass(
    store: Store,
    base: LeadFilter,
    as_of: date,
    created_periods: list[Period],
    state: dict[str, LeadFilter],
    landed_periods: list[Period],
    counted: tuple[int, ...],
    group_by: tuple[str, ...],
) -> tuple[list[Groups], Groups, list[Groups]]:
    """One scan of the scope's leads joined with their stage history: (new leads per created
    period, {group → state figures and "reached_<k>"}, projects first landed per period)."""
    per_lead = per_lead_history(as_of)
    created, landed = Cuts(created_periods), Cuts(landed_periods)
    cols = [getattr(Lead, g) for g in group_by]
    keys = [
        *cols,
        created.piece(Lead.created_at, instants=True),
        case((Lead.business_type_id.in_(counted), 1), else_=0),
        per_lead.c.furthest,
        landed.piece(per_lead.c.landed_on),
    ]
    sums = [
        func.sum(case((and_(*lead_where(store, flt, as_of)), 1), else_=0)) for flt in state.values()
    ]
    q = (
        select(*keys, func.count(), *sums)
        .select_from(Lead.__table__.outerjoin(per_lead, per_lead.c.lead_id == Lead.id))
        .where(*lead_where(store, base, as_of))
        .group_by(*keys)
    )
    n = len(cols)
    new_pieces: dict[int, Groups] = {}
    landed_pieces: dict[int, Groups] = {}
    totals: Groups = {}
    with store.read() as s:
        for row in s.execute(q):
            group = tuple(row[:n])
            created_piece, is_counted, furthest, landed_piece, count = row[n : n + 5]
            _add(new_pieces.setdefault(created_piece, {}).setdefault(group, {}), {"count": count})
            if is_counted and landed_piece is not None:
                _add(
                    landed_pieces.setdefault(landed_piece, {}).setdefault(group, {}),
                    {"count": count},
                )
            values = {k: int(v or 0) for k, v in zip(state, row[n + 5 :], strict=True)}
            if furthest is not None:
                values |= {f"reached_{k}": count for k in range(int(furthest) + 1)}
            _add(totals.setdefault(group, {}), values)
    return (
        per_period(new_pieces, created, created_periods),
        totals,
        per_period(landed_pieces, landed, landed_periods),
    )
