"""Who the connected login is: on a team server the server has authenticated the person
(their own login), and ``session_user`` names them in ``app_user``.

A store is a team server when it has the ``crm_app`` schema (crm.team.security); a plain
PostgreSQL store (one shared login, the tests' and the earlier set-ups') signs in as before.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import URL

from crm.db.store import Store
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.users import Actor, get_actor


def is_team_server(store: Store) -> bool:
    if store.is_sqlite:
        return False
    if "team_server" not in store.cache:
        with store.connect() as conn:
            store.cache["team_server"] = bool(
                conn.execute(
                    text("SELECT 1 FROM pg_namespace WHERE nspname = 'crm_app'")
                ).scalar_one_or_none()
            )
    return store.cache["team_server"]


def login_url(url: URL, username: str, password: str | None) -> URL:
    """The server URL with this person's login (the name of their account)."""
    return url.set(username=username, password=password)


def server_actor(store: Store) -> tuple[Actor, bool]:
    """(the person signed in by the server, whether their password is a one-time one)."""
    with store.connect() as conn:
        row = conn.execute(
            text(
                "SELECT id, must_change_password FROM app_user "
                "WHERE username = session_user AND active"
            )
        ).first()
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Team",
                "This server login is not a person of the team (or the person is disabled); "
                "ask an administrator.",
            )
        )
    return get_actor(store, row[0]), bool(row[1])
