"""Follow-ups (跟进记录): logging a call, visit or meeting on a lead, and the lead's timeline.

Logging an activity moves the lead's last-activity day and, when it names a next follow-up
date, the lead's next follow-up. An activity on or after the scheduled day without a next date
completes the follow-up (the lead then has none scheduled).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from crm import audit
from crm import fields as F
from crm import permissions as P
from crm.changes import lead_changed
from crm.dates import parse_date
from crm.db.models import Activity, Lead, StageChange, utcnow
from crm.db.store import Store
from crm.errors import ConflictError, FieldError, NotFound, ParseError, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.reference import reference
from crm.users import Actor
from crm.values.text import clean_text


@dataclass(frozen=True)
class ActivityResult:
    activity_id: int
    lead_id: int
    lead_version: int
    changes: Any


@dataclass(frozen=True)
class TimelineEntry:
    """An activity or a stage change, for the lead's timeline (newest first)."""

    kind: str  # "activity" | "stage"
    day: date
    at: datetime
    user_id: int | None
    activity: Activity | None = None
    stage: StageChange | None = None


def clean_activity(
    store: Store, data: dict[str, Any], *, creating: bool, today: date
) -> dict[str, Any]:
    ref = reference(store)
    errors: list[FieldError] = []
    out: dict[str, Any] = {}

    def fail(name, message):
        errors.append(FieldError(name, F.label(name), message))

    for name, raw in data.items():
        try:
            if name in ("occurred_on", "next_followup"):
                out[name] = parse_date(raw)
            elif name == "activity_type":
                item = ref.resolve("activity_type", raw)
                if raw not in (None, "") and item is None:
                    raise ParseError(
                        QT_TRANSLATE_NOOP("Parse", "'{text}' is not a known value").format(
                            text=str(raw)[:40]
                        )
                    )
                out["type_id"] = item.id if item else None
            elif name == "summary":
                out[name] = clean_text(raw, 4000, multiline=True)
            elif name in ("participants", "next_step"):
                out[name] = clean_text(raw, 400)
            else:
                raise ValueError(f"unknown activity field {name!r}")
        except ParseError as exc:
            fail(name, exc.message)
    required = {"occurred_on": "occurred_on", "activity_type": "type_id", "summary": "summary"}
    for name, key in required.items():
        if (
            (creating or name in data)
            and out.get(key) is None
            and not any(e.field == name for e in errors)
        ):
            fail(name, QT_TRANSLATE_NOOP("Errors", "is required"))
    day = out.get("occurred_on")
    if day and day > today:
        fail("occurred_on", QT_TRANSLATE_NOOP("Errors", "cannot be in the future"))
    nxt = out.get("next_followup")
    if nxt and day and nxt < day:
        fail("next_followup", QT_TRANSLATE_NOOP("Errors", "cannot be before the activity"))
    if errors:
        raise ValidationError(errors)
    return out


def log_activity(
    store: Store, actor: Actor, lead_id: int, data: dict[str, Any], *, today: date | None = None
) -> ActivityResult:
    """Record an activity on a lead (one transaction with the lead's follow-up update)."""
    today = today or date.today()
    data = {"occurred_on": today, **data}
    clean = clean_activity(store, data, creating=True, today=today)
    with store.write() as s:
        lead = s.get(Lead, lead_id)
        if lead is None or lead.deleted_at is not None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The lead {id} does not exist.").format(id=lead_id)
            )
        actor = P.current(s, actor)
        P.require(
            P.log_activity(actor, lead.city_id, lead.confidential),
            actor,
            "log_activity",
            "lead",
            lead_id,
        )
        act = Activity(
            lead_id=lead_id, user_id=actor.id, created_by=actor.id, updated_by=actor.id, **clean
        )
        s.add(act)
        s.flush()
        audit.created(s, actor.id, "activity", act.id, clean | {"lead_id": lead_id})
        before = (lead.next_followup, lead.last_activity_on)
        day = clean["occurred_on"]
        if lead.last_activity_on is None or day > lead.last_activity_on:
            lead.last_activity_on = day
        if clean.get("next_followup"):
            lead.next_followup = clean["next_followup"]
        elif lead.next_followup is not None and lead.next_followup <= day:
            lead.next_followup = None
        after = (lead.next_followup, lead.last_activity_on)
        if after != before:
            lead.updated_by, lead.updated_at = actor.id, utcnow()
            s.flush()
            audit.updated(
                s,
                actor.id,
                "lead",
                lead_id,
                {
                    k: (b, a)
                    for k, b, a in zip(
                        ("next_followup", "last_activity_on"), before, after, strict=True
                    )
                    if b != a
                },
            )
        return ActivityResult(act.id, lead_id, lead.version, lead_changed(lead_id, activities=True))


def update_activity(
    store: Store,
    actor: Actor,
    activity_id: int,
    data: dict[str, Any],
    *,
    expected_version: int | None = None,
    today: date | None = None,
):
    today = today or date.today()
    clean = clean_activity(store, data, creating=False, today=today)
    with store.write() as s:
        act = s.get(Activity, activity_id)
        if act is None or act.deleted_at is not None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The activity {id} does not exist.").format(
                    id=activity_id
                )
            )
        if expected_version is not None and act.version != expected_version:
            raise ConflictError("activity", activity_id)
        actor = P.current(s, actor)
        P.require(P.change_activity(actor, act.user_id), actor, "edit_activity", "activity", act.id)
        changed = {k: (getattr(act, k), v) for k, v in clean.items() if getattr(act, k) != v}
        for k, (_o, v) in changed.items():
            setattr(act, k, v)
        if changed:
            act.updated_by, act.updated_at = actor.id, utcnow()
            s.flush()
            audit.updated(s, actor.id, "activity", act.id, changed)
            _refresh_last_activity(s, act.lead_id)
        return lead_changed(act.lead_id, activities=True)


def delete_activity(store: Store, actor: Actor, activity_id: int, *, restore: bool = False):
    """Soft delete (or restore) an activity; the lead's last-activity day follows."""
    with store.write() as s:
        act = s.get(Activity, activity_id)
        if act is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The activity {id} does not exist.").format(
                    id=activity_id
                )
            )
        actor = P.current(s, actor)
        P.require(
            P.change_activity(actor, act.user_id), actor, "delete_activity", "activity", act.id
        )
        old = act.deleted_at
        act.deleted_at = None if restore else utcnow()
        act.updated_by, act.updated_at = actor.id, utcnow()
        s.flush()
        audit.record(
            s,
            actor.id,
            "activity",
            act.id,
            "restore" if restore else "delete",
            "deleted_at",
            old,
            act.deleted_at,
        )
        _refresh_last_activity(s, act.lead_id)
        return lead_changed(act.lead_id, activities=True)


def _refresh_last_activity(s, lead_id: int) -> None:
    last = s.exec(
        select(func.max(Activity.occurred_on)).where(
            Activity.lead_id == lead_id, Activity.deleted_at.is_(None)
        )
    ).one()
    lead = s.get(Lead, lead_id)
    if lead.last_activity_on != last:
        lead.last_activity_on = last


def timeline(store: Store, lead_id: int, *, limit: int = 500) -> list[TimelineEntry]:
    """Activities and stage changes of a lead, newest first."""
    with store.read() as s:
        acts = s.exec(
            select(Activity)
            .where(Activity.lead_id == lead_id, Activity.deleted_at.is_(None))
            .order_by(Activity.occurred_on.desc(), Activity.id.desc())
            .limit(limit)
        ).all()
        moves = s.exec(
            select(StageChange)
            .where(StageChange.lead_id == lead_id)
            .order_by(StageChange.changed_on.desc(), StageChange.id.desc())
            .limit(limit)
        ).all()
    entries = [
        TimelineEntry("activity", a.occurred_on, a.created_at, a.user_id, activity=a) for a in acts
    ]
    entries += [TimelineEntry("stage", m.changed_on, m.at, m.user_id, stage=m) for m in moves]
    entries.sort(key=lambda e: (e.day, e.at), reverse=True)
    return entries[:limit]
