"""Signing in: who acts in this store.

- A new store asks once for its first administrator (``first_admin``).
- A store where nobody has a password yet runs as its one person (``open_actor``); an older
  store of several people without passwords first names its administrator (``claim_admin``).
- Once anyone can sign in, everyone does (``sign_in``): a generic message on failure, a
  growing pause after repeated failures, a one-time password changed at the next sign-in.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import select

from crm import audit
from crm.accounts import passwords
from crm.accounts.admin import add_person, reset_password, set_role
from crm.accounts.users import SYSTEM_USERNAME, Actor, actor_of, system_actor
from crm.db.ids import stored_id
from crm.db.models import User, utcnow
from crm.db.store import Store
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.reference import invalidate

#: failures before the pause starts, and its longest length
FREE_FAILURES = 3
MAX_PAUSE_S = 300

WRONG = QT_TRANSLATE_NOOP("SignIn", "The name or the password is wrong.")


class SignInError(UserError):
    """A refused sign-in; ``wait_s`` is the pause still to run, if that is the reason."""

    def __init__(self, message: Message, wait_s: int = 0) -> None:
        super().__init__(message)
        self.wait_s = wait_s


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    #: a one-time password: the person must choose their own before going on
    must_change_password: bool


@dataclass(frozen=True)
class AccountsState:
    #: active people (the built-in system user is not one)
    people: int
    #: active people who have a password
    can_sign_in: int

    @property
    def empty(self) -> bool:
        return self.people == 0

    @property
    def needs_sign_in(self) -> bool:
        return self.can_sign_in > 0


def pause_s(failures: int) -> int:
    """The pause after ``failures`` failed sign-ins in a row: none for the first three, then
    1, 2, 4 … seconds, at most five minutes."""
    if failures < FREE_FAILURES:
        return 0
    return min(1 << (failures - FREE_FAILURES), MAX_PAUSE_S)


def state(store: Store) -> AccountsState:
    with store.read() as s:
        rows = s.exec(
            select(User.password_hash).where(User.active, User.username != SYSTEM_USERNAME)
        ).all()
    return AccountsState(len(rows), sum(1 for h in rows if h is not None))


def open_actor(store: Store) -> Actor | None:
    """Who acts in a store where nobody can sign in yet: its only person. None when sign-in
    is needed, or when an older store of several people must first name its administrator."""
    with store.read() as s:
        rows = s.exec(select(User).where(User.active, User.username != SYSTEM_USERNAME)).all()
    if any(u.password_hash is not None for u in rows) or len(rows) != 1:
        return None
    return actor_of(rows[0])


def cli_actor(store: Store) -> Actor | None:
    """Who the command line acts as without --user: the store's administrator while nobody
    has a password (its only person, else the app itself); None once anyone can sign in."""
    if state(store).needs_sign_in:
        return None
    return open_actor(store) or system_actor(store)


def first_admin(
    store: Store,
    username: str,
    display_name: str,
    password: str | None = None,
    city_id: int | None = None,
) -> Actor:
    """The first person of a new store: a committee manager (or of ``city_id``) who
    administers it. Refused once the store has people."""
    if not state(store).empty:
        raise UserError(
            QT_TRANSLATE_NOOP("SignIn", "This store already has people; sign in instead.")
        )
    person, _changes = add_person(
        store,
        system_actor(store),
        username,
        display_name,
        "manager",
        city_id,
        is_admin=True,
        password=password,
        one_time=False,
    )
    with store.read() as s:
        return actor_of(s.get_one(User, person.id))


def claim_admin(store: Store, user_id: int, password: str) -> Actor:
    """An older store of several people without passwords: one of them becomes its
    administrator and sets a password (refused once anyone has one)."""
    if state(store).needs_sign_in:
        raise UserError(
            QT_TRANSLATE_NOOP("SignIn", "This store already has passwords; sign in instead.")
        )
    system = system_actor(store)
    set_role(store, system, user_id, is_admin=True)
    reset_password(store, system, user_id, password, one_time=False)
    with store.read() as s:
        return actor_of(s.get_one(User, user_id))


_unknown_lock = threading.Lock()
#: failed attempts for names that are nobody's, so a stranger meets the same pause
_unknown: dict[str, tuple[int, datetime]] = {}


def sign_in(store: Store, username: str, password: str, *, now: datetime | None = None) -> SignedIn:
    """Check a name and password; raises SignInError with a message that does not say which
    of the two was wrong."""
    now = now or utcnow()
    name = (username or "").strip()
    with store.write() as s:
        u = s.exec(
            select(User).where(
                func.lower(User.username) == name.lower(), User.username != SYSTEM_USERNAME
            )
        ).first()
        if u is None:
            _unknown_failure(name.lower(), now)
            passwords.verify(_dummy_hash(), password)  # the same time as a real check
            raise SignInError(WRONG)
        _check_pause(u.failed_logins, u.last_failed_at, now)
        if not passwords.verify(u.password_hash, password):
            u.failed_logins += 1
            u.last_failed_at = now
            audit.record(s, None, "user", stored_id(u), "sign_in_failed", None, None, None)
            failed = True
        else:
            failed = False
            if not u.active:
                raise SignInError(
                    QT_TRANSLATE_NOOP("SignIn", "This account is disabled; ask an administrator.")
                )
            if u.password_hash and passwords.needs_rehash(u.password_hash):
                u.password_hash = passwords.hash_password(password)
            u.failed_logins, u.last_failed_at, u.last_sign_in_at = 0, None, now
            audit.record(s, u.id, "user", stored_id(u), "sign_in", None, None, None)
            result = SignedIn(actor_of(u), bool(u.must_change_password))
    if failed:
        raise SignInError(WRONG)
    invalidate(store)
    return result


def sign_in_read_only(store: Store, username: str, password: str) -> SignedIn:
    """Sign in to a store open read-only (held by another program, or damaged): the name and
    password are checked as ``sign_in`` does, but nothing is written (no failure counted,
    no time of sign-in), since nothing can be."""
    name = (username or "").strip()
    with store.read() as s:
        u = s.exec(
            select(User).where(
                func.lower(User.username) == name.lower(), User.username != SYSTEM_USERNAME
            )
        ).first()
    if u is None:
        passwords.verify(_dummy_hash(), password)
        raise SignInError(WRONG)
    _check_pause(u.failed_logins, u.last_failed_at, utcnow())
    if not passwords.verify(u.password_hash, password):
        raise SignInError(WRONG)
    if not u.active:
        raise SignInError(
            QT_TRANSLATE_NOOP("SignIn", "This account is disabled; ask an administrator.")
        )
    return SignedIn(actor_of(u), bool(u.must_change_password))


def _check_pause(failures: int, last: datetime | None, now: datetime) -> None:
    wait = pause_s(failures)
    if wait and last is not None:
        left = (last + timedelta(seconds=wait) - now).total_seconds()
        if left > 0:
            raise SignInError(
                QT_TRANSLATE_NOOP(
                    "SignIn", "Too many failed attempts; try again in {seconds} seconds."
                ).format(seconds=int(left) + 1),
                wait_s=int(left) + 1,
            )


def _unknown_failure(name: str, now: datetime) -> None:
    with _unknown_lock:
        count, last = _unknown.get(name, (0, now))
        _check_pause(count, last, now)
        _unknown[name] = (count + 1, now)
        if len(_unknown) > 10_000:  # a process that meets that many strangers forgets them
            _unknown.clear()


@functools.cache
def _dummy_hash() -> str:
    """A hash to check a stranger's password against (made when first needed: not at every
    start of the app)."""
    return passwords.hash_password("not-a-password-anyone-has")
