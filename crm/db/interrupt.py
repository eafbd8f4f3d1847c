"""Stopping the database work of a process that is ending (the app's window was closed).

Work on other threads (the quick check after start, a backup, the reminder count) may be in
the middle of a long statement when the person closes the app. ``stop()`` interrupts every
statement running on a watched connection — SQLite's ``interrupt()``, PostgreSQL's cancel
request — and refuses new ones, so those threads end within milliseconds. An interrupted
statement changes nothing: SQLite and PostgreSQL roll its transaction back, and a backup that
was being written is abandoned with its temporary file (crm.db.backup.copy_verified).

Store engines watch the connections they hand out (crm.db.store.make_engine); code that opens
its own ``sqlite3`` connection for long work wraps it in ``watching(con)``. ``resume()`` undoes
``stop()`` (a test, or a process that goes on after closing a window).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

log = logging.getLogger(__name__)

_lock = threading.Lock()
#: DBAPI connections that may be running a statement now
_watched: set[Any] = set()
_stopping = threading.Event()


class Stopped(sqlite3.OperationalError):
    """A statement refused because the process is ending (its message names an interrupt,
    as SQLite's own does)."""

    def __init__(self) -> None:
        super().__init__("interrupted: the app is closing")


def stopping() -> bool:
    return _stopping.is_set()


def watch(con: Any) -> None:
    with _lock:
        _watched.add(con)
    if _stopping.is_set():
        _interrupt(con)


def forget(con: Any) -> None:
    with _lock:
        _watched.discard(con)


@contextlib.contextmanager
def watching(con: Any) -> Iterator[Any]:
    watch(con)
    try:
        yield con
    finally:
        forget(con)


def refuse_if_stopping() -> None:
    """Called before each statement: none starts once the process is ending."""
    if _stopping.is_set():
        raise Stopped()


def stop() -> int:
    """Interrupt every running statement and refuse new ones; returns how many connections
    were interrupted."""
    _stopping.set()
    with _lock:
        connections = list(_watched)
    for con in connections:
        _interrupt(con)
    return len(connections)


def resume() -> None:
    _stopping.clear()


def _interrupt(con: Any) -> None:
    # sqlite3: interrupt() may be called from any thread; psycopg: cancel() sends the server
    # a cancel request for the statement running on that connection
    method = getattr(con, "interrupt", None) or getattr(con, "cancel", None)
    if method is None:
        return
    try:
        method()
    except Exception as exc:  # noqa: BLE001 - a connection closed meanwhile has nothing to stop
        log.debug("could not interrupt %r: %s", con, exc)
