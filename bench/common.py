"""Shared pieces of the benchmarks: the demo store they run on, timing, the machine's load
while a line was measured, and the result table.

Every operation is timed against a *floor*: the same work done with the raw library
(sqlite3, reportlab, openpyxl, rapidfuzz, python-calamine, a bare Qt window) in the same run,
written independently of our code, so the ratio shows what our layers cost — and a clumsy
query or a wasted import shows up.

Each line says what the machine was doing meanwhile: the highest 1-minute load average seen,
and the processor time other processes took (in cores). A line measured while others took
more than ``NOISY_CORES`` is marked noisy: its figure is printed but not trusted (a miss on
it does not fail the run; run again on a quiet machine).
"""

from __future__ import annotations

import contextlib
import gc
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DATA = ROOT / ".data"
#: ``bench/run.py --quick`` (the 10,000-lead store, fewer repeats)
QUICK = os.environ.get("BENCH_QUICK") == "1"
#: other processes' processor time (in cores) above which a line is not trusted
NOISY_CORES = 0.5


@dataclass
class Machine:
    """What the machine did while a line was measured."""

    #: the highest 1-minute load average seen (/proc/loadavg)
    load: float
    #: processor time taken by other processes, in cores (/proc/stat less our own)
    others: float
    cores: int

    @property
    def noisy(self) -> bool:
        return self.others > NOISY_CORES


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
    #: (min, max) of the runs, when several were timed
    spread: tuple[float, float] | None = None
    #: the machine during this line (run.py fills in the suite's when a line has none)
    machine: Machine | None = None
    note: str = ""
    created: float = field(default_factory=time.monotonic, repr=False)

    @property
    def ratio(self) -> float | None:
        if self.floor_ms in (None, 0):
            return None
        return self.median_ms / self.floor_ms

    @property
    def trusted(self) -> bool:
        return self.machine is None or not self.machine.noisy


def _busy_jiffies() -> int | None:
    """Processor time spent by everything on the machine, in clock ticks (Linux)."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            cpu = fh.readline().split()
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in cpu[1:9])
    return user + nice + system + irq + softirq + steal


def _own_seconds() -> float:
    """Processor time of this process and of the children it has waited for."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def load_average() -> float | None:
    try:
        with open("/proc/loadavg", encoding="ascii") as fh:
            return float(fh.read().split()[0])
    except OSError:
        return None


class Watch:
    """Samples the load average while it is open; ``machine`` is the reading at the end."""

    def __init__(self) -> None:
        self.machine: Machine | None = None

    def __enter__(self) -> Watch:
        self._stop = threading.Event()
        self._loads = [load_average() or 0.0]
        self._t0, self._busy0, self._own0 = time.monotonic(), _busy_jiffies(), _own_seconds()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.5):
            self._loads.append(load_average() or 0.0)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._sampler.join()
        self._loads.append(load_average() or 0.0)
        wall = max(time.monotonic() - self._t0, 1e-6)
        busy1 = _busy_jiffies()
        cores = os.cpu_count() or 1
        others = 0.0
        if self._busy0 is not None and busy1 is not None:
            total = (busy1 - self._busy0) / os.sysconf("SC_CLK_TCK")
            others = max(0.0, total - (_own_seconds() - self._own0)) / wall
        self.machine = Machine(max(self._loads), others, cores)


@contextlib.contextmanager
def watched(results: list[Result]) -> Iterator[Watch]:
    """Results appended inside the block get the machine's reading of the block."""
    start = len(results)
    with Watch() as w:
        yield w
    for r in results[start:]:
        if r.machine is None:
            r.machine = w.machine


def runs_ms(samples: list[float]) -> tuple[float, tuple[float, float]]:
    """Median and (min, max) of several timings."""
    return statistics.median(samples), (min(samples), max(samples))


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


def samples_ms(fn: Callable[[], object], repeat: int = 15, warmup: int = 2) -> list[float]:
    """Each run's wall time of ``fn`` in milliseconds (garbage collector held still)."""
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
    return times


def generator_version() -> str:
    """What makes a demo store (crm/demo's source and the schema's migrations), hashed: a
    cached store made by an older generator is made again, not measured."""
    import hashlib

    digest = hashlib.sha1()
    crm = ROOT.parent / "crm"
    for path in sorted([*(crm / "demo").rglob("*.py"), *(crm / "db").rglob("*.py")]):
        digest.update(path.relative_to(crm).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def demo_store(leads: int = 100_000, activities: int = 1_000_000, seed: int = 1) -> Path:
    """The benchmark store, generated once with ``crm demo`` and kept in bench/.data."""
    DATA.mkdir(exist_ok=True)
    stem = f"demo-{leads}-{activities}-s{seed}"
    path = DATA / f"{stem}-g{generator_version()}.sqlite"
    if not path.exists():
        for p in DATA.glob(f"{stem}*"):  # made by another version of the generator
            p.unlink()
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
    head = (
        f"{'suite':<9} {'operation':<56} {'median':>10} {'min–max':>15} {'floor':>10} "
        f"{'ratio':>7}  {'goal':<26} {'verdict':<8} {'load':>5} {'others':>6}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        u = r.unit
        floor = f"{r.floor_ms:8.1f}{u}" if r.floor_ms is not None else ""
        value = f"{r.median_ms:8.2f}{u}" if u == "×" else f"{r.median_ms:8.1f}{u}"
        ratio = f"{r.ratio:6.2f}x" if r.ratio is not None else ""
        spread = f"{r.spread[0]:.0f}–{r.spread[1]:.0f}{u}" if r.spread else ""
        verdict = {True: "ok", False: "MISSED", None: "—"}[r.met]
        if not r.trusted:
            verdict += " (noisy)"
        m = r.machine
        load = f"{m.load:5.2f}" if m else ""
        others = f"{m.others:5.2f}c" if m else ""
        print(
            f"{r.suite:<9} {r.operation:<56} {value:>10} {spread:>15} {floor:>10} "
            f"{ratio:>7}  {r.goal:<26} {verdict:<8} {load:>5} {others:>6}"
            + (f"\n{'':<10}{r.note}" if r.note else "")
        )
    noisy = [r for r in results if not r.trusted]
    loads = [r.machine.load for r in results if r.machine]
    cores = os.cpu_count() or 1
    if loads:
        print(
            f"\nload average during the run: {min(loads):.2f}–{max(loads):.2f} on {cores} cores; "
            f"'others' = processor time other processes took while the line ran (in cores)"
        )
    if noisy:
        print(
            f"{len(noisy)} line(s) measured while other processes took more than "
            f"{NOISY_CORES} core: marked (noisy), not trusted; run again on a quiet machine"
        )
    missed = [r for r in results if r.met is False and r.trusted]
    print(f"{len(missed)} goal(s) missed on trusted lines" if missed else "every trusted goal met")


def exit_status(results: list[Result]) -> int:
    """0: every goal met; 1: a goal missed on a trusted line; 3: misses only on noisy lines."""
    if any(r.met is False and r.trusted for r in results):
        return 1
    if any(r.met is False for r in results):
        return 3
    return 0


def compile_bytecode() -> None:
    """Byte-compile the app's package, as an installed app has it (pip compiles at install; a
    checkout writes __pycache__ on its first run): the whole-process benchmarks then time what
    users run, also where PYTHONDONTWRITEBYTECODE keeps the processes from writing it."""
    import compileall

    compileall.compile_dir(ROOT.parent / "crm", quiet=1)


#: every person of a demo store signs in with this password (README "Accounts")
DEMO_PASSWORD = "demo-2026"


def sign_in_args(store_path: Path, username: str | None = None) -> tuple[list[str], dict]:
    """What a process started on the demo store needs to sign in without a dialog or a
    prompt, as a scheduled job does: ``--user NAME`` and CRM_PASSWORD. ``username`` None: the
    store's administrator, and nothing at all while nobody has a password (the command line
    then acts as the administrator by itself). A start that stopped at a sign-in dialog would
    time the dialog, not the window."""
    import sqlite3

    con = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    try:
        accounts = con.execute(
            "SELECT count(*) FROM app_user WHERE password_hash IS NOT NULL"
        ).fetchone()[0]
        if username is None:
            if not accounts:
                return [], {}
            row = con.execute(
                "SELECT username FROM app_user WHERE is_admin AND active AND "
                "password_hash IS NOT NULL ORDER BY id LIMIT 1"
            ).fetchone()
            username = row[0]
    finally:
        con.close()
    return ["--user", username], {"CRM_PASSWORD": DEMO_PASSWORD}


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
    from crm.accounts.users import get_actor
    from crm.db import open_store
    from crm.reference import reference
    from crm.ui.app import AppController, make_application
    from crm.ui.settings import Settings

    app = make_application()
    store = open_store(store_path)
    ref = reference(store)
    user = next(u for u in ref.users.values() if u.username == username)
    controller = AppController(app, store, Settings(os.environ["CRM_DATA_DIR"] + "/ui.ini"))
    # what the app's start does right after its first frame (crm.ui.startup, step "warm"):
    # pypinyin's dictionaries loaded (0.2–0.4 s), so that a page's first visit is timed as a
    # user's click after the start, not charged with a load the start has already done
    from crm.values.names import pinyin_key

    pinyin_key("杭州")
    return OpenApp(app, store, ref, get_actor(store, user.id), controller)
