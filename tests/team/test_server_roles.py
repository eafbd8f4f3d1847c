"""The server enforces the roles (issue 15, item 1): each person's own login, connected with
psycopg as any SQL client would, is refused what DOMAIN.md's "Who may do what" forbids — by
the server, whatever the app checks — and allowed what it allows.

The data: 紫金港 lead Z (王五's, confidential "紫金秘密工厂", codename Z计划, contact 13900002222)
and 未来 lead F (李四's, confidential "未来秘密工厂", codename F计划, contact 13800001111)."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from crm.leads.contacts import add_contact
from crm.leads.edit import create_lead
from crm.team.session import server_actor
from tests.services import TODAY, lead_data

pytestmark = pytest.mark.postgres


@pytest.fixture
def pool(team):
    owner, _ = server_actor(team.store)
    leads = {}
    for key, city, who, name, code, phone in (
        ("Z", "zijingang", "wang", "紫金秘密工厂", "Z计划", "13900002222"),
        ("F", "future", "li", "未来秘密工厂", "F计划", "13800001111"),
    ):
        data = lead_data(
            company_name=f"杭州{code}科技有限公司",
            project_name=name,
            city=city,
            owner=team.ids[who],
            confidential=True,
            codename=code,
            notes=f"{name}的备注",
        )
        lead_id = create_lead(team.store, owner, data, today=TODAY).lead_id
        add_contact(team.store, owner, lead_id, {"name": "张经理", "mobile": phone})
        leads[key] = lead_id
    return leads


def connect(team, who: str) -> psycopg.Connection:
    url = team.url_of(who)
    return psycopg.connect(
        host=url.host,
        port=url.port or 5432,
        dbname=url.database,
        user=url.username,
        password=url.password,
        autocommit=True,
    )


def refused(conn: psycopg.Connection, sql: str, params=()) -> bool:
    try:
        conn.execute(sql, params)
    except errors.InsufficientPrivilege:
        return True
    return False


def test_officer_changes_only_own_city_or_own_leads(team, pool):
    with connect(team, "wang") as conn:
        # another city's lead: refused through the app's view, silently untouched in the table
        assert refused(conn, "UPDATE lead SET notes = 'x' WHERE id = %s", (pool["F"],))
        cur = conn.execute("UPDATE public.lead SET stage = 'lost' WHERE id = %s", (pool["F"],))
        assert cur.rowcount == 0
        assert refused(conn, "DELETE FROM lead WHERE id = %s", (pool["F"],))
        # moving one's own lead into another city is a manager's hand-over
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE public.lead SET city_id = %s, owner_id = %s WHERE id = %s",
                (team.cities["future"], team.ids["li"], pool["Z"]),
            )
        # a new lead of another city
        assert refused(
            conn,
            "INSERT INTO lead (company_id, project_name, business_type_id, field_id, city_id,"
            " owner_id, stage, stage_date) SELECT company_id, 'x', business_type_id, field_id,"
            " %s, owner_id, stage, stage_date FROM lead WHERE id = %s",
            (team.cities["future"], pool["Z"]),
        )
        # allowed: their own city's lead
        conn.execute("UPDATE lead SET notes = '已更新' WHERE id = %s", (pool["Z"],))
        assert conn.execute("SELECT notes FROM lead WHERE id = %s", (pool["Z"],)).fetchone() == (
            "已更新",
        )
    with team.store.connect() as owner:
        row = owner.exec_driver_sql(f"SELECT notes, stage FROM lead WHERE id = {pool['F']}").one()
    assert row == ("未来秘密工厂的备注", "lead")


def test_other_cities_contacts_and_confidential_names_are_not_selectable(team, pool):
    with connect(team, "wang") as conn:
        phones = [r[0] for r in conn.execute("SELECT mobile FROM public.contact")]
        assert phones == ["13900002222"]
        assert conn.execute(
            "SELECT count(*) FROM contact WHERE lead_id = %s", (pool["F"],)
        ).fetchone() == (0,)
        names = dict(conn.execute("SELECT id, project_name FROM lead").fetchall())
        assert names == {pool["Z"]: "紫金秘密工厂", pool["F"]: "F计划"}
        notes = conn.execute("SELECT notes FROM lead WHERE id = %s", (pool["F"],)).fetchone()
        assert notes == (None,)
        # the table itself: the masked columns are granted to no app role
        assert refused(conn, "SELECT project_name FROM public.lead")
        assert refused(conn, "SELECT notes FROM public.lead WHERE id = %s", (pool["F"],))
        # nor through the search index: the name's characters find only the own city's lead
        found = conn.execute(
            "SELECT lead_id FROM lead_search WHERE doc @@ '秘 <-> 密'::tsquery ORDER BY lead_id"
        ).fetchall()
        assert found == [(pool["Z"],)]
        assert refused(conn, "SELECT doc FROM public.lead_search")
        assert conn.execute(
            "SELECT count(*) FROM lead_search WHERE alltext @@ '13800001111'::tsquery"
        ).fetchone() == (0,)
    with connect(team, "mgr_fut") as conn:
        names = dict(conn.execute("SELECT id, project_name FROM lead").fetchall())
        assert names == {pool["Z"]: "紫金秘密工厂", pool["F"]: "未来秘密工厂"}
        assert len(conn.execute("SELECT mobile FROM contact").fetchall()) == 2
    for who in ("staff", "admin"):
        with connect(team, who) as conn:
            assert conn.execute("SELECT count(*) FROM contact").fetchone() == (0,)
            names = dict(conn.execute("SELECT id, project_name FROM lead").fetchall())
            assert names == {pool["Z"]: "Z计划", pool["F"]: "F计划"}


@pytest.mark.parametrize("who", ["wang", "li", "mgr_fut", "staff", "admin"])
def test_audit_log_is_insert_only_for_every_app_role(team, pool, who):
    with connect(team, who) as conn:
        before = conn.execute("SELECT count(*) FROM audit_log").fetchone()
        assert refused(conn, "DELETE FROM audit_log")
        assert refused(conn, "UPDATE audit_log SET new = 'x'")
        assert refused(conn, "TRUNCATE audit_log")
        # allowed: a row in one's own name; forging another's name is refused
        conn.execute(
            "INSERT INTO audit_log (at, user_id, txn, entity, entity_id, action) "
            "VALUES (now(), %s, 't', 'lead', 1, 'export')",
            (team.ids[who],),
        )
        other = team.ids["li" if who != "li" else "wang"]
        assert refused(
            conn,
            "INSERT INTO audit_log (at, user_id, txn, entity, entity_id, action) "
            "VALUES (now(), %s, 't', 'lead', 1, 'export')",
            (other,),
        )
        after = conn.execute("SELECT count(*) FROM audit_log").fetchone()
        assert after[0] == before[0] + 1


@pytest.mark.parametrize("who", ["wang", "mgr_fut", "staff", "admin"])
def test_no_app_role_may_change_the_guard(team, pool, who):
    with connect(team, who) as conn:
        for sql in (
            "ALTER POLICY lead_read ON public.lead USING (true)",
            "DROP POLICY lead_officer_update ON public.lead",
            "ALTER TABLE public.lead DISABLE ROW LEVEL SECURITY",
            "CREATE POLICY mine ON public.contact FOR SELECT USING (true)",
            "CREATE OR REPLACE VIEW crm_app.lead AS SELECT * FROM public.company",
            "GRANT crm_manager TO CURRENT_USER",
            "ALTER ROLE CURRENT_USER CREATEROLE",
        ):
            with pytest.raises((errors.InsufficientPrivilege, errors.InvalidParameterValue)):
                conn.execute(sql)
        if who != "admin":  # an administrator gives logins (crm user add)
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(
                    "SELECT crm_app.set_login(%s, 'SCRAM-SHA-256$4096:x$y:z', false)",
                    (team.names["li"],),
                )


def test_set_role_cannot_borrow_anothers_rights(team, pool):
    """The row rules read the person by session_user, which SET ROLE does not change."""
    with connect(team, "wang") as conn:
        conn.execute("SET ROLE crm_officer")
        assert refused(conn, "UPDATE lead SET notes = 'x' WHERE id = %s", (pool["F"],))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SET ROLE crm_manager")


def test_managers_report_staff_and_admins(team, pool):
    with connect(team, "mgr_fut") as conn:
        conn.execute("UPDATE lead SET notes = '经理改' WHERE id = %s", (pool["F"],))
        assert refused(conn, "UPDATE lead SET notes = 'x' WHERE id = %s", (pool["Z"],))
    with connect(team, "staff") as conn:
        assert refused(conn, "UPDATE lead SET notes = 'x' WHERE id = %s", (pool["F"],))
        assert refused(conn, "UPDATE public.lead SET stage = 'lost'")
        assert refused(conn, "INSERT INTO target (year, metric, value) VALUES (2026, 'jobs', 1)")
    with connect(team, "admin") as conn:
        # an administrator hands a leaving officer's leads to another, and changes nothing else
        conn.execute(
            "UPDATE public.lead SET owner_id = %s WHERE id = %s", (team.ids["li"], pool["Z"])
        )
        assert refused(conn, "UPDATE public.lead SET stage = 'lost' WHERE id = %s", (pool["Z"],))
    with team.store.connect() as owner:
        rows = owner.exec_driver_sql(
            f"SELECT id, notes, owner_id, stage FROM lead WHERE id IN ({pool['Z']}, {pool['F']})"
            " ORDER BY id"
        ).all()
    assert [tuple(r) for r in rows] == [
        (pool["Z"], "紫金秘密工厂的备注", team.ids["li"], "lead"),
        (pool["F"], "经理改", team.ids["li"], "lead"),
    ]


def test_a_role_change_in_the_app_moves_the_login_to_its_group(team, pool):
    from crm.accounts.admin import set_role

    owner, _ = server_actor(team.store)
    set_role(team.store, owner, team.ids["staff"], role="manager", city_id=None)
    with connect(team, "staff") as conn:
        conn.execute("UPDATE lead SET notes = '升任经理' WHERE id = %s", (pool["F"],))
        groups = {
            r[0]
            for r in conn.execute(
                "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = current_user"
            )
        }
    assert groups == {"crm_manager"}


def test_an_error_cannot_reveal_a_masked_document(team, pool):
    """A cast that fails quotes the value it read: through the security barrier it only ever
    reads what the person may see (the codename), never the project's own name."""
    with connect(team, "wang") as conn:
        for column in ("doc", "alltext"):
            with pytest.raises(psycopg.errors.InvalidTextRepresentation) as caught:
                conn.execute(
                    f"SELECT 1 FROM lead_search WHERE lead_id = %s AND ({column}::text)::int = 0",
                    (pool["F"],),
                )
            assert "计" in str(caught.value) and "秘" not in str(caught.value)


def test_search_follows_a_hand_over_to_another_city(team, pool):
    """The search rows' copy of their lead's city follows the lead (a trigger on the server)."""
    find = "SELECT lead_id FROM lead_search WHERE doc @@ '紫 <-> 金 <-> 秘'::tsquery"
    with connect(team, "li") as conn:
        assert conn.execute(find).fetchall() == []
    with team.store.connect() as owner:
        owner.exec_driver_sql(
            f"UPDATE lead SET city_id = {team.cities['future']}, owner_id = {team.ids['li']} "
            f"WHERE id = {pool['Z']}"
        )
        owner.commit()
    with connect(team, "li") as conn:
        assert conn.execute(find).fetchall() == [(pool["Z"],)]
    with connect(team, "wang") as conn:
        assert conn.execute(find).fetchall() == []


def test_targets_and_settings_are_written_in_scope(team, pool):
    """The server holds the app's scoped rules (crm.accounts.permissions.manage_targets and
    corridor_settings) for any client: a city manager writes their city's targets only, and
    no corridor-wide setting; an administrator writes all."""
    future, zijingang = team.cities["future"], team.cities["zijingang"]
    insert = (
        "INSERT INTO target (year, metric, value, city_id, version, created_at, updated_at) "
        "VALUES (2026, 'jobs', %s, %s, 1, now(), now())"
    )
    with connect(team, "mgr_fut") as conn:
        conn.execute(insert, (100, future))
        assert refused(conn, insert, (200, zijingang))
        assert refused(conn, insert, (300, None))  # the corridor's own target
        assert refused(
            conn,
            "INSERT INTO setting (key, value, version, created_at, updated_at) "
            "VALUES ('followup.overdue_days', '9', 1, now(), now())",
        )
    with connect(team, "admin") as conn:
        conn.execute(insert, (400, zijingang))
    with connect(team, "mgr_fut") as conn:
        done = conn.execute("UPDATE target SET value = 1 WHERE city_id = %s", (zijingang,))
        assert done.rowcount == 0  # another city's target: not theirs to see for writing
    with team.store.connect() as owner:
        rows = owner.exec_driver_sql(
            "SELECT city_id, value FROM target WHERE year = 2026 ORDER BY value"
        ).all()
    assert [tuple(r) for r in rows] == [(future, 100.0), (zijingang, 400.0)]
