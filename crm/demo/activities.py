"""Writing the demo's activities, as scheduled (crm.demo.followups), a batch at a time: the
kind of contact, what was said, the next step, the officer who logged it and when."""

from __future__ import annotations

import random
from collections.abc import Callable
from itertools import accumulate

from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from crm.db.bulk import insert_rows
from crm.demo import words
from crm.demo.clock import Clock
from crm.demo.followups import Schedule
from crm.demo.plan import Plan
from crm.reference import ReferenceData

BATCH = 50_000
KINDS = (
    ("call", 35),
    ("visit", 20),
    ("inbound", 8),
    ("meeting", 12),
    ("event", 5),
    ("message", 20),
)
COLUMNS = ("lead_id", "occurred_on", "type_id", "user_id", "summary", "next_step", "next_followup",
           "version", "created_at", "created_by", "updated_at", "updated_by")  # fmt: skip


# the table the activities are written to, on the connection
_ACTIVITIES = SQLModel.metadata.tables["activity"]


def _summaries(ref: ReferenceData) -> dict[str, list[str]]:
    cities = [c.name_zh for c in ref.kind("city")][:3]
    return {
        code: [
            t.format(p=p, c=c, e=e)
            for t in words.SUMMARIES[code]
            for p in words.POLICIES[:3]
            for c in cities
            for e in words.EVENTS[:2]
        ]
        for code, _w in KINDS
    }


def write_activities(
    conn: Connection,
    rng: random.Random,
    ref: ReferenceData,
    clock: Clock,
    plans: list[Plan],
    lead_ids: list[int],
    sched: Schedule,
    say: Callable[[float], None],
) -> int:
    n = len(sched)
    if not n:
        return 0
    types = {i.code: i.id for i in ref.kind("activity_type")}
    codes = [c for c, _w in KINDS]
    cum = list(accumulate(w for _c, w in KINDS))
    texts = _summaries(ref)
    rand, day, nexts = rng.random, clock.day, words.NEXT
    owners = [p.owner for p in plans]
    for start in range(0, n, BATCH):
        stop = min(start + BATCH, n)
        kinds = rng.choices(codes, cum_weights=cum, k=stop - start)
        rows: list[tuple[object, ...]] = []
        for j, code in zip(range(start, stop), kinds, strict=True):
            k, d, f = sched.lead[j], sched.day[j], sched.next_followup[j]
            owner = owners[k]
            pool = texts[code]
            stamp = clock.at(d, 1 + int(rand() * 10), int(rand() * 60))
            rows.append((
                lead_ids[k], day(d), types[code], owner, pool[int(rand() * len(pool))],
                nexts[int(rand() * len(nexts))] if rand() < 0.4 else None,
                day(f) if f else None, 1, stamp, owner, stamp, owner,
            ))  # fmt: skip
        insert_rows(conn, _ACTIVITIES, COLUMNS, rows, prepared=clock.text)
        say(stop / n)
    return n
