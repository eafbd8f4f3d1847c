"""Stopping the database work of a closing app (crm.db.interrupt): a long statement on another
thread ends within a second, its transaction rolled back; no statement starts afterwards; a
quick check cut short says nothing about the file; a backup cut short leaves no file."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import text
from sqlmodel import select

from crm.db import interrupt
from crm.db.backup import list_backups
from crm.db.health import damage_note
from crm.db.models import Setting
from crm.errors import StoreError
from crm.safety import backups
from crm.safety.store_health import check_open_store

#: a statement that runs for many seconds on each dialect (nothing to read from disk)
SLOW = {
    "sqlite": "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 2000000000) "
    "SELECT count(*) FROM n",
    "postgresql": "SELECT pg_sleep(60)",
}


@pytest.fixture(autouse=True)
def _resume():
    yield
    interrupt.resume()


def _in_thread(fn) -> tuple[threading.Thread, list]:
    out: list = []

    def run():
        try:
            out.append(fn())
        except BaseException as exc:  # noqa: BLE001 - the test looks at it
            out.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, out


def _wait_running(store, seconds: float = 10) -> None:
    """Until a connection of the store is checked out (the slow statement has started)."""
    end = time.monotonic() + seconds
    while not interrupt._watched and time.monotonic() < end:
        time.sleep(0.01)
    time.sleep(0.2)  # from checkout to the statement running on the server
    assert interrupt._watched, "the slow statement never started"


def test_a_long_statement_in_a_write_ends_at_once_and_writes_nothing(any_store):
    def slow_write():
        with any_store.write() as s:
            s.add(Setting(key="half.written", value="1"))
            s.flush()
            s.exec(text(SLOW[any_store.dialect]))  # type: ignore[call-overload]
        return "finished"

    t, out = _in_thread(slow_write)
    _wait_running(any_store)
    t0 = time.monotonic()
    assert interrupt.stop() >= 1
    t.join(5)
    assert time.monotonic() - t0 < 1.0
    assert not t.is_alive()
    (result,) = out
    assert isinstance(result, StoreError)
    assert "closing" in result.message.render("en")
    interrupt.resume()
    with any_store.read() as s:
        assert s.exec(select(Setting).where(Setting.key == "half.written")).first() is None


def test_no_statement_starts_once_stopped_and_resume_allows_them_again(store):
    interrupt.stop()
    with pytest.raises(StoreError), store.read() as s:
        s.exec(select(Setting)).all()
    interrupt.resume()
    with store.read() as s:
        assert s.exec(text("SELECT 7")).scalar() == 7  # type: ignore[call-overload]


def test_a_watched_raw_connection_is_interrupted(tmp_path):
    con = sqlite3.connect(tmp_path / "x.sqlite", check_same_thread=False)

    def slow():
        with interrupt.watching(con):
            return con.execute(SLOW["sqlite"]).fetchone()

    t, out = _in_thread(slow)
    time.sleep(0.3)
    t0 = time.monotonic()
    assert interrupt.stop() == 1
    t.join(5)
    assert time.monotonic() - t0 < 1.0
    assert isinstance(out[0], sqlite3.OperationalError)
    assert "interrupted" in str(out[0])
    assert not interrupt._watched  # forgotten once its work ended
    con.close()


def test_a_quick_check_cut_short_gives_no_verdict_and_marks_nothing(store):
    interrupt.stop()
    assert check_open_store(store) is None
    assert store.damaged is None
    assert damage_note(store.path) is None


def test_a_backup_cut_short_leaves_no_file(store):
    folder = backups.backup_folder(store)
    interrupt.stop()
    with pytest.raises(StoreError):
        backups.backup_now(store)
    interrupt.resume()
    leftovers = list(folder.iterdir()) if folder.exists() else []
    assert leftovers == []
    assert list_backups(folder) == []
    assert backups.backup_now(store).path.exists()  # and the next one is taken as usual
