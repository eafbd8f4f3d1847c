"""What people run from the shell, timed as whole processes (issue 18): each command started
as a person or a scheduled job starts it — the installed ``crm`` command, its interpreter's
start and its imports included — from launch to exit, with the peak resident memory of the
process (the operating system's own accounting, os.wait4). The app's start is bench_start.

* ``crm report weekly --pdf`` and ``--xlsx`` of the last complete week;
* ``crm export leads --xlsx`` of every lead;
* ``crm import`` of the 10,000-row ledger (bench_io's, as Excel saves it) into a fresh copy of
  an empty store each time (the copy is made before the launch);
* ``crm demo`` of the store's size into a new file (issue 18's goal for 100,000 leads and
  1,000,000 activities: under 45 s and 600 MB; left out of the quick run);
* the interpreter starting and ending with nothing to do, the part of every figure no code
  of ours can save.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import QUICK, Result, compile_bytecode, env_int, runs_ms, sign_in_args

SUITE = "cli"
HERE = Path(__file__).resolve().parent


def _crm() -> list[str]:
    script = Path(sys.executable).with_name("crm")
    return [str(script)] if script.exists() else [sys.executable, "-m", "crm"]


def whole(argv: list[str], env: dict | None = None, before=None) -> tuple[float, float]:
    """(wall ms from launch to exit, peak resident MB) of one process, started by the small
    bench/launch.py so that its memory is its own."""
    if before is not None:
        before()
    done = subprocess.run(
        [sys.executable, str(HERE / "launch.py"), *argv],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["code"] != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {result['code']}:\n{done.stderr}")
    return result["wall_ms"], result["peak_mb"]


def _line(label: str, samples: list[tuple[float, float]], goal: str = "", met=None, **kw):
    med, spread = runs_ms([w for w, _m in samples])
    peak = max(m for _w, m in samples)
    note = f"peak memory {peak:.0f} MB"
    note += f"; {kw.pop('note')}" if "note" in kw else ""
    return Result(SUITE, label, med, None, goal, met, spread=spread, note=note, **kw)


def run(store_path) -> list[Result]:
    from bench.bench_io import excel_style, ledger

    store = Path(store_path)
    runs = env_int("BENCH_CLI_RUNS", 1 if QUICK else 5)
    leads = env_int("BENCH_LEADS", 100_000)
    activities = env_int("BENCH_ACTIVITIES", 1_000_000)
    compile_bytecode()
    work = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    env = dict(os.environ, CRM_DATA_DIR=str(work / "data"))
    env.pop("CRM_LANG", None)
    crm = [*_crm(), "--db"]
    # the demo store's people have passwords: the commands on it sign in as its administrator
    who, password = sign_in_args(store)
    demo_env = dict(env, **password)
    try:
        rows = env_int("BENCH_IO_ROWS", 1_000 if QUICK else 10_000)
        book = excel_style(ledger(rows))
        empty = work / "empty.sqlite"
        whole([*crm, str(empty), "db", "upgrade"], env)

        def fresh_copy():
            for p in work.glob("target.sqlite*"):
                p.unlink()
            shutil.copy(empty, work / "target.sqlite")

        def new_file():
            for p in work.glob("demo.sqlite*"):
                p.unlink()

        commands = [
            ("crm report weekly --pdf", [*crm, str(store), "report", "weekly", "--pdf",
                                         str(work / "w.pdf"), *who], None, True),
            ("crm report weekly --xlsx", [*crm, str(store), "report", "weekly", "--xlsx",
                                          str(work / "w.xlsx"), *who], None, True),
            ("crm export leads --xlsx (every lead)", [*crm, str(store), "export", "leads",
                                                      "--xlsx", str(work / "leads.xlsx"), *who], None, True),
            (f"crm import ({rows:,}-row ledger, new store)",
             [*crm, str(work / "target.sqlite"), "import", str(book)], fresh_copy, False),
        ]  # fmt: skip
        out = []
        python = [whole([sys.executable, "-c", "pass"]) for _ in range(runs)]
        out.append(_line("python -c pass (the interpreter alone)", python))
        for label, argv, before, on_demo in commands:
            on = demo_env if on_demo else env
            if not QUICK:
                whole(argv, on, before)  # warm-up: the file cache, compiled byte code
            out.append(_line(label, [whole(argv, on, before) for _ in range(runs)]))
        if QUICK:  # a demo store takes long to write; the full run times it
            return out
        demo = [*crm, str(work / "demo.sqlite"), "demo", "--leads", str(leads),
                "--activities", str(activities), "--seed", "1"]  # fmt: skip
        big = leads >= 100_000
        samples = [whole(demo, env, new_file) for _ in range(1 if big else runs)]
        wall, peak = samples[0][0], max(m for _w, m in samples)
        out.append(
            _line(
                f"crm demo ({leads:,} leads, {activities:,} activities)",
                samples,
                "< 45 s, < 600 MB" if big else "for information",
                (wall < 45_000 and peak < 600) if big else None,
                note="goal of issue 18 item 7 (the workbench's)",
            )  # fmt: skip
        )
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    from bench.common import demo_store, print_table, watched

    results: list[Result] = []
    with watched(results):
        results.extend(
            run(demo_store(env_int("BENCH_LEADS", 100_000), env_int("BENCH_ACTIVITIES", 1_000_000)))
        )
    print_table(results)
