"""The weekly report's figures: one computation that the PDF, the workbook and the dashboard
all render, so they cannot disagree.

``weekly_report(store, period, scope)`` works for any period (a week, a year, year to date).
Figures of state (overdue, stale, key projects in play) are taken on the report's day: the
period's last day, or today if that is earlier. So the same store and period give the same
figures whenever the report is made. See ``crm.analytics.metrics`` for what each figure counts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from crm.accounts.users import Actor
from crm.analytics.activity import ActivityFilter, activity_days, activity_grid, sum_days
from crm.analytics.breakdowns import CityFieldTable, CityRow, Figures, OfficerRow, breakdowns
from crm.analytics.figures import Figure, lead_where, total
from crm.analytics.funnel import FunnelStage, entered, funnel_stages
from crm.analytics.labels import Labels, labels_from
from crm.analytics.metrics import counted_business_types
from crm.analytics.period import Period, Scope
from crm.analytics.rows import RawRows, raw_rows
from crm.analytics.sections import ProjectList, project_lists
from crm.analytics.series import lead_groups
from crm.analytics.trend import TrendPoint, trend
from crm.analytics.week_changes import Adjustment, ClosedInfo, WeekChanges
from crm.analytics.ytd import Ytd
from crm.db.label import store_label
from crm.db.models import Lead
from crm.db.store import Store
from crm.pipeline import MAIN
from crm.reference import reference
from crm.targets.annual import list_targets

TREND_WEEKS = 12
LIST_LIMIT = 500


class Cancelled(Exception):
    """The caller asked to stop (its ``cancelled()`` returned True)."""


@dataclass(frozen=True)
class WeeklyReport:
    period: Period
    previous: Period
    scope: Scope
    # the day state figures are taken on; drill-downs pass it to the lead list as ``today``
    as_of: date
    generated_at: datetime
    store_name: str
    labels: Labels
    #: leads in scope that existed by the report's day (the funnel's first bar)
    leads_in_scope: int
    headline: dict[str, Figure]
    # city × field tables by figure key, and the cities and fields they show
    tables: dict[str, CityFieldTable]
    cities: tuple[int, ...]
    fields: tuple[int, ...]
    funnel: list[FunnelStage]
    trend: list[TrendPoint]
    key_in_play: Figure
    key_moved: Figure
    key_projects: ProjectList
    signed: ProjectList
    landed: ProjectList
    overdue: ProjectList
    at_risk: Figure
    stale: ProjectList
    officers: list[OfficerRow]
    by_city: list[CityRow]
    ytd: Ytd
    # the period's leads and activities (the workbook's raw sheets), when asked for
    rows: RawRows | None = None
    # what changed since the week before (crm.analytics.week_changes), when that week closed
    changes: WeekChanges | None = None
    # corrections made after the week before was closed ("调整"), figure by figure
    adjustments: tuple[Adjustment, ...] = ()
    # a closed week: when, by whom and its fingerprint (None: figures from today's data)
    closed: ClosedInfo | None = None
    # the week is closed, but this report (one city or field) is computed from today's data
    closed_elsewhere: bool = False
    # the week's written summary (本周工作小结) and next steps
    summary: str = ""
    next_steps: str = ""

    #: live leads in scope in the store today, made after the report's day too: 0 means the
    #: store holds none for this scope, and the report says so
    leads_today: int = 0

    @property
    def empty(self) -> bool:
        return self.leads_today == 0


def weekly_report(
    store: Store,
    period: Period,
    scope: Scope = Scope(),
    *,
    today: date | None = None,
    viewer: Actor | None = None,
    with_rows: bool = False,
    list_limit: int = LIST_LIMIT,
    trend_weeks: int = TREND_WEEKS,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> WeeklyReport:
    """Every figure of the report for ``period`` and ``scope``.

    ``viewer`` None means the report is circulated: confidential projects appear under their
    codename. ``with_rows`` adds the raw rows of the workbook. ``progress(fraction)`` is
    called as the work advances; ``cancelled()`` returning True raises Cancelled."""
    steps = 6 + with_rows

    def step(n: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(min(1.0, n / steps))

    step(0)
    as_of = min(period.end, today or date.today())
    ref = reference(store)
    labels = labels_from(ref)
    counted = counted_business_types(ref)
    previous, ytd = period.previous(), period.year_to_date()
    weeks = period.weeks(trend_weeks)
    base = scope.lead_filter()
    act_scope = ActivityFilter(period.start, period.end, base.cities, base.fields)
    groups = lead_groups(store, base, period, previous, ytd, weeks, counted, as_of=as_of)
    step(1)
    # activities per day over the trend and the period before (headline and trend), and per
    # officer, city and field over the period itself (the breakdowns)
    days = activity_days(
        store, min([previous.start] + [w.start for w in weeks]), period.end, act_scope
    )
    (acts,) = activity_grid(store, [(period.start, period.end)], act_scope)
    acts_prev = sum_days(days, previous)
    figures = Figures(
        base, act_scope, groups, acts, acts_prev, period, previous, ytd, counted, as_of
    )
    parts = breakdowns(ref, labels, scope, figures, list_targets(store, ytd.start.year), ytd)
    step(2)
    stages = funnel_stages(
        base,
        as_of,
        period,
        [int(total(groups, f"reached_{k}")) for k in range(len(MAIN))],
        entered(store, base, period),
    )
    step(3)
    points = trend(base, act_scope, weeks, groups, counted, days)
    step(4)
    lists = project_lists(
        store,
        base,
        period,
        parts.headline,
        parts.state,
        as_of=as_of,
        viewer=viewer,
        limit=list_limit,
    )
    # the leads the funnel counts: those that existed by the report's day (a lead made after
    # it is in no figure of the period, so it is not "in scope" either)
    in_scope = total(groups, "reached_0")
    with store.read() as s:
        today_n = s.execute(
            select(func.count()).select_from(Lead).where(*lead_where(store, base, as_of))
        ).scalar_one()
    step(5)
    rows = raw_rows(store, base, period, as_of=as_of, viewer=viewer) if with_rows else None
    step(steps)
    return WeeklyReport(
        period=period,
        previous=previous,
        scope=scope,
        as_of=as_of,
        generated_at=datetime.now(UTC),
        store_name=store_label(store),  # the file's name, never its path (issue 16)
        labels=labels,
        leads_in_scope=int(in_scope),
        leads_today=int(today_n),
        headline=parts.headline,
        tables=parts.tables,
        cities=parts.cities,
        fields=parts.fields,
        funnel=stages,
        trend=points,
        key_in_play=parts.state["key_in_play"],
        key_moved=parts.state["key_moved"],
        key_projects=lists.key_projects,
        signed=lists.signed,
        landed=lists.landed,
        overdue=lists.overdue,
        at_risk=parts.state["at_risk"],
        stale=lists.stale,
        officers=parts.officers,
        by_city=parts.by_city,
        ytd=parts.ytd,
        rows=rows,
    )
