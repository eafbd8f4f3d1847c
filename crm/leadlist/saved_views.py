"""Personal saved views of the lead list: a name plus filter, sort and columns (as JSON)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import select

from crm import audit
from crm.accounts.users import Actor
from crm.changes import Changes
from crm.db.ids import stored_id
from crm.db.models import SavedView, utcnow
from crm.db.store import Store
from crm.errors import FieldError, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leadlist.columns import LEGACY_KEYS
from crm.leadlist.query import LeadFilter
from crm.leadlist.sort import Sort


@dataclass(frozen=True)
class View:
    id: int
    name: str
    filter: LeadFilter
    sort: tuple[tuple[str, bool], ...]
    columns: tuple[str, ...]


def _view(row: SavedView) -> View:
    spec = json.loads(row.spec)
    return View(
        stored_id(row),
        row.name,
        LeadFilter.from_dict(spec.get("filter", {})),
        tuple((LEGACY_KEYS.get(k, k), bool(d)) for k, d in spec.get("sort", [])),
        tuple(LEGACY_KEYS.get(k, k) for k in spec.get("columns", [])),
    )


def list_views(store: Store, actor: Actor) -> list[View]:
    with store.read() as s:
        rows = s.exec(
            select(SavedView).where(SavedView.user_id == actor.id).order_by(SavedView.name)
        ).all()
    return [_view(r) for r in rows]


def save_view(
    store: Store, actor: Actor, name: str, flt: LeadFilter, sort: Sort, columns: Iterable[str]
) -> tuple[View, Changes]:
    """Create or replace the actor's view of this name."""
    name = " ".join((name or "").split())
    if not name or len(name) > 64:
        raise ValidationError(
            [
                FieldError(
                    "name",
                    QT_TRANSLATE_NOOP("Fields", "View name"),
                    QT_TRANSLATE_NOOP("Errors", "is required (at most 64 characters)"),
                )
            ]
        )
    spec = json.dumps(
        {"filter": flt.to_dict(), "sort": [list(s) for s in sort], "columns": list(columns)},
        ensure_ascii=False,
    )
    with store.write() as s:
        row = s.exec(
            select(SavedView).where(SavedView.user_id == actor.id, SavedView.name == name)
        ).first()
        if row is None:
            row = SavedView(
                user_id=actor.id, name=name, spec=spec, created_by=actor.id, updated_by=actor.id
            )
            s.add(row)
            s.flush()
            audit.created(s, actor.id, "saved_view", stored_id(row), {"name": name})
        else:
            old = row.spec
            row.spec, row.updated_by, row.updated_at = spec, actor.id, utcnow()
            s.flush()
            audit.updated(s, actor.id, "saved_view", stored_id(row), {"spec": (old, spec)})
        view = _view(row)
    return view, Changes(views=True)


def delete_view(store: Store, actor: Actor, view_id: int) -> Changes:
    with store.write() as s:
        row = s.get(SavedView, view_id)
        if row is None or row.user_id != actor.id:
            return Changes()
        s.delete(row)
        audit.record(s, actor.id, "saved_view", view_id, "delete", "name", row.name, None)
    return Changes(views=True)
