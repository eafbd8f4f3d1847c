"""Putting right what needs no backup (``crm db check --repair``): indexes out of step with
their rows, or with damaged pages, and an inconsistent record of free space. Only when the
check found nothing else: damaged rows are a backup's work.

REINDEX rebuilds an index from its table, but it must read the index's old pages to free
them: with a damaged page it fails ("malformed"). Then the damaged indexes are taken out of
the schema, VACUUM rebuilds the file from the tables alone, and each index is created again
from its own SQL — all rows come from the tables, none from the damaged pages.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crm.db.integrity import INDEX, SPACE, IntegrityReport
from crm.errors import StoreError
from crm.i18n import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)


def repair(path: Path, report: IntegrityReport) -> list[Message]:
    """Put right the repairable findings of ``report`` (the caller holds the store's writer
    lock); returns what was done. Raises StoreError when the file cannot be put right here."""
    if report.damaged or report.ok:
        return []
    done = []
    try:
        if any(f.kind == INDEX for f in report.findings):
            try:
                _run(path, "REINDEX")
            except sqlite3.DatabaseError as exc:
                log.warning("REINDEX of %s failed (%s); rebuilding the damaged indexes", path, exc)
                _rebuild(path, {f.subject for f in report.findings if f.kind == INDEX})
            done.append(QT_TRANSLATE_NOOP("Integrity", "indexes rebuilt"))
        if any(f.kind == SPACE for f in report.findings):
            _run(path, "VACUUM")
            done.append(QT_TRANSLATE_NOOP("Integrity", "free-space record rebuilt"))
    except sqlite3.DatabaseError as exc:
        log.error("repair of %s failed: %s", path, exc)
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Integrity",
                "The damage could not be put right here ({error}); restore a verified backup "
                "(crm db restore).",
            ).format(error=str(exc))
        ) from exc
    return done


def _run(path: Path, *statements: str, params: Sequence[Any] = ()) -> list[Any]:
    """Statements on a connection of their own (a schema edited by hand is read afresh)."""
    con = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    try:
        out = []
        for sql in statements:
            out = con.execute(sql, params).fetchall()
        return out
    finally:
        con.close()


def _rebuild(path: Path, names: set[str | None]) -> None:
    rows = _run(path, "SELECT name, sql FROM sqlite_master WHERE type = 'index'")
    damaged = [(name, sql) for name, sql in rows if name in names]
    if len(damaged) != len(names) or any(sql is None for _n, sql in damaged):
        # an index that keeps a UNIQUE constraint has no SQL of its own to run again
        raise sqlite3.DatabaseError("an index of a constraint is damaged")
    con = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("PRAGMA writable_schema=ON")
        for name, _sql in damaged:
            con.execute("DELETE FROM sqlite_master WHERE type = 'index' AND name = ?", (name,))
        con.execute("PRAGMA writable_schema=OFF")
        con.execute("COMMIT")
    finally:
        con.close()
    _run(path, "VACUUM")  # the file again, from the tables only
    _run(path, "BEGIN IMMEDIATE", *(sql for _n, sql in damaged), "COMMIT")
