"""``crm db``: upgrade, check (integrity and schema version), backup and path."""

from __future__ import annotations

import sqlite3

import pytest

from crm.cli.main import main
from crm.db import migrate, open_store
from crm.demo import generate
from tests.services import TODAY


def test_upgrade_creates_and_reports_the_schema(tmp_path, capsys):
    path = tmp_path / "new.sqlite"
    assert main(["--lang", "en", "--db", str(path), "db", "upgrade"]) == 0
    head = migrate.head_revision()
    assert capsys.readouterr().out == f"{path} is at schema {head}\n"
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone() == (
        head,
    )


def test_check_a_healthy_store(store, capsys):
    generate(store, leads=30, activities=100, seed=2, today=TODAY)
    assert main(["--lang", "en", "--db", str(store.path), "db", "check"]) == 0
    out = capsys.readouterr().out
    assert f"store: {store.path}" in out
    assert f"schema: {migrate.head_revision()} (this app: {migrate.head_revision()})" in out
    assert "  leads: 30" in out and "  activities: 100" in out
    assert out.rstrip().endswith("ok")
    # the counts in the language of the rest (it printed "lead: 30" in the Chinese report)
    assert main(["--db", str(store.path), "db", "check"]) == 0
    out = capsys.readouterr().out
    assert "  线索：30" in out and "  跟进记录：100" in out and "lead" not in out


def test_check_finds_and_repairs_a_search_index_out_of_step(store, capsys):
    generate(store, leads=30, activities=0, seed=2, today=TODAY)
    with store.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM lead_fts WHERE rowid IN (1, 2, 3)")
    assert main(["--lang", "en", "--db", str(store.path), "db", "check"]) == 1
    captured = capsys.readouterr()
    assert "27 documents for 30 leads" in captured.err
    assert captured.out.rstrip().endswith("problems found")
    assert main(["--lang", "en", "--db", str(store.path), "db", "check", "--repair"]) == 0
    assert "search index rebuilt for 30 leads" in capsys.readouterr().out
    assert migrate.check(store.engine).ok


def test_backup_copies_consistently_and_refuses_to_overwrite(store, tmp_path, capsys):
    generate(store, leads=20, activities=50, seed=2, today=TODAY)
    dest = tmp_path / "backup.sqlite"
    assert main(["--lang", "en", "--db", str(store.path), "db", "backup", str(dest)]) == 0
    assert capsys.readouterr().out == f"backed up to {dest} (verified)\n"
    copy = open_store(dest, readonly=True)
    try:
        assert migrate.check(copy.engine).counts["lead"] == 20
    finally:
        copy.dispose()
    assert main(["--lang", "en", "--db", str(store.path), "db", "backup", str(dest)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_path_names_the_store_without_opening_it(tmp_path, capsys, monkeypatch):
    assert main(["--db", str(tmp_path / "x.sqlite"), "db", "path"]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'x.sqlite'}\n"
    monkeypatch.setenv("CRM_DATABASE_URL", "postgresql://crm:secret@db.example/crm")
    assert main(["db", "path"]) == 0
    out = capsys.readouterr().out
    assert "db.example/crm" in out and "secret" not in out
    monkeypatch.delenv("CRM_DATABASE_URL")
    assert main(["db", "path"]) == 0
    assert capsys.readouterr().out.strip().startswith(str(tmp_path / "data"))
    # a store in memory has no file: its URL, not "None"
    assert main(["--db", "sqlite://", "db", "path"]) == 0
    assert capsys.readouterr().out == "sqlite://\n"


@pytest.mark.parametrize(
    "command", [["user", "list"], ["db", "upgrade"], ["demo", "--leads", "10"]]
)
def test_a_store_in_memory_is_refused_in_one_line(command, capsys):
    """``--db sqlite://`` names no file: every command that opens the store says so (it was an
    AssertionError's traceback)."""
    assert main(["--db", "sqlite://", *command]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "sqlite://" in err[0] and "Traceback" not in err[0]
