"""crm db copy --to URL (issue 15, item 2): a SQLite store onto an empty server, checked
table by table; people get logins with one-time passwords; a non-empty target is refused and
a failed copy leaves the target empty."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from crm.accounts import admin as accounts
from crm.accounts.users import system_actor
from crm.errors import StoreError
from crm.leads.edit import create_lead
from crm.team import logins
from crm.team.copy import copy_store
from tests.services import TODAY, lead_data

pytestmark = pytest.mark.postgres


@pytest.fixture
def target(pg_template):
    admin, admin_url, _template = pg_template
    name = f"i15_{uuid.uuid4().hex[:10]}"
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name}")
    made: list[str] = []
    yield admin_url.set(database=name), made
    with admin.connect() as c:
        c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        for login in made:
            logins.drop_login(c, login)


def tables(conn) -> int:
    return conn.execute(
        "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', "
        "'information_schema')"
    ).fetchone()[0]


def test_copy_moves_every_row_and_gives_one_time_logins(store, target):
    url, made = target
    tag = uuid.uuid4().hex[:6]
    system = system_actor(store)
    city = store_city(store)
    officer, _ = accounts.add_person(store, system, f"wang_{tag}", "王五", "officer", city)
    made.append(officer.username)
    for n in range(3):
        create_lead(
            store,
            system,
            lead_data(company_name=f"杭州{n}号科技有限公司", owner=officer.id, notes="备注"),
            today=TODAY,
        )
    result = copy_store(store, url.render_as_string(hide_password=False))
    assert result.tables["lead"] == 3
    assert result.tables["app_user"] == 2  # the app itself and 王五
    assert list(result.passwords) == [officer.username]
    # 王五 signs in with the one-time password and must choose their own
    with psycopg.connect(
        host=url.host,
        dbname=url.database,
        user=officer.username,
        password=result.passwords[officer.username],
    ) as conn:
        row = conn.execute(
            "SELECT must_change_password FROM app_user WHERE username = session_user"
        ).fetchone()
        assert row == (True,)
        assert conn.execute("SELECT count(*) FROM lead WHERE notes = '备注'").fetchone() == (3,)
    # a second copy into the same database is refused, and changes nothing
    with pytest.raises(StoreError) as caught:
        copy_store(store, url.render_as_string(hide_password=False))
    assert "not empty" in caught.value.message.render("en")


def test_a_failed_copy_leaves_the_target_empty(store, target, monkeypatch):
    url, _made = target
    from crm.team import copy as copy_module

    def broken(*_args, **_kwargs):
        raise copy_module.CopyMismatch("lead")

    monkeypatch.setattr(copy_module, "_logins", broken)
    with pytest.raises(StoreError) as caught:
        copy_store(store, url.render_as_string(hide_password=False))
    assert "rolled back" in caught.value.message.render("en")
    with psycopg.connect(
        host=url.host, dbname=url.database, user=url.username, password=url.password
    ) as conn:
        assert tables(conn) == 0


def store_city(store) -> int:
    from crm.reference import reference

    return reference(store).id_of("city", "zijingang")


def test_a_row_that_differs_rolls_the_copy_back(store, target, monkeypatch):
    url, _made = target
    from crm.team import copy as copy_module

    system = system_actor(store)
    create_lead(store, system, lead_data(notes="原来的备注"), today=TODAY)
    real = copy_module._copy_table

    def altered(src, dst, table):
        later = real(src, dst, table)
        if table.name == "lead":  # a value changed on the way
            dst.exec_driver_sql("UPDATE lead SET notes = '变了'")
        return later

    monkeypatch.setattr(copy_module, "_copy_table", altered)
    with pytest.raises(StoreError) as caught:
        copy_store(store, url.render_as_string(hide_password=False))
    assert "the table lead on the server differs" in caught.value.message.render("en")
    with psycopg.connect(
        host=url.host, dbname=url.database, user=url.username, password=url.password
    ) as conn:
        assert tables(conn) == 0
