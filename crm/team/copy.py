"""``crm db copy --to URL``: a one-person SQLite store onto an empty team server.

One transaction on the server: the schema (Alembic), every table's rows, the search index,
the roles and policies (crm.team.security), and a login with a one-time password for each
active person. Then each table is compared with the source — row count and a digest of every
row in id order — and any difference rolls everything back, as does any failure or a killed
process: the target is left empty, never half full. The source is only read.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from alembic import command
from sqlalchemy import Table, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from crm.accounts.users import SYSTEM_USERNAME
from crm.db import migrate, search
from crm.db.store import (
    Store,
    make_engine,
    open_store,
    resolve_target,
    server_name,
    translate_db_error,
)
from crm.errors import StoreError, UserError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.team import logins, security

BATCH = 5000
#: columns of app_user that point at people not yet copied: filled in after every row is in
LATE_USER_COLUMNS = ("city_id", "manager_id", "created_by", "updated_by")
#: a person's references filled in once every row is in: "_id" and LATE_USER_COLUMNS, as the
#: UPDATE's parameters (ids or None, as the source row has them)
LateUser = dict[str, object]


@dataclass
class CopyResult:
    where: str
    #: table → rows copied (each verified)
    tables: dict[str, int] = field(default_factory=dict)
    #: username → one-time password, to hand to each person
    passwords: dict[str, str] = field(default_factory=dict)
    #: people who got no login (their name is already a login on the server)
    skipped: list[str] = field(default_factory=list)


class CopyMismatch(Exception):
    """A table differs after the copy: the transaction is rolled back."""


def _empty(conn: Connection) -> bool:
    return not conn.exec_driver_sql(
        "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', "
        "'information_schema')"
    ).scalar_one()


def _compare(src: Connection, dst: Connection, table: Table) -> int:
    """Every row of ``table`` on both sides, in id order, compared value by value (streamed):
    the number of rows, or CopyMismatch."""
    q = select(table).order_by(*table.primary_key.columns)
    theirs = dst.execute(q.execution_options(stream_results=True, yield_per=5000))
    count = 0
    for want, got in itertools.zip_longest(src.execute(q), theirs):
        if want is None or got is None or tuple(want) != tuple(got):
            raise CopyMismatch(table.name)
        count += 1
    return count


def _set_aside(conn: Connection) -> list[str]:
    """Drop the references between tables and the indexes that are not keys, for the load;
    returns the statements that make them again (as pg_restore does: a bulk check instead of
    one per row)."""
    refs = conn.exec_driver_sql(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE contype = 'f' AND connamespace = 'public'::regnamespace"
    ).all()
    indexes = conn.exec_driver_sql(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname "
        "NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u', 'x'))"
    ).all()
    for table, name, _definition in refs:
        conn.exec_driver_sql(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    for name, _definition in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [definition for _name, definition in indexes] + [
        f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}'
        for table, name, definition in refs
    ]


def copy_store(
    source: Store, target: str, *, progress: Callable[[str, float], None] | None = None
) -> CopyResult:
    """Copy ``source`` (SQLite) onto the empty PostgreSQL database ``target``."""
    url = resolve_target(target)
    if url.get_backend_name() != "postgresql":
        raise UserError(QT_TRANSLATE_NOOP("Team", "Copy to a postgresql:// URL (the team server)."))
    where = server_name(url)
    engine = make_engine(url)
    result = CopyResult(where)
    tables = SQLModel.metadata.sorted_tables
    try:
        with engine.connect() as conn, conn.begin():
            if not _empty(conn):
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Team",
                        "{name} is not empty; copy only into a new, empty database. Nothing "
                        "was changed.",
                    ).format(name=where)
                )
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            # the schema's own seed (reference lists, the system user) comes from the store
            names = ", ".join(t.name for t in tables)
            conn.exec_driver_sql(f"TRUNCATE {names}, lead_search RESTART IDENTITY")
            restore = _set_aside(conn)
            with source.connect() as src:
                later: list[LateUser] = []
                for n, table in enumerate(tables):
                    if progress:
                        progress(table.name, n / (len(tables) + 2))
                    later += _copy_table(src, conn, table)
                if later:
                    sets = ", ".join(f"{c} = :{c}" for c in LATE_USER_COLUMNS)
                    conn.execute(text(f"UPDATE app_user SET {sets} WHERE id = :_id"), later)
                if progress:
                    progress("search", len(tables) / (len(tables) + 2))
                _copy_search(src, conn)
                for table in tables:
                    if "id" in table.c and table.c.id.autoincrement:
                        conn.exec_driver_sql(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                        )
                for sql in restore:  # indexes built and references checked once, in bulk
                    conn.exec_driver_sql(sql)
                for table in tables:
                    result.tables[table.name] = _compare(src, conn, table)
            conn.exec_driver_sql("ANALYZE")
            security.apply(conn)
            _logins(conn, result)
            if progress:
                progress("done", 1.0)
    except CopyMismatch as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Team",
                "The copy was rolled back: the table {table} on the server differs from the "
                "store. {name} is left empty.",
            ).format(table=str(exc), name=where)
        ) from None
    except StoreError:
        raise
    except DBAPIError as exc:
        mapped = translate_db_error(exc, where)
        if mapped is None:
            detail = str(getattr(exc, "orig", exc)).splitlines()[0]
            mapped = StoreError(
                QT_TRANSLATE_NOOP(
                    "Team", "The copy failed and was rolled back ({detail}); {name} is left empty."
                ).format(detail=detail, name=where)
            )
        raise mapped from exc
    finally:
        engine.dispose()
    return result


def _copy_table(src: Connection, dst: Connection, table: Table) -> list[LateUser]:
    """Copies the rows (PostgreSQL's COPY, in the copy's transaction); returns the people's
    references to fill in once every row is in."""
    late = table.name == "app_user"
    names = [c.name for c in table.columns]
    blank = [names.index(c) for c in LATE_USER_COLUMNS] if late else []
    later: list[LateUser] = []
    columns = ", ".join(f'"{n}"' for n in names)
    raw = dst.connection.driver_connection
    assert raw is not None  # an open connection
    rows = src.execute(select(table).order_by(*table.primary_key.columns))
    with raw.cursor() as cursor, cursor.copy(f"COPY {table.name} ({columns}) FROM STDIN") as out:
        for row in rows:
            values = list(row)
            if late:
                later.append(
                    {"_id": values[names.index("id")]}
                    | {c: values[i] for c, i in zip(LATE_USER_COLUMNS, blank, strict=True)}
                )
                for i in blank:
                    values[i] = None
            out.write_row(values)
    return later


def _copy_search(src: Connection, dst: Connection) -> None:
    """The search documents as the store has them (its FTS5 table keeps each document's
    tokens), else made again from the rows."""
    try:
        docs = src.exec_driver_sql("SELECT id, c0, c1, c2 FROM lead_fts_content").all()
    except DBAPIError:
        search.rebuild_all(dst)
        return
    leads = src.exec_driver_sql("SELECT count(*) FROM lead").scalar_one()
    if len(docs) != leads:  # an index out of step with its leads: made again
        search.rebuild_all(dst)
        return
    raw = dst.connection.driver_connection
    assert raw is not None  # an open connection
    with (
        raw.cursor() as cursor,
        cursor.copy("COPY lead_search (lead_id, pub, doc, alltext) FROM STDIN") as out,
    ):
        for row in docs:
            out.write_row(search.tsvector_row(*row))


def _logins(conn: Connection, result: CopyResult) -> None:
    """A login with a one-time password for each active person (the server signs them in)."""
    owner = conn.exec_driver_sql("SELECT current_user").scalar_one()
    people = conn.execute(
        text("SELECT username FROM app_user WHERE active AND username <> :system ORDER BY id"),
        {"system": SYSTEM_USERNAME},
    ).scalars()
    for name in people:
        taken = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
        ).scalar_one_or_none()
        if taken or name == owner:
            result.skipped.append(name)
            continue
        password = secrets.token_urlsafe(9)
        logins.set_login(conn, name, password, one_time=True)
        result.passwords[name] = password


def copy_file(
    path: str, target: str, *, progress: Callable[[str, float], None] | None = None
) -> CopyResult:
    source = open_store(path, readonly=True)
    try:
        return copy_store(source, target, progress=progress)
    finally:
        source.dispose()
