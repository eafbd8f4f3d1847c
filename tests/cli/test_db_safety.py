"""``crm db check|backups|restore`` on a store that has no file."""

from __future__ import annotations

import pytest

from crm.cli.main import main


@pytest.mark.parametrize("db", ["sqlite://", "sqlite:///:memory:"])
@pytest.mark.parametrize("command", [["check"], ["backups"], ["restore", "--yes"]])
def test_a_store_in_memory_is_one_clear_line(db, command, capsys, tmp_path, monkeypatch):
    """sqlite:// names a store in memory: there is no file to check, list backups of or
    restore (it was a TypeError's traceback; sqlite:///:memory: looked for a file of that
    name in the current folder)."""
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "en", "--db", db, "db", *command]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"error: {db} is a store in memory, without a file: there is nothing to check, back "
        "up or restore."
    ]
    assert list(tmp_path.iterdir()) == []
