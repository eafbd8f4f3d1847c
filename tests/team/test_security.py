"""The guard survives what changes a team server's schema (issue 15, items 1 and bad input):
installed again it is the same, and a person's login meeting an older schema is told that
the owner upgrades it, and changes nothing."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from crm.db import open_store
from crm.errors import StoreError
from crm.team import security

pytestmark = pytest.mark.postgres


def _connect(team, who):
    url = team.url_of(who)
    return psycopg.connect(
        host=url.host,
        dbname=url.database,
        user=url.username,
        password=url.password,
        autocommit=True,
    )


def test_installing_again_keeps_the_guard(team):
    with team.store.engine.begin() as conn:
        security.apply(conn)
    with _connect(team, "wang") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_log")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT project_name FROM public.lead")
        assert conn.execute("SELECT count(*) FROM lead").fetchone() == (0,)


def test_an_older_schema_is_the_owners_to_upgrade(team):
    with team.store.engine.begin() as conn:
        head = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        conn.execute(text("UPDATE alembic_version SET version_num = '0004'"))
    try:
        with pytest.raises(StoreError) as caught:
            open_store(team.url_of("wang").render_as_string(hide_password=False))
        assert "its administrator upgrades it first" in caught.value.message.render("en")
        with team.store.connect() as conn:
            still = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert still == "0004"
    finally:
        with team.store.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": head})
