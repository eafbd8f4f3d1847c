"""Administering the reference lists (DOMAIN.md: admins extend them): add a value, rename it,
retire it or bring it back, move it in the list. A value in use is never deleted — retiring it
keeps every lead that uses it as it was, and only takes it out of the choices for new input.

The stages and the cities are the corridor's own structure (reports and rules name them):
their names may be edited, but they are not added to or retired here.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import func
from sqlmodel import Session, col, select

from crm import audit
from crm.accounts import permissions as P
from crm.accounts.users import Actor
from crm.changes import Changes
from crm.db.ids import stored_id
from crm.db.models import RefItem, utcnow
from crm.db.store import Store
from crm.errors import FieldError, NotFound, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.reference import invalidate

#: lists an administrator may extend and retire values of
EDITABLE = ("subfield", "source", "project_type", "lost_reason", "region", "activity_type")
#: lists whose values may only be renamed
FIXED = ("stage", "city", "field", "business_type")
NAME_MAX = 64

_LABELS = {
    "name_zh": QT_TRANSLATE_NOOP("Fields", "Chinese name"),
    "name_en": QT_TRANSLATE_NOOP("Fields", "English name"),
    "kind": QT_TRANSLATE_NOOP("Fields", "List"),
    "parent": QT_TRANSLATE_NOOP("Fields", "Field"),
}


def _fail(name: str, message: Message) -> ValidationError:
    return ValidationError([FieldError(name, _LABELS[name], message)])


def _name(name: str, raw: object) -> str:
    text = " ".join(unicodedata.normalize("NFKC", str(raw or "")).split())
    if not text:
        raise _fail(name, QT_TRANSLATE_NOOP("Errors", "is required"))
    if len(text) > NAME_MAX:
        raise _fail(name, QT_TRANSLATE_NOOP("Errors", "is too long"))
    return text


def _code(name_en: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", name_en.lower()).strip("_")[:48] or "value"
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}_{n}"
    return code


def add_value(
    store: Store,
    actor: Actor,
    kind: str,
    name_zh: object,
    name_en: object,
    *,
    parent_id: int | None = None,
) -> tuple[int, Changes]:
    """A new value at the end of its list; a sub-field names its field."""
    if kind not in EDITABLE:
        raise _fail(
            "kind", QT_TRANSLATE_NOOP("Reference", "this list's values are fixed by the corridor")
        )
    zh, en = _name("name_zh", name_zh), _name("name_en", name_en)
    with store.write() as s:
        me = P.current(s, actor)
        P.require(P.administer(me), me, "add_reference", "ref_item")
        if kind == "subfield":
            parent = s.get(RefItem, parent_id) if parent_id is not None else None
            if parent is None or parent.kind != "field":
                raise _fail("parent", QT_TRANSLATE_NOOP("Errors", "is required"))
        rows = s.exec(select(RefItem).where(col(RefItem.kind) == kind)).all()
        for r in rows:
            if r.name_zh == zh or r.name_en.casefold() == en.casefold():
                raise _fail(
                    "name_zh" if r.name_zh == zh else "name_en",
                    QT_TRANSLATE_NOOP("Reference", "the list already has this value"),
                )
        order = max((r.sort_order for r in rows), default=0) + 1
        item = RefItem(
            kind=kind,
            code=_code(en, {r.code for r in rows}),
            name_zh=zh,
            name_en=en,
            parent_id=parent_id if kind == "subfield" else None,
            sort_order=order,
            created_by=me.id,
            updated_by=me.id,
        )
        s.add(item)
        s.flush()
        audit.created(
            s, me.id, "ref_item", stored_id(item), {"kind": kind, "name_zh": zh, "name_en": en}
        )
        item_id = stored_id(item)
    invalidate(store)
    return item_id, Changes(reference=True)


def _load(s: Session, item_id: int) -> RefItem:
    item = s.get(RefItem, item_id)
    if item is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Reference", "There is no list value {id}.").format(id=item_id)
        )
    return item


def rename_value(
    store: Store, actor: Actor, item_id: int, name_zh: object, name_en: object
) -> Changes:
    """A new name for a value: every lead that uses it shows the new name."""
    zh, en = _name("name_zh", name_zh), _name("name_en", name_en)
    with store.write() as s:
        me = P.current(s, actor)
        P.require(P.administer(me), me, "rename_reference", "ref_item", item_id)
        item = _load(s, item_id)
        clash = s.exec(
            select(col(RefItem.id)).where(
                col(RefItem.kind) == item.kind,
                col(RefItem.id) != item.id,
                (col(RefItem.name_zh) == zh) | (func.lower(col(RefItem.name_en)) == en.lower()),
            )
        ).first()
        if clash is not None:
            raise _fail(
                "name_zh", QT_TRANSLATE_NOOP("Reference", "the list already has this value")
            )
        changed = {
            k: (getattr(item, k), v)
            for k, v in (("name_zh", zh), ("name_en", en))
            if getattr(item, k) != v
        }
        if not changed:
            return Changes()
        for k, (_o, v) in changed.items():
            setattr(item, k, v)
        item.updated_by, item.updated_at = me.id, utcnow()
        s.flush()
        audit.updated(s, me.id, "ref_item", stored_id(item), changed)
    invalidate(store)
    return Changes(reference=True)


def set_retired(store: Store, actor: Actor, item_id: int, retired: bool) -> Changes:
    """Retire a value (no longer offered; leads keep it) or bring it back."""
    with store.write() as s:
        me = P.current(s, actor)
        P.require(P.administer(me), me, "retire_reference", "ref_item", item_id)
        item = _load(s, item_id)
        if item.kind not in EDITABLE:
            raise _fail(
                "kind",
                QT_TRANSLATE_NOOP("Reference", "this list's values are fixed by the corridor"),
            )
        if item.active == (not retired):
            return Changes()
        if retired and item.kind != "subfield":
            left = s.exec(
                select(func.count())
                .select_from(RefItem)
                .where(
                    col(RefItem.kind) == item.kind, col(RefItem.active), col(RefItem.id) != item.id
                )
            ).one()
            if left == 0:
                raise _fail(
                    "kind",
                    QT_TRANSLATE_NOOP("Reference", "a list keeps at least one value in use"),
                )
        item.active = not retired
        item.updated_by, item.updated_at = me.id, utcnow()
        s.flush()
        audit.record(
            s, me.id, "ref_item", stored_id(item), "retire" if retired else "restore", "active",
            retired, not retired,
        )  # fmt: skip
    invalidate(store)
    return Changes(reference=True)


def move_value(store: Store, actor: Actor, item_id: int, step: int) -> Changes:
    """Move a value up (step -1) or down (+1) in its list."""
    with store.write() as s:
        me = P.current(s, actor)
        P.require(P.administer(me), me, "order_reference", "ref_item", item_id)
        item = _load(s, item_id)
        rows = list(
            s.exec(
                select(RefItem)
                .where(col(RefItem.kind) == item.kind, col(RefItem.parent_id) == item.parent_id)
                .order_by(col(RefItem.sort_order), col(RefItem.id))
            )
        )
        i = [r.id for r in rows].index(item.id)
        j = i + (1 if step > 0 else -1)
        if not 0 <= j < len(rows):
            return Changes()
        rows[i], rows[j] = rows[j], rows[i]
        for n, r in enumerate(rows):
            if r.sort_order != n:
                r.sort_order, r.updated_by, r.updated_at = n, me.id, utcnow()
        s.flush()
        audit.record(s, me.id, "ref_item", stored_id(item), "order", "sort_order", i, j)
    invalidate(store)
    return Changes(reference=True)
