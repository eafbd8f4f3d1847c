"""A figure and the leads behind it, and the grouped queries that count them.

Every count of leads is a ``LeadFilter``, and its value is computed with that filter's own SQL
conditions (``crm.leadlist.query.conditions``) in a ``GROUP BY`` query. The filter travels with
the figure, so a drill-down opens the lead list with exactly the same conditions, and the
count in the list equals the figure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression
from sqlmodel import SQLModel, col

from crm.accounts.users import Actor
from crm.db.models import Lead
from crm.db.store import Store
from crm.leadlist.query import LeadFilter, conditions
from crm.pipeline import ALL

# conditions() needs an actor only for full-text search, which figures never use
REPORT_ACTOR = Actor(0, "report", "report", "report_staff", None)
# the lead list's "not deleted" condition (every filter has it)
LIVE = col(Lead.deleted_at).is_(None)
_LEAD_TABLE = SQLModel.metadata.tables["lead"]
# a group's values, as the database returns them (the GROUP BY columns, in order)
GroupKey = tuple[Any, ...]


@dataclass(frozen=True)
class Figure:
    """A number, the same number for the period before (when it has one) and what it is made
    of: the leads behind it (``leads``, a lead-list filter to evaluate with ``today=as_of``) or
    the activities behind it (``activities``)."""

    value: float
    previous: float | None = None
    leads: LeadFilter | None = None
    activities: Any = None  # crm.analytics.activity.ActivityFilter

    @property
    def change(self) -> float | None:
        return None if self.previous is None else self.value - self.previous

    @property
    def change_ratio(self) -> float | None:
        """Relative change; None when there is nothing to compare with (previous 0)."""
        if not self.previous:
            return None
        return (self.value - self.previous) / self.previous


ZERO = Figure(0)


def leads_of(figure: Figure) -> LeadFilter:
    """The leads behind a figure that counts leads (every lead figure carries its filter);
    ValueError for a figure of activities, which has none: a caller's mistake."""
    if figure.leads is None:
        raise ValueError(f"a figure of activities has no leads behind it: {figure}")
    return figure.leads


_DEFAULTS = {f.name: f.default for f in fields(LeadFilter)}


def merge(*filters: LeadFilter) -> LeadFilter:
    """One filter with every field any of ``filters`` sets (later ones win). Built once from
    all the set fields (a report merges hundreds of filters)."""
    changes = {}
    for flt in filters:
        for name, value in vars(flt).items():
            if value != _DEFAULTS[name]:
                changes[name] = value
    return replace(LeadFilter(), **changes) if changes else LeadFilter()


@dataclass(frozen=True)
class LeadMetric:
    """A named figure over leads: how many match ``filter`` or, with ``amount``, the sum of
    that column over them."""

    key: str
    filter: LeadFilter
    amount: str | None = None


def _unselective_stages(c: ColumnElement[bool]) -> bool:
    """Is ``c`` "stage IN (most stages)" (open leads and the like)?"""
    return (
        isinstance(c, BinaryExpression)
        and c.operator is operators.in_op
        and getattr(c.left, "key", None) == "stage"
        and getattr(c.left, "table", None) is _LEAD_TABLE
        and len(getattr(c.right, "value", None) or ()) > len(ALL) / 2
    )


def lead_where(store: Store, flt: LeadFilter, today: date) -> list[ColumnElement[bool]]:
    """The lead list's conditions for ``flt``, with the conditions that hold for most leads
    ("not deleted", "stage is one of the open ones") written so that SQLite never picks an
    index for them. Without statistics (no ANALYZE yet) it would otherwise walk such an index
    over nearly every lead instead of the filter's selective one (signing day, follow-up day).
    The leads are the same."""
    out = []
    for c in conditions(store, REPORT_ACTOR, flt, today):
        if c.compare(LIVE):
            c = func.coalesce(col(Lead.deleted_at), col(Lead.deleted_at)).is_(None)
        elif _unselective_stages(c):
            c = func.coalesce(col(Lead.stage), col(Lead.stage)).in_(list(c.right.value))
        out.append(c)
    return out


def unordered(column: Any) -> ColumnElement[Any]:
    """SQL: ``column`` as a value to group by, written so that SQLite does not walk an index
    in that column's order to spare itself a sort: it would read nearly every lead row instead
    of the few the filter's own index holds. Same value on every dialect."""
    return func.coalesce(column, column)


def lead_sums(
    store: Store,
    base: LeadFilter,
    metrics: Iterable[LeadMetric],
    group_by: tuple[str, ...] = (),
    *,
    today: date,
) -> dict[GroupKey, dict[str, float]]:
    """{group values → {metric key → value}} over the leads matching ``base``.

    Each distinct filter is one grouped query whose WHERE clause is exactly the lead list's
    conditions for ``merge(base, filter)``, so the database touches only that filter's leads
    (through its indexes) and each figure equals the list its drill-down opens. Groups with no
    matching lead are absent from a metric (read them as 0)."""
    by_filter: dict[LeadFilter, list[LeadMetric]] = {}
    for m in metrics:
        by_filter.setdefault(m.filter, []).append(m)
    cols = [unordered(getattr(Lead, g)) for g in group_by]
    out: dict[GroupKey, dict[str, float]] = {}
    with store.read() as s:
        for flt, ms in by_filter.items():
            aggregates = [
                func.sum(func.coalesce(getattr(Lead, m.amount), 0)) if m.amount else func.count()
                for m in ms
            ]
            q = (
                select(*cols, *aggregates)
                .select_from(Lead)
                .where(*lead_where(store, merge(base, flt), today))
                .group_by(*cols)
            )
            for row in s.execute(q):
                values = out.setdefault(tuple(row[: len(cols)]), {})
                for m, v in zip(ms, row[len(cols) :], strict=True):
                    values[m.key] = _number(v, m.amount)
    return out


def _number(value: Any, amount: str | None) -> float:
    if value is None:
        return 0
    return float(value) if amount else int(value)


def total(
    groups: dict[GroupKey, dict[str, float]],
    key: str,
    where: Callable[[GroupKey], bool] = lambda g: True,
) -> float:
    """Sum of one metric over the groups ``where`` accepts."""
    return sum(v.get(key, 0) for g, v in groups.items() if where(g))
