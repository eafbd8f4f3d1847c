"""``crm team init``: a team server in one command.

On an empty PostgreSQL database, as a login that may create roles (the tables' owner): the
schema through Alembic, the group roles, policies and masking views (crm.team.security), and
the first administrator — the URL's own login, or ``admin`` with a login of their own.
Run again, it re-installs the roles and policies and adds no one.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm.accounts import passwords
from crm.db.store import Store, open_store, resolve_target
from crm.errors import FieldError, ParseError, StoreError, UserError, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.team import logins, security


@dataclass(frozen=True)
class TeamInit:
    where: str
    admin: str
    #: a first administrator was added (False: the team had people already)
    added: bool
    #: the search view is served by the index too (False: only the app's searches are, through
    #: crm_app.lead_search_match; the text-search match is not LEAKPROOF, a superuser's mark)
    indexed_search: bool = True


def server_store(target: str) -> Store:
    url = resolve_target(target)
    if url.get_backend_name() != "postgresql":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Team", "A team server is a PostgreSQL database: give a postgresql:// URL."
            )
        )
    return open_store(url.render_as_string(hide_password=False))


def check_password(password: str | None) -> str:
    try:
        return passwords.check_new(password)
    except ParseError as exc:
        raise ValidationError(
            [FieldError("password", QT_TRANSLATE_NOOP("Fields", "Password"), exc.message)]
        ) from None


def init_team(target: str, admin: str | None = None, password: str | None = None) -> TeamInit:
    """Set the database at ``target`` up as a team server (see the module's docstring)."""
    from crm.accounts.signin import first_admin, state

    store = server_store(target)
    try:
        owner = store.url.username
        name = admin or owner
        if not name:
            raise UserError(
                QT_TRANSLATE_NOOP("Team", "Name the first administrator with --admin NAME.")
            )
        if admin is not None and admin != owner:
            password = check_password(password)
        with store.engine.begin() as conn:
            may = conn.exec_driver_sql(
                "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
            ).scalar_one()
            if not may:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Team",
                        "The login {name} may not create roles; run crm team init as the "
                        "database's owner with CREATEROLE.",
                    ).format(name=owner)
                )
            indexed = security.apply(conn)
        added = state(store).empty
        if added:
            first_admin(store, name, name)
            if admin is not None and admin != owner:
                assert password is not None  # checked above, for an admin other than the owner
                with store.engine.begin() as conn:
                    logins.set_login(conn, name, password, one_time=False)
        return TeamInit(store.describe(), name, added, indexed)
    finally:
        store.dispose()
