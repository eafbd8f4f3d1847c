"""Migrations: the revisions produce exactly the models' schema (SQLite and PostgreSQL), an
upgrade copies the SQLite file aside first, a store newer than the app is refused untouched,
and the audit log is append-only on both dialects.

The upgrade path runs a test revision 9999 from a
copy of the script directory (``crm.db.revision.MIGRATIONS`` patched to it)."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

import crm.db.models  # noqa: F401 - the tables on SQLModel.metadata
from crm.accounts.users import system_actor
from crm.db import migrate, open_store, revision, search
from crm.db.backup import list_backups
from crm.db.backup_policy import BackupPolicy
from crm.errors import StoreError
from crm.followups.activities import log_activity
from crm.leads.contacts import add_contact
from crm.leads.edit import create_lead
from tests.db.conftest import file_state
from tests.store_state import counts, snapshot

REVISION_9999 = '''
"""test revision: one more column on lead (a batch rebuild of the table on SQLite)"""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("lead", recreate="always" if sqlite else "auto") as batch:
        batch.add_column(sa.Column("test_extra", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("lead") as batch:
        batch.drop_column("test_extra")
'''


def _revision_9999() -> str:
    """The test revision, on top of the app's newest one."""
    return textwrap.dedent(REVISION_9999).replace("{head}", migrate.head_revision())


def schema_differences(engine) -> list:
    def include(obj, name, type_, reflected, compare_to):
        return not search.is_search_object(name)

    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include}
        )
        return compare_metadata(ctx, SQLModel.metadata)


def test_migrations_produce_the_models_schema(any_store):
    assert schema_differences(any_store.engine) == []
    assert migrate.current_revision(any_store.engine) == migrate.head_revision() == "0006"


def _stored_partial_indexes(engine) -> dict[str, str]:
    """Index name → its WHERE clause, as the database holds it (spaces, brackets and case
    taken out: PostgreSQL writes ``WHERE (note IS NOT NULL)``, SQLite keeps the text)."""
    if engine.dialect.name == "sqlite":
        sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    else:
        sql = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
    with engine.connect() as conn:
        rows = conn.execute(text(sql)).all()
    return {name: _plain(ddl.rpartition(" WHERE ")[2]) for name, ddl in rows if " WHERE " in ddl}


def _plain(clause: str) -> str:
    return "".join(ch for ch in clause.lower() if ch not in " ()")


def test_each_partial_index_of_the_models_is_partial_in_the_store(any_store):
    """The models keep a partial index's clause in ``info["where"]`` (crm.db.models.
    partial_index: no PostgreSQL dialect loaded at start); the comparison above does not
    look at WHERE clauses, so this does: each database holds exactly those, with that clause."""
    declared = {
        index.name: _plain(index.info["where"])
        for table in SQLModel.metadata.tables.values()
        for index in table.indexes
        if "where" in index.info
    }
    assert len(declared) == 8  # six designations, the leads to review, the moves with a note
    assert declared["ix_lead_needs_review"] == "needs_review"
    assert _stored_partial_indexes(any_store.engine) == declared


def test_the_comparison_notices_a_difference(store):
    """The check above can fail: an index dropped behind the models' back is found."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_lead_updated_at")
    diff = schema_differences(store.engine)
    assert [d[0] for d in diff] == ["add_index"]
    assert diff[0][1].name == "ix_lead_updated_at"


@pytest.fixture
def scripts_9999(tmp_path, monkeypatch):
    folder = tmp_path / "migrations"
    shutil.copytree(revision.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_test_extra.py").write_text(_revision_9999())
    monkeypatch.setattr(revision, "MIGRATIONS", folder)
    yield monkeypatch
    monkeypatch.undo()


def _fill(path) -> None:
    st = open_store(path)
    actor = system_actor(st)
    lead = create_lead(
        st,
        actor,
        {
            "company_name": "升级测试有限公司",
            "project_name": "升级",
            "field": "internet",
            "city": "future",
        },
    ).lead_id
    add_contact(st, actor, lead, {"name": "张三", "mobile": "13800001111"})
    log_activity(st, actor, lead, {"activity_type": "call", "summary": "电话沟通"})
    st.dispose()


def _dump(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_upgrade_copies_the_file_aside_first(store_path, tmp_path, monkeypatch):
    _fill(store_path)  # with the app's own schema
    app_head = migrate.head_revision()
    original = _dump(store_path)
    folder = tmp_path / "migrations"
    shutil.copytree(revision.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_test_extra.py").write_text(_revision_9999())
    monkeypatch.setattr(revision, "MIGRATIONS", folder)
    assert migrate.head_revision() == "9999"

    st = open_store(store_path)
    try:
        assert migrate.current_revision(st.engine) == "9999"
        assert "test_extra" in {c["name"] for c in inspect(st.engine).get_columns("lead")}
        after = counts(st)
        # the batch rebuild of lead ran with foreign keys off: no child row was cascaded away
        assert (after["lead"], after["contact"], after["activity"]) == (1, 1, 1)
        assert migrate.check(st.engine).ok
    finally:
        st.dispose()
    # a verified backup beside the store's other backups, not a .bak beside the store
    assert not list(store_path.parent.glob("*.bak"))
    backups = list_backups(BackupPolicy().folder_for(store_path))
    assert [(b.kind, b.verified, b.revision, b.counts) for b in backups] == [
        ("upgrade", True, app_head, {"lead": 1, "activity": 1, "contact": 1})
    ]
    assert _dump(backups[0].path) == original


def test_a_store_stamped_newer_is_refused_by_the_app(store_path, scripts_9999):
    st = open_store(store_path)  # upgraded to the test revision 9999
    st.dispose()
    scripts_9999.undo()  # the real app again: its own head
    assert migrate.head_revision() == "0006"  # pinned by value: the newest revision of the app
    before = file_state(store_path)
    with pytest.raises(StoreError) as err:
        open_store(store_path)
    en, zh = err.value.render("en"), err.value.render("zh_CN")
    assert str(store_path) in en and "newer version" in en and "9999" in en
    assert str(store_path) in zh and "9999" in zh
    assert file_state(store_path) == before


def test_no_upgrade_asked_names_the_command(store_path, scripts_9999):
    before = file_state(store_path)
    with pytest.raises(StoreError) as err:
        open_store(store_path, upgrade=False)
    assert "crm db upgrade" in err.value.render("en")
    assert "crm db upgrade" in err.value.render("zh_CN")
    assert file_state(store_path) == before


@pytest.mark.postgres
def test_postgres_upgrades_and_refuses_newer(pg_store, scripts_9999):
    url = pg_store.url.render_as_string(hide_password=False)
    pg_store.dispose()
    st = open_store(url)
    assert migrate.current_revision(st.engine) == "9999"
    st.dispose()
    scripts_9999.undo()
    with pytest.raises(StoreError) as err:
        open_store(url)
    assert "newer version" in err.value.render("en") and "9999" in err.value.render("zh_CN")


# ---------------------------------------------------------------- append-only audit log


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET new = 'forged'", "DELETE FROM audit_log"])
def test_the_audit_log_refuses_update_and_delete(any_store, any_people, sql):
    create_lead(
        any_store,
        any_people.wang,
        {
            "company_name": "审计测试有限公司",
            "project_name": "审计",
            "field": "health",
            "city": "zijingang",
        },
    )
    before = snapshot(any_store)
    assert before[0]["audit_log"] >= 2
    with pytest.raises(DBAPIError, match="append-only"), any_store.write() as s:
        s.connection().exec_driver_sql(sql)
    assert snapshot(any_store) == before


def test_a_store_at_0001_with_data_upgrades_to_weekly_snapshots(tmp_path):
    """0004 adds the closed weeks' tables; the rows of a store made at 0001 stay as they were
    (tests/db/test_migration_0005.py checks the leads column by column)."""
    from tests.db.test_migration_0005 import _fill_at_0001

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    filled = _fill_at_0001(engine)
    engine.dispose()
    st = open_store(path)  # upgrades (after a copy aside)
    try:
        assert migrate.current_revision(st.engine) == migrate.head_revision()
        assert {"week_report", "week_summary", "week_lead_state"} <= set(
            inspect(st.engine).get_table_names()
        )
        assert counts(st)["lead"] == len(filled["before"])
        assert schema_differences(st.engine) == []
    finally:
        st.dispose()
