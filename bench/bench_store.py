"""The lead store (issue 2) on the 100,000-lead / 1,000,000-activity demo store: a lead-list
page with a filter and a sort, search, duplicate lookup and opening the store.

Floors, in the same run, written independently of our code (bench/floors.py):

* list and search — a hand-written query per case over the same schema (the page of rows and
  the total, the same order), through raw sqlite3 with the same per-connection settings; the
  floor must find the same lead ids on the page and the same total;
* duplicates — the same exact lookup written by hand, plus the same fuzzy match over the same
  names: rapidfuzz's ``process.extract`` (WRatio, the same cut-off) over the normalised names
  of the companies with live leads (held in memory, as ours keeps them), then the leads of
  the close companies;
* opening the store — connect with the same settings and read the schema version.

Goals (issue 2): a list page or a search, page and total, under 30 ms and within 3x its floor;
the store opens in under 300 ms.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import subprocess
import sys
from datetime import date
from pathlib import Path

from bench import floors
from bench.common import QUICK, Result, median_ms
from crm.accounts.users import find_actor
from crm.db import open_store
from crm.db.store import CACHE_KIB, DEFAULT_BUSY_TIMEOUT_MS, Store
from crm.leadlist.query import LeadFilter, list_leads
from crm.leads.dedup import SIMILAR_CUTOFF, find_duplicates
from crm.reference import reference

SUITE = "store"
TODAY = date.today()
LIST_GOAL = "<30 ms, <=3x floor"
OPEN_GOAL = "<300 ms"
REPEAT = 7 if QUICK else 15
#: the settings every connection of ours gets (crm.db.store.make_engine); the floor gets them
PRAGMAS = (
    f"PRAGMA busy_timeout={DEFAULT_BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA cache_size=-{CACHE_KIB}",
)


def raw_connection(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(str(path), isolation_level=None)
    for pragma in PRAGMAS:
        con.execute(pragma).fetchall()
    return con


def _goal_met(median: float, floor: float) -> bool:
    return median < 30 and median <= 3 * floor


def _lists(st: Store):
    """(label, actor, our filter, our sort, the floor's WHERE, the floor's ORDER BY)."""
    ref = reference(st)
    officer = find_actor(st, "future_1")  # an investment officer of 未来科技城
    future, internet = ref.id_of("city", "future"), ref.id_of("field", "internet")
    yield (
        "list: city + stage sort",
        officer,
        LeadFilter(cities=(future,)),
        [("stage", False)],
        f"l.city_id = {future}",
        f"{floors.STAGE_ORDER} ASC",
    )
    yield (
        "list: field + planned investment desc",
        officer,
        LeadFilter(fields=(internet,)),
        [("planned_investment", True)],
        f"l.field_id = {internet}",
        "l.planned_investment DESC NULLS LAST",
    )
    yield (
        "list: owner + next follow-up",
        officer,
        LeadFilter(owners=(officer.id,)),
        [("next_followup", False)],
        f"l.owner_id = {officer.id}",
        "l.next_followup ASC NULLS LAST",
    )
    yield (
        "list: key projects by company name",
        officer,
        LeadFilter(key_project=True),
        [("company", False)],
        "l.is_key",
        "c.name_sort ASC NULLS LAST",
    )
    yield (
        "list: everything, newest first (default)",
        officer,
        LeadFilter(),
        None,
        "1",
        "l.updated_at DESC",
    )
    for label, query, phrase in (
        ("2-char Chinese", "生物", '"生 物"'),
        ("4-char Chinese", "云帆智能", '"云 帆 智 能"'),
        ("pinyin initials", "yf", '"yf" *'),
        ("credit-code prefix", "91330106", '"91330106" *'),
    ):
        where = floors.officer_search(phrase, officer.city_id, officer.id)
        yield (f"search: {label} {query}", officer, LeadFilter(search=query), None, where,
               "l.updated_at DESC")  # fmt: skip


def _list_results(st: Store, con: sqlite3.Connection) -> list[Result]:
    out = []
    for label, actor, flt, sort, where, order in _lists(st):
        sqls = floors.lead_page(where, order, 100)

        def ours(actor=actor, flt=flt, sort=sort):
            st.cache.pop("lead_query.statements", None)  # as for a filter just changed
            return list_leads(st, actor, flt, sort, 0, 100, today=TODAY)

        def floor(sqls=sqls):
            return [con.execute(sql).fetchall() for sql in sqls]

        mine, (rows, ((total,),)) = ours(), floor()
        # the floor does the same work: the same leads in the same order, the same total
        assert [r.id for r in mine.rows] == [r[0] for r in rows], label
        assert mine.total == total, (label, mine.total, total)
        ours_ms, floor_ms = median_ms(ours, REPEAT), median_ms(floor, REPEAT)
        name = f"{label} ({mine.total:,})"
        out.append(Result(SUITE, name, ours_ms, floor_ms, LIST_GOAL, _goal_met(ours_ms, floor_ms)))
    return out


def _dedup_result(st: Store, con: sqlite3.Connection) -> Result:
    from rapidfuzz import fuzz, process

    officer = find_actor(st, "zijingang_1")
    name, norm = "杭州云帆智能科技有限公司", "杭州云帆智能科技"  # the name as typed; its key
    report = find_duplicates(st, officer, name=name)  # also fills the name index (cached)
    # the floor's name index, held in memory as ours holds it
    index = con.execute(
        "SELECT c.id, c.name_norm FROM company AS c WHERE EXISTS (SELECT 1 FROM lead AS l "
        "WHERE l.company_id = c.id AND l.deleted_at IS NULL)"
    ).fetchall()
    ids, names = [r[0] for r in index], [r[1] for r in index]
    row = (
        "SELECT l.id, l.company_id, c.name, c.credit_code, l.project_name, l.owner_id, "
        "l.city_id, l.created_at, l.stage, l.confidential, l.codename FROM lead AS l "
        "JOIN company AS c ON c.id = l.company_id WHERE l.deleted_at IS NULL AND "
    )

    def floor():
        exact = con.execute(row + "c.name_norm = ? ORDER BY l.created_at", (norm,)).fetchall()
        seen = {r[1] for r in exact}
        close = process.extract(
            norm, names, scorer=fuzz.WRatio, limit=15, score_cutoff=SIMILAR_CUTOFF
        )
        company_ids = [ids[i] for _n, _s, i in close if ids[i] not in seen]
        marks = ", ".join("?" * len(company_ids))
        similar = con.execute(
            row + f"l.company_id IN ({marks}) ORDER BY l.created_at", company_ids
        ).fetchall()
        return exact, similar

    exact, similar = floor()
    assert len(exact) == len(report.exact), (len(exact), len(report.exact))
    assert {m.company_id for m in report.similar} <= {r[1] for r in similar}
    ours_ms = median_ms(lambda: find_duplicates(st, officer, name=name), REPEAT)
    floor_ms = median_ms(floor, REPEAT)
    label = f"duplicates: exact + similar ({len(report.exact)}+{len(report.similar)})"
    return Result(SUITE, label, ours_ms, floor_ms, "", None,
                  note="floor: the same lookups by hand + rapidfuzz process.extract over the "
                       f"{len(names):,} names")  # fmt: skip


def _open_results(path: Path) -> list[Result]:
    def ours():
        open_store(path).dispose()

    def floor():
        con = raw_connection(path)
        con.execute("SELECT version_num FROM alembic_version").fetchall()
        con.close()

    warm, warm_floor = median_ms(ours), median_ms(floor)
    cold, cold_floor = _first_open(path)
    return [
        Result(SUITE, "open store", warm, warm_floor, OPEN_GOAL, warm < 300),
        Result(
            SUITE, "open store, first in a new process", cold, cold_floor, OPEN_GOAL, cold < 300
        ),
    ]


_FIRST_OPEN = """
import json, sqlite3, sys, time
from crm.db import open_store
path = sys.argv[1]
t = time.perf_counter()
con = sqlite3.connect(path, isolation_level=None)
for p in json.loads(sys.argv[2]):
    con.execute(p).fetchall()
con.execute("SELECT version_num FROM alembic_version").fetchall()
con.close()
floor = time.perf_counter() - t
t = time.perf_counter()
open_store(path).dispose()
print(json.dumps([(time.perf_counter() - t) * 1000, floor * 1000]))
"""


def _first_open(path: Path, runs: int = 5) -> tuple[float, float]:
    """The first open in a fresh process, as at the app's start (crm.db already imported, as
    the app imports it before; what open_store imports on first use is counted)."""
    ours, floors = [], []
    root = Path(__file__).resolve().parent.parent
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _FIRST_OPEN, str(path), json.dumps(PRAGMAS)],
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
        )
        mine, floor = json.loads(done.stdout)
        ours.append(mine)
        floors.append(floor)
    return statistics.median(ours), statistics.median(floors)


def run(store_path) -> list[Result]:
    path = Path(store_path)
    results = _open_results(path)
    st = open_store(path)
    con = raw_connection(path)
    try:
        results = _list_results(st, con) + [_dedup_result(st, con)] + results
    finally:
        con.close()
        st.dispose()
    return results
