"""Follow-up states (DOMAIN.md): a lead whose next follow-up is 3 days overdue is flagged to
its officer, at 5 days to the officer's manager, at 7 days it is at risk; thresholds are team
settings. Only leads still in play (not lost, not operating) have a follow-up state."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.pipeline import OPEN
from crm.team_settings import FollowupThresholds


class FollowupState(StrEnum):
    NONE = "none"  # nothing scheduled (or the lead is closed)
    SCHEDULED = "scheduled"  # in the future
    DUE = "due"  # today
    OVERDUE = "overdue"  # late, below the first threshold
    OFFICER = "officer"  # ≥ 3 days: flagged to the officer
    MANAGER = "manager"  # ≥ 5 days: flagged to the manager
    AT_RISK = "at_risk"  # ≥ 7 days


LABELS: dict[FollowupState, Message] = {
    FollowupState.NONE: QT_TRANSLATE_NOOP("Followup", "Not scheduled"),
    FollowupState.SCHEDULED: QT_TRANSLATE_NOOP("Followup", "Scheduled"),
    FollowupState.DUE: QT_TRANSLATE_NOOP("Followup", "Due today"),
    FollowupState.OVERDUE: QT_TRANSLATE_NOOP("Followup", "Overdue"),
    FollowupState.OFFICER: QT_TRANSLATE_NOOP("Followup", "Overdue {days}+ days"),
    FollowupState.MANAGER: QT_TRANSLATE_NOOP("Followup", "Overdue {days}+ days, manager told"),
    FollowupState.AT_RISK: QT_TRANSLATE_NOOP("Followup", "At risk"),
}

#: states that are late, worst last
LATE = (FollowupState.OVERDUE, FollowupState.OFFICER, FollowupState.MANAGER, FollowupState.AT_RISK)


def label(state: FollowupState, th: FollowupThresholds) -> Message:
    days = {FollowupState.OFFICER: th.officer, FollowupState.MANAGER: th.manager}.get(state)
    msg = LABELS[state]
    return msg.format(days=days) if days else msg


def state(
    next_followup: date | None, stage: str, today: date, th: FollowupThresholds
) -> FollowupState:
    if next_followup is None or stage not in OPEN:
        return FollowupState.NONE
    late = (today - next_followup).days
    if late < 0:
        return FollowupState.SCHEDULED
    if late == 0:
        return FollowupState.DUE
    if late >= th.at_risk:
        return FollowupState.AT_RISK
    if late >= th.manager:
        return FollowupState.MANAGER
    if late >= th.officer:
        return FollowupState.OFFICER
    return FollowupState.OVERDUE


def date_range(
    st: FollowupState, today: date, th: FollowupThresholds
) -> tuple[date | None, date | None]:
    """The next_followup dates (inclusive) that put an open lead in state ``st``; NONE is
    handled by the caller (no date)."""

    def d(n: int) -> date:
        return today - timedelta(days=n)

    return {
        FollowupState.SCHEDULED: (today + timedelta(days=1), None),
        FollowupState.DUE: (today, today),
        FollowupState.OVERDUE: (d(th.officer - 1), d(1)),
        FollowupState.OFFICER: (d(th.manager - 1), d(th.officer)),
        FollowupState.MANAGER: (d(th.at_risk - 1), d(th.manager)),
        FollowupState.AT_RISK: (None, d(th.at_risk)),
    }[st]


def stale_before(today: date, th: FollowupThresholds) -> date:
    """A lead still in play with no activity since before this day is stale."""
    return today - timedelta(days=th.stale_days)
