"""People on a team server (issue 15): who can sign in is what the server says of their
login, not the store's password hashes (a server store keeps none), in the service and in
``crm user list``."""

from __future__ import annotations

import pytest

from crm.accounts import admin as accounts
from crm.cli.main import main
from crm.team.people import people
from crm.team.session import server_actor
from tests.team.conftest import PASSWORD

pytestmark = pytest.mark.postgres


def states(team) -> dict[str, bool]:
    owner, _ = server_actor(team.store)
    return {p.username: p.can_sign_in for p in people(team.store, owner)}


def test_people_with_a_login_can_sign_in(team):
    owner, _ = server_actor(team.store)
    # the store's own view (no password hashes on a server) says nobody can: the defect
    assert not any(p.can_sign_in for p in accounts.people(team.store, owner))
    seen = states(team)
    assert all(seen[name] for name in team.names.values())
    # the first administrator is the URL's login (the server's owner): it signs in too
    assert seen[team.url.username] is True


def test_a_login_refused_disabled_or_missing_cannot_sign_in(team):
    owner, _ = server_actor(team.store)
    with team.store.connect() as conn:
        conn.exec_driver_sql(f'ALTER ROLE "{team.names["li"]}" NOLOGIN')
        conn.exec_driver_sql(f"ALTER ROLE \"{team.names['staff']}\" VALID UNTIL '2020-01-01'")
        conn.commit()
    # disabled: the server takes the login out of its group, so it may not connect
    accounts.set_active(team.store, owner, team.ids["mgr_fut"], False)
    # added without a login (crm user add --no-password)
    accounts.add_person(
        team.store, owner, f"nologin_{team.tag}", "没有登录", "officer", team.cities["future"]
    )
    seen = states(team)
    assert seen[team.names["li"]] is False
    assert seen[team.names["staff"]] is False
    assert seen[team.names["mgr_fut"]] is False
    assert seen[f"nologin_{team.tag}"] is False
    assert seen[team.names["wang"]] is True and seen[team.names["admin"]] is True


def test_user_list_on_a_server_says_who_cannot_sign_in(team, monkeypatch, capsys):
    owner, _ = server_actor(team.store)
    accounts.add_person(
        team.store, owner, f"nologin_{team.tag}", "没有登录", "officer", team.cities["future"]
    )
    url = team.url
    plain = f"postgresql://{url.host}:{url.port or 5432}/{url.database}"
    monkeypatch.setenv("CRM_PASSWORD", PASSWORD)
    args = ["--lang", "en", "--db", plain, "--user", team.names["admin"], "user", "list"]
    assert main(args) == 0
    lines = {line.split("\t")[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "cannot sign in" in lines[f"nologin_{team.tag}"]
    for name in team.names.values():
        assert "cannot sign in" not in lines[name]


def test_changing_ones_own_password_changes_the_login_checked_by_the_server(team):
    from crm.db import open_store
    from crm.errors import StoreError, ValidationError
    from crm.team.people import change_password

    def signs_in(password: str) -> bool:
        try:
            st = open_store(team.url_of("wang", password).render_as_string(hide_password=False))
            st.dispose()
        except StoreError:
            return False
        return True

    wang = team.open_as("wang")
    try:
        actor, _ = server_actor(wang)
        with pytest.raises(ValidationError) as refused:
            change_password(wang, actor, "not-my-password", "Xinmima-2027")
        assert [e.message.text for e in refused.value.errors] == ["the current password is wrong"]
        assert signs_in(PASSWORD) and not signs_in("Xinmima-2027")  # nothing changed
        change_password(wang, actor, PASSWORD, "Xinmima-2027")
    finally:
        wang.dispose()
    assert signs_in("Xinmima-2027")
    assert not signs_in(PASSWORD)
