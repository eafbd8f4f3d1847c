"""The Audit page (issue 12) on an audit log of 1,000,000 rows: the demo store's 100,000
creation rows plus 900,000 changes spread over a year, people and actions, appended by hand.
A page of 200 entries with its total, newest first: unfiltered, deep in the log, by person,
by action, by lead, and by a month.

Floor, in the same run, written independently of our code: the same page and count by hand in
raw sqlite3 (SELECT … ORDER BY id DESC LIMIT/OFFSET and count(*) with the same conditions).
Ours also names the people, labels the actions and renders old/new values in the reader's
language. Goal: a page under 300 ms, so paging feels immediate.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.bench_bulk import _copy
from bench.common import DATA, QUICK, Result, median_ms

SUITE = "audit"
GOAL = "<300 ms a page"
EXTRA = 900_000
REPEAT = 3 if QUICK else 7
#: raise when _fill changes: the cached filled store is made again
FILL_VERSION = 1


def _fill(path: Path) -> None:
    rnd = random.Random(1)
    con = sqlite3.connect(str(path))
    users = [r[0] for r in con.execute("SELECT id FROM app_user WHERE username != 'system'")]
    leads = [r[0] for r in con.execute("SELECT id FROM lead")]
    start = datetime.now(UTC) - timedelta(days=365)
    fields = ("planned_investment", "next_followup", "owner_id", "notes", "stage")
    rows = []
    for n in range(EXTRA):
        at = start + timedelta(seconds=n * 365 * 86400 // EXTRA)
        action = rnd.choices(("update", "stage", "export", "refused"), (80, 15, 3, 2))[0]
        rows.append((at.strftime("%Y-%m-%d %H:%M:%S.%f"), rnd.choice(users), uuid.uuid4().hex,
                     "lead", rnd.choice(leads), action, rnd.choice(fields),
                     str(rnd.randint(1, 9999)), str(rnd.randint(1, 9999))))  # fmt: skip
    con.executemany(
        "INSERT INTO audit_log (at, user_id, txn, entity, entity_id, action, field, old, new) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    con.commit()
    con.close()


def _filled(store_path: Path) -> Path:
    """The store with its 900,000 rows more, made once a day (the rows are dated back from
    today) and kept in bench/.data: filling it took 20 of the quick run's seconds."""
    key = f"audit-{store_path.stem}-{EXTRA}-v{FILL_VERSION}-{date.today().isoformat()}"
    path = DATA / f"{key}.sqlite"
    if not path.exists():
        for old in DATA.glob(f"audit-{store_path.stem}-*"):
            old.unlink()
        partial = path.with_suffix(".partial")
        _copy(store_path, partial)
        _fill(partial)
        partial.rename(path)
    return path


def _floor_sql(where: str, offset: int) -> list[str]:
    return [
        f"SELECT a.*, u.display_name FROM audit_log a LEFT JOIN app_user u ON u.id = a.user_id "
        f"WHERE {where} ORDER BY a.id DESC LIMIT 200 OFFSET {offset}",
        f"SELECT count(*) FROM audit_log a WHERE {where}",
    ]


def run(store_path: Path) -> list[Result]:
    from crm.accounts.users import find_actor
    from crm.db import open_store
    from crm.history import AuditFilter, audit_page

    results = []
    with tempfile.TemporaryDirectory(dir=Path(store_path).parent) as tmp:
        work = Path(tmp) / "audit.sqlite"
        shutil.copy(_filled(Path(store_path)), work)
        con = sqlite3.connect(f"file:{work}?mode=ro", uri=True)
        con.execute("PRAGMA cache_size=-65536")
        total = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        person = con.execute("SELECT id FROM app_user WHERE username = 'zijingang_1'").fetchone()[0]
        lead = con.execute("SELECT entity_id FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
        month = date.today() - timedelta(days=120)
        lo = datetime.combine(month, datetime.min.time(), UTC).strftime("%Y-%m-%d %H:%M:%S")
        hi = datetime.combine(month + timedelta(days=31), datetime.min.time(), UTC).strftime(
            "%Y-%m-%d %H:%M:%S"
        )
        st = open_store(work)
        try:
            manager = find_actor(st, "committee_1")
            cases = (
                ("first page", AuditFilter(), 0, "1"),
                ("page 2,500 (offset 500,000)", AuditFilter(), 500_000, "1"),
                ("by person", AuditFilter(user_id=person), 0, f"a.user_id = {person}"),
                ("by action (stage)", AuditFilter(action="stage"), 0, "a.action = 'stage'"),
                ("by lead", AuditFilter(lead_id=lead), 0,
                 f"a.entity = 'lead' AND a.entity_id = {lead}"),
                ("a month", AuditFilter(day_from=month, day_to=month + timedelta(days=30)), 0,
                 f"a.at >= '{lo}' AND a.at < '{hi}'"),
            )  # fmt: skip
            for label, flt, offset, where in cases:
                sqls = _floor_sql(where, offset)

                def ours(flt=flt, offset=offset):
                    return audit_page(st, manager, flt, offset=offset, lang="zh_CN")

                def floor(sqls=sqls):
                    return [con.execute(q).fetchall() for q in sqls]

                page, (rows, ((count,),)) = ours(), floor()
                assert [e.id for e in page.entries] == [r[0] for r in rows], label
                assert page.total == count, (label, page.total, count)
                o, f = median_ms(ours, REPEAT, 1), median_ms(floor, REPEAT, 1)
                name = f"audit page: {label} ({count:,} of {total:,})"
                results.append(Result(SUITE, name, o, f, GOAL, o < 300))
        finally:
            st.dispose()
            con.close()
    return results
