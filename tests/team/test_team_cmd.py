"""crm team init and the command line on a team server (issue 15, item 2 and its bad input):
each fault one translated line and exit status 2."""

from __future__ import annotations

import uuid

import pytest

from crm.cli.main import main
from crm.team import logins

pytestmark = pytest.mark.postgres


@pytest.fixture
def empty_db(pg_template):
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


def test_init_then_sign_in_as_people(empty_db, monkeypatch, capsys):
    url, made = empty_db
    tag = uuid.uuid4().hex[:6]
    boss, wang = f"boss_{tag}", f"wang_{tag}"
    made += [boss, wang]
    owner_url = url.render_as_string(hide_password=False)
    plain = f"postgresql://{url.host}:{url.port or 5432}/{url.database}"
    monkeypatch.setenv("CRM_NEW_PASSWORD", "Guanli-2026x")
    assert main(["--lang", "en", "team", "init", owner_url, "--admin", boss]) == 0
    assert f"its first administrator is {boss}" in capsys.readouterr().out
    monkeypatch.setenv("CRM_PASSWORD", "Guanli-2026x")
    monkeypatch.setenv("CRM_NEW_PASSWORD", "Officer-2026x")
    args = ["--lang", "en", "--db", plain, "--user", boss, "user", "add", wang]
    assert main([*args, "--display-name", "王五", "--city", "紫金港科技城"]) == 0
    # 王五's one-time password lets them in only to choose their own
    monkeypatch.setenv("CRM_PASSWORD", "Officer-2026x")
    assert main(["--lang", "en", "--db", plain, "--user", wang, "user", "list"]) == 2
    assert "one-time password" in capsys.readouterr().err
    monkeypatch.setenv("CRM_NEW_PASSWORD", "Mine-2026xx")
    assert main(["--lang", "en", "--db", plain, "--user", wang, "user", "password"]) == 0
    monkeypatch.setenv("CRM_PASSWORD", "Mine-2026xx")
    capsys.readouterr()
    assert main(["--lang", "en", "--db", plain, "--user", wang, "user", "list"]) == 0
    assert "王五" in capsys.readouterr().out
    # a wrong password: one line, status 2
    monkeypatch.setenv("CRM_PASSWORD", "Officer-2026x")
    assert main(["--lang", "en", "--db", plain, "--user", wang, "user", "list"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "the name or the password is wrong" in err[0]


def test_init_says_whether_the_index_serves_searches(empty_db, monkeypatch, capsys):
    """As the test server's superuser the text-search match is (made) leakproof: the view is
    served by the index too. Where it is not (an owner with CREATEROLE only), init installs the
    masking view that reads every document, says so (the app's own searches still use the
    index) and what a superuser can do."""
    from sqlalchemy import create_engine

    from crm.team import security

    url, _made = empty_db
    owner_url = url.render_as_string(hide_password=False)
    assert main(["--lang", "en", "team", "init", owner_url]) == 0
    out = capsys.readouterr().out
    assert "Search: the index serves every search, the app's and other clients'." in out
    monkeypatch.setattr(security, "_leakproof_match", lambda _conn: False)
    assert main(["--lang", "en", "team", "init", owner_url]) == 0
    out = capsys.readouterr().out
    assert "roles and policies installed again" in out
    assert "the index serves the app's searches" in out
    assert "searching the view lead_search read every document" in out
    assert "ALTER FUNCTION ts_match_vq(tsvector, tsquery) LEAKPROOF" in out
    engine = create_engine(url.set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as conn:
            views = set(
                conn.exec_driver_sql(
                    "SELECT viewname FROM pg_views WHERE schemaname = 'crm_app'"
                ).scalars()
            )
    finally:
        engine.dispose()
    assert "lead_search" in views and "search_all" not in views


def test_a_server_backup_asks_the_password_once(team, monkeypatch, tmp_path, capsys):
    """At a terminal, ``--user NAME`` on a server asks for the password; db backup asked it
    twice (once to tell a server from a file, once more for pg_dump's URL). The owner's
    login, as a person's may not read every table (pg_dump is the administrator's)."""
    import getpass
    import sys

    monkeypatch.delenv("CRM_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    asked: list[str] = []
    monkeypatch.setattr(
        getpass, "getpass", lambda prompt: asked.append(prompt) or team.url.password
    )
    plain = f"postgresql://{team.url.host}:{team.url.port or 5432}/{team.url.database}"
    dump = tmp_path / "team.dump"
    args = ["--lang", "en", "--db", plain, "--user", team.url.username, "db", "backup"]
    code = main([*args, str(dump)])
    assert len(asked) == 1, asked
    assert code == 0, capsys.readouterr().err
    assert dump.stat().st_size > 0
