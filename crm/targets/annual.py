"""Annual targets (year × city × field × metric) that the reports and the dashboard measure
progress against; set by administrators and managers (a city manager: their city's; the
corridor's own: committee managers — crm.accounts.permissions.manage_targets), every change
audited.

An empty city or field means "all". When no target is set for exactly the scope asked about,
the finer targets that make it up are added: the corridor's target is the sum of the cities'
targets (or of the fields', or of the cells'), a city's is the sum of its fields' targets.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from crm import audit
from crm.accounts import permissions as P
from crm.accounts.users import Actor
from crm.changes import Changes
from crm.db.ids import stored_id
from crm.db.models import Target, utcnow
from crm.db.store import Store
from crm.errors import FieldError, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.reference import reference

METRICS = (
    "signed_projects",
    "signed_investment",
    "landed_projects",
    "funds_in_place",
    "hightech_enterprises",
    "jobs",
)
METRIC_LABELS: dict[str, Message] = {
    "signed_projects": QT_TRANSLATE_NOOP("Targets", "Signed projects"),
    "signed_investment": QT_TRANSLATE_NOOP("Targets", "Signed investment"),
    "landed_projects": QT_TRANSLATE_NOOP("Targets", "Landed projects"),
    "funds_in_place": QT_TRANSLATE_NOOP("Targets", "Funds in place"),
    "hightech_enterprises": QT_TRANSLATE_NOOP("Targets", "High-tech enterprises"),
    "jobs": QT_TRANSLATE_NOOP("Targets", "Jobs"),
}
#: metrics measured in 万元 (the others are counts)
AMOUNT_METRICS = ("signed_investment", "funds_in_place")


@dataclass(frozen=True)
class TargetValue:
    year: int
    city_id: int | None
    field_id: int | None
    metric: str
    value: float


def list_targets(store: Store, year: int) -> list[TargetValue]:
    """Every target set for ``year``, in a stable order."""
    with store.read() as s:
        rows = s.exec(
            select(Target)
            .where(col(Target.year) == year)
            .order_by(col(Target.metric), col(Target.id))
        ).all()
    return [TargetValue(t.year, t.city_id, t.field_id, t.metric, t.value) for t in rows]


def target_for(
    targets: list[TargetValue], metric: str, city_id: int | None, field_id: int | None
) -> float | None:
    """The target of one scope: set exactly, or the sum of the finer targets making it up."""
    mine = [t for t in targets if t.metric == metric]

    def total(pred: Callable[[TargetValue], bool]) -> float | None:
        hits = [t.value for t in mine if pred(t)]
        return sum(hits) if hits else None

    steps = [lambda t: t.city_id == city_id and t.field_id == field_id]
    if city_id is None and field_id is None:
        steps += [
            lambda t: t.city_id is not None and t.field_id is None,
            lambda t: t.city_id is None and t.field_id is not None,
        ]
    if city_id is None:
        steps.append(lambda t: t.city_id is not None and t.field_id == field_id)
    if field_id is None:
        steps.append(lambda t: t.field_id is not None and t.city_id == city_id)
    if city_id is None and field_id is None:
        steps.append(lambda t: t.city_id is not None and t.field_id is not None)
    for pred in steps:
        value = total(pred)
        if value is not None:
            return value
    return None


def _add(
    s: Session,
    actor: Actor,
    year: int,
    key: tuple[int | None, int | None, str],
    value: float,
) -> None:
    """A new target row of ``key`` (city, field, metric), audited in the caller's write (the
    one cell of set_target, each new cell of replace_targets)."""
    city_id, field_id, metric = key
    row = Target(
        year=year,
        city_id=city_id,
        field_id=field_id,
        metric=metric,
        value=float(value),
        created_by=actor.id,
        updated_by=actor.id,
    )
    s.add(row)
    s.flush()
    audit.created(
        s,
        actor.id,
        "target",
        stored_id(row),
        {"year": year, "city_id": city_id, "field_id": field_id, "metric": metric}
        | {"value": float(value)},
    )


def set_target(
    store: Store,
    actor: Actor,
    year: int,
    metric: str,
    value: float | None,
    *,
    city_id: int | None = None,
    field_id: int | None = None,
) -> Changes:
    """Set (or, with ``value`` None, remove) one target; audited in the same transaction."""
    _validate(store, year, metric, value, city_id, field_id)
    with store.write() as s:
        actor = P.current(s, actor)
        P.require(P.manage_targets(actor, city_id), actor, "set_targets", "target")
        row = s.exec(
            select(Target).where(
                col(Target.year) == year,
                col(Target.metric) == metric,
                col(Target.city_id).is_(None)
                if city_id is None
                else col(Target.city_id) == city_id,
                col(Target.field_id).is_(None)
                if field_id is None
                else col(Target.field_id) == field_id,
            )
        ).first()
        if value is None:
            if row is None:
                return Changes()
            audit.record(s, actor.id, "target", stored_id(row), "delete", "value", row.value, None)
            s.delete(row)
        elif row is None:
            _add(s, actor, year, (city_id, field_id, metric), value)
        elif row.value != float(value):
            audit.updated(
                s, actor.id, "target", stored_id(row), {"value": (row.value, float(value))}
            )
            row.value, row.updated_by, row.updated_at = float(value), actor.id, utcnow()
        else:
            return Changes()
    return Changes(targets=True)


def _validate(
    store: Store,
    year: object,
    metric: str,
    value: object,
    city_id: int | None,
    field_id: int | None,
) -> None:
    """Every argument as a caller (a sheet, the command line) may pass it, checked."""
    ref = reference(store)
    errors: list[FieldError] = []
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        errors.append(
            FieldError(
                "year",
                QT_TRANSLATE_NOOP("Targets", "Year"),
                QT_TRANSLATE_NOOP("Targets", "must be a year between 2000 and 2100"),
            )
        )
    if metric not in METRICS:
        errors.append(
            FieldError(
                "metric",
                QT_TRANSLATE_NOOP("Targets", "Metric"),
                QT_TRANSLATE_NOOP("Errors", "is not a known value"),
            )
        )
    if value is not None and (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
    ):
        errors.append(
            FieldError(
                "value",
                QT_TRANSLATE_NOOP("Targets", "Target"),
                QT_TRANSLATE_NOOP("Targets", "must be a number of zero or more"),
            )
        )
    for name, kind, item_id, label in (
        ("city", "city", city_id, QT_TRANSLATE_NOOP("Fields", "Sci-tech city")),
        ("field", "field", field_id, QT_TRANSLATE_NOOP("Fields", "Field")),
    ):
        if item_id is not None and ref.resolve(kind, item_id) is None:
            errors.append(
                FieldError(name, label, QT_TRANSLATE_NOOP("Errors", "is not a known value"))
            )
    if errors:
        raise ValidationError(errors)


#: (city_id, field_id, metric) of one target within a year
TargetKey = tuple[int | None, int | None, str]


def replace_targets(
    store: Store, actor: Actor, year: int, values: dict[TargetKey, float]
) -> Changes:
    """Make ``year``'s targets exactly ``values`` (an imported sheet): targets not in it are
    removed, the others set. All or nothing, in one transaction, every change audited.

    A person who may set only some targets (a city manager: their city's) replaces those:
    the targets they may not set are kept when the sheet leaves them out, and the sheet is
    refused whole when it would change one of them."""
    for (city_id, field_id, metric), value in values.items():
        _validate(store, year, metric, value, city_id, field_id)
    changed = False
    with store.write() as s:
        actor = P.current(s, actor)
        rows = {
            (t.city_id, t.field_id, t.metric): t
            for t in s.exec(select(Target).where(col(Target.year) == year)).all()
        }
        # only what the sheet changes is checked: an exported sheet read back is no change
        touched = {k[0] for k, v in values.items() if k not in rows or rows[k].value != v}
        for city_id in sorted(touched, key=lambda c: -1 if c is None else c):
            P.require(P.manage_targets(actor, city_id), actor, "set_targets", "target")
        if not touched:  # nothing to set: still only for those who set targets at all
            P.require(P.manage_targets(actor, actor.city_id), actor, "set_targets", "target")
        for key, row in rows.items():
            if key not in values and P.manage_targets(actor, key[0]) is None:
                audit.record(
                    s, actor.id, "target", stored_id(row), "delete", "value", row.value, None
                )
                s.delete(row)
                changed = True
        for (city_id, field_id, metric), value in values.items():
            found = rows.get((city_id, field_id, metric))
            if found is None:
                _add(s, actor, year, (city_id, field_id, metric), value)
                changed = True
            elif found.value != float(value):
                audit.updated(
                    s, actor.id, "target", stored_id(found), {"value": (found.value, float(value))}
                )
                found.value, found.updated_by, found.updated_at = float(value), actor.id, utcnow()
                changed = True
    return Changes(targets=True) if changed else Changes()
