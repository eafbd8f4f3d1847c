"""Revision 0006 (the companies' designations and their two lists; attachments): a store at
0001 holding a company with two leads upgrades with its rows intact, the company without any
designation, the lists seeded once, and the attachment tables ready (a file kept and read
back). SQLite (a batch rebuild of the company table, its leads untouched) and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from crm.accounts.users import system_actor
from crm.attachments import files as attachments
from crm.db import migrate, open_store
from crm.leadlist.query import LeadFilter, count_leads
from tests.conftest import PG_URL, REQUIRE_PG
from tests.db.test_migration_0005 import _fill_at_0001


def _check_upgraded(url: str, before: list, tmp_path) -> None:
    st = open_store(url)
    try:
        assert migrate.current_revision(st.engine) == migrate.head_revision()
        with st.engine.connect() as conn:
            leads = conn.execute(
                sa.text("SELECT id, project_name, stage, planned_investment FROM lead ORDER BY id")
            ).all()
            company = conn.execute(
                sa.text(
                    "SELECT name, fortune500, china500, listed, listed_where, unicorn_id, "
                    "srdi_id, gazelle FROM company"
                )
            ).one()
            lists = conn.execute(
                sa.text(
                    "SELECT kind, code FROM ref_item WHERE kind IN ('unicorn', 'srdi') "
                    "ORDER BY kind, sort_order"
                )
            ).all()
        assert [tuple(r) for r in leads] == before
        assert tuple(company) == ("升级测试有限公司", False, False, False, None, None, None, False)
        assert [tuple(r) for r in lists] == [
            ("srdi", "national"),
            ("srdi", "provincial"),
            ("unicorn", "unicorn"),
            ("unicorn", "quasi_unicorn"),
        ]
        actor = system_actor(st)
        assert count_leads(st, actor, LeadFilter(designations=("listed",))) == 0
        assert count_leads(st, actor, LeadFilter()) == 2
        source = tmp_path / "协议.pdf"
        source.write_bytes(b"%PDF-1.4 upgraded")
        kept = attachments.add_file(st, actor, before[0][0], source).attachment
        assert attachments.read_bytes(st, actor, kept.id) == b"%PDF-1.4 upgraded"
        problems = [p for p in migrate.check(st.engine).problems if "search index" not in p]
        assert problems == []
    finally:
        st.dispose()


def test_a_sqlite_store_at_0001_upgrades_to_0006(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    filled = _fill_at_0001(engine)
    engine.dispose()
    _check_upgraded(str(path), filled["before"], tmp_path)


@pytest.mark.postgres
def test_a_postgres_store_at_0001_upgrades_to_0006(tmp_path):
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("CRM_TEST_REQUIRE_PG=1 but CRM_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server (set CRM_TEST_PG_URL)")
    admin_url = make_url(PG_URL).set(drivername="postgresql+psycopg")
    name = f"crm_m6_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name}")
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    try:
        engine = create_engine(url)
        filled = _fill_at_0001(engine)
        engine.dispose()
        _check_upgraded(url, filled["before"], tmp_path)
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()
