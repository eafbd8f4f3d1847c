"""Backups of a team server (issue 15, item 5): pg_dump -Fc, checked, and pg_restore into an
empty database with its guard intact; a non-empty target and missing tools each refused with
one clear line."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from crm.errors import StoreError
from crm.leads.edit import create_lead
from crm.team import pg_tools
from crm.team.session import server_actor
from tests.services import TODAY, lead_data

pytestmark = pytest.mark.postgres


@pytest.fixture
def empty_db(pg_template):
    admin, admin_url, _template = pg_template
    name = f"i15_{uuid.uuid4().hex[:10]}"
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name}")
    yield admin_url.set(database=name)
    with admin.connect() as c:
        c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_backup_and_restore_keep_rows_and_the_guard(team, empty_db, tmp_path):
    owner, _ = server_actor(team.store)
    create_lead(team.store, owner, lead_data(owner=team.ids["wang"]), today=TODAY)
    dump = pg_tools.backup(team.url, tmp_path / "team.dump")
    assert dump.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == ["team.dump"]  # no temporary file left
    pg_tools.restore(empty_db, dump)
    # 王五 signs in to the restored database and meets the same guard
    with psycopg.connect(
        host=empty_db.host,
        dbname=empty_db.database,
        user=team.names["wang"],
        password="Zhaoshang-2026",
    ) as conn:
        assert conn.execute("SELECT count(*) FROM lead").fetchone() == (1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_log")
    with pytest.raises(StoreError) as caught:
        pg_tools.restore(empty_db, dump)
    assert "not empty" in caught.value.message.render("en")


def test_missing_tools_are_one_clear_line(monkeypatch, tmp_path, team):
    monkeypatch.setattr(pg_tools.shutil, "which", lambda _name: None)
    monkeypatch.setattr(pg_tools.glob, "glob", lambda _pattern: [])
    with pytest.raises(StoreError) as caught:
        pg_tools.backup(team.url, tmp_path / "x.dump")
    assert caught.value.message.render("en").startswith("pg_dump was not found")
    assert not (tmp_path / "x.dump").exists()


def test_an_older_pg_dump_is_refused(monkeypatch, tmp_path, team):
    monkeypatch.setattr(pg_tools, "tool_major", lambda _tool: 9)
    with pytest.raises(StoreError) as caught:
        pg_tools.backup(team.url, tmp_path / "x.dump")
    server = pg_tools.server_major(team.url)
    assert f"version 9, older than the server's {server}" in caught.value.message.render("en")
