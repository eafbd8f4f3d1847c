"""``crm demo``: deterministic content, the bulk path's dates and instants in exactly the form
the ORM writes, and search documents identical to what the services would index."""

import hashlib
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Date, DateTime

from crm.accounts.users import system_actor
from crm.db import open_store, search
from crm.db.bulk import insert_rows
from crm.db.models import AuditLog, SQLModel
from crm.demo import generate
from crm.errors import UserError
from crm.leads.edit import create_lead

TODAY = date(2026, 5, 18)
MAIN_TABLES = ("company", "lead", "contact", "activity", "stage_change", "audit_log", "lead_fts")


def demo_cli(path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crm", "--db", str(path), "demo", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def main_tables_hash(path) -> str:
    h = hashlib.sha256()
    con = sqlite3.connect(path)
    for table in MAIN_TABLES:
        key = "rowid" if table == "lead_fts" else "id"
        cols = "rowid, pub, doc, people" if table == "lead_fts" else "*"
        for row in con.execute(f"SELECT {cols} FROM {table} ORDER BY {key}"):
            h.update(repr(row).encode())
    for row in con.execute(
        "SELECT username, display_name, role, city_id, manager_id FROM app_user ORDER BY id"
    ):
        h.update(repr(row).encode())
    con.close()
    return h.hexdigest()


def test_same_seed_and_day_give_identical_content(tmp_path):
    args = ("--leads", "150", "--activities", "1200", "--seed", "7", "--today", "2026-05-18")
    a, b, c = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "c.sqlite"
    for path, seed_args in ((a, args), (b, args), (c, (*args[:5], "8", *args[6:]))):
        done = demo_cli(path, *seed_args)
        assert done.returncode == 0, done.stderr
    assert main_tables_hash(a) == main_tables_hash(b)
    assert main_tables_hash(a) != main_tables_hash(c)


def content(path) -> list[tuple]:
    """What a reader of the store sees, people by their login names (not their ids)."""
    con = sqlite3.connect(path)
    leads = con.execute(
        "SELECT c.name, l.project_name, l.stage, l.stage_date, l.planned_investment,"
        " l.next_followup, l.last_activity_on, u.username FROM lead l"
        " JOIN company c ON c.id = l.company_id JOIN app_user u ON u.id = l.owner_id"
        " ORDER BY l.id"
    ).fetchall()
    acts = con.execute(
        "SELECT a.lead_id, a.occurred_on, a.summary, a.next_followup, u.username"
        " FROM activity a JOIN app_user u ON u.id = a.user_id ORDER BY a.id"
    ).fetchall()
    targets = con.execute("SELECT year, metric, value FROM target ORDER BY id").fetchall()
    con.close()
    return leads + acts + targets


def test_the_same_seed_gives_the_same_data_whoever_is_already_in_the_store(
    store, tmp_path, template_store
):
    """Loading demo data twice gave different figures (签约 322 then 338): the person signed in
    was drawn as one more officer of their city."""
    from crm.accounts.users import identify
    from crm.reference import reference
    from tests.conftest import copy_template

    other = tmp_path / "other.sqlite"
    copy_template(template_store, other)
    st = open_store(other)
    try:
        identify(st, "王五", reference(st).id_of("city", "zijingang"))
        generate(st, leads=200, activities=1500, seed=5, today=TODAY)
    finally:
        st.dispose()
    generate(store, leads=200, activities=1500, seed=5, today=TODAY)
    assert content(store.path) == content(other)


def test_the_officer_signed_in_follows_the_leads_of_a_demo_officer(store, people):
    """Loaded from the app, the demo gives the person signed in (an officer of 紫金港) the
    portfolio of that city's first demo officer: My day has something to show."""
    from crm.leadlist.query import LeadFilter, count_leads

    generate(store, leads=300, activities=2000, seed=3, today=TODAY, adopt=people.wang)
    mine = count_leads(store, people.wang, LeadFilter(owners=(people.wang.id,)))
    assert mine > 5
    con = sqlite3.connect(store.path)
    assert (
        con.execute("SELECT count(*) FROM app_user WHERE username = 'zijingang_1'").fetchone()[0]
        == 0
    )
    assert (
        con.execute("SELECT count(*) FROM app_user WHERE username = 'zijingang_2'").fetchone()[0]
        == 1
    )
    con.close()


@pytest.fixture
def demo(store):
    result = generate(store, leads=300, activities=3000, seed=3, today=TODAY)
    return store, result


def test_counts_and_a_plausible_spread(demo):
    store, result = demo
    assert (result.leads, result.activities) == (300, 3000)
    con = sqlite3.connect(store.path)
    assert con.execute("SELECT count(*) FROM lead").fetchone()[0] == 300
    assert con.execute("SELECT count(*) FROM activity").fetchone()[0] == 3000
    stages = dict(con.execute("SELECT stage, count(*) FROM lead GROUP BY stage").fetchall())
    assert set(stages) >= {"lead", "contact", "negotiation", "signed", "lost"}
    cities = con.execute("SELECT count(DISTINCT city_id) FROM lead").fetchone()[0]
    assert cities >= 3
    # some companies are followed twice (duplicates across cities), some follow-ups overdue
    twice = con.execute(
        "SELECT count(*) FROM (SELECT company_id FROM lead GROUP BY company_id HAVING count(*) > 1)"
    ).fetchone()[0]
    assert twice >= 1
    overdue = con.execute(
        "SELECT count(*) FROM lead WHERE next_followup < ? AND stage NOT IN ('lost', 'operating')",
        (TODAY.isoformat(),),
    ).fetchone()[0]
    assert overdue >= 10
    # signed projects carry the agreed investment and their first signing day
    bad = con.execute(
        "SELECT count(*) FROM lead WHERE stage IN ('signed','landed','construction','operating')"
        " AND (agreed_investment IS NULL OR first_signed_on IS NULL)"
    ).fetchone()[0]
    assert bad == 0
    con.close()


def test_this_years_targets_so_the_dashboard_measures_against_something(demo):
    """Targets per city × field for the demo's year, around the year's pace: the dashboard's
    progress shows some cells ahead and some behind, none without a target."""
    from crm.analytics.dashboard import dashboard

    store, _ = demo
    con = sqlite3.connect(store.path)
    years = con.execute("SELECT DISTINCT year FROM target").fetchall()
    assert years == [(TODAY.year,)]
    assert con.execute("SELECT count(*) FROM target WHERE city_id IS NULL").fetchone()[0] == 0
    con.close()
    board = dashboard(store, today=TODAY)
    assert board.has_targets
    ratios = [p.ratio for p in board.progress[(None, None)]]
    assert len(ratios) == 6
    assert all(r is not None for r in ratios), ratios
    # around the pace of the year elapsed (small demo counts round coarsely)
    assert all(0.4 < r / board.elapsed < 2.5 for r in ratios), (ratios, board.elapsed)


def test_refuses_a_store_that_already_holds_leads(demo):
    store, _ = demo
    with pytest.raises(UserError) as err:
        generate(store, leads=10, activities=0, seed=1, today=TODAY)
    assert "300" in err.value.render("en") and str(store.path) in err.value.render("zh_CN")


def test_bad_sizes_are_refused(store):
    with pytest.raises(UserError):
        generate(store, leads=-1, activities=0)
    with pytest.raises(UserError):
        generate(store, leads=0, activities=10)


ORM_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$")
ORM_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _columns(kind):
    for t in SQLModel.metadata.sorted_tables:
        for c in t.columns:
            impl = getattr(c.type, "impl", c.type)
            if isinstance(impl, kind) and not (kind is Date and isinstance(impl, DateTime)):
                yield t.name, c.name


def test_bulk_rows_store_dates_and_instants_as_the_orm_does(demo, people):
    store, _ = demo
    # a row written by the ORM, for reference
    create_lead(
        store,
        people.wang,
        {
            "company_name": "参照公司",
            "project_name": "参照",
            "field": "internet",
            "city": "zijingang",
        },
        today=TODAY,
    )
    con = sqlite3.connect(store.path)
    orm = con.execute(
        "SELECT created_at, stage_date FROM lead WHERE project_name = '参照'"
    ).fetchone()
    assert ORM_INSTANT.match(orm[0]) and ORM_DATE.match(orm[1])
    checked = 0
    for table, col in _columns(DateTime):
        for (value,) in con.execute(f"SELECT DISTINCT {col} FROM {table} WHERE {col} IS NOT NULL"):
            assert isinstance(value, str) and ORM_INSTANT.match(value), (table, col, value)
            checked += 1
    for table, col in _columns(Date):
        for (value,) in con.execute(f"SELECT DISTINCT {col} FROM {table} WHERE {col} IS NOT NULL"):
            assert isinstance(value, str) and ORM_DATE.match(value), (table, col, value)
            checked += 1
    assert checked > 1000
    con.close()


def test_bulk_insert_equals_orm_insert_byte_for_byte(store):
    """The same instant through insert_rows and through the ORM reads back as the same text."""
    at = datetime(2026, 5, 18, 9, 30, 15, 250, tzinfo=UTC)
    with store.write() as s:
        insert_rows(
            s.connection(),
            AuditLog.__table__,
            ("at", "txn", "entity", "entity_id", "action"),
            [(at, "bulk", "lead", 1, "create")],
        )
        s.add(AuditLog(at=at, txn="orm", entity="lead", entity_id=1, action="create"))
    con = sqlite3.connect(store.path)
    rows = dict(con.execute("SELECT txn, at FROM audit_log WHERE txn IN ('bulk', 'orm')"))
    con.close()
    assert rows["bulk"] == rows["orm"] == "2026-05-18 09:30:15.000250"


def test_bulk_refuses_what_the_orm_refuses_and_stores_days_alike(store):
    """A naive instant is refused on both paths; a datetime given for a day is its day."""
    from crm.db.models import StageChange

    with pytest.raises(ValueError), store.write() as s:
        insert_rows(
            s.connection(),
            AuditLog.__table__,
            ("at", "txn", "entity", "entity_id", "action"),
            [(datetime(2026, 5, 18, 9, 30), "naive", "lead", 1, "create")],
        )
    with pytest.raises(Exception), store.write() as s:  # noqa: B017 - the ORM's own error
        s.add(
            AuditLog(
                at=datetime(2026, 5, 18, 9, 30),
                txn="naive",
                entity="lead",
                entity_id=1,
                action="create",
            )
        )
    lead = create_lead(
        store,
        system_actor(store),
        {"company_name": "日期公司", "project_name": "日期", "field": "internet", "city": "future"},
    ).lead_id
    day = datetime(2026, 5, 18, 23, 30, tzinfo=UTC)
    with store.write() as s:
        insert_rows(
            s.connection(),
            StageChange.__table__,
            ("lead_id", "to_stage", "changed_on", "at", "note"),
            [(lead, "contact", day, day, "bulk")],
        )
        s.add(StageChange(lead_id=lead, to_stage="contact", changed_on=day, at=day, note="orm"))
    con = sqlite3.connect(store.path)
    rows = dict(con.execute("SELECT note, changed_on FROM stage_change WHERE note IS NOT NULL"))
    con.close()
    assert rows == {"bulk": "2026-05-18", "orm": "2026-05-18"}


def test_search_documents_equal_what_the_services_index(demo):
    """``crm db check --repair`` (search.reindex) must rebuild exactly the demo's documents."""
    store, _ = demo
    con = sqlite3.connect(store.path)
    before = con.execute("SELECT rowid, pub, doc, people FROM lead_fts ORDER BY rowid").fetchall()
    con.close()
    with store.write() as s:
        search.rebuild_all(s.connection())
    con = sqlite3.connect(store.path)
    after = con.execute("SELECT rowid, pub, doc, people FROM lead_fts ORDER BY rowid").fetchall()
    con.close()
    assert len(before) == 300
    assert before == after


def test_demo_opens_as_a_normal_store(tmp_path):
    """The command says what it wrote, the store holds exactly that, and it opens at the app's
    schema like any other store."""
    path = tmp_path / "fresh.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "crm", "--lang", "en", "--db", str(path), "demo",
         "--leads", "20", "--activities", "50", "--today", "2026-05-18"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    written, signing_in = done.stdout.strip().splitlines()
    said = re.fullmatch(
        r"(\d+) leads, (\d+) activities, (\d+) companies, (\d+) contacts, (\d+) users "
        r"written to (.+) in \d+\.\d s",
        written,
    )
    assert said is not None, done.stdout
    assert signing_in == (
        "Sign in as committee_1 (the administrator) or any demo person (crm user list) with the "
        "password demo-2026."
    )
    leads, activities, companies, contacts, users = map(int, said.groups()[:5])
    assert (leads, activities) == (20, 50)
    assert said.group(6) == str(path)
    con = sqlite3.connect(path)
    try:
        counted = [
            con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("lead", "activity", "company", "contact")
        ]
        people = con.execute("SELECT count(*) FROM app_user WHERE username != 'system'")
        assert counted == [leads, activities, companies, contacts]
        assert people.fetchone()[0] == users
    finally:
        con.close()
    assert 0 < companies <= 20 and contacts > 0 and users > 0
    st = open_store(path)
    try:
        from crm.db import migrate

        assert migrate.check(st.engine).ok
    finally:
        st.dispose()


def test_demo_people_sign_in_with_the_documented_password(tmp_path):
    from crm.accounts import signin
    from crm.demo.people import DEMO_PASSWORD

    st = open_store(tmp_path / "demo.sqlite")
    try:
        generate(st, leads=20, activities=40, today=date(2026, 5, 20))
        admin = signin.sign_in(st, "committee_1", DEMO_PASSWORD)
        assert admin.actor.administers and not admin.must_change_password
        officer = signin.sign_in(st, "future_1", DEMO_PASSWORD).actor
        assert (officer.role, officer.administers) == ("officer", False)
        with pytest.raises(signin.SignInError):
            signin.sign_in(st, "future_1", "demo-2025")
    finally:
        st.dispose()


def test_demo_data_loaded_by_a_person_without_a_password_gives_nobody_one(tmp_path):
    from crm.accounts import signin

    st = open_store(tmp_path / "solo.sqlite")
    try:
        me = signin.first_admin(st, "zhangsan", "张三")  # a one-person store, no password
        generate(st, leads=20, activities=40, today=date(2026, 5, 20), adopt=me)
        # nobody can sign in, so nobody is locked out of their own store
        assert not signin.state(st).needs_sign_in
    finally:
        st.dispose()


def test_an_officer_cannot_fill_a_team_servers_empty_pool(any_store, any_people):
    """The shared pool's demo data is its administrator's (crm.accounts.permissions.
    load_demo); in a store file of one's own anyone may try the app with it."""
    from crm.errors import PermissionDenied
    from crm.leadlist.query import LeadFilter, count_leads

    if any_store.is_sqlite:
        generate(any_store, leads=20, activities=40, today=TODAY, adopt=any_people.wang)
        assert count_leads(any_store, any_people.admin, LeadFilter()) == 20
        return
    with pytest.raises(PermissionDenied):
        generate(any_store, leads=20, activities=40, today=TODAY, adopt=any_people.wang)
    assert count_leads(any_store, any_people.admin, LeadFilter()) == 0
    generate(any_store, leads=20, activities=40, today=TODAY, adopt=any_people.admin)
    assert count_leads(any_store, any_people.admin, LeadFilter()) == 20
