"""Ledgers in (issue 14): the 10,000-row ledger read, dry-run and imported in one
transaction (``crm import`` as a person runs it: read_table, plan_import, run_import), against
its floor measured in the same run: the same file read with python-calamine, and the same
companies, leads, first stage rows, contacts, audit rows and search documents inserted with
the raw sqlite3 module in one transaction — by a script written for this one file,
independently of our code (its own cell parsing, its own tokens, pypinyin called directly).
Goal: ≤ 2× the floor, for three files of the same ledger:

* as Excel (and WPS) save it: shared strings and a <dimension> (bench_io.excel_style);
* as LibreOffice re-saves it (its own styles and shared strings);
* with inline strings, as openpyxl and many web systems write it (bench_io.ledger).

Beside each, for information: the same import with the openpyxl reader the importer used
before (forced); and the reading alone (read_table: the guard's scan of the sheet XML, the
table found, each row told data or not) against the floor's own calamine read of the file.

``BENCH_IO_ROWS`` changes the ledger size, ``BENCH_LEDGERS_REPEAT`` the repetitions.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_io import _once, excel_style, ledger  # noqa: E402
from bench.common import QUICK, Result, env_int  # noqa: E402

SUITE = "ledgers"
#: --quick: the 1,000-row ledger, as bench_io and bench_cli use (10,000 rows took 112 s of the
#: quick run's 230: three files, each imported eleven times, by us and by the floor)
ROWS = env_int("BENCH_IO_ROWS", 1_000 if QUICK else 10_000)


# ------------------------------------------------------------------ the floor
_UNITS = {"亿": 10000.0, "万": 1.0}
_FIELD = {
    "生物医药": ("health", "biomed"),
    "数字经济": ("internet", None),
    "新材料": ("materials", None),
    "人工智能": ("internet", "ai"),
    "集成电路": ("internet", "ic"),
    "医疗器械": ("health", "devices"),
    "高端装备": ("equipment", None),
}
_CITY = {"紫金港": "zijingang", "未来科技城": "future", "青山湖": "qingshan", "临平区": "linping"}
_CITY["富阳"] = "fuyang"
_STAGE = {"初步接洽": "contact", "在谈": "negotiation", "考察": "visit", "线索": "lead"}
_STAGE["已签约"] = "signed"
_TOKEN = re.compile(r"[\u4e00-\u9fff]|[^\W_\u4e00-\u9fff]+")


def _amount(v, header_unit: float) -> float:
    if isinstance(v, float):
        return v * header_unit
    text = v.replace(",", "").replace("约", "").replace("元", "")
    scale = _UNITS.get(text[-1])
    return float(text[:-1]) * scale if scale else float(text) * header_unit


def _day(v) -> str:
    if isinstance(v, date):
        return v.isoformat()
    parts = re.findall(r"\d+", v)
    return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()


def _doc(*parts) -> str:
    return " ".join(_TOKEN.findall(unicodedata.normalize("NFKC", " ".join(p for p in parts if p))))


def floor_import(path: Path, db: Path) -> int:
    """The ledger into the store at ``db`` with python-calamine and sqlite3 alone."""
    import python_calamine
    from pypinyin import lazy_pinyin

    rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    rows = rows.to_python(skip_empty_area=False)
    conn = sqlite3.connect(db, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    ref = {(k, c): i for i, k, c in conn.execute("SELECT id, kind, code FROM ref_item")}
    user = conn.execute("SELECT id FROM app_user WHERE username = 'system'").fetchone()[0]
    now = datetime.now(UTC).isoformat(" ")
    lead_columns = [r[1] for r in conn.execute("PRAGMA table_info(lead)")]
    companies, leads, history, contacts, audit, docs = [], [], [], [], [], []
    txn = uuid.uuid4().hex
    conn.execute("BEGIN")
    batch = conn.execute(
        "INSERT INTO import_batch (version, created_at, created_by, updated_at, updated_by,"
        " file_name, sheet, created_count, updated_count, skipped_count, refused_count)"
        " VALUES (1, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)",
        (now, user, now, user, str(path), "2026年台账"),
    ).lastrowid
    next_id = 1
    py: dict[str, str] = {}
    for number, r in enumerate(rows[3:], start=4):
        if not r[1] or r[1] == "合计":
            continue
        name, code, project = r[1], r[2] or None, r[3]
        field, subfield = _FIELD[r[4]]
        # pinyin per character, each character converted once (the cheapest use of the library)
        words = [py.get(ch) or py.setdefault(ch, lazy_pinyin(ch)[0]) for ch in name]
        initials = "".join(w[:1] for w in words)
        companies.append(
            (next_id, name, name.replace("有限公司", ""), " ".join(words), code, 1, now, now)
        )
        stage = _STAGE[r[8]]
        signed = stage == "signed"
        values = dict.fromkeys(lead_columns)
        planned = _amount(r[6], 10000.0)
        values.update(
            id=next_id,
            version=1,
            created_at=now,
            created_by=user,
            updated_at=now,
            updated_by=user,
            company_id=next_id,
            project_name=project,
            business_type_id=ref[("business_type", "new")],
            project_type_id=ref[("project_type", "industrial")],
            field_id=ref[("field", field)],
            subfield_id=ref[("subfield", subfield)] if subfield else None,
            city_id=ref[("city", _CITY[r[5]])],
            owner_id=user,
            source_id=ref[("source", "referral")],
            planned_investment=planned,
            registered_capital=_amount(r[7], 1.0),
            is_key=r[11] == "是",
            stage=stage,
            stage_date=_day(r[9]),
            next_followup=_day(r[10]),
            furthest_stage=stage,
            first_signed_on=_day(r[9]) if signed else None,
            agreed_investment=planned if signed else None,
            notes=r[16],
            import_batch_id=batch,
            import_row=number,
            needs_review=False,
            **{k: False for k in ("is_hightech", "is_national_rd", "is_foreign")},
            **{k: False for k in ("policy_industry", "policy_talent", "policy_tech")},
            confidential=False,
        )
        leads.append(tuple(values.values()))
        history.append((next_id, None, stage, values["stage_date"], now, user))
        contacts.append((next_id, next_id, r[12], r[13], 1, now, now, user, user))
        for entity, record in (
            ("company", {"name": name, "credit_code": code}),
            ("lead", {k: v for k, v in values.items() if v not in (None, False)}),
            ("contact", {"name": r[12], "mobile": r[13][:3] + "****" + r[13][-4:]}),
        ):
            audit.append(
                (now, user, txn, entity, next_id, "create", json.dumps(record, default=str))
            )
        docs.append((next_id, "", _doc(name, initials, code, project, r[16]), _doc(r[12], r[13])))
        next_id += 1
    conn.executemany(
        "INSERT INTO company (id, name, name_norm, name_sort, credit_code, version, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        companies,
    )
    marks = ", ".join("?" * len(lead_columns))
    conn.executemany(f"INSERT INTO lead ({', '.join(lead_columns)}) VALUES ({marks})", leads)
    conn.executemany(
        "INSERT INTO stage_change (lead_id, from_stage, to_stage, changed_on, at, user_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        history,
    )
    conn.executemany(
        "INSERT INTO contact (id, lead_id, name, mobile, version, created_at, updated_at,"
        " created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        contacts,
    )
    conn.executemany(
        "INSERT INTO audit_log (at, user_id, txn, entity, entity_id, action, new)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        audit,
    )
    conn.executemany("INSERT INTO lead_fts (rowid, pub, doc, people) VALUES (?, ?, ?, ?)", docs)
    conn.execute("COMMIT")
    conn.close()
    return len(leads)


# ------------------------------------------------------------------ ours
def ours_import(db: Path, path: Path, *, openpyxl_reader: bool = False) -> int:
    from crm.accounts.users import system_actor
    from crm.db import open_store
    from crm.importing import xlsx_book
    from crm.importing.api import plan_import, read_table, run_import

    dense = xlsx_book.XlsxBook._dense_ok
    if openpyxl_reader:  # the reader the importer used before python-calamine
        xlsx_book.XlsxBook._dense_ok = lambda self, sheet: False
    try:
        store = open_store(db)
        actor = system_actor(store)
        plan = plan_import(store, actor, read_table(path))
        result = run_import(store, actor, plan)
        store.dispose()
    finally:
        xlsx_book.XlsxBook._dense_ok = dense
    return result.counts.created


def libreoffice_copy(path: Path) -> Path | None:
    out = path.with_name(path.stem + "-libreoffice.xlsx")
    if out.exists():
        return out
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory(prefix="bench-lo-") as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                tmp,
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        shutil.move(str(Path(tmp) / (path.stem + ".xlsx")), out)
    return out


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2]


def run(store_path: Path | None = None) -> list[Result]:
    from crm.db import open_store

    repeat = env_int("BENCH_LEDGERS_REPEAT", 3)
    inline = ledger(ROWS)
    files = [
        ("as Excel saves it", excel_style(inline)),
        ("re-saved by LibreOffice", libreoffice_copy(excel_style(inline))),
        ("inline strings", inline),
    ]
    out = []
    with tempfile.TemporaryDirectory(prefix="bench-ledgers-") as tmp:
        work = Path(tmp)
        empty = work / "empty.sqlite"
        open_store(empty).dispose()

        def fresh():
            target = work / "import.sqlite"
            for p in work.glob("import.sqlite*"):
                p.unlink()
            shutil.copy(empty, target)
            return target

        for what, path in files:
            if path is None:
                print(f"  {what}: LibreOffice is not installed, left out", file=sys.stderr)
                continue
            _once(fresh, lambda db, path=path: ours_import(db, path))  # imports, caches
            _once(fresh, lambda db, path=path: floor_import(path, db))
            floor, ours, old, reads, ours_reads = [], [], [], [], []
            for _ in range(repeat):  # alternately, so both see the same machine load
                floor.append(_once(fresh, lambda db, path=path: floor_import(path, db)))
                ours.append(_once(fresh, lambda db, path=path: ours_import(db, path)))
                reads.append(_once(lambda: None, lambda _s, path=path: _calamine_read(path)))
                ours_reads.append(_once(lambda: None, lambda _s, path=path: _ours_read(path)))
            old.append(
                _once(fresh, lambda db, path=path: ours_import(db, path, openpyxl_reader=True))
            )
            f, o = _median(floor), _median(ours)
            out.append(
                Result(
                    SUITE,
                    f"import {ROWS:,}-row ledger, {what} (dry run + import)",
                    o,
                    f,
                    "≤ 2× calamine read + raw sqlite3 inserts",
                    o <= 2 * f,
                )
            )
            out.append(
                Result(
                    SUITE,
                    "  the same with the openpyxl reader (before)",
                    _median(old),
                    f,
                    "for information",
                    None,
                )
            )
            r, o = _median(ours_reads), _median(reads)
            out.append(
                Result(
                    SUITE,
                    "  reading alone (read_table) against calamine's read",
                    r,
                    o,
                    "≤ 1.5× (the guard's scan and the rows told apart on top of the read)",
                    r <= 1.5 * o,
                )
            )
    return out


def _calamine_read(path: Path) -> None:
    import python_calamine

    python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def _ours_read(path: Path) -> None:
    from crm.importing.api import read_table

    read_table(path)


def _check_floor(path: Path) -> None:
    """The floor writes what the import writes (counts per table)."""
    from crm.db import open_store

    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a.sqlite", Path(tmp) / "b.sqlite"
        open_store(a).dispose()
        shutil.copy(a, b)
        ours_import(a, path)
        floor_import(path, b)
        for table in ("company", "lead", "stage_change", "contact", "lead_fts"):
            counts = [
                sqlite3.connect(db).execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for db in (a, b)
            ]
            print(f"  {table}: ours {counts[0]}, floor {counts[1]}", file=sys.stderr)
        audit = [
            sqlite3.connect(db).execute("SELECT count(*) FROM audit_log").fetchone()[0]
            for db in (a, b)
        ]
        print(f"  audit_log: ours {audit[0]}, floor {audit[1]}", file=sys.stderr)


if __name__ == "__main__":
    from bench.common import print_table

    if "--check" in sys.argv:
        _check_floor(excel_style(ledger(ROWS)))
    started = time.perf_counter()
    print_table(run())
    print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
