"""A writing process killed at random moments (SIGKILL: no cleanup, no rollback of its own):
after every kill the store passes integrity_check and holds every commit the writer had
acknowledged — leads, activities, amounts, contacts deleted for good, whole imports — and
the next writer takes the dead one's lock over and goes on.

A few kills run in the default suite; ``pytest -m slow`` runs hundreds (tests/db/killed_writer.py
forks the writers, so a kill costs milliseconds, not an interpreter start).
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from crm.db import backup as bk
from crm.db.backup_policy import BackupPolicy
from crm.db.integrity import check_file

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the writers are forked (POSIX)")
#: one kill in eight lands while the writer opens the store (recovering the log a dead writer
#: left): 0-500 ms after it started; the others while it commits: 0-1000 ms after its first
OPENING_MS, WRITING_MS = (0, 500), (0, 1000)


def slow_selected(config) -> bool:
    """The hundreds of kills run only when asked for (``pytest -m slow``): the project's
    default run does not deselect slow tests, and this one takes minutes."""
    expr = config.getoption("markexpr") or ""
    return "slow" in expr and "not slow" not in expr


class Acknowledged:
    """What the writers said they had committed."""

    def __init__(self) -> None:
        self.leads: dict[int, str] = {}
        self.activities: set[int] = set()
        self.amounts: dict[int, float] = {}
        self.contacts: set[str] = set()
        self.gone: set[str] = set()
        self.imports: dict[int, int] = {}
        #: added, and its delete was under way when the writer died: either state is right
        self.in_flight: set[str] = set()
        self._adding: str | None = None
        self.kinds: dict[str, int] = defaultdict(int)

    def take(self, line: str) -> None:
        kind, *rest = line.split(" ", 2)
        self.kinds[kind] += 1
        if kind == "lead":
            self.leads[int(rest[0])] = rest[1]
        elif kind == "activity":
            self.activities.add(int(rest[0]))
        elif kind == "amount":
            self.amounts[int(rest[0])] = float(rest[1])
        elif kind == "contact":
            self.contacts.add(rest[0])
            self._adding = rest[0]
        elif kind == "gone":
            self.gone.add(rest[0])
            self._adding = None
        elif kind == "import":
            self.imports[int(rest[0])] = int(rest[1])
        else:
            raise AssertionError(f"the writer said: {line}")

    def killed(self) -> None:
        if self._adding is not None:
            self.in_flight.add(self._adding)
            self._adding = None


class Killer:
    def __init__(self, path: Path):
        self.path = path
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.db.killed_writer", str(path)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        assert self.proc.stdout.readline().strip() == "ready"

    def kill_one(self, seed: int, when: str, delay_ms: int, acks: Acknowledged) -> None:
        self.proc.stdin.write(f"go {seed} {when} {delay_ms}\n")
        self.proc.stdin.flush()
        while True:
            line = self.proc.stdout.readline().rstrip("\n")
            assert line, "the killer process ended"
            if line.startswith("killed "):
                _k, _pid, sig = line.split()
                assert sig == "9", f"the writer ended by itself ({sig}) before the kill"
                acks.killed()
                return
            acks.take(line)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def verify(path: Path, acks: Acknowledged) -> None:
    """What `crm db check` says, then every acknowledged commit, read back."""
    report = check_file(path, full=True)
    assert report.ok, report.raw
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = dict(
            con.execute(
                "SELECT lead.id, company.name FROM lead JOIN company ON company.id = "
                "lead.company_id"
            )
        )
        assert {i: names.get(i) for i in acks.leads} == acks.leads
        amounts = dict(con.execute("SELECT id, planned_investment FROM lead"))
        assert {i: amounts.get(i) for i in acks.amounts} == acks.amounts
        activities = {r[0] for r in con.execute("SELECT id FROM activity")}
        assert acks.activities <= activities
        contacts = {r[0] for r in con.execute("SELECT name FROM contact")}
        assert acks.contacts - acks.gone - acks.in_flight <= contacts
        assert not acks.gone & contacts  # a deleted contact stays deleted
        batches = dict(
            con.execute(
                "SELECT import_batch_id, count(*) FROM lead WHERE import_batch_id IS NOT NULL "
                "GROUP BY import_batch_id"
            )
        )
        assert {b: batches.get(b) for b in acks.imports} == acks.imports
        # the search index opens and finds every acknowledged lead (same transaction)
        found = con.execute(
            "SELECT count(*) FROM lead_fts WHERE lead_fts MATCH 'doc:\"断 电\"'"
        ).fetchone()[0]
        assert found >= len(acks.leads)
    finally:
        con.close()


def kill_many(store_path: Path, kills: int, seed: int) -> Acknowledged:
    rng = random.Random(seed)
    acks = Acknowledged()
    killer = Killer(store_path)
    try:
        for n in range(kills):
            when = "open" if rng.random() < 1 / 8 else "write"
            window = OPENING_MS if when == "open" else WRITING_MS
            killer.kill_one(seed * 10_000 + n, when, rng.randint(*window), acks)
            verify(store_path, acks)
    finally:
        killer.close()
    print(f"{kills} kills, acknowledged: {dict(acks.kinds)}")  # shown with -s
    # the backups taken before the imports: those under their real names are whole
    folder = BackupPolicy().folder_for(store_path)
    for b in bk.list_backups(folder):
        if b.verified:
            assert check_file(b.path, full=False).ok, b.path
    return acks


def test_a_few_kills_lose_no_acknowledged_commit(store_path):
    acks = kill_many(store_path, kills=4, seed=13)
    assert acks.kinds["lead"] >= 1  # the writers got to work before they were killed


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_hundreds_of_kills_lose_no_acknowledged_commit(store_path, request):
    if not slow_selected(request.config):
        pytest.skip("hundreds of kills take minutes: run with pytest -m slow")
    acks = kill_many(store_path, kills=300, seed=2026)
    # the kills landed everywhere: every kind of commit was acknowledged many times
    assert min(acks.kinds[k] for k in ("lead", "activity", "amount", "gone", "import")) >= 10
