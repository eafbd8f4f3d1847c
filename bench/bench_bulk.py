"""Bulk steps (issue 12) on the 100,000-lead demo store: a committee manager gives 1,000 leads
to another officer in one step (crm.leads.bulk_steps.bulk_change: each lead checked, written through
the leads' one write path, one audit row per lead and field), and takes it back with one undo.

Floor, in the same run, written independently of our code: the same change by hand through
raw sqlite3 in one transaction with the app's settings — per lead, read its owner, city and
version, update owner, version and who/when where the version is still the one read, and
append the audit row — then commit (synchronous=FULL, as ours).

Goal (issue 12): 1,000 leads with their audit rows in under 2 s.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from bench.common import QUICK, Result

SUITE = "bulk"
GOAL = "<2 s for 1,000 leads"
COUNT = 1000
REPEAT = 3 if QUICK else 5


def _copy(src: Path, dest: Path) -> None:
    with sqlite3.connect(str(src)) as a, sqlite3.connect(str(dest)) as b:
        a.backup(b)
    a.close()
    b.close()


def _floor(path: Path, owners: dict[int, int], actor: int) -> float:
    """Give each lead of ``owners`` its owner there, by hand; the milliseconds it took."""
    con = sqlite3.connect(str(path), isolation_level=None)
    for pragma in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                   "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"):  # fmt: skip
        con.execute(pragma).fetchall()
    t = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    txn = uuid.uuid4().hex
    audit = []
    for lead_id, owner in owners.items():
        old_owner, _city, version = con.execute(
            "SELECT owner_id, city_id, version FROM lead WHERE id = ? AND deleted_at IS NULL",
            (lead_id,),
        ).fetchone()
        if old_owner == owner:
            continue
        con.execute(
            "UPDATE lead SET owner_id = ?, version = version + 1, updated_by = ?, "
            "updated_at = ? WHERE id = ? AND version = ?",
            (owner, actor, now, lead_id, version),
        )
        audit.append((now, actor, txn, "lead", lead_id, "update", "owner_id",
                      str(old_owner), str(owner)))  # fmt: skip
    con.executemany(
        "INSERT INTO audit_log (at, user_id, txn, entity, entity_id, action, field, old, new) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        audit,
    )
    con.execute("COMMIT")
    ms = (time.perf_counter() - t) * 1000
    con.close()
    return ms


def run(store_path: Path) -> list[Result]:
    from crm.accounts.users import find_actor
    from crm.db import open_store
    from crm.leadlist.query import LeadFilter, matching_versions
    from crm.leads.bulk_steps import BulkChange, bulk_change, undo_bulk

    with tempfile.TemporaryDirectory(dir=Path(store_path).parent) as tmp:
        work = Path(tmp) / "bulk.sqlite"
        _copy(Path(store_path), work)
        st = open_store(work)
        try:
            manager = find_actor(st, "committee_1")
            b = find_actor(st, "future_2")
            future = b.city_id
            versions = matching_versions(st, manager, LeadFilter(cities=(future,)))
            with sqlite3.connect(str(work)) as con:
                owner_of = dict(con.execute("SELECT id, owner_id FROM lead"))
            con.close()
            ids = sorted(i for i in versions if owner_of[i] != b.id)[:COUNT]
            assert len(ids) == COUNT, len(ids)
            before = {i: owner_of[i] for i in ids}
            ours, undo, floor = [], [], []
            for _ in range(REPEAT):  # alternate, so both see the same cache and load
                v = matching_versions(st, manager, LeadFilter(cities=(future,)))
                t = time.perf_counter()
                result = bulk_change(st, manager, ids, BulkChange(owner=b.id),
                                     versions={i: v[i] for i in ids})  # fmt: skip
                ours.append((time.perf_counter() - t) * 1000)
                assert len(result.done) == COUNT
                t = time.perf_counter()
                undo_bulk(st, manager, result)
                undo.append((time.perf_counter() - t) * 1000)
                floor.append(_floor(work, dict.fromkeys(ids, b.id), manager.id))
                _floor(work, before, manager.id)  # back, untimed
            with sqlite3.connect(str(work)) as con:
                rows = con.execute(
                    "SELECT count(*) FROM audit_log WHERE field = 'owner_id' AND action = 'update'"
                ).fetchone()[0]
            con.close()
            # each step and each undo wrote one audit row per lead (the floor's too)
            assert rows >= 4 * REPEAT * COUNT, rows
        finally:
            st.dispose()
    med = sorted(ours)[len(ours) // 2]
    med_undo = sorted(undo)[len(undo) // 2]
    med_floor = sorted(floor)[len(floor) // 2]
    return [
        Result(
            SUITE,
            f"bulk owner change, {COUNT:,} leads (+audit)",
            med,
            med_floor,
            GOAL,
            med < 2000,
            spread=(min(ours), max(ours)),
        ),  # fmt: skip
        Result(
            SUITE,
            f"undo of that step, {COUNT:,} leads",
            med_undo,
            med_floor,
            GOAL,
            med_undo < 2000,
            spread=(min(undo), max(undo)),
        ),  # fmt: skip
    ]
