"""Our temporary files: a writer holds its file's lock until it renames it, so a sweep removes
what a killed writer left (a real process, killed with SIGKILL) and nothing else — not a file
still being written, not a person's own files, even ones that look like temporary files."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from crm.files import atomic_output
from crm.tempfiles import (
    LEGACY_STALE_SECONDS,
    NO_LOCKS_STALE_SECONDS,
    Temporary,
    is_temporary,
    sweep,
)
from tests.killed_writers import TemporaryWriter

pytestmark = pytest.mark.skipif(os.name != "posix", reason="killed with SIGKILL")


def _aged(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_a_person_s_folder_loses_only_what_our_killed_writers_left(tmp_path):
    folder = tmp_path / "Downloads"
    folder.mkdir()
    dead = TemporaryWriter(folder / "周报.xlsx").kill()
    live = TemporaryWriter(folder / "线索.xlsx")
    theirs = {  # the person's files, some named like temporary files of other programs
        "周报.xlsx": b"an older report",
        ".周报.xlsx.1a2b3c4d.part": b"not ours: earlier versions' names go only in our folders",
        "film.mkv.part": b"a download",
        ".x.1a2b3c4d.crm-part.txt": b"ours only by a prefix",
        "notes.crm-part": b"not hidden, no token",
    }
    for name, data in theirs.items():
        (folder / name).write_bytes(data)
        _aged(folder / name, 2 * LEGACY_STALE_SECONDS)
    try:
        assert [p.name for p in sweep(folder)] == [dead.name]
        assert sorted(p.name for p in folder.iterdir()) == sorted([*theirs, live.path.name])
        assert all((folder / n).read_bytes() == d for n, d in theirs.items())
    finally:
        live.kill()
    assert [p.name for p in sweep(folder)] == [live.path.name]


def test_the_next_export_into_a_folder_sweeps_what_a_killed_one_left(tmp_path):
    dead = TemporaryWriter(tmp_path / "leads.xlsx").kill()
    with atomic_output(tmp_path / "audit.csv") as tmp:
        assert is_temporary(tmp.name)
        assert sweep(tmp_path) == []  # this writer's own file, held while it writes
        tmp.write_text("when,who\n", encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.csv"]
    assert not dead.exists()


def test_a_journal_whose_temporary_file_is_gone_goes_once_a_minute_old(tmp_path):
    journal = tmp_path / ".a.sqlite.1a2b3c4d.crm-part-journal"
    journal.write_bytes(b"j")
    assert sweep(tmp_path) == []  # it may be a writer's that is about to remove it itself
    assert sweep(_aged(journal, 61).parent) == [journal]


def test_a_temporary_file_cannot_be_taken_from_its_own_writer(tmp_path):
    with Temporary(tmp_path / "a.pdf") as tmp:
        tmp.path.write_bytes(b"%PDF")
        assert sweep(tmp_path) == [] and tmp.path.exists()
        tmp.commit()
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_where_the_disk_has_no_locks_writing_works_and_a_leftover_goes_after_a_day(
    tmp_path, monkeypatch
):
    import errno
    import fcntl

    def no_locks(_fd, _op):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    with atomic_output(tmp_path / "leads.xlsx") as tmp:
        tmp.write_bytes(b"PK")
    assert [p.name for p in tmp_path.iterdir()] == ["leads.xlsx"]
    left = Temporary(tmp_path / "report.pdf").path  # as a killed writer leaves it
    assert sweep(tmp_path) == []  # nobody can tell whether its writer still runs
    assert sweep(_aged(left, NO_LOCKS_STALE_SECONDS + 60).parent) == [left]
