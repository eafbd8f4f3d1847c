"""Revision 0005 (a lead's first-contact day and the 需核实 flag): a store at 0001 holding
leads upgrades with every row intact; an existing lead's first contact is the day it was
recorded (its creation, in UTC) and it is not flagged. SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from crm.accounts.users import system_actor
from crm.db import migrate, open_store
from crm.db.backup import list_backups
from crm.db.backup_policy import BackupPolicy
from crm.leadlist.query import LeadFilter, count_leads
from tests.conftest import PG_URL, REQUIRE_PG

# recorded late on 3 March in UTC: 4 March in Hangzhou, but the store counts days in UTC
CREATED = datetime(2026, 3, 3, 23, 30, tzinfo=UTC)


def _fill_at_0001(engine) -> dict:
    """Schema 0001 and one company with two leads, written with plain SQL (the app's models
    are already at the newer schema)."""
    migrate.run_upgrade(engine, "0001")
    meta = sa.MetaData()
    with engine.begin() as conn:
        ref = sa.Table("ref_item", meta, autoload_with=conn)
        company = sa.Table("company", meta, autoload_with=conn)
        lead = sa.Table("lead", meta, autoload_with=conn)
        user = sa.Table("app_user", meta, autoload_with=conn)
        ids = dict(conn.execute(sa.select(ref.c.kind + ":" + ref.c.code, ref.c.id)).all())
        owner = conn.execute(sa.select(user.c.id)).scalar_one()
        stamps = dict(version=1, created_at=CREATED, updated_at=CREATED)
        cid = conn.execute(
            company.insert().returning(company.c.id),
            dict(stamps, name="升级测试有限公司", name_norm="升级测试", name_sort="sjcs"),
        ).scalar_one()
        flags = dict.fromkeys(
            (
                "is_key",
                "is_hightech",
                "is_national_rd",
                "is_foreign",
                "policy_industry",
                "policy_talent",
                "policy_tech",
                "confidential",
            ),
            False,
        )
        rows = [
            dict(
                stamps,
                **flags,
                company_id=cid,
                project_name=name,
                business_type_id=ids["business_type:new"],
                field_id=ids["field:internet"],
                city_id=ids["city:future"],
                owner_id=owner,
                stage=stage,
                stage_date=date(2026, 3, 1),
                furthest_stage=stage,
                planned_investment=amount,
                notes="老台账导入",
            )
            for name, stage, amount in (("一期", "lead", 1200.0), ("二期", "contact", None))
        ]
        conn.execute(lead.insert(), rows)
        before = [
            tuple(r)
            for r in conn.execute(
                sa.select(
                    lead.c.id, lead.c.project_name, lead.c.stage, lead.c.planned_investment
                ).order_by(lead.c.id)
            )
        ]
    return {"before": before}


def _check_upgraded(url: str, before: list) -> None:
    st = open_store(url)
    try:
        assert migrate.current_revision(st.engine) == migrate.head_revision()
        with st.engine.connect() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT id, project_name, stage, planned_investment, first_contact_on, "
                    "needs_review FROM lead ORDER BY id"
                )
            ).all()
        assert [tuple(r[:4]) for r in rows] == before
        days = [r[4] if isinstance(r[4], date) else date.fromisoformat(r[4]) for r in rows]
        assert days == [date(2026, 3, 3), date(2026, 3, 3)]
        assert [bool(r[5]) for r in rows] == [False, False]
        actor = system_actor(st)
        day = LeadFilter(first_contact_from=date(2026, 3, 3), first_contact_to=date(2026, 3, 3))
        assert count_leads(st, actor, day) == 2
        assert count_leads(st, actor, LeadFilter(needs_review=True)) == 0
        # (the leads written by hand at 0001 have no search documents: not the upgrade's doing)
        problems = [p for p in migrate.check(st.engine).problems if "search index" not in p]
        assert problems == []
    finally:
        st.dispose()


def test_a_sqlite_store_at_0001_upgrades_with_its_leads(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    filled = _fill_at_0001(engine)
    engine.dispose()
    _check_upgraded(str(path), filled["before"])
    backups = list_backups(BackupPolicy().folder_for(path))
    assert [(b.kind, b.revision) for b in backups] == [("upgrade", "0001")], "copied aside first"


@pytest.mark.postgres
def test_a_postgres_store_at_0001_upgrades_with_its_leads():
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("CRM_TEST_REQUIRE_PG=1 but CRM_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server (set CRM_TEST_PG_URL)")
    admin_url = make_url(PG_URL).set(drivername="postgresql+psycopg")
    name = f"crm_m5_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name}")
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    try:
        engine = create_engine(url)
        filled = _fill_at_0001(engine)
        engine.dispose()
        _check_upgraded(url, filled["before"])
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()
