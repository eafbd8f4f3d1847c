"""What the role checks cost (issue 12): the lead list page, a search and a save, as an officer
on the 100,000-lead demo store, with the checks of crm.accounts.permissions as they are and, in the
same run, with every check answered "allowed" (each rule of crm.accounts.permissions replaced, in every
crm module that holds it, by one that asks nothing). The runs alternate.

The dashboard is left out: its figures are the corridor's (crm.analytics.dashboard takes no
person), so no role check runs there.

Goal (issue 12): the checks add no more than 10 %.
"""

from __future__ import annotations

import contextlib
import inspect
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import QUICK, Result

SUITE = "roles"
GOAL = "checks ≤1.10× without"
REPEAT = 5 if QUICK else 11


def _allowing(name: str):
    if name.startswith("sees_"):
        return lambda *_a, **_k: True
    if name.startswith("mask_"):
        return lambda value, *_a, **_k: value
    if name == "current":
        return lambda _s, actor: actor
    return lambda *_a, **_k: None  # a rule's reason (None: allowed), or require()


@contextlib.contextmanager
def checks_off():
    """Every rule of crm.accounts.permissions answers "allowed", wherever it was imported."""
    from crm.accounts import permissions

    rules = {
        name: fn
        for name, fn in vars(permissions).items()
        if inspect.isfunction(fn) and fn.__module__ == permissions.__name__
    }
    undo = []
    for module in [m for n, m in sys.modules.items() if n.startswith("crm") and m is not None]:
        for attr, value in list(vars(module).items()):
            for name, fn in rules.items():
                if value is fn:
                    undo.append((module, attr, value))
                    setattr(module, attr, _allowing(name))
    try:
        yield
    finally:
        for module, attr, value in undo:
            setattr(module, attr, value)


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def run(store_path: Path) -> list[Result]:
    from crm.accounts.users import find_actor
    from crm.db import open_store
    from crm.leadlist.query import LeadFilter, list_leads
    from crm.leads import edit as leads

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "roles.sqlite"
        with sqlite3.connect(str(store_path)) as a, sqlite3.connect(str(work)) as b:
            a.backup(b)
        st = open_store(work)
        try:
            officer = find_actor(st, "future_1")
            assert officer is not None, "the demo store's officer future_1"
            own = list_leads(st, officer, LeadFilter(owners=(officer.id,)), limit=1).rows[0].id
            n = [0]

            def save() -> None:
                n[0] += 1
                leads.update_lead(st, officer, own, {"notes": f"第{n[0]}次跟进情况"})

            ops = {
                "lead list page (officer)": lambda: list_leads(st, officer, LeadFilter()),
                "search 科技 (officer)": lambda: list_leads(st, officer, LeadFilter(search="科技")),
                "save a lead (officer)": save,
            }
            results = []
            for label, op in ops.items():
                op()  # warm
                with checks_off():
                    op()
                on, off = [], []
                for _ in range(REPEAT):
                    on.append(_timed(op))
                    with checks_off():
                        off.append(_timed(op))
                ours, floor = statistics.median(on), statistics.median(off)
                results.append(
                    Result(
                        SUITE,
                        label,
                        ours,
                        floor,
                        GOAL,
                        met=ours <= 1.10 * floor,
                        spread=(min(on), max(on)),
                        note="floor: the same call with every check answered 'allowed'",
                    )
                )
            return results
        finally:
            st.dispose()


if __name__ == "__main__":  # python -m bench.bench_roles STORE (or bench/run.py roles)
    from bench.common import print_table

    print_table(run(Path(sys.argv[1])))
