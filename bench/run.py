"""Run the benchmarks: ``python bench/run.py [--quick] [suite …]`` (suites: the bench_*.py
modules).

They run on the 100,000-lead / 1,000,000-activity demo store (generated on first use into
bench/.data; BENCH_LEADS / BENCH_ACTIVITIES change the size); ``--quick`` uses the
10,000-lead / 100,000-activity store and fewer repeats, in under two minutes, for use before
every stop. One table: each operation's median (and the spread of its runs), its floor, the
ratio, the goal and whether it was met, and the machine's load meanwhile (a line measured
while other processes were busy is marked noisy and not trusted). The table is also written
as JSON to bench/results/. Exit status: 0 every goal met, 1 a goal missed on a trusted line,
3 misses only on noisy lines. Not part of the test suite: timing is run on purpose.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: the order suites run in (the cold start first, on the quietest machine); others after
ORDER = ["start", "store", "ui", "pipeline", "reports", "export", "io", "cli", "scaling"]


def suites() -> list[str]:
    here = Path(__file__).resolve().parent
    found = {p.stem[len("bench_") :] for p in here.glob("bench_*.py")}
    return [s for s in ORDER if s in found] + sorted(found - set(ORDER))


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    argv = [a for a in argv if a != "--quick"]
    if quick:
        os.environ["BENCH_QUICK"] = "1"
        os.environ.setdefault("BENCH_LEADS", "10000")
        os.environ.setdefault("BENCH_ACTIVITIES", "100000")
    from bench.common import demo_store, env_int, exit_status, print_table, watched

    wanted = argv or suites()
    unknown = set(wanted) - set(suites())
    if unknown:
        print(f"unknown suite(s): {', '.join(sorted(unknown))}; have: {', '.join(suites())}")
        return 2
    started = time.monotonic()
    path = demo_store(env_int("BENCH_LEADS", 100_000), env_int("BENCH_ACTIVITIES", 1_000_000))
    results = []
    for name in wanted:
        module = importlib.import_module(f"bench.bench_{name}")
        print(f"running {name} …", file=sys.stderr, end=" ", flush=True)
        t = time.monotonic()
        try:
            with watched(results):
                results.extend(module.run(path))
        except SystemExit as exc:  # a suite that cannot run here says why; the others' stay
            print(f"left out: {exc}", file=sys.stderr)
            continue
        print(f"{time.monotonic() - t:.0f} s", file=sys.stderr)
    print_table(results)
    took = time.monotonic() - started
    print(f"{'quick run' if quick else 'run'} took {took:.0f} s on {path.name}")
    _save(results, path, took)
    return exit_status(results)


def _save(results, path: Path, took: float) -> None:
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    rows = [dict(dataclasses.asdict(r), ratio=r.ratio, trusted=r.trusted) for r in results]
    (out / f"{stamp}.json").write_text(
        json.dumps({"store": path.name, "seconds": took, "results": rows}, indent=1),
        encoding="utf-8",
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
