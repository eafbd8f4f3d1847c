"""Who is acting: the actor passed to every service, and the users behind it.

Until sign-in exists (team issue), a person says once who they are — name and city — and is
stored as a user; the command line acts as the built-in ``system`` user.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from crm.changes import Changes
from crm.db.models import User
from crm.db.store import Store
from crm.errors import FieldError, NotFound, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP

ROLES = ("officer", "manager", "report_staff", "admin")
ROLE_LABELS = {
    "officer": QT_TRANSLATE_NOOP("Roles", "Investment officer"),
    "manager": QT_TRANSLATE_NOOP("Roles", "Manager"),
    "report_staff": QT_TRANSLATE_NOOP("Roles", "Report staff"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
}
SYSTEM_USERNAME = "system"


@dataclass(frozen=True)
class Actor:
    id: int
    username: str
    display_name: str
    role: str
    city_id: int | None

    @property
    def privileged(self) -> bool:
        """Managers and admins see every city's confidential projects and contacts."""
        return self.role in ("manager", "admin")


def _actor(u: User) -> Actor:
    return Actor(u.id, u.username, u.display_name, u.role, u.city_id)


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
    from crm import audit
    from crm.reference import invalidate

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
            u.id,
            {"username": username, "display_name": name, "role": role, "city_id": city_id},
        )
    invalidate(store)
    return _actor(u), Changes(users=True)
