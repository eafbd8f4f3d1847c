"""``crm about``: the lines of Help ▸ About, for support and scripts (the smoke test reads the
folders from it)."""

from __future__ import annotations

from crm.cli.main import main
from crm.db.migrate import head_revision
from crm.paths import locations


def test_about_prints_version_schema_and_folders(store, capsys):
    assert main(["--lang", "en", "--db", str(store.path), "about"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Version: 0.1.0 (run from source)\n")
    head = head_revision()
    assert f"Store: {store.path}\nStore schema: {head} (this app: {head})\n" in out
    assert f"Settings: {locations().settings}\n" in out


def test_about_a_missing_store_says_so_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "没有 这个.sqlite"
    assert main(["--lang", "en", "--db", str(missing), "about"]) == 0
    out = capsys.readouterr().out
    assert f"Store schema: There is no store at {missing}.\n" in out
    assert not missing.exists()
