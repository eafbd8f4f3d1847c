"""Closing a week: its report frozen as it stood, so that the report of a closed week is the
same whenever and by whomever it is produced, and carries a fingerprint that ``crm report
verify`` checks a file against.

* ``close_week`` (report staff, managers, admins, the command line) freezes the corridor-wide
  report of an ended ISO week — its figures as of that Sunday, the raw rows of the workbook —
  and each lead as it stood (stage, amounts, next follow-up); closing a closed week changes
  nothing. It also records what changed since the week before and, when that week was closed,
  the corrections made to it since ("调整").
* ``reopen_week`` (managers) drops the frozen report, with the reason in the audit log.
* ``save_summary`` (report staff, managers) stores the week's written summary; it is printed
  on the report and part of its fingerprint.
* ``report_of_week`` gives the frozen report of a closed week, or computes it from today's data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, func, insert, select
from sqlmodel import SQLModel, col

from crm import audit
from crm.accounts import permissions as P
from crm.accounts.users import Actor
from crm.analytics import frozen
from crm.analytics.as_it_stood import as_it_stood
from crm.analytics.period import Period, Scope
from crm.analytics.projects import codename
from crm.analytics.week_changes import (
    Adjustment,
    ClosedInfo,
    LeadState,
    WeekChanges,
    lead_names,
    states_as_of,
    stored_states,
    week_changes,
)
from crm.analytics.weekly import WeeklyReport, weekly_report
from crm.changes import Changes
from crm.db.label import store_label
from crm.db.migrate import current_revision
from crm.db.models import Lead, User, WeekLeadState, WeekReport, WeekSummary
from crm.db.store import Store
from crm.errors import FieldError, UserError, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP, Message

ALL = "all"
SUMMARY_MAX = 20_000
#: figures compared for the corrections of an earlier week
ADJUSTED_KEYS = ("new_leads", "activities", "visits", "advanced", "signed", "landed",
                 "signed_investment")  # fmt: skip


def _iso_week(period: Period) -> tuple[int, int]:
    if period.week is None:  # a caller's mistake: only weeks are closed and summarised
        raise ValueError(f"not an ISO week: {period.start} – {period.end}")
    return period.week


def week_key(period: Period) -> str:
    year, week = _iso_week(period)
    return f"{year}-W{week:02d}"


def _scope_key(scope: Scope) -> str:
    return ALL if scope.everything else f"city:{scope.city_id}|field:{scope.field_id}"


def _allowed(
    store: Store, actor: Actor, rule: Callable[[Actor], Message | None], action: str, period: Period
) -> None:
    """The person as the store knows them now may do this (crm.accounts.permissions), checked before
    the long work starts; a refusal is audited."""
    with store.read() as s:
        me = P.current(s, actor)
    reason = rule(me)
    if reason is not None:
        with store.write():
            P.require(reason, me, action, "week", _entity(period))


@dataclass(frozen=True)
class CloseResult:
    info: ClosedInfo
    already: bool
    changes: Changes


def closed_info(store: Store, period: Period) -> ClosedInfo | None:
    week = week_key(period)
    with store.read() as s:
        row = s.execute(
            select(
                col(WeekReport.closed_at), col(WeekReport.closed_by), col(WeekReport.digest)
            ).where(col(WeekReport.week) == week, col(WeekReport.scope) == ALL)
        ).first()
        if row is None:
            return None
        user = s.get(User, row[1]) if row[1] is not None else None
    summary, steps = summary_of(store, period)
    return ClosedInfo(
        week, _aware(row[0]), user.display_name if user else "",
        frozen.fingerprint(row[2], summary, steps),
    )  # fmt: skip


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def summary_of(store: Store, period: Period) -> tuple[str, str]:
    with store.read() as s:
        row = s.get(WeekSummary, week_key(period))
        return (row.summary, row.next_steps) if row else ("", "")


def close_week(store: Store, actor: Actor, period: Period, *, today: date) -> CloseResult:
    """Freeze ``period``'s report; a week already closed is left as it is."""
    _allowed(store, actor, P.close_week, "close_week", period)
    week = week_key(period)
    if period.end >= today:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Report", "{week} has not ended yet: it can be closed from {day}."
            ).format(week=week, day=(period.end + timedelta(days=1)).isoformat())
        )
    existing = closed_info(store, period)
    if existing is not None:
        return CloseResult(existing, True, Changes())
    with store.read() as s:
        first = s.execute(select(func.min(col(Lead.created_at)))).scalar_one()
    if first is None or _aware(first).date() > period.end:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Report",
                "{week} ended before the first lead was logged: there is nothing to close.",
            ).format(week=week)
        )
    report = weekly_report(store, period, Scope(), today=period.end, with_rows=True)
    states = states_as_of(store, period.end)
    report = replace(
        as_it_stood(store, report, states),
        changes=_changes(store, period, states),
        adjustments=_adjustments(store, period, today),
    )
    encoded = frozen.encode(replace(report, rows=None))
    digest = frozen.digest(report, encoded)
    figures = frozen.pack(None, encoded)
    raw = frozen.pack(report.rows)
    revision = current_revision(store.engine) or ""
    t = SQLModel.metadata.tables["week_lead_state"]
    with store.write() as s:
        s.add(WeekReport(week=week, scope=ALL, closed_by=actor.id, revision=revision,
                         format=frozen.FORMAT, figures=figures, raw_rows=raw, digest=digest))  # fmt: skip
        rows = [
            dict(week=week, lead_id=lid, city_id=v.city_id, field_id=v.field_id,
                 owner_id=v.owner_id, stage=v.stage, planned_investment=v.planned_investment,
                 agreed_investment=v.agreed_investment, funds_in_place=v.funds_in_place,
                 next_followup=v.next_followup, deleted=v.deleted)
            for lid, v in states.items()
        ]  # fmt: skip
        for n in range(0, len(rows), 5000):
            s.execute(insert(t), rows[n : n + 5000])
        audit.record(s, actor.id, "week", _entity(period), "close", "digest", None, digest)
    info = closed_info(store, period)
    if info is None:  # written just above, in this transaction's store
        raise RuntimeError(f"week {week} was closed but cannot be read back")
    return CloseResult(info, False, Changes(reports=True))


def _entity(period: Period) -> int:
    year, week = _iso_week(period)
    return year * 100 + week


def _changes(store: Store, period: Period, states: dict[int, LeadState]) -> WeekChanges | None:
    prev = period.previous()
    before = stored_states(store, week_key(prev))
    if before is None:
        return None
    ids = [lid for lid in states if lid not in before or states[lid] != before[lid]]
    names: dict[int, str] = {}
    for lid, (name, conf, code, _city) in lead_names(store, ids).items():
        names[lid] = codename(code, lid) if conf else name
    return week_changes(
        store, week_key(prev), before, states, period.start, period.end, names=names
    )


def _adjustments(store: Store, period: Period, today: date) -> tuple[Adjustment, ...]:
    """The week before, if closed: its figures as reported against today's data."""
    prev = period.previous()
    old = frozen_report(store, prev)
    if old is None:
        return ()
    # the headline is all that is compared: no lists, one week of trend
    now = weekly_report(store, prev, Scope(), today=today, list_limit=0, trend_weeks=1)
    out = []
    for key in ADJUSTED_KEYS:
        a, b = old.headline[key].value, now.headline[key].value
        if a != b:
            out.append(Adjustment(week_key(prev), key, a, b))
    return tuple(out)


def frozen_report(store: Store, period: Period, *, with_rows: bool = False) -> WeeklyReport | None:
    """The report as frozen when the week closed (None if it is not closed)."""
    with store.read() as s:
        row = s.execute(
            select(col(WeekReport.figures), col(WeekReport.raw_rows), col(WeekReport.format)).where(
                col(WeekReport.week) == week_key(period), col(WeekReport.scope) == ALL
            )
        ).first()
    if row is None:
        return None
    report: WeeklyReport = frozen.unpack(row[0], row[2])
    if with_rows and row[1] is not None:
        report = replace(report, rows=frozen.unpack(row[1], row[2]))
    return report


def report_of_week(
    store: Store,
    period: Period,
    scope: Scope = Scope(),
    *,
    today: date | None = None,
    with_rows: bool = False,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> WeeklyReport:
    """The report everyone circulates: frozen for a closed week (corridor-wide), else from
    today's data; with the week's written summary either way."""
    summary, steps = summary_of(store, period) if period.week else ("", "")
    info = closed_info(store, period) if period.week and scope.everything else None
    report = frozen_report(store, period, with_rows=with_rows) if info else None
    if report is None:
        # what changed since last week is shown once this week is closed (its snapshot)
        report = weekly_report(store, period, scope, today=today, with_rows=with_rows,
                               progress=progress, cancelled=cancelled)  # fmt: skip
    elif progress is not None:
        progress(1.0)
    elsewhere = (
        bool(period.week) and not scope.everything and closed_info(store, period) is not None
    )
    return replace(
        report,
        closed=info,
        closed_elsewhere=elsewhere,
        summary=summary,
        next_steps=steps,
        generated_at=datetime.now(UTC),
        store_name=store_label(store),
    )


def reopen_week(store: Store, actor: Actor, period: Period, reason: str) -> Changes:
    """Drop a closed week's frozen report (a manager's decision, with the reason logged)."""
    _allowed(store, actor, P.reopen_week, "reopen_week", period)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError([FieldError("reason", QT_TRANSLATE_NOOP("Report", "Reason"),
                                          QT_TRANSLATE_NOOP("Errors", "is required"))])  # fmt: skip
    info = closed_info(store, period)
    if info is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Report", "{week} is not closed.").format(week=week_key(period))
        )
    week = week_key(period)
    with store.write() as s:
        s.execute(delete(WeekReport).where(col(WeekReport.week) == week))
        s.execute(delete(WeekLeadState).where(col(WeekLeadState.week) == week))
        audit.record(
            s, actor.id, "week", _entity(period), "reopen", "reason", info.fingerprint, reason
        )
    return Changes(reports=True)


def save_summary(
    store: Store, actor: Actor, period: Period, summary: str, next_steps: str
) -> Changes:
    """Store the week's summary and next steps (the fingerprint of a closed week follows)."""
    _allowed(store, actor, P.write_summary, "write_summary", period)
    summary, next_steps = (summary or "").strip(), (next_steps or "").strip()
    errors = []
    for name, label, text in (
        ("summary", QT_TRANSLATE_NOOP("Report", "Summary of the week"), summary),
        ("next_steps", QT_TRANSLATE_NOOP("Report", "Next steps"), next_steps),
    ):
        if len(text) > SUMMARY_MAX:
            errors.append(FieldError(name, label, QT_TRANSLATE_NOOP(
                "Report", "is {n} characters long; at most 20,000 fit in a report").format(
                n=f"{len(text):,}")))  # fmt: skip
    if errors:
        raise ValidationError(errors)
    week = week_key(period)
    with store.write() as s:
        row = s.get(WeekSummary, week)
        old = (row.summary, row.next_steps) if row else ("", "")
        if old == (summary, next_steps):
            return Changes()
        if row is None:
            row = WeekSummary(week=week, created_by=actor.id, updated_by=actor.id)
            s.add(row)
        row.summary, row.next_steps, row.updated_by = summary, next_steps, actor.id
        row.updated_at = datetime.now(UTC)
        s.flush()
        audit.updated(s, actor.id, "week", _entity(period), {
            k: (o, n) for k, o, n in (("summary", old[0], summary),
                                      ("next_steps", old[1], next_steps)) if o != n})  # fmt: skip
    return Changes(reports=True)


def due_week(today: date) -> Period:
    """The week that closes first thing after it ended: the last complete one."""
    return Period.last_complete_week(today)


def close_due(store: Store, actor: Actor, today: date) -> CloseResult | None:
    """Close the last complete week if it is not closed yet and the store has leads from
    before its end (on the first start or report after it); None if there is nothing to do."""
    period = due_week(today)
    if closed_info(store, period) is not None:
        return None
    try:
        return close_week(store, actor, period, today=today)
    except UserError:
        return None
