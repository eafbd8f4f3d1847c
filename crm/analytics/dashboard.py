"""The managers' dashboard: year to date against the annual targets per city and field, the
weekly trend, the city × field heat map and the officers' activity (督查考核).

The figures mean exactly what they mean in the weekly report (crm.analytics.metrics: signed
projects count once at their first signing, 升格/更换投资主体 are not new projects …) and come
with the same lead-list filters; a test compares both on one store. The dashboard computes
only these, with a query each (crm.analytics.passes for leads, crm.analytics.dashboard_passes
for activities), so that it refreshes fast.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from crm.analytics.activity import ActivityCounts, ActivityFilter, visits_of
from crm.analytics.breakdowns import OfficerRow, city_field_slice, officer_slice
from crm.analytics.dashboard_passes import activities_within, activity_pass, officers_in
from crm.analytics.figures import Figure, LeadMetric, lead_sums, merge, total
from crm.analytics.labels import Labels, labels_from
from crm.analytics.metrics import counted_business_types, period_filter, ytd_filter
from crm.analytics.passes import Groups, created_pass, landed_pass, signed_pass
from crm.analytics.period import Period, Scope
from crm.analytics.trend import TrendPoint
from crm.analytics.ytd import TargetProgress, elapsed_share, progress
from crm.db.store import Store
from crm.leadlist.query import LeadFilter
from crm.pipeline import MAIN
from crm.reference import ReferenceData, reference
from crm.targets.annual import list_targets
from crm.values.names import pinyin_key

TREND_WEEKS = 12
GROUP = ("city_id", "field_id")
#: signed_pass aggregate behind each year-to-date metric (landed projects: landed_pass)
YTD_AGGREGATE = {
    "signed_projects": "count",
    "signed_investment": "agreed_investment",
    "funds_in_place": "funds_in_place",
    "hightech_enterprises": "hightech",
    "jobs": "expected_jobs",
}
TREND_KEYS = ("new_leads", "activities", "visits", "signed", "signed_investment", "landed")
OFFICER_KEYS = ("visits", "calls", "meetings", "activities", "new_leads", "advanced", "signed")
#: activity figures and the type codes they count (None: visits, empty: all)
ACTIVITY_KEYS = {"activities": (), "visits": None, "calls": ("call",), "meetings": ("meeting",)}
#: the open pipeline of the heat map: leads not yet signed, still worked on
PIPELINE_STAGES = MAIN[: MAIN.index("signed")]


@dataclass(frozen=True)
class Dashboard:
    as_of: date
    scope: Scope
    ytd: Period
    # share of the year elapsed on the dashboard's day (0–1)
    elapsed: float
    labels: Labels
    cities: tuple[int, ...]
    fields: tuple[int, ...]
    # (city, field) → one TargetProgress per target metric; None stands for "all"
    progress: dict[tuple[int | None, int | None], list[TargetProgress]]
    # (city, field) → the open pipeline: "pipeline" (leads) and "pipeline_value" (planned)
    pipeline: dict[tuple[int | None, int | None], dict[str, Figure]]
    trend: list[TrendPoint]
    officer_period: Period
    officers: list[OfficerRow]
    # the published corridor targets' comparable flags (crm.analytics.corridor) → projects
    # signed so far through investment attraction that carry the flag
    contribution: dict[str, Figure]

    def target_row(self, city: int | None, field: int | None, metric: str) -> TargetProgress:
        return next(r for r in self.progress[(city, field)] if r.metric == metric)

    @property
    def has_targets(self) -> bool:
        return any(r.target is not None for r in self.progress[(None, None)])


def dashboard(
    store: Store,
    scope: Scope = Scope(),
    *,
    today: date | None = None,
    officer_period: Period | None = None,
    trend_weeks: int = TREND_WEEKS,
) -> Dashboard:
    """Every figure of the dashboard on ``today`` (default: the real today)."""
    as_of = today or date.today()
    ref = reference(store)
    labels = labels_from(ref)
    counted = counted_business_types(ref)
    ytd = Period.year_until(as_of)
    last_week = Period.last_complete_week(as_of)
    weeks = last_week.weeks(trend_weeks)
    officer_period = officer_period or last_week
    base = scope.lead_filter()
    act_scope = ActivityFilter(ytd.start, as_of, base.cities, base.fields)

    signed = signed_pass(store, base, [ytd, *weeks], counted, GROUP, today=as_of)
    landed = landed_pass(store, base, [ytd, *weeks], counted, GROUP, today=as_of)
    created = created_pass(store, base, [*weeks, officer_period], ("owner_id",), today=as_of)
    pipe = lead_sums(
        store,
        base,
        [
            LeadMetric("pipeline", LeadFilter(stages=PIPELINE_STAGES)),
            LeadMetric("pipeline_value", LeadFilter(stages=PIPELINE_STAGES), "planned_investment"),
        ],
        GROUP,
        today=as_of,
    )
    start = min(weeks[0].start, officer_period.start)
    acts = activity_pass(store, start, max(as_of, officer_period.end), act_scope)

    seen = set(signed[0]) | set(landed[0]) | set(pipe)
    cities = _shown(scope.city_id, labels.city_order, labels.core_cities, {g[0] for g in seen})
    fields = _shown(scope.field_id, labels.field_order, labels.focus_fields, {g[1] for g in seen})
    targets = list_targets(store, ytd.start.year)
    cells, pipeline = {}, {}
    for c in (*cities, None):
        for f in (*fields, None):
            part = city_field_slice(c, f)
            actual = {}
            for metric, aggregate in YTD_AGGREGATE.items():
                value = total(signed[0], aggregate, part.lead_group)
                flt = merge(base, ytd_filter(metric, ytd, counted), part.leads)
                actual[metric] = Figure(value, leads=flt)
            actual["landed_projects"] = Figure(
                total(landed[0], "count", part.lead_group),
                leads=merge(base, ytd_filter("landed_projects", ytd, counted), part.leads),
            )
            city = c if c is not None else scope.city_id
            field = f if f is not None else scope.field_id
            cells[(c, f)] = progress(actual, targets, city, field)
            flt = merge(base, LeadFilter(stages=PIPELINE_STAGES), part.leads)
            pipeline[(c, f)] = {
                k: Figure(total(pipe, k, part.lead_group), leads=flt)
                for k in ("pipeline", "pipeline_value")
            }

    trend = []
    for n, w in enumerate(weeks):
        figures = {
            "new_leads": Figure(
                total(created[n], "count"),
                leads=merge(base, period_filter("new_leads", w, counted)),
            ),
            "signed": Figure(
                total(signed[n + 1], "count"),
                leads=merge(base, period_filter("signed", w, counted)),
            ),
            "signed_investment": Figure(
                total(signed[n + 1], "agreed_investment"),
                leads=merge(base, period_filter("signed_investment", w, counted)),
            ),
            "landed": Figure(
                total(landed[n + 1], "count"),
                leads=merge(base, period_filter("landed", w, counted)),
            ),
        }
        week_acts = replace(act_scope, start=w.start, end=w.end)
        figures |= _activity_figures(
            activities_within(acts, w), week_acts, ("activities", "visits")
        )
        trend.append(TrendPoint(w, {k: figures[k] for k in TREND_KEYS}))

    signed_ever = LeadFilter(signed_to=as_of, business_types=counted)
    flags = {"national_rd": LeadFilter(national_rd=True), "hightech": LeadFilter(hightech=True)}
    ever = lead_sums(
        store,
        base,
        [LeadMetric(k, merge(signed_ever, f)) for k, f in flags.items()],
        (),
        today=as_of,
    )
    contribution = {
        k: Figure(total(ever, k), leads=merge(base, signed_ever, f)) for k, f in flags.items()
    }
    officers = _officers(
        store,
        ref,
        labels,
        scope,
        base,
        counted,
        officer_period,
        acts,
        act_scope,
        created[-1],
        as_of,
    )
    return Dashboard(
        as_of,
        scope,
        ytd,
        elapsed_share(ytd),
        labels,
        cities,
        fields,
        cells,
        pipeline,
        trend,
        officer_period,
        officers,
        contribution,
    )


def _activity_figures(
    counts: ActivityCounts, flt: ActivityFilter, keys: tuple[str, ...]
) -> dict[str, Figure]:
    out: dict[str, Figure] = {}
    for key in keys:
        types = ACTIVITY_KEYS[key]
        if types is None:
            out[key] = Figure(counts.visits, activities=visits_of(flt))
        else:
            n = sum(v for t, v in counts.by_type.items() if not types or t in types)
            out[key] = Figure(n, activities=replace(flt, types=types))
    return out


def _officers(
    store: Store,
    ref: ReferenceData,
    labels: Labels,
    scope: Scope,
    base: LeadFilter,
    counted: tuple[int, ...],
    period: Period,
    acts: dict[tuple[date, int], ActivityCounts],
    act_scope: ActivityFilter,
    created: Groups,
    as_of: date,
) -> list[OfficerRow]:
    """One row per officer: activities they logged and lead figures of the leads they own
    (``created``: leads created in the period by owner, from created_pass)."""
    keys = ("new_leads", "advanced", "signed")
    groups = lead_sums(
        store,
        base,
        [LeadMetric(k, period_filter(k, period, counted)) for k in keys[1:]],
        ("owner_id",),
        today=as_of,
    )
    for (uid,), values in created.items():
        groups.setdefault((uid,), {})["new_leads"] = values["count"]
    people: set[int] = {g[0] for g in groups} | officers_in(acts, period)
    people |= {u.id for u in ref.officers(scope.city_id) if u.role == "officer"}
    period_acts = replace(act_scope, start=period.start, end=period.end)
    rows: list[OfficerRow] = []
    for uid in people:
        user = ref.user(uid)
        part = officer_slice(uid)
        figures = _activity_figures(
            activities_within(acts, period, uid),
            replace(period_acts, users=(uid,)),
            ("visits", "calls", "meetings", "activities"),
        )
        for k in keys:
            figures[k] = Figure(
                groups.get((uid,), {}).get(k, 0),
                leads=merge(base, period_filter(k, period, counted), part.leads),
            )
        rows.append(
            OfficerRow(
                uid,
                user.display_name if user else str(uid),
                user.city_id if user else None,
                {k: figures[k] for k in OFFICER_KEYS},
            )
        )
    rank: dict[int | None, int] = {c: n for n, c in enumerate(labels.city_order)}
    rows.sort(
        key=lambda o: (
            rank.get(o.city_id, len(rank)),
            -o.figures["activities"].value,
            pinyin_key(o.name),
            o.user_id,
        )
    )
    return rows


def _shown(
    chosen: int | None, order: tuple[int, ...], always: frozenset[int], seen: set[int]
) -> tuple[int, ...]:
    if chosen is not None:
        return (chosen,)
    return tuple(i for i in order if i in always or i in seen)
