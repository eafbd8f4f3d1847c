"""``crm db check --repair`` puts right what needs no backup — an index out of step with its
rows, an index with a damaged page (REINDEX cannot read it), the free-space record — holding
the writer lock, and clears a verdict of damage once the file is sound; what it cannot put
right is said in one line, never a traceback."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys

import pytest

from crm.db.health import damage_note, mark_damaged
from crm.db.integrity import DAMAGED, INDEX, SPACE, check_file
from crm.db.repair import repair
from crm.errors import StoreError
from tests.db.test_integrity import _smash, out_of_step, sound_store  # noqa: F401 - a fixture


def _counts(path) -> tuple[int, int, int]:
    con = sqlite3.connect(path)
    try:
        return tuple(
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("lead", "activity", "contact")
        )
    finally:
        con.close()


def test_an_index_out_of_step_is_rebuilt(sound_store, tmp_path):  # noqa: F811
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    out_of_step(path)
    report = check_file(path)
    assert [(f.kind, f.subject) for f in report.findings] == [(INDEX, "ix_lead_updated_at")]
    assert check_file(path, full=False).ok  # only the full check compares indexes and rows
    before = _counts(path)
    assert [m.render("en") for m in repair(path, report)] == ["indexes rebuilt"]
    assert check_file(path).ok and _counts(path) == before


def test_an_index_with_a_damaged_page_is_rebuilt_from_its_table(sound_store, tmp_path):  # noqa: F811
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    before = _counts(path)
    _smash(path, "ix_activity_lead_day")
    report = check_file(path)
    assert [(f.kind, f.subject) for f in report.findings] == [(INDEX, "ix_activity_lead_day")]
    with pytest.raises(sqlite3.DatabaseError):  # what a plain REINDEX does with it
        con = sqlite3.connect(path)
        try:
            con.execute("REINDEX")
        finally:
            con.close()
    assert [m.render("en") for m in repair(path, report)] == ["indexes rebuilt"]
    assert check_file(path).ok and _counts(path) == before
    con = sqlite3.connect(path)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_activity_lead_day'")
    assert sql.fetchone()[0].startswith("CREATE INDEX ix_activity_lead_day ON activity")
    con.close()


def test_the_free_space_record_is_rebuilt(store_path):
    from crm.db.integrity import Finding
    from crm.i18n import QT_TRANSLATE_NOOP

    report = check_file(store_path)
    report.findings.append(Finding(SPACE, QT_TRANSLATE_NOOP("Integrity", "indexes rebuilt"), True))
    assert [m.render("zh_CN") for m in repair(store_path, report)] == ["空闲空间记录已重建"]
    assert check_file(store_path).ok


def test_nothing_is_touched_when_data_is_damaged_or_nothing_is_wrong(sound_store, tmp_path):  # noqa: F811
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    assert repair(path, check_file(path)) == []  # sound
    _smash(path, "activity")
    out_of_step(path)
    report = check_file(path)
    assert DAMAGED in {f.kind for f in report.findings} and report.damaged
    data = path.read_bytes()
    assert repair(path, report) == []  # only a backup puts lost rows right
    assert path.read_bytes() == data


def test_an_index_that_cannot_be_rebuilt_by_itself_is_said_in_words(sound_store, tmp_path):  # noqa: F811
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    _smash(path, "sqlite_autoindex_app_user_1")  # the UNIQUE username: no SQL to run again
    report = check_file(path)
    assert [f.kind for f in report.findings] == [INDEX]
    with pytest.raises(StoreError) as err:
        repair(path, report)
    assert err.value.render("en").startswith("The damage could not be put right here (")
    assert err.value.render("en").endswith("restore a verified backup (crm db restore).")


def test_the_command_repairs_under_the_lock_and_clears_the_verdict(sound_store, tmp_path):  # noqa: F811
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    _smash(path, "ix_activity_lead_day")
    mark_damaged(path, check_file(path))  # the app found it at start and refused to write
    done = subprocess.run(
        [sys.executable, "-m", "crm", "--lang", "en", "--db", str(path), "db", "check"]
        + ["--repair"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "repaired: indexes rebuilt" in done.stdout and done.stdout.rstrip().endswith("ok")
    assert damage_note(path) is None and check_file(path).ok
    assert not path.with_name(path.name + ".lock").exists()  # the lock was let go
