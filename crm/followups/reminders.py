"""Follow-ups that reach people: what to remind a person of (the notification at start and
every hour), and the follow-ups of a period by day (the calendar).

Whom a follow-up concerns follows DOMAIN.md's thresholds (crm.pipeline.followup): its officer from the
day it is due; the officer's manager once it is ``manager`` days late (a city's manager for
their city, the committee's for every city). Leads come from the lead list's query
(crm.leadlist.query), so a reminder's "open" shows exactly the leads it counted, masked as the
list masks them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlmodel import col

from crm.accounts.permissions import MANAGER
from crm.accounts.users import Actor
from crm.db.models import Lead
from crm.db.store import Store
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.leadlist.filter import LeadFilter
from crm.leadlist.query import LeadRow, conditions, count_leads, list_leads
from crm.pipeline import OPEN
from crm.pipeline.followup import LATE, FollowupState

#: the leads a notification names at most (it says how many more)
NAMED = 3


@dataclass(frozen=True)
class Reminder:
    """What to tell a person now: their due and late follow-ups, and (a manager) their
    people's follow-ups late enough to be flagged to them."""

    today: date
    due: int
    overdue: int
    #: a manager's: their people's follow-ups at least the manager threshold late
    flagged: int
    #: the filters behind the three counts (what "open" shows)
    mine: LeadFilter
    team: LeadFilter | None
    #: the first few leads, worst first (for the notification's text)
    first: list[LeadRow]

    @property
    def total(self) -> int:
        return self.due + self.overdue + self.flagged

    @property
    def empty(self) -> bool:
        return self.total == 0

    @property
    def lead_ids(self) -> frozenset[int]:
        return frozenset(r.id for r in self.first)

    def title(self) -> Message:
        return QT_TRANSLATE_NOOP("Reminders", "{n} follow-ups need you").format(n=self.total)

    def text(self) -> Message:
        """ "2 due today, 3 overdue, 1 of your people's flagged to you." """
        parts = []
        if self.due:
            parts.append(QT_TRANSLATE_NOOP("Reminders", "{n} due today").format(n=self.due))
        if self.overdue:
            parts.append(QT_TRANSLATE_NOOP("Reminders", "{n} overdue").format(n=self.overdue))
        if self.flagged:
            parts.append(
                QT_TRANSLATE_NOOP("Reminders", "{n} of your people's flagged to you").format(
                    n=self.flagged
                )
            )
        return QT_TRANSLATE_NOOP("Reminders", "{counts}.").format(counts=_joined(parts))

    def body(self, lang: str | None = None) -> str:
        """The notification's text: the counts, then the first leads, worst first."""
        names = [f"· {r.company}" for r in self.first[:NAMED]]
        more = self.total - len(names)
        if more > 0:
            names.append(QT_TRANSLATE_NOOP("Reminders", "and {n} more").format(n=more).render(lang))
        return "\n".join([self.text().render(lang), *names])


def _joined(parts: list[Message]) -> Message:
    out = parts[0]
    for p in parts[1:]:
        out = QT_TRANSLATE_NOOP("Reminders", "{a}, {b}").format(a=out, b=p)
    return out


def _manages(actor: Actor) -> bool:
    return actor.role == MANAGER


@dataclass(frozen=True)
class NeedsYou:
    """The one rule for what "needs you" means (DOMAIN.md's thresholds): your own leads whose
    follow-up is due today or late, and, for a manager, your people's leads late enough to be
    flagged to you (``manager`` days and more), in your city or (the committee's) in every
    city. My day's tiles and lists and the reminder all count through these filters, so they
    cannot disagree."""

    due: LeadFilter
    overdue: LeadFilter
    #: a manager's people's leads flagged to them (not their own); None for others
    flagged: LeadFilter | None
    #: the own follow-ups 7+ days late (a part of ``overdue``)
    at_risk: LeadFilter
    #: own leads in play with no activity for the stale threshold (30 days)
    stale: LeadFilter

    @property
    def mine(self) -> LeadFilter:
        return self.due.with_(followup=(FollowupState.DUE, *LATE))


def needs_you(actor: Actor) -> NeedsYou:
    own = LeadFilter(owners=(actor.id,))
    flagged = None
    if _manages(actor):
        flagged = LeadFilter(
            cities=(actor.city_id,) if actor.city_id is not None else (),
            followup=(FollowupState.MANAGER, FollowupState.AT_RISK),
            not_owners=(actor.id,),
        )
    return NeedsYou(
        due=own.with_(followup=(FollowupState.DUE,)),
        overdue=own.with_(followup=LATE),
        flagged=flagged,
        at_risk=own.with_(followup=(FollowupState.AT_RISK,)),
        stale=own.with_(stale=True),
    )


def reminder(store: Store, actor: Actor, today: date | None = None) -> Reminder:
    """What to remind ``actor`` of today: what :func:`needs_you` counts."""
    today = today or date.today()
    rule = needs_you(actor)
    due = count_leads(store, actor, rule.due, today)
    overdue = count_leads(store, actor, rule.overdue, today)
    team, flagged = rule.flagged, 0
    if team is not None:
        flagged = count_leads(store, actor, team, today)
    sort = [("next_followup", False)]
    rows = list(list_leads(store, actor, rule.mine, sort=sort, limit=NAMED, today=today).rows)
    if len(rows) < NAMED and team is not None and flagged:
        more = list_leads(store, actor, team, sort=sort, limit=NAMED - len(rows), today=today)
        rows += list(more.rows)
    return Reminder(today, due, overdue, flagged, rule.mine, team, rows)


# ------------------------------------------------------------------ the calendar


@dataclass(frozen=True)
class CalendarScope:
    """Whose follow-ups the calendar shows: the actor's own, or (``everyone``) all the
    actor sees in ``cities`` (none: every city)."""

    mine: bool = True
    cities: tuple[int, ...] = ()

    def filter(self, actor: Actor) -> LeadFilter:
        return LeadFilter(owners=(actor.id,) if self.mine else (), cities=self.cities)


def followups_per_day(
    store: Store, actor: Actor, scope: CalendarScope, start: date, end: date
) -> dict[date, int]:
    """How many follow-ups of leads in play fall on each day of [start, end] (a month's grid:
    one grouped query, whatever the store's size)."""
    flt = scope.filter(actor).with_(followup_from=start, followup_to=end)
    conds = conditions(store, actor, flt)
    q = (
        select(col(Lead.next_followup), func.count())
        .where(*conds, col(Lead.stage).in_(OPEN))
        .group_by(col(Lead.next_followup))
    )
    with store.read() as s:
        return Counter({day: int(n) for day, n in s.execute(q)})


def followups_between(
    store: Store,
    actor: Actor,
    scope: CalendarScope,
    start: date,
    end: date,
    *,
    limit: int = 500,
    today: date | None = None,
) -> tuple[list[LeadRow], int]:
    """The follow-ups of leads in play in [start, end], by day then company (the list beside
    the calendar), at most ``limit``, and how many there are."""
    flt = scope.filter(actor).with_(followup_from=start, followup_to=end, stages=OPEN)
    page = list_leads(
        store,
        actor,
        flt,
        sort=[("next_followup", False), ("company_name", False)],
        limit=limit,
        today=today,
    )
    return list(page.rows), page.total


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of ``day``'s ISO week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def month_of(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return first, nxt - timedelta(days=1)
