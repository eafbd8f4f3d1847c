"""Follow-ups (跟进记录): logging a call, visit or meeting on a lead, and the lead's timeline.

Logging an activity moves the lead's last-activity day and, when it names a next follow-up
date, the lead's next follow-up. An activity on or after the scheduled day without a next date
completes the follow-up (the lead then has none scheduled).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from crm import audit
from crm import fields as F
from crm.accounts import permissions as P
from crm.accounts.users import Actor
from crm.changes import Changes, lead_changed
from crm.db.ids import stored_id
from crm.db.models import Activity, Lead, StageChange, User, utcnow
from crm.db.store import Store
from crm.errors import (
    ConflictError,
    FieldError,
    NotFound,
    ParseError,
    ValidationError,
)
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.reference import reference
from crm.values.dates import parse_date
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

    def fail(name: str, message: Message) -> None:
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
        audit.created(s, actor.id, "activity", stored_id(act), clean | {"lead_id": lead_id})
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
        return ActivityResult(
            stored_id(act), lead_id, lead.version, lead_changed(lead_id, activities=True)
        )


#: an activity's columns as the form's fields name them (undo puts old values back this way)
FIELD_OF = {
    "occurred_on": "occurred_on",
    "type_id": "activity_type",
    "participants": "participants",
    "summary": "summary",
    "next_step": "next_step",
    "next_followup": "next_followup",
}


@dataclass(frozen=True)
class ActivityEdit:
    """What an edit, delete or restore did: ``changed`` maps the form's field names to
    (old, new), so applying the olds undoes it."""

    activity_id: int
    lead_id: int
    version: int
    changed: dict[str, tuple[Any, Any]]
    changes: Any


def _changeable(
    s: Session, actor: Actor, activity_id: int, *, deleted: bool, action: str
) -> tuple[Activity, Lead, Actor]:
    """The activity and its lead, for one who may change it (crm.accounts.permissions: the person who
    logged it, or a manager of the lead's city); the actor as the store knows them now."""
    act = s.get(Activity, activity_id)
    lead = s.get(Lead, act.lead_id) if act is not None else None
    if (
        act is None
        or lead is None
        or lead.deleted_at is not None
        or ((act.deleted_at is not None) != deleted)
    ):
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The activity {id} does not exist.").format(id=activity_id)
        )
    actor = P.current(s, actor)
    author = act.created_by or act.user_id
    reason = P.change_activity(actor, author, lead.city_id)
    if reason is not None:
        reason = QT_TRANSLATE_NOOP(
            "Errors",
            "Only {name}, who logged this activity, or a manager of the lead's city may change it.",
        ).format(name=reference_user_name(s, author))
    P.require(reason, actor, action, "activity", stored_id(act))
    return act, lead, actor


def update_activity(
    store: Store,
    actor: Actor,
    activity_id: int,
    data: dict[str, Any],
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> ActivityEdit:
    """Correct a logged activity (its author or a manager); the lead's last-activity day and
    follow-up follow, as if the activity had been logged so in the first place."""
    today = today or date.today()
    clean = clean_activity(store, data, creating=False, today=today)
    with store.write() as s:
        act, lead, actor = _changeable(s, actor, activity_id, deleted=False, action="edit_activity")
        if expected_version is not None and act.version != expected_version:
            raise ConflictError("activity", activity_id)
        day = clean.get("occurred_on", act.occurred_on)
        nxt = clean.get("next_followup", act.next_followup)
        if nxt and day and nxt < day:
            raise ValidationError(
                [FieldError("next_followup", F.label("next_followup"),
                            QT_TRANSLATE_NOOP("Errors", "cannot be before the activity"))]
            )  # fmt: skip
        changed = {k: (getattr(act, k), v) for k, v in clean.items() if getattr(act, k) != v}
        if changed:
            before = _derived(s, stored_id(lead))
            for k, (_o, v) in changed.items():
                setattr(act, k, v)
            act.updated_by, act.updated_at = actor.id, utcnow()
            s.flush()
            audit.updated(s, actor.id, "activity", stored_id(act), changed)
            _follow(s, actor, lead, before)
        return ActivityEdit(
            stored_id(act),
            stored_id(lead),
            act.version,
            {FIELD_OF[k]: v for k, v in changed.items()},
            lead_changed(stored_id(lead), activities=True) if changed else Changes(),
        )


def delete_activity(
    store: Store, actor: Actor, activity_id: int, *, restore: bool = False
) -> ActivityEdit:
    """Soft delete (or restore) an activity (its author or a manager); the lead's last-activity
    day and follow-up follow."""
    with store.write() as s:
        act, lead, actor = _changeable(
            s, actor, activity_id, deleted=restore, action="delete_activity"
        )
        before = _derived(s, stored_id(lead))
        old = act.deleted_at
        act.deleted_at = None if restore else utcnow()
        act.updated_by, act.updated_at = actor.id, utcnow()
        s.flush()
        audit.record(
            s,
            actor.id,
            "activity",
            stored_id(act),
            "restore" if restore else "delete",
            "deleted_at",
            old,
            act.deleted_at,
        )
        _follow(s, actor, lead, before)
        return ActivityEdit(
            stored_id(act),
            stored_id(lead),
            act.version,
            {},
            lead_changed(stored_id(lead), activities=True),
        )


def _derived(s: Session, lead_id: int) -> tuple[date | None, date | None]:
    """(last activity day, next follow-up) as logging the lead's activities in the order of
    their days gives them (log_activity's rule, from nothing scheduled)."""
    last = nxt = None
    for day, named in s.exec(
        select(col(Activity.occurred_on), col(Activity.next_followup))
        .where(col(Activity.lead_id) == lead_id, col(Activity.deleted_at).is_(None))
        .order_by(col(Activity.occurred_on), col(Activity.id))
    ):
        if named:
            nxt = named
        elif nxt is not None and nxt <= day:
            nxt = None
        last = day
    return last, nxt


def _follow(s: Session, actor: Actor, lead: Lead, before: tuple[date | None, date | None]) -> None:
    """After an activity changed: its last-activity day always follows; its follow-up too, when
    the activities had set it (a follow-up typed into the lead, or set by a move to 搁置, is
    later than any activity's word and stays)."""
    last, nxt = _derived(s, stored_id(lead))
    old = (lead.last_activity_on, lead.next_followup)
    lead.last_activity_on = last
    if lead.stage not in ("on_hold", "lost") and lead.next_followup == before[1]:
        lead.next_followup = nxt
    new = (lead.last_activity_on, lead.next_followup)
    if new != old:
        lead.updated_by, lead.updated_at = actor.id, utcnow()
        s.flush()
        audit.updated(
            s,
            actor.id,
            "lead",
            stored_id(lead),
            {
                k: (b, a)
                for k, b, a in zip(("last_activity_on", "next_followup"), old, new, strict=True)
                if b != a
            },
        )


def reference_user_name(s: Session, user_id: int | None) -> str:
    user = s.get(User, user_id) if user_id else None
    return user.display_name if user is not None else "?"


def get_activity(store: Store, activity_id: int) -> Activity:
    with store.read() as s:
        act = s.get(Activity, activity_id)
    if act is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The activity {id} does not exist.").format(id=activity_id)
        )
    return act


def timeline(
    store: Store, lead_id: int, *, limit: int = 500, deleted: bool = True
) -> list[TimelineEntry]:
    """Activities and stage changes of a lead, newest first; with ``deleted``, the activities
    deleted too (the timeline says who deleted them: a deletion is not a silent loss)."""
    live = () if deleted else (col(Activity.deleted_at).is_(None),)
    with store.read() as s:
        acts = s.exec(
            select(Activity)
            .where(col(Activity.lead_id) == lead_id, *live)
            .order_by(col(Activity.occurred_on).desc(), col(Activity.id).desc())
            .limit(limit)
        ).all()
        moves = s.exec(
            select(StageChange)
            .where(col(StageChange.lead_id) == lead_id)
            .order_by(col(StageChange.changed_on).desc(), col(StageChange.id).desc())
            .limit(limit)
        ).all()
    entries = [
        TimelineEntry("activity", a.occurred_on, a.created_at, a.user_id, activity=a) for a in acts
    ]
    entries += [TimelineEntry("stage", m.changed_on, m.at, m.user_id, stage=m) for m in moves]
    entries.sort(key=lambda e: (e.day, e.at), reverse=True)
    return entries[:limit]
