"""Shared pieces of the benchmarks: the demo store they run on, timing, the result table.

Every operation is timed against a *floor*: the same work done with the raw library
(sqlite3, reportlab, openpyxl) in the same run, so the ratio shows what our layers cost.
"""

from __future__ import annotations

import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DATA = ROOT / ".data"


@dataclass
class Result:
    suite: str
    operation: str
    median_ms: float
    floor_ms: float | None = None
    goal: str = ""
    #: True/False when the goal is checkable, None otherwise
    met: bool | None = None
    unit: str = "ms"

    @property
    def ratio(self) -> float | None:
        if self.floor_ms in (None, 0):
            return None
        return self.median_ms / self.floor_ms


def median_ms(fn: Callable[[], object], repeat: int = 15, warmup: int = 2) -> float:
    """Median wall time of ``fn`` in milliseconds (garbage collector held still)."""
    for _ in range(warmup):
        fn()
    times = []
    gc_was = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            t = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t) * 1000)
    finally:
        if gc_was:
            gc.enable()
    return statistics.median(times)


def demo_store(leads: int = 100_000, activities: int = 1_000_000, seed: int = 1) -> Path:
    """The benchmark store, generated once with ``crm demo`` and kept in bench/.data."""
    DATA.mkdir(exist_ok=True)
    path = DATA / f"demo-{leads}-{activities}-s{seed}.sqlite"
    if not path.exists():
        tmp = path.with_suffix(".partial")
        for p in DATA.glob(tmp.name + "*"):
            p.unlink()
        print(f"generating {path.name} with crm demo …", file=sys.stderr)
        t = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "crm",
                "--db",
                str(tmp),
                "demo",
                "--leads",
                str(leads),
                "--activities",
                str(activities),
                "--seed",
                str(seed),
            ],
            check=True,
        )
        print(f"  … {time.perf_counter() - t:.1f} s", file=sys.stderr)
        from crm.db import open_store

        st = open_store(tmp)
        with st.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        st.dispose()
        shutil.move(str(tmp), str(path))
        for p in DATA.glob(tmp.name + "-*"):
            p.unlink()
    return path


def print_table(results: list[Result]) -> None:
    head = f"{'suite':<10} {'operation':<44} {'median':>10} {'floor':>10} {'ratio':>7}  goal"
    print(head)
    print("-" * len(head) + "-" * 20)
    for r in results:
        floor = f"{r.floor_ms:8.1f}{r.unit}" if r.floor_ms is not None else " " * 10
        ratio = f"{r.ratio:6.2f}x" if r.ratio is not None else " " * 7
        mark = {True: "ok", False: "MISSED", None: ""}[r.met]
        print(
            f"{r.suite:<10} {r.operation:<44} {r.median_ms:8.1f}{r.unit} {floor} {ratio}  {r.goal} {mark}"
        )


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


@dataclass
class OpenApp:
    """The desktop app on a store, signed in as one of the demo's users (not yet a window)."""

    app: object
    store: object
    ref: object
    actor: object
    controller: object


def open_app(store_path: Path, username: str, prefix: str) -> OpenApp:
    """Qt offscreen, settings in a fresh data directory, the store opened, ``username``
    signed in: what every UI benchmark starts from."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CRM_DATA_DIR"] = tempfile.mkdtemp(prefix=prefix)
    from crm.db import open_store
    from crm.reference import reference
    from crm.ui.app import AppController, make_application
    from crm.ui.settings import Settings
    from crm.users import get_actor

    app = make_application()
    store = open_store(store_path)
    ref = reference(store)
    user = next(u for u in ref.users.values() if u.username == username)
    controller = AppController(app, store, Settings(os.environ["CRM_DATA_DIR"] + "/ui.ini"))
    return OpenApp(app, store, ref, get_actor(store, user.id), controller)
