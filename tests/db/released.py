"""Stores as released versions of the app wrote them (tests/fixtures/store-<rev>.sqlite.xz, made
by tests/fixtures/make_store_<rev>.py with that release's code), read table by table so an
upgrade can be compared with what it started from; and the same rows put on PostgreSQL.

Add every released schema to RELEASED when it ships (with its fixture store)."""

from __future__ import annotations

import lzma
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import MetaData, create_engine, select
from sqlalchemy.engine import Connection, Engine

from crm.db import migrate, search

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
#: schema revision → the fixture store that release wrote
RELEASED = {"0001": "store-0001.sqlite.xz"}
#: (table, column) → why an upgrade may give an added column something else than its default
#: (a backfill); a migration that backfills adds its column here and tests the values itself
BACKFILLED: dict[tuple[str, str], str] = {
    ("lead", "first_contact_on"): "0005 fills it from the lead's creation day",
    ("lead", "needs_review"): "0005 sets it false for every lead, then drops the server default",
}
#: (table, column) → the value an upgrade gives an existing row on purpose (from the row as it
#: was), beside why; every other value must stay as it was
REWRITTEN: dict[tuple[str, str], tuple[str, object]] = {
    ("app_user", "role"): (
        "0002: the built-in system user becomes the committee's manager (and administrator)",
        lambda row: "manager" if row.get("username") == "system" else row["role"],
    ),
    ("app_user", "is_admin"): (
        "0002: the role 'admin' and the system user become the administrator flag",
        lambda row: bool(row["role"] == "admin" or row.get("username") == "system"),
    ),
}
#: table → why an upgrade may add rows to it (seeded reference values); the rows a store had
#: must all still be there, unchanged
SEEDED: dict[str, str] = {"ref_item": "0006 adds the unicorn and srdi (专精特新) lists"}

Rows = dict[tuple, dict[str, object]]


def unpack(revision: str, dest: Path) -> Path:
    path = dest / f"store-{revision}.sqlite"
    path.write_bytes(lzma.decompress((FIXTURES / RELEASED[revision]).read_bytes()))
    return path


def data_tables(con: sqlite3.Connection) -> list[str]:
    """The tables that hold data: not SQLite's own, not the schema version, not the search
    index's internal shadow tables (the index itself, lead_fts, is compared)."""
    names = [
        r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")
    ]
    return [
        n for n in names if not n.startswith(("sqlite_", "lead_fts_")) and n != "alembic_version"
    ]


def read_sqlite(path: Path) -> dict[str, tuple[list[str], Rows]]:
    """table → (columns, rows by primary key), values as SQLite stores them."""
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        out = {}
        for table in data_tables(con):
            if table == "lead_fts":
                cols, key = ["rowid", "pub", "doc", "people"], ["rowid"]
            else:
                info = con.execute(f'PRAGMA table_info("{table}")').fetchall()
                cols = [r[1] for r in info]
                key = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]] or ["rowid"]
            listed = ", ".join(f'"{c}"' if c != "rowid" else c for c in cols)
            rows = {}
            for values in con.execute(f'SELECT {listed} FROM "{table}"'):
                row = dict(zip(cols, values, strict=True))
                rows[tuple(row[k] for k in key)] = row
            out[table] = (cols, rows)
        return out
    finally:
        con.close()


def sqlite_default(con: sqlite3.Connection, table: str, column: str) -> object:
    """What an added column holds in rows that existed before: its DEFAULT, evaluated."""
    info = {r[1]: (r[2], r[4]) for r in con.execute(f'PRAGMA table_info("{table}")')}
    declared, default = info[column]
    if default is None:
        return None
    # stored through the column's declared type, as SQLite stores it (DEFAULT '7' in an
    # INTEGER column is the number 7)
    con.execute(f"CREATE TEMP TABLE _default (v {declared} DEFAULT {default})")
    try:
        con.execute("INSERT INTO _default DEFAULT VALUES")
        return con.execute("SELECT v FROM _default").fetchone()[0]
    finally:
        con.execute("DROP TABLE _default")


def differences(
    before: dict[str, tuple[list[str], Rows]],
    after: dict[str, tuple[list[str], Rows]],
    default_of,
) -> list[str]:
    """What an upgrade changed in the rows it was given, in words (empty: nothing)."""
    problems = []
    for table, (cols, rows) in before.items():
        if table not in after:
            problems.append(f"{table}: table gone")
            continue
        new_cols, new_rows = after[table]
        lost = [c for c in cols if c not in new_cols]
        if lost:
            problems.append(f"{table}: columns gone {lost}")
        if new_rows.keys() != rows.keys() and (
            table not in SEEDED or not rows.keys() <= new_rows.keys()
        ):
            problems.append(
                f"{table}: {len(rows)} rows before, {len(new_rows)} after "
                f"(missing {sorted(rows.keys() - new_rows.keys())[:5]})"
            )
        rewritten = {c: fn for (t, c), (_why, fn) in REWRITTEN.items() if t == table}
        added = [
            c
            for c in new_cols
            if c not in cols and (table, c) not in BACKFILLED and c not in rewritten
        ]
        defaults = {c: default_of(table, c) for c in added}
        changed = 0
        for key, old in rows.items():
            now = new_rows.get(key)
            if now is None:
                continue
            row = dict(old)
            for c, fn in rewritten.items():
                if c in now:
                    row[c] = fn(old)
                    if isinstance(row[c], bool):  # SQLite gives 0/1, PostgreSQL True/False
                        now = {**now, c: bool(now[c])}
            cols_now = [*cols, *(c for c in rewritten if c not in cols and c in now)]
            if any(now[c] != row[c] for c in cols_now if c in now) or any(
                now[c] != defaults[c] for c in added
            ):
                changed += 1
                if changed == 1:
                    diff = {
                        c: (row.get(c), now[c])
                        for c in now
                        if row.get(c, defaults.get(c)) != now[c]
                    }
                    problems.append(f"{table} {key}: {diff}")
        if changed > 1:
            problems.append(f"{table}: {changed} rows changed")
    return problems


# ---------------------------------------------------------------- PostgreSQL


def load_into_postgres(fixture: Path, engine: Engine, revision: str) -> None:
    """The fixture's rows in a PostgreSQL store at ``revision`` (as that release's team
    server would hold them); its search index rebuilt there (it is SQLite's FTS5 in the file)."""
    migrate.run_upgrade(engine, revision)
    meta = MetaData()
    meta.reflect(engine)
    source = create_engine(f"sqlite:///{fixture}")
    try:
        with engine.begin() as pg, source.connect() as lite:
            pg.exec_driver_sql("SET session_replication_role = replica")  # seeds replaced
            # in any order: replica mode checks no foreign key (app_user and ref_item refer
            # to each other)
            tables = [t for name, t in sorted(meta.tables.items()) if _copied(name)]
            for t in tables:
                pg.execute(t.delete())
            for t in tables:
                rows = [_aware(t, dict(r)) for r in lite.execute(select(t)).mappings()]
                if rows:
                    pg.execute(t.insert(), rows)
                if "id" in t.c:
                    pg.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {t.name}), 0) + 1, false)"
                    )
            pg.exec_driver_sql("SET session_replication_role = origin")
            search.rebuild_all(pg)
    finally:
        source.dispose()


def _copied(name: str) -> bool:
    return name != "alembic_version" and not search.is_search_object(name)


def _aware(table, row: dict) -> dict:
    """SQLite keeps instants as naive UTC text; timestamptz needs them aware."""
    for name, value in row.items():
        naive = isinstance(value, datetime) and value.tzinfo is None
        if naive and getattr(table.c[name].type, "timezone", False):
            row[name] = value.replace(tzinfo=UTC)
    return row


def read_postgres(conn: Connection, names: list[str], fixture: Path | None = None):
    """table → (columns, rows by primary key) from PostgreSQL — or, given ``fixture``, from
    the SQLite file through the same (PostgreSQL) column types, so the two compare."""
    meta = MetaData()
    meta.reflect(conn, only=names)
    source = create_engine(f"sqlite:///{fixture}") if fixture else None
    out = {}
    try:
        reader = source.connect() if source else None
        for name in names:
            t = meta.tables[name]
            key = [c.name for c in t.primary_key.columns]
            rows = {}
            for r in (reader or conn).execute(select(t)).mappings():
                row = _aware(t, dict(r))
                rows[tuple(row[k] for k in key)] = row
            out[name] = ([c.name for c in t.columns], rows)
        if reader is not None:
            reader.close()
    finally:
        if source is not None:
            source.dispose()
    return out
