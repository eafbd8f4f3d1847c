"""Who the connected login is: on a team server the server has authenticated the person
(their own login), and ``session_user`` names them in ``app_user``.

A store is a team server when it has the ``crm_app`` schema (crm.team.security); a plain
PostgreSQL store (one shared login, the tests' and the earlier set-ups') signs in as before.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import URL

from crm.accounts.users import Actor, get_actor
from crm.db.store import Store
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP

#: a team server's connection, login included (widgets name it without the SQL toolkit)
ServerUrl = URL


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
    answer: bool = store.cache["team_server"]
    return answer


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


#: libpq's sslmode values the connect dialog offers, safest last
TLS_MODES = ("prefer", "require", "verify-full", "disable")
CONNECT_TIMEOUT_S = 5


def server_url(
    host: str, port: int, database: str, tls: str, name: str, password: str | None
) -> URL:
    """The URL of a person's connection to a team server (checked: each part given)."""
    from crm.errors import FieldError, ValidationError

    required = QT_TRANSLATE_NOOP("Errors", "is required")
    errors = [
        FieldError(key, label, required)
        for key, label, value in (
            ("host", QT_TRANSLATE_NOOP("Team", "Server"), host),
            ("database", QT_TRANSLATE_NOOP("Team", "Database"), database),
            ("name", QT_TRANSLATE_NOOP("Fields", "Username"), name),
            ("password", QT_TRANSLATE_NOOP("Fields", "Password"), password),
        )
        if not (value or "").strip()
    ]
    if tls not in TLS_MODES:
        errors.append(
            FieldError(
                "tls",
                QT_TRANSLATE_NOOP("Team", "Encryption (TLS)"),
                QT_TRANSLATE_NOOP("Errors", "is not a known value"),
            )
        )
    if errors:
        raise ValidationError(errors)
    return URL.create(
        "postgresql+psycopg",
        username=name.strip(),
        password=password,
        host=host.strip(),
        port=int(port),
        database=database.strip(),
        query={"sslmode": tls, "connect_timeout": str(CONNECT_TIMEOUT_S)},
    )


def sign_in_to_server(url: URL) -> tuple[Store, Actor, bool]:
    """Open the team server as the person of ``url`` (the server checks the password):
    (store, actor, whether the password is a one-time one). Wrong password, server down,
    TLS refused, an older or newer schema: a StoreError or UserError saying so."""
    from crm.db.store import open_store

    store = open_store(url.render_as_string(hide_password=False))
    try:
        if not is_team_server(store):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Team",
                    "This database is not set up as a team server (crm team init).",
                )
            )
        actor, one_time = server_actor(store)
    except BaseException:
        store.dispose()
        raise
    return store, actor, one_time


def server_person(store: Store) -> Actor | None:
    """The app's "who are you" on a team server: the person the server signed in."""
    if not is_team_server(store):
        return None
    return server_actor(store)[0]
