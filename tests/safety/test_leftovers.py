"""After the window's first frame, what writers killed mid-write left in the app's folders is
removed — a backup's copy of the store, a restore's, an opened attachment's — while the copy
of the backup on close that is still running, and every file of the person's, stay."""

from __future__ import annotations

import os
import threading
import time

import pytest

from crm.leads.edit import create_lead
from crm.paths import cache_dir, data_dir
from crm.safety import backups
from crm.safety.leftovers import DRAFTS, OPENED
from crm.tempfiles import is_temporary
from crm.ui import startup
from tests.db.test_backup_leftovers import Writer as BackupOnClose
from tests.killed_writers import TemporaryWriter
from tests.services import lead_data

pytestmark = pytest.mark.skipif(os.name != "posix", reason="killed with SIGKILL")


def _old(path, hours: float = 2, data: bytes = b"x" * 100):
    path.write_bytes(data)
    then = time.time() - hours * 3600
    os.utime(path, (then, then))
    return path


def _run_the_start_step(store) -> None:
    step = dict(startup.AFTER_FIRST_FRAME)["sweep"]
    step(startup.Start(store=store))
    (thread,) = [t for t in threading.enumerate() if t.name == "sweep"]
    thread.join(30)


def test_after_the_first_frame_what_killed_writers_left_is_removed(store, store_path, people):
    for i in range(60):  # more pages than the backup copies before it stops
        create_lead(store, people.wang, lead_data(company_name=f"杭州启动清理{i}号科技有限公司"))
    folder = backups.backup_folder(store)
    killed_backup = BackupOnClose(store_path)
    killed_backup.kill()
    dead = sorted(p for p in folder.iterdir() if is_temporary(p.name))  # the copy + journal
    running = BackupOnClose(store_path)  # the backup on close of the session before, running
    live = sorted(p for p in folder.iterdir() if is_temporary(p.name) and p not in dead)
    killed_restore = TemporaryWriter(store_path, "restore").kill()  # beside the store
    opened = cache_dir() / OPENED / "12-0a1b2c3d4e5f"
    opened.mkdir(parents=True)
    killed_open = TemporaryWriter(opened / "可研报告.pdf").kill()
    drafts = data_dir() / DRAFTS
    drafts.mkdir()
    killed_draft = TemporaryWriter(drafts / "lead-7.json").kill()  # the form's draft
    earlier = _old(folder / ".crm-20260518-090000-auto.sqlite.1a2b3c4d.part")  # older version
    recent = _old(folder / ".crm-20260518-120000-auto.sqlite.9c0d1e2f.part", hours=0.1)
    person = {  # the store's folder is the person's: only our own names go
        "台账.xlsx": b"ledger",
        ".台账.xlsx.1a2b3c4d.part": b"looks like an earlier version's, is not in our folder",
    }
    for name, data in person.items():
        _old(store_path.parent / name, data=data)
    try:
        _run_the_start_step(store)
        for gone in (*dead, killed_restore, killed_open, killed_draft, earlier):
            assert not gone.exists(), gone
        assert all(p.exists() for p in (*live, recent))
        assert running.proc.poll() is None  # the backup on close goes on
        assert all((store_path.parent / n).read_bytes() == d for n, d in person.items())
        assert backups.list_store_backups(store) == []
    finally:
        running.kill()
    _run_the_start_step(store)  # the next start, once it died too
    assert not any(p.exists() for p in live)
