"""Who is acting: the actor passed to every service, and the users behind it.

A person signs in (crm.accounts.signin) and acts as an Actor: a snapshot of who they were then. Every
write re-reads them in its own transaction (crm.accounts.permissions.current), so a person disabled or
given another role since signing in acts with what they have now. The built-in ``system``
user is not a person: it records what the app itself did (migrations, demo data).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from crm import audit
from crm.accounts.roles import ROLE_LABELS, ROLES  # noqa: F401 - re-exported
from crm.changes import Changes
from crm.db.ids import stored_id
from crm.db.models import User
from crm.db.store import Store
from crm.errors import FieldError, NotFound, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.reference import invalidate

SYSTEM_USERNAME = "system"


@dataclass(frozen=True)
class Actor:
    id: int
    username: str
    display_name: str
    role: str
    city_id: int | None
    #: administers people, reference lists, targets, backups and settings
    is_admin: bool = False

    @property
    def privileged(self) -> bool:
        """Managers see every city's confidential projects and contacts (crm.accounts.permissions)."""
        return self.role == "manager"

    @property
    def administers(self) -> bool:
        return self.is_admin or self.role == "admin"


def actor_of(u: User) -> Actor:
    return Actor(stored_id(u), u.username, u.display_name, u.role, u.city_id, bool(u.is_admin))


_actor = actor_of


def system_actor(store: Store) -> Actor:
    with store.read() as s:
        u = s.exec(select(User).where(User.username == SYSTEM_USERNAME)).one()
        return _actor(u)


def get_actor(store: Store, user_id: int) -> Actor:
    with store.read() as s:
        u = s.get(User, user_id)
        if u is None or not u.active:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no active user {id}.").format(id=user_id)
            )
        return _actor(u)


def find_actor(store: Store, name: str) -> Actor | None:
    """By username or display name (active users)."""
    with store.read() as s:
        u = s.exec(
            select(User).where(User.active, (User.username == name) | (User.display_name == name))
        ).first()
        return _actor(u) if u else None


def identify(
    store: Store, display_name: str, city_id: int | None, role: str = "officer"
) -> tuple[Actor, Changes]:
    """The "who are you" step: find this person (same name and city) or record them."""
    name = (display_name or "").strip()
    errors = []
    label = QT_TRANSLATE_NOOP("Fields", "Name")
    if not name:
        errors.append(FieldError("display_name", label, QT_TRANSLATE_NOOP("Errors", "is required")))
    elif len(name) > 64:
        errors.append(FieldError("display_name", label, QT_TRANSLATE_NOOP("Errors", "is too long")))
    if role not in ROLES:
        errors.append(
            FieldError(
                "role",
                QT_TRANSLATE_NOOP("Fields", "Role"),
                QT_TRANSLATE_NOOP("Errors", "is not a known value"),
            )
        )
    if errors:
        raise ValidationError(errors)

    with store.write() as s:
        u = s.exec(select(User).where(User.display_name == name, User.city_id == city_id)).first()
        if u is not None:
            return _actor(u), Changes()
        base = name
        username, n = base, 1
        while s.exec(select(User.id).where(User.username == username)).first() is not None:
            n += 1
            username = f"{base}{n}"
        u = User(username=username, display_name=name, role=role, city_id=city_id)
        s.add(u)
        s.flush()
        audit.created(
            s,
            None,
            "user",
            stored_id(u),
            {"username": username, "display_name": name, "role": role, "city_id": city_id},
        )
    invalidate(store)
    return _actor(u), Changes(users=True)
