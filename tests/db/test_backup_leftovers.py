"""A backup killed mid-copy (SIGKILL: no cleanup at all) leaves its temporary copy of the store
in the backups folder; the next backup removes it — and never the copy of a backup that is
still being written by another process (the app's backup on close, here: tests/db/slow_backup.py
runs that very command and stops in the middle of its copy)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from crm.cli.main import main
from crm.db import backup as bk
from crm.db.restore import check_backup
from crm.errors import StoreError
from crm.leads.edit import create_lead
from crm.safety import backups
from crm.tempfiles import is_temporary
from tests.killed_writers import TemporaryWriter
from tests.services import lead_data

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="killed with SIGKILL")


class Writer:
    """``crm db backup --on-close`` in a process of its own, stopped mid-copy."""

    def __init__(self, store_path: Path):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.db.slow_backup", str(store_path)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if line.strip() != "copying":
            self.proc.kill()
            raise AssertionError(f"the backup did not start: {line!r} {self.proc.stderr.read()}")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        assert self.proc.wait(30) == -signal.SIGKILL


def _temporaries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if is_temporary(p.name))


@pytest.fixture
def big_enough(store, people):
    """A store of more pages than the slow backup copies in its first step."""
    for i in range(60):
        create_lead(store, people.wang, lead_data(company_name=f"杭州断电备份{i}号科技有限公司"))
    return store


def test_a_killed_backup_s_copy_is_removed_by_the_next_backup(big_enough, store_path, caplog):
    store = big_enough
    folder = backups.backup_folder(store)
    writer = Writer(store_path)
    writer.kill()
    left = _temporaries(folder)
    # the copy, cut short (SQLite's journal beside it: the copy was one open transaction)
    assert [p.name.endswith(".crm-part") for p in left] == [True, False]
    assert left[1].name == left[0].name + "-journal"
    assert left[0].stat().st_size < store_path.stat().st_size
    assert backups.list_store_backups(store) == []  # the list never counts it
    with pytest.raises(StoreError, match="未完成的备份留下的临时文件"):  # nor restored by name
        check_backup(left[0])

    with caplog.at_level(logging.INFO, logger="crm.tempfiles"):
        info = backups.backup_now(store)
    assert _temporaries(folder) == []
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [info.path.name, info.path.stem + ".json"]
    )
    removed = [r.getMessage() for r in caplog.records if "removed" in r.getMessage()]
    assert removed == [f"removed {p}, left unfinished by a writer that ended" for p in left]


def test_the_copy_of_a_backup_still_being_written_is_left_alone(big_enough, store_path):
    store = big_enough
    folder = backups.backup_folder(store)
    writer = Writer(store_path)  # the backup on close, still copying
    try:
        live = _temporaries(folder)
        assert live and all(p.exists() for p in live)
        info = backups.backup_now(store)  # another backup into the same folder meanwhile
        assert bk.sweep_leftovers(folder) == []
        assert _temporaries(folder) == live  # untouched
        assert [b.path for b in backups.list_store_backups(store)] == [info.path]
        assert writer.proc.poll() is None  # and still at work
    finally:
        writer.kill()
    assert [p.name for p in bk.sweep_leftovers(folder)] == [p.name for p in live]
    assert [b.path for b in backups.list_store_backups(store)] == [info.path]


def test_a_backup_to_a_file_of_the_person_s_sweeps_only_what_killed_copies_left(
    store, store_path, tmp_path
):
    folder = tmp_path / "U盘"
    folder.mkdir()
    dead = TemporaryWriter(folder / "crm-copy.sqlite").kill()
    theirs = folder / "crm-copy.sqlite.part"  # not ours
    theirs.write_bytes(b"someone else's")
    assert main(["--db", str(store_path), "db", "backup", str(folder / "crm-2026.sqlite")]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["crm-2026.sqlite", theirs.name]
    assert not dead.exists()
