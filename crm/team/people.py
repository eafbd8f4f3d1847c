"""People on a team server: adding a person gives them a login too; resetting a password
sets the login's. The person's row is written by crm.accounts.admin (its checks and audit), then
the login by the owner's ``crm_app.set_login`` (which checks the caller administers). Who can
sign in is the server's to say (its logins), not the store's password hashes."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from crm.accounts import admin as accounts
from crm.accounts.users import Actor
from crm.changes import Changes
from crm.db.store import Store
from crm.errors import FieldError, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.team import logins
from crm.team.session import is_team_server
from crm.team.setup import check_password


def add_person(
    store: Store,
    actor: Actor,
    username: str,
    display_name: str,
    role: str,
    city_id: int | None,
    *,
    is_admin: bool = False,
    password: str,
    one_time: bool = True,
) -> tuple[accounts.Person, Changes]:
    """A person and their login; ``one_time``: they choose their own at the first sign-in."""
    password = check_password(password)
    person, changes = accounts.add_person(
        store, actor, username, display_name, role, city_id, is_admin=is_admin
    )
    set_password(store, person.username, password, one_time=one_time)
    return person, changes


def set_password(store: Store, username: str, password: str, *, one_time: bool) -> None:
    password = check_password(password)
    with store._translate_errors(), store.engine.begin() as conn:
        logins.set_login(conn, username, password, one_time=one_time)


def change_own_password(store: Store, password: str) -> None:
    password = check_password(password)
    with store._translate_errors(), store.engine.begin() as conn:
        logins.change_own_password(conn, password)


def change_password(store: Store, actor: Actor, old: str | None, new: str) -> None:
    """A person changes their own password, on any store (File ▸ Change my password): on a
    team server their login's — the current password checked by the server itself, through a
    second sign-in with it — elsewhere the store's (crm.accounts.admin)."""
    if store.is_sqlite or not is_team_server(store):
        accounts.change_own_password(store, actor, old, new)
        return
    new = check_password(new)
    if old is not None:
        with store._translate_errors():  # the server down meanwhile: said as such
            _check_current(store, old)
    change_own_password(store, new)


def _check_current(store: Store, password: str) -> None:
    """The server signs the person in once more with ``password``, or refuses it."""
    engine = create_engine(store.url.set(password=password), poolclass=NullPool)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        if "password authentication failed" not in str(exc.orig):
            raise
        raise ValidationError(
            [
                FieldError(
                    "password",
                    QT_TRANSLATE_NOOP("Fields", "Password"),
                    QT_TRANSLATE_NOOP("Accounts", "the current password is wrong"),
                )
            ]
        ) from None
    finally:
        engine.dispose()


def people(store: Store, actor: Actor, *, include_disabled: bool = True) -> list[accounts.Person]:
    """crm.accounts.admin.people; on a team server, whether each can sign in is the server's answer
    (a store there keeps no password hashes: logins are PostgreSQL roles)."""
    rows = accounts.people(store, actor, include_disabled=include_disabled)
    if store.is_sqlite or not is_team_server(store):
        return rows
    with store._translate_errors(), store.engine.connect() as conn:
        states = logins.sign_in_states(conn, [p.username for p in rows])
    return [replace(p, can_sign_in=states.get(p.username, False)) for p in rows]
