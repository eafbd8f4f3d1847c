"""A damaged store, as a failing disk leaves it: 4 KB of noise written into the file at 10, 30,
50, 70 and 90 % of its length. ``crm db check`` says in plain words what it found and exits 1
(never a traceback), records the verdict, and ``crm import`` then refuses to write into it,
leaving the file byte for byte as it was."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys

import pytest

from crm.cli.main import main
from crm.db import open_store
from crm.db.health import StoreDamaged, damage_note
from crm.db.integrity import DAMAGED, INDEX, SPACE, check_file, explain
from crm.demo import generate
from tests.services import TODAY

OFFSETS = (10, 30, 50, 70, 90)


@pytest.fixture(scope="module")
def sound_store(tmp_path_factory, template_store):
    path = tmp_path_factory.mktemp("sound") / "crm.sqlite"
    shutil.copy(template_store, path)
    st = open_store(path)
    generate(st, leads=1500, activities=15000, seed=5, today=TODAY)
    st.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def overwrite(path, percent: int, seed: int = 1) -> None:
    """4 KB of noise at ``percent`` % of the file (not aligned to a page, like a bad sector
    straddling two)."""
    size = path.stat().st_size
    noise = random.Random(seed * 100 + percent).randbytes(4096)
    with path.open("r+b") as fh:
        fh.seek(size * percent // 100 + 1000)
        fh.write(noise)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sound_store_passes(sound_store, capsys):
    assert check_file(sound_store, full=True).ok
    assert main(["--lang", "en", "--db", str(sound_store), "db", "check"]) == 0
    captured = capsys.readouterr()
    assert captured.out.rstrip().endswith("ok") and captured.err == ""


@pytest.mark.parametrize("percent", OFFSETS)
def test_damage_is_found_told_and_refused(sound_store, tmp_path, percent, capsys):
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    overwrite(path, percent)
    report = check_file(path, full=False)
    assert not report.ok  # the quick check at start finds it too
    assert main(["--lang", "en", "--db", str(path), "db", "check"]) == 1
    captured = capsys.readouterr()
    assert captured.out.rstrip().endswith("problems found")
    problems = [line for line in captured.err.splitlines() if line.startswith("problem: ")]
    assert problems and all("Traceback" not in line for line in captured.err.splitlines())
    assert any(word in captured.err for word in ("Damaged data in", "damaged", "An index of")), (
        captured.err
    )
    assert damage_note(path) is not None  # the verdict is kept beside the store

    ledger = tmp_path / "ledger.csv"
    ledger.write_text(
        "项目名称,企业名称,所属领域,落地城市\n新项目,杭州新测试科技有限公司,互联网+,未来科技城\n",
        encoding="utf-8",
    )
    before = digest(path)
    assert main(["--lang", "en", "--db", str(path), "import", str(ledger)]) == 2
    err = capsys.readouterr().err
    assert "failed its integrity check" in err and "crm db restore" in err
    assert digest(path) == before
    with pytest.raises(StoreDamaged):
        open_store(path)


def test_the_import_checks_first_even_without_a_verdict(sound_store, tmp_path):
    """A separate process, as a user runs it: the first writer to come finds the damage."""
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    overwrite(path, 50)
    ledger = tmp_path / "ledger.csv"
    ledger.write_text(
        "项目名称,企业名称,所属领域,落地城市\n新,杭州新一科技有限公司,互联网+,未来科技城\n"
    )
    before = digest(path)
    done = subprocess.run(
        [sys.executable, "-m", "crm", "--lang", "en", "--db", str(path), "import", str(ledger)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "failed its integrity check" in done.stderr
    assert digest(path) == before and damage_note(path) is not None


def test_a_check_that_passes_again_clears_the_verdict(sound_store, tmp_path, capsys):
    path = tmp_path / "crm.sqlite"
    shutil.copy(sound_store, path)
    path.with_name("crm.sqlite.damaged").write_text('{"found_at": "2026-05-18T10:00:00"}')
    with pytest.raises(StoreDamaged):
        open_store(path)
    assert main(["--lang", "en", "--db", str(path), "db", "check"]) == 0
    assert damage_note(path) is None
    open_store(path).dispose()


def test_plain_words_name_the_data_hurt():
    lines = [
        "*** in database main ***",
        "Page 40: btreeInitPage() returns error code 11",
        "On tree page 41 cell 3: invalid page number 99999",
        "row 17 missing from index ix_activity_lead_id",
        "Page 77 is never used",
    ]
    pages = {40: "activity", 41: "activity"}
    owners = {"ix_activity_lead_id": "activity"}
    found = explain(lines, pages, owners)
    assert [f.kind for f in found] == [DAMAGED, INDEX, SPACE]
    assert found[0].render("en") == (
        "Damaged data in the follow-up records (2 places in the file): some of it may be "
        "unreadable or lost."
    )
    assert found[0].render("zh_CN").startswith("跟进记录")
    assert found[1].repairable and "ix_activity_lead_id" in found[1].render("en")
    assert found[2].repairable and not found[0].repairable
