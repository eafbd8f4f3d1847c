"""Contacts at a lead's company. PIPL: their values are personal information, so the audit log
records which fields changed with masked values, and readers without the right see them masked.
"""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session, col, select

from crm import audit
from crm import fields as F
from crm.accounts import permissions as P
from crm.accounts.permissions import mask_phone, mask_text, sees_contacts
from crm.accounts.users import Actor
from crm.changes import Changes, lead_changed
from crm.db import search
from crm.db.ids import stored_id
from crm.db.models import Contact, Lead, utcnow
from crm.db.store import Store
from crm.errors import (
    ConflictError,
    FieldError,
    NotFound,
    ParseError,
    UserError,
    ValidationError,
)
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.values.text import clean_text

FIELDS = {"name": 64, "title": 64, "mobile": 32, "email": 128, "wechat": 64, "note": 400}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\- ()]{5,20}$")


def masked_copy(c: Contact) -> Contact:
    return Contact(
        id=c.id,
        lead_id=c.lead_id,
        name=mask_text(c.name) or "",
        title=c.title,
        mobile=mask_phone(c.mobile),
        email=mask_text(c.email),
        wechat=mask_text(c.wechat),
        note=None,
        version=c.version,
    )


def _label(name: str) -> Message:
    return F.label("contact_name" if name == "name" else name)


def clean_contact(data: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    errors: list[FieldError] = []
    out: dict[str, Any] = {}
    for name, raw in data.items():
        if name not in FIELDS:
            raise ValueError(f"unknown contact field {name!r}")
        try:
            value = clean_text(raw, FIELDS[name], multiline=name == "note")
        except ParseError as exc:
            errors.append(FieldError(name, _label(name), exc.message))
            continue
        if value and name == "email" and not _EMAIL.match(value):
            errors.append(
                FieldError(
                    name, _label(name), QT_TRANSLATE_NOOP("Errors", "is not an e-mail address")
                )
            )
        if value and name == "mobile" and not _PHONE.match(value):
            errors.append(
                FieldError(name, _label(name), QT_TRANSLATE_NOOP("Errors", "is not a phone number"))
            )
        out[name] = value
    if (
        (creating or "name" in data)
        and not out.get("name")
        and not any(e.field == "name" for e in errors)
    ):
        errors.append(
            FieldError("name", _label("name"), QT_TRANSLATE_NOOP("Errors", "is required"))
        )
    if errors:
        raise ValidationError(errors)
    return out


def _lead_for(s: Session, actor: Actor, lead_id: int, action: str) -> Lead:
    """The lead whose contacts change: one who may change the lead and see its contacts."""
    lead = s.get(Lead, lead_id)
    if lead is None or lead.deleted_at is not None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The lead {id} does not exist.").format(id=lead_id)
        )
    actor = P.current(s, actor)
    refused = P.edit_lead(actor, lead.owner_id, lead.city_id)
    if refused is not None or not sees_contacts(actor, lead.owner_id, lead.city_id):
        reason = QT_TRANSLATE_NOOP("Errors", "You may not change this lead's contacts.")
        if refused is not None:
            reason = QT_TRANSLATE_NOOP("Permissions", "{what} {why}").format(
                what=reason, why=refused
            )
        P.require(reason, actor, action, "lead", lead_id)
    return lead


def add_contact(
    store: Store, actor: Actor, lead_id: int, data: dict[str, Any]
) -> tuple[int, Changes]:
    clean = clean_contact(data, creating=True)
    with store.write() as s:
        _lead_for(s, actor, lead_id, "add_contact")
        c = Contact(lead_id=lead_id, created_by=actor.id, updated_by=actor.id, **clean)
        s.add(c)
        s.flush()
        audit.created(
            s,
            actor.id,
            "contact",
            stored_id(c),
            masked_values(clean) | {"lead_id": lead_id},
        )
        search.reindex(s.connection(), [lead_id])
        cid = stored_id(c)
    return cid, lead_changed(lead_id, contacts=True)


def update_contact(
    store: Store,
    actor: Actor,
    contact_id: int,
    data: dict[str, Any],
    *,
    expected_version: int | None = None,
) -> Changes:
    clean = clean_contact(data, creating=False)
    with store.write() as s:
        c = s.get(Contact, contact_id)
        if c is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The contact {id} does not exist.").format(
                    id=contact_id
                )
            )
        _lead_for(s, actor, c.lead_id, "edit_contact")
        if expected_version is not None and c.version != expected_version:
            raise ConflictError("contact", contact_id)
        changed = {k: (getattr(c, k), v) for k, v in clean.items() if getattr(c, k) != v}
        for k, (_o, v) in changed.items():
            setattr(c, k, v)
        if changed:
            c.updated_by, c.updated_at = actor.id, utcnow()
            s.flush()
            audit.updated(
                s,
                actor.id,
                "contact",
                stored_id(c),
                {k: (_masked(k, o), _masked(k, n)) for k, (o, n) in changed.items()},
            )
            search.reindex(s.connection(), [c.lead_id])
        lead_id = c.lead_id
    return lead_changed(lead_id, contacts=True)


def delete_contact(store: Store, actor: Actor, contact_id: int) -> Changes:
    """Deleted for real: personal information is not kept once removed."""
    with store.write() as s:
        c = s.get(Contact, contact_id)
        if c is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The contact {id} does not exist.").format(
                    id=contact_id
                )
            )
        _lead_for(s, actor, c.lead_id, "delete_contact")
        lead_id = c.lead_id
        s.delete(c)
        s.flush()
        audit.record(s, actor.id, "contact", contact_id, "delete")
        search.reindex(s.connection(), [lead_id])
        search.purge(s.connection())
    store.forget_old_pages()
    return lead_changed(lead_id, contacts=True)


def list_contacts(store: Store, actor: Actor, lead_id: int) -> list[Contact]:
    with store.read() as s:
        lead = s.get(Lead, lead_id)
        if lead is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The lead {id} does not exist.").format(id=lead_id)
            )
        rows = list(
            s.exec(select(Contact).where(col(Contact.lead_id) == lead_id).order_by(col(Contact.id)))
        )
        visible = sees_contacts(actor, lead.owner_id, lead.city_id)
        on_request = P.contacts_on_request(actor, lead.owner_id, lead.city_id)
    return rows if visible and not on_request else [masked_copy(c) for c in rows]


def reveal_contacts(store: Store, actor: Actor, lead_id: int) -> list[Contact]:
    """A lead's contacts unmasked for a reader who may see them (a manager asking to: see
    crm.accounts.permissions.contacts_on_request); the reveal is written to the audit log first — no
    trace, no reveal."""
    if store.readonly:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Contacts",
                "The contacts cannot be shown while the store is open read-only: showing them "
                "must be recorded.",
            )
        )
    with store.write() as s:
        lead = s.get(Lead, lead_id)
        if lead is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The lead {id} does not exist.").format(id=lead_id)
            )
        me = P.current(s, actor)
        if not sees_contacts(me, lead.owner_id, lead.city_id):
            P.require(
                QT_TRANSLATE_NOOP("Errors", "You may not see this lead's contacts."),
                me, "reveal_contacts", "lead", lead_id,
            )  # fmt: skip
        rows = list(
            s.exec(select(Contact).where(col(Contact.lead_id) == lead_id).order_by(col(Contact.id)))
        )
        audit.record(s, me.id, "lead", lead_id, "reveal", "contacts", None, str(len(rows)))
    return rows


def masked_values(values: dict[str, Any]) -> dict[str, Any]:
    """A contact's values as the audit log records them: name, mobile, e-mail and WeChat masked
    (PIPL), the rest as given."""
    return {k: _masked(k, v) for k, v in values.items()}


def _masked(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "mobile":
        return mask_phone(value)
    if name in ("name", "email", "wechat"):
        return mask_text(value)
    return value
