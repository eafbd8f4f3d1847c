"""People and their accounts: adding, disabling and enabling, roles, cities, passwords, and
handing a leaving officer's leads to another — an administrator's work (crm.accounts.permissions),
each an audited transaction. A store always keeps one active administrator.

A person added without a password (a ledger's officer, say) is a colleague whose leads carry
their name; they cannot sign in until an administrator sets a password for them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func
from sqlmodel import Session, col, select

from crm import audit
from crm.accounts import passwords
from crm.accounts import permissions as P
from crm.accounts.roles import ROLES
from crm.accounts.users import SYSTEM_USERNAME, Actor, actor_of
from crm.changes import Changes
from crm.db.ids import stored_id
from crm.db.models import Lead, User, utcnow
from crm.db.store import Store
from crm.errors import FieldError, NotFound, ParseError, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.reference import invalidate, reference

T = TypeVar("T")
USERNAME_MAX = 32
NAME_MAX = 64

_LABELS = {
    "username": QT_TRANSLATE_NOOP("Fields", "Username"),
    "display_name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "city": QT_TRANSLATE_NOOP("Fields", "Sci-tech city"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "manager": QT_TRANSLATE_NOOP("Fields", "Manager"),
    "to_user": QT_TRANSLATE_NOOP("Fields", "Hand the leads to"),
}


@dataclass(frozen=True)
class Person:
    id: int
    username: str
    display_name: str
    role: str
    city_id: int | None
    is_admin: bool
    active: bool
    can_sign_in: bool
    must_change_password: bool
    manager_id: int | None
    last_sign_in_at: datetime | None
    #: live leads this person owns
    leads: int


def _fail(name: str, message: Message) -> ValidationError:
    return ValidationError([FieldError(name, _LABELS[name], message)])


def clean_username(raw: object) -> str:
    """Letters (Chinese too), digits, ``.``, ``_`` and ``-``; no spaces, no emoji."""
    text = unicodedata.normalize("NFKC", str(raw or "")).strip()
    if not text:
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "is required"))
    if len(text) > USERNAME_MAX:
        raise ParseError(
            QT_TRANSLATE_NOOP("Accounts", "must have at most {count} characters").format(
                count=USERNAME_MAX
            )
        )
    if not all(c.isalnum() or c in "._-" for c in text):
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Accounts", "may hold only letters, digits, '.', '_' and '-' (no spaces)"
            )
        )
    return text


def clean_display_name(raw: object) -> str:
    text = " ".join(unicodedata.normalize("NFKC", str(raw or "")).split())
    if not text:
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "is required"))
    if len(text) > NAME_MAX:
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "is too long"))
    if any(unicodedata.category(c).startswith("C") for c in text):
        raise ParseError(QT_TRANSLATE_NOOP("Accounts", "holds characters that are not text"))
    return text


def _parse(name: str, fn: Callable[[Any], T], raw: Any) -> T:
    try:
        return fn(raw)
    except ParseError as exc:
        raise _fail(name, exc.message) from None


def _username_taken(s: Session, username: str, but: int | None = None) -> bool:
    q = select(User.id).where(func.lower(User.username) == username.lower())
    if but is not None:
        q = q.where(User.id != but)
    return s.exec(q).first() is not None


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise _fail("role", QT_TRANSLATE_NOOP("Errors", "is not a known value"))
    return role


def _check_city(store: Store, role: str, city_id: int | None) -> int | None:
    if city_id is not None and reference(store).get(city_id) is None:
        raise _fail("city", QT_TRANSLATE_NOOP("Errors", "is not a known value"))
    if role == P.OFFICER and city_id is None:
        raise _fail("city", QT_TRANSLATE_NOOP("Accounts", "an officer works for one city"))
    return city_id


def _admin(s: Session, actor: Actor, action: str, entity_id: int | None = None) -> Actor:
    me = P.current(s, actor)
    P.require(P.administer(me), me, action, "user", entity_id)
    return me


def add_person(
    store: Store,
    actor: Actor,
    username: object,
    display_name: object,
    role: str = P.OFFICER,
    city_id: int | None = None,
    *,
    is_admin: bool = False,
    password: str | None = None,
    one_time: bool = True,
    manager_id: int | None = None,
) -> tuple[Person, Changes]:
    """Add a person. Without a password they cannot sign in until an admin sets one; with one
    given by an admin (``one_time``) they change it at their first sign-in."""
    name = _parse("username", clean_username, username)
    shown = _parse("display_name", clean_display_name, display_name)
    _check_role(role)
    _check_city(store, role, city_id)
    hashed = _parse("password", passwords.hash_password, password) if password else None
    with store.write() as s:
        me = _admin(s, actor, "add_user")
        if _username_taken(s, name):
            raise _fail("username", QT_TRANSLATE_NOOP("Accounts", "is already taken"))
        if hashed is not None:
            _own_password_first(s, me)
        u = User(
            username=name,
            display_name=shown,
            role=role,
            city_id=city_id,
            is_admin=is_admin,
            manager_id=manager_id,
            password_hash=hashed,
            must_change_password=bool(hashed and one_time),
            created_by=me.id,
            updated_by=me.id,
        )
        s.add(u)
        s.flush()
        audit.created(
            s,
            me.id,
            "user",
            stored_id(u),
            {
                "username": name,
                "display_name": shown,
                "role": role,
                "city_id": city_id,
                "is_admin": is_admin,
                "password": "set" if hashed else None,
            },
        )
        person = _person(s, u)
    invalidate(store)
    return person, Changes(users=True)


def _own_password_first(s: Session, me: Actor) -> None:
    """A second person who can sign in makes every start ask who signs in: the admin of a
    store without passwords sets their own first, or they could not sign in themselves."""
    row = s.get(User, me.id)
    if row is not None and row.username != SYSTEM_USERNAME and row.password_hash is None:
        raise _fail(
            "password",
            QT_TRANSLATE_NOOP(
                "Accounts",
                "set your own password first: once a second person can sign in, everyone does",
            ),
        )


def _load(s: Session, user_id: int) -> User:
    u = s.get(User, user_id)
    if u is None or u.username == SYSTEM_USERNAME:
        raise NotFound(QT_TRANSLATE_NOOP("Accounts", "There is no person {id}.").format(id=user_id))
    return u


def _admins_left(s: Session, but: int) -> int:
    return s.exec(
        select(func.count())
        .select_from(User)
        .where(
            User.active,
            User.id != but,
            User.username != SYSTEM_USERNAME,
            (User.is_admin) | (User.role == P.ADMIN),
        )
    ).one()


def _keep_an_admin(s: Session, u: User, *, active: bool, admin: bool) -> None:
    was = u.active and (u.is_admin or u.role == P.ADMIN)
    if was and not (active and admin) and _admins_left(s, stored_id(u)) == 0:
        raise _fail(
            "role",
            QT_TRANSLATE_NOOP(
                "Accounts", "{name} is the last active administrator; name another first"
            ).format(name=u.display_name),
        )


def set_active(store: Store, actor: Actor, user_id: int, active: bool) -> Changes:
    """Disable (or enable again) a person: a disabled person cannot sign in and their next
    action is refused; their name stays on everything they did."""
    with store.write() as s:
        me = _admin(s, actor, "disable_user" if not active else "enable_user", user_id)
        u = _load(s, user_id)
        if u.active == active:
            return Changes()
        _keep_an_admin(s, u, active=active, admin=u.is_admin or u.role == P.ADMIN)
        u.active = active
        u.updated_by, u.updated_at = me.id, utcnow()
        s.flush()
        audit.record(
            s,
            me.id,
            "user",
            stored_id(u),
            "enable" if active else "disable",
            "active",
            not active,
            active,
        )
    invalidate(store)
    return Changes(users=True)


def set_role(
    store: Store,
    actor: Actor,
    user_id: int,
    *,
    role: str | None = None,
    city_id: int | None | object = ...,
    is_admin: bool | None = None,
    display_name: object = None,
) -> Changes:
    """Change a person's role, city, administrator flag or name; the last active
    administrator cannot lose the flag."""
    with store.write() as s:
        me = _admin(s, actor, "set_role", user_id)
        u = _load(s, user_id)
        new_role = _check_role(role) if role is not None else u.role
        new_city = u.city_id if city_id is ... else city_id
        _check_city(store, new_role, new_city)  # type: ignore[arg-type]
        new_admin = u.is_admin if is_admin is None else bool(is_admin)
        _keep_an_admin(s, u, active=u.active, admin=new_admin or new_role == P.ADMIN)
        changed = {}
        for col, new in (
            ("role", new_role),
            ("city_id", new_city),
            ("is_admin", new_admin),
            (
                "display_name",
                _parse("display_name", clean_display_name, display_name)
                if display_name is not None
                else u.display_name,
            ),
        ):
            if getattr(u, col) != new:
                changed[col] = (getattr(u, col), new)
                setattr(u, col, new)
        if not changed:
            return Changes()
        u.updated_by, u.updated_at = me.id, utcnow()
        s.flush()
        audit.updated(s, me.id, "user", stored_id(u), changed, action="role")
    invalidate(store)
    return Changes(users=True)


def reset_password(
    store: Store, actor: Actor, user_id: int, password: str, *, one_time: bool = True
) -> Changes:
    """An admin sets a person's password (a one-time password by default: changed at the next
    sign-in); failed sign-ins are forgotten."""
    hashed = _parse("password", passwords.hash_password, password)
    with store.write() as s:
        me = _admin(s, actor, "reset_password", user_id)
        u = _load(s, user_id)
        if u.id != me.id:
            _own_password_first(s, me)
        _set_hash(u, hashed, one_time=one_time and u.id != me.id)
        u.updated_by, u.updated_at = me.id, utcnow()
        s.flush()
        audit.record(s, me.id, "user", stored_id(u), "password", "password", None, "reset")
    return Changes(users=True)


def change_own_password(store: Store, actor: Actor, old: str | None, new: str) -> None:
    """A person changes their own password (the old one is asked unless they have none)."""
    hashed = _parse("password", passwords.hash_password, new)
    with store.write() as s:
        me = P.current(s, actor)
        u = _load(s, me.id)
        if u.password_hash is not None and not passwords.verify(u.password_hash, old or ""):
            raise _fail("password", QT_TRANSLATE_NOOP("Accounts", "the current password is wrong"))
        if passwords.verify(u.password_hash, new):
            raise _fail("password", QT_TRANSLATE_NOOP("Accounts", "choose a new password"))
        _set_hash(u, hashed, one_time=False)
        u.updated_by, u.updated_at = me.id, utcnow()
        s.flush()
        audit.record(s, me.id, "user", stored_id(u), "password", "password", None, "changed")


def _set_hash(u: User, hashed: str, *, one_time: bool) -> None:
    u.password_hash = hashed
    u.must_change_password = one_time
    u.failed_logins, u.last_failed_at = 0, None


def hand_over_leads(store: Store, actor: Actor, from_user: int, to_user: int) -> Changes:
    """Give every live lead of a leaving person to another, in one audited step."""
    with store.write() as s:
        me = P.current(s, actor)
        if not me.administers:
            P.require(P.manage_lead(me, None), me, "hand_over", "user", from_user)
        _load(s, from_user)
        target = _load(s, to_user)
        if not target.active or from_user == to_user:
            raise _fail(
                "to_user",
                QT_TRANSLATE_NOOP("Accounts", "choose another active person"),
            )
        leads = s.exec(
            select(Lead).where(Lead.owner_id == from_user, col(Lead.deleted_at).is_(None))
        ).all()
        for lead in leads:
            if not me.administers:
                P.require(P.manage_lead(me, lead.city_id), me, "hand_over", "lead", lead.id)
            lead.owner_id = to_user
            lead.updated_by, lead.updated_at = me.id, utcnow()
        s.flush()
        for lead in leads:
            audit.updated(
                s,
                me.id,
                "lead",
                stored_id(lead),
                {"owner_id": (from_user, to_user)},
                action="handover",
            )
        ids = frozenset(stored_id(lead) for lead in leads)
    return Changes(leads=ids, users=True)


def people(store: Store, actor: Actor, *, include_disabled: bool = True) -> list[Person]:
    """Everyone but the built-in system user, with how many live leads each owns."""
    with store.read() as s:
        q = select(User).where(User.username != SYSTEM_USERNAME)
        if not include_disabled:
            q = q.where(User.active)
        rows = s.exec(q.order_by(col(User.id))).all()
        owned = dict(
            s.exec(
                select(Lead.owner_id, func.count())
                .where(col(Lead.deleted_at).is_(None))
                .group_by(col(Lead.owner_id))
            ).all()
        )
    return [_person(None, u, owned.get(stored_id(u), 0)) for u in rows]


def _person(s: Session | None, u: User, leads: int = 0) -> Person:
    return Person(
        stored_id(u),
        u.username,
        u.display_name,
        u.role,
        u.city_id,
        bool(u.is_admin),
        bool(u.active),
        u.password_hash is not None,
        bool(u.must_change_password),
        u.manager_id,
        u.last_sign_in_at,
        leads,
    )


def find_person(store: Store, name: str) -> Actor | None:
    """A person by username (any case) or display name, active or not."""
    with store.read() as s:
        u = s.exec(
            select(User).where(
                User.username != SYSTEM_USERNAME,
                (func.lower(User.username) == name.strip().lower())
                | (User.display_name == name.strip()),
            )
        ).first()
        return actor_of(u) if u else None
