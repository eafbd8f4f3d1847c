"""Data safety (issue 13) on the 100,000-lead / 1,000,000-activity store: a verified backup
against its floor (sqlite3's backup() plus integrity_check, written here without our code),
the quick check the app runs after its window is shown, and thinning + listing a folder of
400 days of backups. Goals: backup within 1.3x its floor; thinning and listing under 100 ms.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from bench.common import Result, median_ms
from crm.db import backup as bk
from crm.db.integrity import check_file
from crm.db.thinning import Limits

SUITE = "safety"


def _floor_backup(source: Path, dest: Path) -> None:
    src = sqlite3.connect(str(source))
    out = sqlite3.connect(str(dest))
    src.backup(out)
    assert out.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    out.close()
    src.close()


def _ours(source: Path, folder: Path) -> None:
    bk.take_backup(source, folder, bk.MANUAL)


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def _backup_folder(root: Path, days: int = 400) -> Path:
    folder = root / "thin"
    folder.mkdir()
    now = datetime.now()
    for d in range(days):
        t = now - timedelta(days=d)
        name = f"crm-{t:%Y%m%d-%H%M%S}-auto"
        (folder / f"{name}.sqlite").write_bytes(b"")
        note = {"taken_at": t.isoformat(), "kind": "auto", "size": 1, "verified": True,
                "counts": {"lead": 1}}  # fmt: skip
        (folder / f"{name}.json").write_text(json.dumps(note))
    return folder


def run(store_path: Path) -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory(dir=store_path.parent) as tmp:
        root = Path(tmp)
        ours, floor = [], []
        for i in range(3):  # alternate, so both see the same cache and load
            dest = root / f"floor{i}.sqlite"
            floor.append(_timed(lambda d=dest: _floor_backup(store_path, d)))
            dest.unlink()
            folder = root / f"ours{i}"
            ours.append(_timed(lambda f=folder: _ours(store_path, f)))
            shutil.rmtree(folder)
        o, f = sorted(ours)[1], sorted(floor)[1]
        results.append(
            Result(SUITE, "verified backup (100k/1M)", o, f, "<=1.3x floor", o <= 1.3 * f)
        )
        q = median_ms(lambda: check_file(store_path, full=False), repeat=3, warmup=1)
        results.append(
            Result(
                SUITE, "quick_check (runs after the window is shown)", q, None, "on a worker thread"
            )  # fmt: skip
        )
        folder = _backup_folder(root)
        listing = median_ms(lambda: bk.list_backups(folder), repeat=15)
        results.append(Result(SUITE, "list 400 backups", listing, None, "<100 ms", listing < 100))
        work = root / "work"

        def thin_once():
            if work.exists():
                shutil.rmtree(work)
            shutil.copytree(folder, work)
            t = time.perf_counter()
            bk.thin(work, Limits())
            return (time.perf_counter() - t) * 1000

        thin_times = sorted(thin_once() for _ in range(5))
        thin = thin_times[2]
        results.append(Result(SUITE, "thin 400 backups to 33", thin, None, "<100 ms", thin < 100))
    return results
