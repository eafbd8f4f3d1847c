"""Team-wide settings kept in the store (thresholds apply to everyone sharing it), typed and
with defaults, declared once.

Every setting here is corridor-wide (one set of follow-up thresholds for the three cities, as
the committee supervises them alike): a committee manager or an administrator changes them
(crm.accounts.permissions.corridor_settings), not a city manager."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from crm import audit
from crm.accounts import permissions as P
from crm.accounts.users import Actor
from crm.changes import Changes
from crm.db.models import Setting, utcnow
from crm.db.store import Store
from crm.errors import FieldError, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP

FOLLOWUP_KEY = "followup.thresholds"


@dataclass(frozen=True)
class FollowupThresholds:
    """Days overdue at which a follow-up is flagged to the officer, to the manager, at risk;
    and days without activity after which a lead counts as stale (DOMAIN.md: 3/5/7 and 30)."""

    officer: int = 3
    manager: int = 5
    at_risk: int = 7
    stale_days: int = 30


def followup_thresholds(store: Store) -> FollowupThresholds:
    cached = store.cache.get(FOLLOWUP_KEY)
    if isinstance(cached, FollowupThresholds):
        return cached
    with store.read() as s:
        row = s.get(Setting, FOLLOWUP_KEY)
    value = FollowupThresholds()
    if row is not None:
        try:
            value = FollowupThresholds(
                **{
                    k: int(v)
                    for k, v in json.loads(row.value).items()
                    if k in FollowupThresholds.__dataclass_fields__
                }
            )
        except (ValueError, TypeError):
            value = FollowupThresholds()
    store.cache[FOLLOWUP_KEY] = value
    return value


def set_followup_thresholds(store: Store, actor: Actor, value: FollowupThresholds) -> Changes:
    if not (
        0 < value.officer < value.manager < value.at_risk <= 365 and 0 < value.stale_days <= 365
    ):
        raise ValidationError(
            [
                FieldError(
                    "thresholds",
                    QT_TRANSLATE_NOOP("Fields", "Follow-up thresholds"),
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "must increase: officer < manager < at risk, all between 1 and 365 days",
                    ),
                )
            ]
        )
    with store.write() as s:
        actor = P.current(s, actor)
        P.require(P.corridor_settings(actor), actor, "set_thresholds", "setting")
        row = s.get(Setting, FOLLOWUP_KEY)
        new = json.dumps(asdict(value))
        old = row.value if row else None
        if row is None:
            s.add(Setting(key=FOLLOWUP_KEY, value=new, created_by=actor.id, updated_by=actor.id))
        else:
            row.value, row.updated_by, row.updated_at = new, actor.id, utcnow()
        audit.record(s, actor.id, "setting", 0, "update", FOLLOWUP_KEY, old, new)
    store.cache.pop(FOLLOWUP_KEY, None)
    return Changes(settings=True)
