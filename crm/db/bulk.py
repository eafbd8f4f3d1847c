"""Bulk loading for the demo generator (and large imports): many rows, one transaction.

On SQLite the rows go straight to the driver's ``executemany`` with dates and instants already
in the text form SQLAlchemy stores (skipping per-value ORM processing, which costs more than
SQLite itself), with a larger page cache for the duration. Other dialects use SQLAlchemy's
executemany. Callers pass tuples in the order of ``columns``; a caller that already holds the
stored text of its days and instants says ``prepared=True``. A load into empty tables may
build their indexes once at the end instead of row by row (``indexes_deferred``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Date, DateTime, Table
from sqlalchemy.engine import Connection


@lru_cache(maxsize=1 << 20)
def _utc_text(v: datetime | None) -> str | None:
    if v is None:
        return None
    if v.utcoffset() is None:  # as the ORM's UTCDateTime refuses it: a naive time is ambiguous
        raise ValueError(f"an instant must carry its time zone: {v!r}")
    return v.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


@lru_cache(maxsize=1 << 16)
def _date_text(v: date | None) -> str | None:
    # a datetime given for a day is stored as its day, as the ORM's Date type does
    return None if v is None else f"{v.year:04d}-{v.month:02d}-{v.day:02d}"


def insert_rows(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    prepared: bool = False,
) -> None:
    if conn.dialect.name != "sqlite":
        params = [dict(zip(columns, r, strict=True)) for r in rows]
        if params:  # an import of updates only inserts no leads
            conn.execute(table.insert(), params)
        return
    converters = []
    for i, name in enumerate(columns):
        col_type = table.c[name].type
        col_type = getattr(col_type, "impl", col_type)  # TypeDecorators (sqlmodel's UTCDateTime)
        if isinstance(col_type, DateTime):
            converters.append((i, _utc_text))
        elif isinstance(col_type, Date):
            converters.append((i, _date_text))
    if prepared:
        converters = []
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )

    def converted() -> Iterator[Sequence[Any]]:
        for r in rows:
            if converters:
                r = list(r)
                for i, fn in converters:
                    r[i] = fn(r[i])
            yield r

    raw = conn.connection.driver_connection
    assert raw is not None  # an open connection
    raw.executemany(sql, converted())


def tune_for_bulk(conn: Connection) -> None:
    """A bigger page cache for this connection (64 MiB is plenty for 1M-row loads: more only
    grows the process, not the speed)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA cache_size=-65536")


@contextmanager
def indexes_deferred(conn: Connection, tables: Sequence[str]) -> Iterator[None]:
    """SQLite: drop the indexes of ``tables`` for a bulk load into them and build them again
    from their own stored definitions after it (one sort each instead of keeping twenty
    indexes of a 100,000-row table in step row by row). Within the caller's transaction: if
    the load fails, the rollback brings the indexes back with everything else."""
    if conn.dialect.name != "sqlite":
        yield
        return
    marks = ", ".join("?" * len(tables))
    saved = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks}) ORDER BY name",
        tuple(tables),
    ).all()
    for name, _sql in saved:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in saved:
        conn.exec_driver_sql(sql)
