"""Verified backups: thinning over 400 days (Anki's 12 daily / 10 weekly / 9 monthly), a
backup taken while another process writes, the automatic backup only when data changed and
the interval passed, the list with its counts, and a failure that leaves no file behind."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime, timedelta

import pytest

from crm.accounts.users import system_actor
from crm.cli.main import main
from crm.db import backup as bk
from crm.db.backup_policy import BackupPolicy
from crm.db.thinning import Limits, obsolete
from crm.errors import StoreError, ValidationError
from crm.leads.edit import create_lead
from crm.safety import backups
from tests.db.conftest import run_unprivileged
from tests.services import lead_data

NOW = datetime(2026, 5, 18, 12, 0)  # a Monday


def _days(n: int, per_day: int = 1) -> list[datetime]:
    return [
        NOW - timedelta(days=d, hours=h * 3)
        for d in range(n)
        for h in range(per_day)
        if NOW - timedelta(days=d, hours=h * 3) <= NOW
    ]


def test_thinning_over_400_days_keeps_anki_s_set():
    times = _days(400, per_day=3)  # three a day for 400 days
    gone = set(obsolete([(t, t) for t in times], NOW, Limits(12, 10, 9)))
    kept = sorted((t for t in times if t not in gone), reverse=True)
    recent = [t for t in kept if t.date() >= (NOW - timedelta(days=1)).date()]
    older = kept[len(recent) :]
    assert len(recent) == len([t for t in times if t.date() >= (NOW - timedelta(days=1)).date()])
    assert len(older) == 12 + 10 + 9
    daily, weekly, monthly = older[:12], older[12:22], older[22:]
    # daily: the newest backup of each of the 12 days before yesterday
    assert [t.date() for t in daily] == [(NOW - timedelta(days=d)).date() for d in range(2, 14)]
    assert all(t.hour == 12 for t in daily)
    # weekly: one per ISO week, each the newest of its week, weeks strictly older
    weeks = [t.isocalendar()[:2] for t in weekly]
    assert len(set(weeks)) == 10 and weeks == sorted(weeks, reverse=True)
    assert all(t.weekday() == 6 and t.hour == 12 for t in weekly)  # Sunday noon
    months = [(t.year, t.month) for t in monthly]
    assert len(set(months)) == 9 and all(
        (t + timedelta(days=1)).month != t.month for t in monthly
    )  # the last day of each month
    assert monthly[-1] > NOW - timedelta(days=400)


def test_thinning_keeps_all_when_limits_are_generous():
    times = _days(30)
    assert obsolete([(t, t) for t in times], NOW, Limits(100, 0, 0)) == []


def test_thinning_deletes_the_files_and_their_notes(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    for t in _days(400):
        name = f"crm-{t:%Y%m%d-%H%M%S}-auto"
        (folder / f"{name}.sqlite").write_bytes(b"x")
        note = {"taken_at": t.isoformat(), "kind": "auto", "size": 1, "verified": True}
        (folder / f"{name}.json").write_text(json.dumps(note))
    started = time.perf_counter()
    gone = bk.thin(folder, Limits(12, 10, 9), NOW)
    assert time.perf_counter() - started < 5  # (timed properly in bench/bench_safety.py)
    left = sorted(p.name for p in folder.glob("*.sqlite"))
    assert len(left) == 2 + 12 + 10 + 9 and len(gone) == 400 - len(left)
    assert len(list(folder.glob("*.json"))) == len(left)


def test_a_backup_is_verified_listed_and_counted(store, people):
    for i in range(3):
        create_lead(store, people.wang, lead_data(company_name=f"杭州备份{i}科技有限公司"))
    info = backups.backup_now(store, people.admin)
    assert info.verified and info.counts == {"lead": 3, "activity": 0, "contact": 0}
    assert info.path.parent == BackupPolicy().folder_for(store.path)
    listed = backups.list_store_backups(store)
    assert [(b.path, b.kind, b.counts["lead"]) for b in listed] == [(info.path, "manual", 3)]
    con = sqlite3.connect(info.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # self-contained
    con.close()
    assert not list(info.path.parent.glob(".*"))  # no temporary file left


def test_the_automatic_backup_waits_for_a_change_and_the_interval(store, people):
    assert backups.auto_backup(store) is not None  # never backed up yet
    assert backups.auto_backup(store) is None  # nothing changed
    create_lead(store, people.wang, lead_data())
    assert backups.auto_backup(store) is None  # changed, but within the interval
    later = datetime.now() + timedelta(minutes=61)
    info = backups.auto_backup(store, now=later)
    assert info is not None and info.counts["lead"] == 1
    assert backups.backup_before(store, bk.BEFORE_IMPORT) is None  # the newest one holds it


def test_the_policy_is_validated_and_audited(store, people, tmp_path):
    with pytest.raises(ValidationError) as err:
        backups.set_backup_policy(store, people.admin, BackupPolicy(daily=-1, folder="relative"))
    assert set(err.value.fields) == {"daily", "folder"}
    chosen = tmp_path / "usb" / "备份"
    backups.set_backup_policy(store, people.admin, BackupPolicy(folder=str(chosen), daily=3))
    assert backups.backup_policy(store).daily == 3
    info = backups.backup_now(store)
    assert info.path.parent.parent == chosen
    with store.read() as s:
        row = (
            s.connection()
            .exec_driver_sql(
                "SELECT user_id, field FROM audit_log WHERE entity = 'setting' ORDER BY id DESC"
            )
            .first()
        )
    assert tuple(row) == (people.admin.id, "backup.policy")


def _backup_as_user(store_path, folder) -> str:
    try:
        bk.take_backup(store_path, folder, bk.MANUAL)
    except StoreError as exc:
        return exc.render("en") + "|" + exc.render("zh_CN")
    return "written"


def test_a_backup_into_a_read_only_folder_says_so_and_leaves_nothing(store_path, shared_dir):
    path = shared_dir / "crm.sqlite"
    shutil.copy(store_path, path)
    path.chmod(0o666)  # the store itself may be read by the other user; its backup folder not
    shared_dir.chmod(0o777)
    folder = shared_dir / "backups"
    folder.mkdir()
    folder.chmod(0o555)
    en, zh = run_unprivileged(_backup_as_user, path, folder).split("|")
    assert "permission denied" in en and str(folder) in en
    assert str(folder) in zh and "权限" in zh
    assert list(folder.rglob("*")) == []


WRITER = """
import sys, time
from crm.db import open_store
from crm.leads.edit import create_lead
from crm.accounts.users import system_actor
st = open_store(sys.argv[1])
actor = system_actor(st)
i = 0
while True:
    create_lead(st, actor, {"company_name": f"杭州并发{i}科技有限公司", "project_name": "并发",
                            "field": "internet", "city": "future"})
    if i == 0:
        print("ready", flush=True)  # writing: the first backup finds something
    i += 1
    if i == 1:
        print("wrote", flush=True)
"""


def test_a_backup_while_another_process_writes(store_path, tmp_path):
    """The writer holds the store's lock; a backup only reads, so it goes on beside it."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        assert writer.stdout.readline().strip() == "wrote"  # a first lead is committed
        seen = []
        for i in range(3):
            dest = tmp_path / f"b{i}.sqlite"
            counts, _rev, _audit = bk.copy_verified(store_path, dest)
            seen.append(counts["lead"])
            time.sleep(0.3)
    finally:
        writer.kill()
        writer.wait()
    assert seen == sorted(seen) and seen[-1] > seen[0] > 0  # consistent snapshots, growing
    for i in range(3):
        con = sqlite3.connect(tmp_path / f"b{i}.sqlite")
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()


def test_cli_backup_and_backups(store, capsys):
    create_lead(store, system_actor(store), lead_data())
    assert main(["--lang", "en", "--db", str(store.path), "db", "backup"]) == 0
    assert "(verified)" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", str(store.path), "db", "backups"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"backups of {store.path} in ")
    assert "by hand" in out[1] and "1 leads" in out[1] and out[1].endswith("verified")


def _kept(times, now, limits=Limits(2, 3, 2)) -> list[datetime]:
    gone = set(obsolete([(t, t) for t in times], now, limits))
    return sorted((t for t in times if t not in gone), reverse=True)


def test_thinning_across_new_year_keeps_the_weeks_of_the_old_year():
    """ISO weeks of two years: 2026-W53 … are older than 2027-W01, not newer."""
    now = datetime(2027, 1, 14, 12, 0)  # a Thursday in 2027-W02
    times = [now - timedelta(days=d) for d in range(60)]
    kept = [(str(t.date()), t.isocalendar()[:2]) for t in _kept(times, now)]
    assert kept == [
        ("2027-01-14", (2027, 2)),  # today and yesterday
        ("2027-01-13", (2027, 2)),
        ("2027-01-12", (2027, 2)),  # two days
        ("2027-01-11", (2027, 2)),
        ("2027-01-10", (2027, 1)),  # three weeks, the last two of 2026
        ("2027-01-03", (2026, 53)),
        ("2026-12-27", (2026, 52)),
        ("2026-11-30", (2026, 49)),  # then months (60 days reach back to November only)
    ]


def test_thinning_after_a_fortnight_without_backups():
    """Nothing from today or yesterday (the app was not opened): the rule still applies."""
    now = datetime(2026, 5, 18, 12, 0)
    times = [now - timedelta(days=d) for d in range(14, 120)]
    kept = _kept(times, now)
    assert [t.date() for t in kept[:2]] == [date(2026, 5, 4), date(2026, 5, 3)]  # daily
    assert len(kept) == 2 + 3 + 2


def test_thinning_goes_by_time_whatever_the_keys_are():
    now = datetime(2026, 5, 18, 12, 0)
    times = [now - timedelta(days=d) for d in range(40)]
    # keys that sort the other way round from their times
    keyed = [(f"backup-{i:04d}", t) for i, t in enumerate(times)]  # the newest is "0000"
    gone = set(obsolete(keyed, now, Limits(2, 3, 2)))
    by_time = {t for t in _kept(times, now)}
    assert {t for k, t in keyed if k not in gone} == by_time


def test_what_a_killed_backup_left_is_swept_by_the_next_one(store):
    """A backup killed mid-copy leaves its temporary file (a whole store's size) behind."""
    import os

    folder = backups.backup_folder(store)
    folder.mkdir(parents=True)
    stale = folder / ".crm-20260518-090000-auto.sqlite.1a2b3c4d.part"
    stale_note = folder / ".crm-20260518-090000-auto.json.5e6f7a8b.part"
    fresh = folder / ".crm-20260518-120000-auto.sqlite.9c0d1e2f.part"  # another one, writing
    mine = folder / ".notes.txt"  # not a backup's
    for p in (stale, stale_note, fresh, mine):
        p.write_bytes(b"x" * 100)
    two_hours_ago = time.time() - 2 * 3600
    for p in (stale, stale_note, mine):
        os.utime(p, (two_hours_ago, two_hours_ago))
    info = backups.backup_now(store)
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted([fresh.name, mine.name, info.path.name, info.path.stem + ".json"])
