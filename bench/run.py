"""Run the benchmarks: ``python bench/run.py [suite …]`` (suites: the bench_*.py modules).

They run on the 100,000-lead / 1,000,000-activity demo store (generated on first use into
bench/.data; BENCH_LEADS / BENCH_ACTIVITIES change the size) and print one table:
operation, median, floor, ratio, goal. Not part of the test suite: timing is run on purpose.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import demo_store, env_int, print_table  # noqa: E402


def suites() -> list[str]:
    here = Path(__file__).resolve().parent
    return sorted(p.stem[len("bench_") :] for p in here.glob("bench_*.py"))


def main(argv: list[str]) -> int:
    wanted = argv or suites()
    unknown = set(wanted) - set(suites())
    if unknown:
        print(f"unknown suite(s): {', '.join(sorted(unknown))}; have: {', '.join(suites())}")
        return 2
    path = demo_store(env_int("BENCH_LEADS", 100_000), env_int("BENCH_ACTIVITIES", 1_000_000))
    results = []
    for name in wanted:
        module = importlib.import_module(f"bench.bench_{name}")
        print(f"running {name} …", file=sys.stderr)
        results.extend(module.run(path))
    print_table(results)
    return 1 if any(r.met is False for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
