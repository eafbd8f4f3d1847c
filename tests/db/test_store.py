"""Opening a store: the files it must refuse (each with a clear message naming the file, in
Chinese and English, the file left untouched), read-only and locked files, and the SQLite
settings every connection gets."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time

import pytest
from sqlmodel import select

from crm.accounts.users import system_actor
from crm.db import migrate, open_store
from crm.db.models import Lead
from crm.errors import StoreError
from crm.leads.edit import create_lead
from tests.db.conftest import file_state, run_unprivileged
from tests.store_state import snapshot

LEAD = {
    "company_name": "锁定测试有限公司",
    "project_name": "锁定",
    "field": "internet",
    "city": "future",
}


def refusal(target, **kwargs) -> tuple[str, str]:
    """open_store's refusal, rendered in English and Chinese."""
    with pytest.raises(StoreError) as err:
        open_store(target, **kwargs)
    return err.value.render("en"), err.value.render("zh_CN")


def test_a_text_file_is_not_a_store(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("这不是数据库\n" * 100, encoding="utf-8")
    before = file_state(path)
    en, zh = refusal(path)
    assert str(path) in en and "is not a CRM store" in en
    assert str(path) in zh and "不是本系统的数据库" in zh
    assert file_state(path) == before


def test_a_database_of_another_program_is_left_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.execute("INSERT INTO recipes VALUES ('东坡肉')")
    con.commit()
    con.close()
    before = file_state(path)
    en, zh = refusal(path)
    assert str(path) in en and "not a CRM store" in en and "left untouched" in en
    assert str(path) in zh and "未做任何改动" in zh
    assert file_state(path) == before
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_folder_is_not_a_store(tmp_path):
    en, zh = refusal(tmp_path)
    assert str(tmp_path) in en and "folder" in en
    assert str(tmp_path) in zh


def test_a_missing_folder(tmp_path):
    en, zh = refusal(tmp_path / "nowhere" / "crm.sqlite")
    assert "does not exist" in en and str(tmp_path / "nowhere") in en
    assert str(tmp_path / "nowhere") in zh


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_store_from_a_newer_version_is_refused_byte_identical(store_path, journal):
    con = sqlite3.connect(store_path)
    con.execute("UPDATE alembic_version SET version_num = '0099_future'")
    con.commit()
    con.execute(f"PRAGMA journal_mode={journal}")
    con.close()
    before = file_state(store_path)
    en, zh = refusal(store_path)
    assert str(store_path) in en and "newer version" in en and "0099_future" in en
    assert str(store_path) in zh and "0099_future" in zh and "更新" in zh
    assert file_state(store_path) == before
    assert not list(store_path.parent.glob("*.bak"))  # nothing copied aside either


def _open_and_render(path, **kwargs):
    try:
        st = open_store(path, **kwargs)
    except StoreError as exc:
        return "refused", exc.render("en"), exc.render("zh_CN")
    try:
        with st.read() as s:
            n = s.connection().exec_driver_sql("SELECT count(*) FROM ref_item").scalar_one()
        try:
            create_lead(st, system_actor(st), LEAD)
        except StoreError as exc:
            return f"read {n}", exc.render("en"), exc.render("zh_CN")
        return f"wrote after reading {n}", "", ""
    finally:
        st.dispose()


@pytest.fixture
def shared_store(store_path, shared_dir):
    path = shared_dir / "crm.sqlite"
    shutil.copy(store_path, path)
    return path


def test_a_read_only_file(shared_store):
    before = file_state(shared_store)
    shared_store.chmod(0o444)
    outcome, en, zh = run_unprivileged(_open_and_render, shared_store)
    assert outcome == "refused"
    assert str(shared_store) in en and "read-only" in en
    assert str(shared_store) in zh and "只读" in zh
    assert file_state(shared_store) == before


def test_a_read_only_file_can_still_be_read(shared_store):
    shared_store.chmod(0o444)
    outcome, en, zh = run_unprivileged(_open_and_render, shared_store, readonly=True)
    assert outcome.startswith("read ") and int(outcome.split()[1]) > 40
    assert str(shared_store) in en and "read-only" in en
    assert str(shared_store) in zh and "只读" in zh


def test_a_read_only_folder(shared_store):
    before = file_state(shared_store)
    shared_store.parent.chmod(0o555)
    outcome, en, zh = run_unprivileged(_open_and_render, shared_store)
    assert outcome == "refused" and "read-only" in en and "只读" in zh
    assert file_state(shared_store) == before


def test_a_locked_file_names_the_file_and_changes_nothing(store_path):
    st = open_store(store_path, busy_timeout_ms=100)
    actor = system_actor(st)
    before = snapshot(st)
    holder = sqlite3.connect(store_path, isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError) as err:
            create_lead(st, actor, LEAD)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    en, zh = err.value.render("en"), err.value.render("zh_CN")
    assert str(store_path) in en and "locked" in en
    assert str(store_path) in zh and "锁定" in zh
    assert snapshot(st) == before
    create_lead(st, actor, LEAD)  # the lock is gone: the same write goes through
    assert snapshot(st)[0]["lead"] == before[0]["lead"] + 1
    st.dispose()


def _hold_the_writer_lock(store_path, seconds: float):
    """Another connection takes the write lock and lets it go after ``seconds``; returns the
    connection, the timer, and the moment it let go (filled in when it does)."""
    holder = sqlite3.connect(store_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    released: list[float] = []

    def release():
        holder.execute("COMMIT")
        released.append(time.monotonic())

    timer = threading.Timer(seconds, release)
    timer.start()
    return holder, timer, released


def test_a_second_writer_waits_for_the_first(store_path):
    """With the default busy timeout a short lock is waited out, not reported: the write
    lands once the other writer let go."""
    st = open_store(store_path, busy_timeout_ms=3000)
    holder, timer, released = _hold_the_writer_lock(store_path, 0.3)
    try:
        saved = create_lead(st, system_actor(st), LEAD)
        written = time.monotonic()
    finally:
        timer.join()
        holder.close()
    try:
        assert released and written >= released[0]  # it waited for the other writer
        with st.read() as s:
            stored = s.get(Lead, saved.lead_id)
            assert (stored.project_name, stored.deleted_at) == ("锁定", None)
    finally:
        st.dispose()


def test_a_writer_that_waits_too_long_is_told_and_writes_nothing(store_path):
    """The same wait with a busy timeout shorter than the lock: a clear refusal, no lead."""
    st = open_store(store_path, busy_timeout_ms=100)
    holder, timer, _released = _hold_the_writer_lock(store_path, 1.5)
    try:
        with pytest.raises(StoreError) as err:
            create_lead(st, system_actor(st), LEAD)
    finally:
        timer.join()
        holder.close()
    try:
        assert "is locked by another program" in err.value.render("en")
        with st.read() as s:
            assert s.exec(select(Lead).where(Lead.project_name == "锁定")).first() is None
    finally:
        st.dispose()


def _pragmas(dbapi_conn) -> tuple:
    cur = dbapi_conn.cursor()
    out = tuple(
        cur.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
    )
    cur.close()
    return out


def test_every_connection_gets_the_pragmas(store_path):
    st = open_store(store_path, busy_timeout_ms=1234)
    try:
        # two connections at once come from the pool as two different connections
        with st.engine.connect() as a, st.engine.connect() as b:
            raw_a, raw_b = a.connection.driver_connection, b.connection.driver_connection
            assert raw_a is not raw_b
            assert _pragmas(raw_a) == _pragmas(raw_b) == ("wal", 1, 1234, 2)  # 2 = FULL
        seen = []

        def in_thread():
            with st.write() as s:
                seen.append(_pragmas(s.connection().connection.driver_connection))

        t = threading.Thread(target=in_thread)
        t.start()
        t.join()
        assert seen == [("wal", 1, 1234, 2)]
    finally:
        st.dispose()


def test_read_only_connections_get_them_too(store_path):
    st = open_store(store_path, readonly=True, busy_timeout_ms=700)
    try:
        with st.engine.connect() as c:
            assert _pragmas(c.connection.driver_connection) == ("wal", 1, 700, 2)
    finally:
        st.dispose()


def test_a_new_store_is_created_in_wal_mode(tmp_path):
    path = tmp_path / "new.sqlite"
    st = open_store(path)
    st.dispose()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (
        con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        == migrate.head_revision()
    )
    con.close()


def test_a_write_outside_the_transaction_rolls_back(store):
    """A failing action writes nothing (one user action = one transaction)."""
    before = snapshot(store)
    with pytest.raises(RuntimeError), store.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO setting (key, value, version, created_at, updated_at) "
            "VALUES ('x', '1', 1, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
        )
        raise RuntimeError("boom")
    assert snapshot(store) == before


def test_describe_hides_a_server_password():
    from crm.db.store import resolve_target

    url = resolve_target("postgresql://crm:secret@db.example/crm")
    assert url.drivername == "postgresql+psycopg"
    assert "secret" not in url.render_as_string(hide_password=True)


def test_a_bad_url_is_refused():
    en, zh = refusal("postgresql://[::1")
    assert "is not a database URL" in en and "postgresql://[::1" in zh
