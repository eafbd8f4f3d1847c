"""The built app against the source run (issue 20): from launching the process to its main
window's first paint, on the same store, in the same run, as whole processes.

Each run launches ``crm --db STORE`` with Qt offscreen and ``CRM_QUIT_AFTER_SHOWN_MS=0``; the
window logs the wall-clock moment of its first paint and closes. Shown = that moment minus the
moment of launch; the process's whole life (launch to exit) is reported too. Source and built
runs alternate so that a busy moment of the machine falls on both. The floor is the source run:
the goal is the built app within 1.5× of it. The built app comes from ``crm build``
(dist/CorridorCRM, or BENCH_FROZEN_APP); without one this suite says so and measures nothing.
"""

from __future__ import annotations

import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Result, env_int, sign_in_args

SUITE = "frozen"
CHECKOUT = Path(__file__).resolve().parent.parent
SHOWN = re.compile(r"main window shown .* \(at (\d+\.\d+)\)")


def built_app() -> Path:
    default = CHECKOUT / "dist" / "CorridorCRM"
    folder = Path(os.environ.get("BENCH_FROZEN_APP", default))
    return folder / ("crm.exe" if os.name == "nt" else "crm")


def _officer(store: Path) -> str:
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        return con.execute(
            "SELECT username FROM app_user WHERE role = 'officer' AND active ORDER BY id LIMIT 1"
        ).fetchone()[0]
    finally:
        con.close()


def _data_dir(prefix: str) -> Path:
    """A private data folder per flavour (kept across its runs, as a user's folder is)."""
    return Path(tempfile.mkdtemp(prefix=prefix))


def _once(command: list[str], data: Path, user_env: dict) -> tuple[float, float]:
    """(ms to the first paint, ms of the whole process) for one launch."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRM_")}
    env.update(QT_QPA_PLATFORM="offscreen", CRM_DATA_DIR=str(data), CRM_QUIT_AFTER_SHOWN_MS="0")
    env.update(user_env)  # signed in as a scheduled start is: --user and CRM_PASSWORD
    log = data / "logs" / "crm.log"
    start = log.stat().st_size if log.exists() else 0
    launched = time.time()
    t = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    whole = (time.perf_counter() - t) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {done.returncode}: {done.stderr[-2000:]}")
    with log.open("rb") as fh:
        fh.seek(start)
        found = SHOWN.findall(fh.read().decode("utf-8", "replace"))
    if not found:
        raise RuntimeError(f"{command[0]}: no 'main window shown' line in {log}")
    return (float(found[-1]) - launched) * 1000, whole


def run(store_path: Path) -> list[Result]:
    exe = built_app()
    if not exe.exists():
        print(f"frozen: no built app at {exe} (run crm build first)", file=sys.stderr)
        return []
    runs = env_int("BENCH_FROZEN_RUNS", 7)
    who, user_env = sign_in_args(store_path, _officer(store_path))
    flavours = {
        "source": ([sys.executable, "-m", "crm", "--db", str(store_path), *who], _data_dir("src-")),
        "built": ([str(exe), "--db", str(store_path), *who], _data_dir("built-")),
    }
    shown: dict[str, list[float]] = {k: [] for k in flavours}
    whole: dict[str, list[float]] = {k: [] for k in flavours}
    load = []
    for i in range(runs + 1):  # the first round warms the file cache and is not counted
        order = list(flavours) if i % 2 else list(reversed(flavours))
        for name in order:
            command, data = flavours[name]
            s, w = _once(command, data, user_env)
            if i:
                shown[name].append(s)
                whole[name].append(w)
        load.append(os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan"))
    for name in flavours:
        s = shown[name]
        print(
            f"frozen: {name:<6} shown min/median/max {min(s):.0f}/{statistics.median(s):.0f}/"
            f"{max(s):.0f} ms; whole process median {statistics.median(whole[name]):.0f} ms",
            file=sys.stderr,
        )
    print(f"frozen: load average during the runs {min(load):.2f}–{max(load):.2f}", file=sys.stderr)
    folder = exe.parent
    size = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    src, built = statistics.median(shown["source"]), statistics.median(shown["built"])
    src_w, built_w = statistics.median(whole["source"]), statistics.median(whole["built"])
    return [
        Result(SUITE, "window shown, built app (launch → first paint)", built, src,
               "≤ 1.5× source run", built <= 1.5 * src),
        Result(SUITE, "whole process, built app (launch → exit)", built_w, src_w,
               "≤ 1.5× source run", built_w <= 1.5 * src_w),
        Result(SUITE, "built folder, unpacked", size / 1e6, None, "< 250 MB", size < 250e6, " MB"),
    ]  # fmt: skip
