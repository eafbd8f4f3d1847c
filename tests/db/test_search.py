"""The SQLite search index stays readable however many times personal data is purged from it,
and a search index too damaged to be opened is rebuilt by ``crm db check --repair``.

SQLite 3.40's FTS5 adds levels to its index at every 'optimize' and reads an index of more
than 2,000 levels as corrupt: with 'optimize' after each deleted contact, some 1,000
deletions later every save touching the index failed as "database disk image is malformed"
(found by the kill test: ~230 writers in, each deleting contacts)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import create_engine

from crm.db import search
from crm.leads.contacts import add_contact
from crm.leads.edit import create_lead
from tests.services import lead_data

ROUNDS = 1100  # past where 'optimize' broke this index (round 1,001 on SQLite 3.40)


def _fts_ok(path) -> int:
    con = sqlite3.connect(path)
    try:
        con.execute("INSERT INTO lead_fts(lead_fts) VALUES('integrity-check')")
        return con.execute(
            "SELECT count(*) FROM lead_fts WHERE lead_fts MATCH 'doc:\"云 帆\"'"
        ).fetchone()[0]
    finally:
        con.close()


def _purge_many(path, statement: str | None) -> Exception | None:
    """ROUNDS transactions, each rewriting a document and purging (``statement``: instead of
    the app's purge). Durability is not what is tested: synchronous off, for speed."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
            conn.commit()
            for _ in range(ROUNDS):
                with conn.begin():
                    search.reindex(conn, [1])
                    try:
                        if statement:
                            conn.exec_driver_sql(statement)
                        else:
                            search.purge(conn)
                    except Exception as exc:  # noqa: BLE001 - what the index said
                        return exc
    finally:
        engine.dispose()
    return None


@pytest.fixture
def one_lead(store, people):
    lead = create_lead(store, people.wang, lead_data()).lead_id
    add_contact(store, people.wang, lead, {"name": "张三", "mobile": "13800001111"})
    path = store.path
    store.dispose()
    # 300 more documents written one at a time, as months of saves leave them: an index of
    # many segments on several levels (where each 'optimize' added two levels)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    for i in range(300):
        con.execute(
            "INSERT INTO lead_fts (rowid, pub, doc, people) VALUES (?, '', ?, '')",
            (1000 + i, f"文 档 w{i}"),
        )
    con.close()
    return path


def test_the_index_stays_readable_after_thousands_of_purges(one_lead):
    assert _purge_many(one_lead, None) is None
    assert _fts_ok(one_lead) == 1


def test_a_broken_index_is_found_and_rebuilt_by_repair(one_lead):
    broke = _purge_many(one_lead, "INSERT INTO lead_fts(lead_fts) VALUES('optimize')")
    if broke is None:
        pytest.skip("this SQLite keeps FTS5's levels bounded under 'optimize'")
    assert "malformed" in str(broke)
    with pytest.raises(sqlite3.DatabaseError):
        _fts_ok(one_lead)

    def crm(*args):
        return subprocess.run(
            [sys.executable, "-m", "crm", "--lang", "en", "--db", str(one_lead), "db", *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    found = crm("check")
    assert found.returncode == 1 and "Traceback" not in found.stderr
    assert "problem: search index: vtable constructor failed: lead_fts (run crm db check " in (
        found.stderr
    )
    repaired = crm("check", "--repair")
    assert repaired.returncode == 0, repaired.stderr
    assert "search index rebuilt for 1 leads" in repaired.stdout
    assert _fts_ok(one_lead) == 1
