"""Migrations cannot eat data: a store of every released schema (written by that release's own
code, tests/fixtures/) upgrades to head with every table's rows and contents as they were and
added columns at their defaults — on SQLite through the app's own open, and with the same
rows on PostgreSQL. The batch steps run with foreign keys off (a rebuilt parent does not
cascade its children away) and foreign_key_check runs before the commit: an upgrade that
would leave orphans is rolled back with a message and the store is left as it was."""

from __future__ import annotations

import shutil
import textwrap
import uuid

import pytest
from sqlalchemy import create_engine, text

from crm.accounts.users import system_actor
from crm.db import migrate, open_store, revision
from crm.db.backup import list_backups
from crm.db.backup_policy import BackupPolicy
from crm.db.integrity import check_file
from crm.errors import StoreError
from crm.leadlist.query import LeadFilter, count_leads
from tests.db.conftest import file_state
from tests.db.released import (
    RELEASED,
    differences,
    load_into_postgres,
    read_postgres,
    read_sqlite,
    sqlite_default,
    unpack,
)

#: test revisions on top of whatever head is (the lead re-chains the real ones when merging)
REBUILD = '''
"""test: rebuild a parent and its children in batch mode, adding a column with a default"""
from alembic import op
import sqlalchemy as sa

revision = "t999"
down_revision = "{head}"


def upgrade():
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    if sqlite and conn.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError("foreign keys are on during the batch steps")
    for table in ("lead", "contact", "activity", "stage_change"):
        with op.batch_alter_table(table, recreate="always" if sqlite else "auto") as batch:
            batch.add_column(sa.Column("test_flag", sa.Integer(), nullable=False,
                                       server_default="7"))


def downgrade():
    pass
'''
ORPHANS = '''
"""test: a step that drops a parent row behind its children's back"""
from alembic import op

revision = "t999"
down_revision = "{head}"


def upgrade():
    op.execute("DELETE FROM lead WHERE id = (SELECT min(lead_id) FROM activity)")


def downgrade():
    pass
'''
LOSES_A_ROW = '''
"""test: a step that loses a contact"""
from alembic import op

revision = "t999"
down_revision = "{head}"


def upgrade():
    op.execute("DELETE FROM contact WHERE id = (SELECT max(id) FROM contact)")


def downgrade():
    pass
'''


@pytest.fixture
def scripts(tmp_path, monkeypatch):
    """Install one of the test revisions above on top of the app's head."""
    head = migrate.head_revision()

    def install(source: str) -> None:
        folder = tmp_path / "migrations"
        shutil.copytree(revision.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
        body = textwrap.dedent(source).replace("{head}", head)
        (folder / "versions" / "t999_test.py").write_text(body, encoding="utf-8")
        monkeypatch.setattr(revision, "MIGRATIONS", folder)

    return install


def _sqlite_upgrade_differences(path):
    before = read_sqlite(path)
    store = open_store(path)  # the app's own way: verified backup, upgrade, WAL
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert migrate.check(store.engine, integrity=False).ok  # search index in step
        # the upgraded store is used as people use it: the lists count what the file held
        assert count_leads(store, system_actor(store), LeadFilter()) == sum(
            1 for r in before["lead"][1].values() if r["deleted_at"] is None
        )
    finally:
        store.dispose()
    assert check_file(path).ok
    after = read_sqlite(path)
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return before, differences(before, after, lambda t, c: sqlite_default(con, t, c))
    finally:
        con.close()


@pytest.mark.parametrize("revision", sorted(RELEASED))
def test_a_released_store_upgrades_with_every_row_intact(tmp_path, revision):
    path = unpack(revision, tmp_path)
    before, problems = _sqlite_upgrade_differences(path)
    assert problems == []
    # the fixture is what it claims: a store of that schema, with every kind of row
    assert all(rows for _cols, rows in before.values()), [t for t, v in before.items() if not v[1]]


def test_a_batch_rebuild_keeps_children_and_gives_new_columns_their_default(tmp_path, scripts):
    path = unpack("0001", tmp_path)
    scripts(REBUILD)
    before, problems = _sqlite_upgrade_differences(path)
    assert problems == []
    after = read_sqlite(path)
    for table in ("lead", "contact", "activity", "stage_change"):
        assert {r["test_flag"] for r in after[table][1].values()} == {7}
        assert len(after[table][1]) == len(before[table][1]) > 0
    backups = list_backups(BackupPolicy().folder_for(path))
    assert [(b.kind, b.revision) for b in backups] == [("upgrade", "0001")]  # as it was


def test_the_comparison_sees_a_lost_row(tmp_path, scripts):
    path = unpack("0001", tmp_path)
    scripts(LOSES_A_ROW)
    _before, problems = _sqlite_upgrade_differences(path)
    assert len(problems) == 1 and problems[0].startswith("contact: 221 rows before, 220 after")


def test_an_upgrade_that_would_leave_orphans_is_rolled_back(tmp_path, scripts):
    path = unpack("0001", tmp_path)
    scripts(ORPHANS)
    before = file_state(path)
    with pytest.raises(StoreError) as err:
        open_store(path)
    en, zh = err.value.render("en"), err.value.render("zh_CN")
    assert en.startswith("The upgrade of the store was rolled back: it would have left ")
    assert "rows without the rows they refer to. The store is unchanged" in en
    assert "回滚" in zh
    assert file_state(path) == before


@pytest.fixture
def empty_pg_engine(pg_template):
    admin, admin_url, _template = pg_template
    name = f"crm_rel_{uuid.uuid4().hex[:10]}"
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name}")
    url = admin_url.set(database=name)
    engine = create_engine(url)
    yield engine, url.render_as_string(hide_password=False)
    engine.dispose()
    with admin.connect() as c:
        c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _pg_default(conn, table: str, column: str):
    default = conn.execute(
        text(
            "SELECT column_default FROM information_schema.columns "
            "WHERE table_name = :t AND column_name = :c"
        ),
        {"t": table, "c": column},
    ).scalar_one()
    return None if default is None else conn.exec_driver_sql(f"SELECT {default}").scalar_one()


@pytest.mark.postgres
@pytest.mark.parametrize("with_rebuild", [False, True])
@pytest.mark.parametrize("revision", sorted(RELEASED))
def test_the_same_rows_upgrade_on_postgresql(
    tmp_path, empty_pg_engine, scripts, revision, with_rebuild
):
    engine, url = empty_pg_engine
    fixture = unpack(revision, tmp_path)
    load_into_postgres(fixture, engine, revision)
    names = [t for t in read_sqlite(fixture) if t != "lead_fts"]
    with engine.connect() as conn:
        before = read_postgres(conn, names)
        # the copy is faithful: the server holds what the file holds
        assert before == read_postgres(conn, names, fixture=fixture)
    assert all(rows for _cols, rows in before.values())
    if with_rebuild:
        scripts(REBUILD)
    store = open_store(url)  # upgraded by the app's own open
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert migrate.check(store.engine).ok
    finally:
        store.dispose()
    with engine.connect() as conn:
        after = read_postgres(conn, names)
        assert differences(before, after, lambda t, c: _pg_default(conn, t, c)) == []
        if with_rebuild:
            flags = conn.exec_driver_sql("SELECT DISTINCT test_flag FROM lead").all()
            assert flags == [(7,)]
