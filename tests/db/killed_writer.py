"""A writer to be killed (tests/db/test_kills.py): ``python -m tests.db.killed_writer STORE``.

It imports the app once, then for each ``go SEED WHEN DELAY_MS`` line on stdin forks a writer
process, kills it with SIGKILL DELAY_MS milliseconds after it started (WHEN ``open``: while it
opens the store) or after its first commit (``write``: while it commits, whatever the
machine's load), and prints ``killed PID SIGNAL`` once it is reaped. The writer uses the app's own services — a lead, an
activity, a change of amount, a contact added then deleted (which empties the write-ahead
log), and now and then a bulk import (with its backup first) — and prints one line for every
commit *after* the service returned: ``lead ID NAME``, ``activity ID``, ``amount ID VALUE``,
``contact NAME``, ``gone NAME``, ``import BATCH CREATED``. Those lines share this process's
stdout and all precede ``killed``, so the test knows exactly what was acknowledged.

Forking from one prepared process makes a kill cost milliseconds instead of an interpreter
start; each writer is still a process of its own that opens the store itself (nothing is
opened before the fork) and dies without any cleanup.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sys
import time
from pathlib import Path

from crm.accounts.users import system_actor
from crm.db import open_store
from crm.followups.activities import log_activity
from crm.importing import api
from crm.leads.contacts import add_contact, delete_contact
from crm.leads.edit import create_lead, update_lead

LEDGER_HEADER = "项目名称,企业名称,所属领域,落地城市,计划投资额（万元）\n"


def ack(*parts) -> None:
    os.write(1, (" ".join(str(p) for p in parts) + "\n").encode("utf-8"))


def write_forever(path: Path, seed: int, started: int) -> None:
    rng = random.Random(seed)
    store = open_store(path, program="cli", lock_wait=30)
    actor = system_actor(store)
    ledger = path.with_name(f"ledger-{os.getpid()}.csv")
    i = 0
    while True:
        i += 1
        name = f"杭州断电{seed}号{i}科技有限公司"
        lead = create_lead(
            store,
            actor,
            {"company_name": name, "project_name": f"断电{i}", "field": "internet"}
            | {"city": "future", "planned_investment": str(100 + i)},
        ).lead_id
        ack("lead", lead, name)
        activity = log_activity(
            store, actor, lead, {"activity_type": "call", "summary": f"第{i}次电话"}
        ).activity_id
        ack("activity", activity)
        value = 1000 + seed % 1000 + i
        update_lead(store, actor, lead, {"planned_investment": str(value)})
        ack("amount", lead, value)
        if i == 1:
            os.write(started, b"1")  # the killer's clock starts now (WHEN = write)
        if i % 3 == 0:
            person = f"张三{seed}号{i}"  # by name: a deleted contact's id may be used again
            contact, _ = add_contact(store, actor, lead, {"name": person, "mobile": "13800001111"})
            ack("contact", person)
            delete_contact(store, actor, contact)
            ack("gone", person)
        if rng.random() < 0.15:
            rows = "".join(
                f"导入{seed}-{i}-{n},杭州导入{seed}号{i}批{n}科技有限公司,生命健康,紫金港科技城,"
                f"{500 + n}\n"
                for n in range(40)
            )
            ledger.write_text(LEDGER_HEADER + rows, encoding="utf-8")
            plan = api.plan_import(store, actor, api.read_table(ledger))
            result = api.run_import(store, actor, plan)
            ack("import", result.batch_id, result.counts.created)


def main() -> None:
    path = Path(sys.argv[1])
    print("ready", flush=True)
    for line in sys.stdin:
        _cmd, seed, when, delay_ms = line.split()
        sys.stdout.flush()
        started_r, started_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            try:
                os.close(started_r)
                write_forever(path, int(seed), started_w)
            except BaseException as exc:  # noqa: BLE001 - told to the test, then a plain exit
                ack("error", repr(exc).replace("\n", " "))
            finally:
                os._exit(3)
        os.close(started_w)
        if when == "write":
            ready, _, _ = select.select([started_r], [], [], 60)
            assert ready, "the writer made no commit in 60 s"
        time.sleep(int(delay_ms) / 1000)
        os.kill(pid, signal.SIGKILL)
        _pid, status = os.waitpid(pid, 0)
        os.close(started_r)  # only now: a writer quicker than an "open" kill may still write
        ack("killed", pid, os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1)


if __name__ == "__main__":
    main()
