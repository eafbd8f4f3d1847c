"""The schema check without Alembic: the app's head read from the scripts agrees with Alembic,
anything not plain is left to Alembic, and opening a store at the head does not load it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from crm.db import migrate, open_store, revision
from crm.db.store import make_engine, resolve_target

SCRIPT = '''"""test revision"""
revision{annotation} = {rev!r}
down_revision{annotation} = {down!r}
branch_labels = None


def upgrade() -> None:
    pass
'''


def _script(folder, name, rev, down, annotation=""):
    (folder / f"{name}.py").write_text(
        SCRIPT.format(rev=rev, down=down, annotation=annotation), encoding="utf-8"
    )


def test_the_head_is_alembics_head():
    assert revision.head() == migrate.head_revision() == "0006"  # pinned: the newest revision


def test_a_chain_of_scripts_has_its_last_revision_as_head(tmp_path):
    _script(tmp_path, "0001_a", "0001", None)
    _script(tmp_path, "0010_b", "0010", "0001", annotation=": str")  # Alembic 1.13's template
    _script(tmp_path, "0011_c", "0011", "0010", annotation=": str | None")
    assert revision.head(tmp_path) == "0011"


def test_two_heads_or_a_merge_are_left_to_alembic(tmp_path):
    _script(tmp_path, "0001_a", "0001", None)
    _script(tmp_path, "0010_b", "0010", "0001")
    _script(tmp_path, "0011_c", "0011", "0001")
    assert revision.head(tmp_path) is None  # two heads
    _script(tmp_path, "0012_merge", "0012", ("0010", "0011"))
    assert revision.head(tmp_path) is None  # a merge revision


def test_a_store_at_the_head_is_current_and_any_doubt_is_not(tmp_path):
    path = tmp_path / "s.sqlite"
    open_store(path).dispose()
    engine = make_engine(resolve_target(path), wal=False)
    try:
        assert revision.is_current(engine)
        con = sqlite3.connect(path)
        con.execute("INSERT INTO alembic_version VALUES ('0000')")  # two rows: not plain
        con.commit()
        assert not revision.is_current(engine)
        con.execute("DROP TABLE alembic_version")
        con.commit()
        con.close()
        assert not revision.is_current(engine)  # no version table
    finally:
        engine.dispose()


def test_opening_a_current_store_does_not_load_alembic(tmp_path):
    path = tmp_path / "s.sqlite"
    open_store(path).dispose()
    code = (
        "import sys\nfrom crm.db import open_store\n"
        f"open_store({str(path)!r}).dispose()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    # the same check sees Alembic when the store needs it (a new file is created by Alembic)
    code = code.replace(str(path), str(tmp_path / "new.sqlite"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "alembic" in out.stdout
