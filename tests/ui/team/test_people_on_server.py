"""The People page on a team server (issue 15): an administrator sees who can sign in as the
server says (its logins), not "cannot sign in" for everyone (a server store keeps no password
hashes)."""

from __future__ import annotations

import pytest

from crm.team.session import server_actor
from crm.ui.accounts.people_model import COLUMNS
from crm.ui.app import AppController
from crm.ui.settings import Settings
from tests.ui.conftest import close_quietly


@pytest.mark.postgres
def test_the_people_page_shows_the_servers_logins(team, app, tmp_path, qtbot):
    with team.store.connect() as conn:
        conn.exec_driver_sql(f'ALTER ROLE "{team.names["li"]}" NOLOGIN')
        conn.commit()
    store = team.open_as("admin")
    actor, _ = server_actor(store)
    w = AppController(app, store, Settings(str(tmp_path / "ui.ini"))).build(actor)
    try:
        w.show()
        w.show_page("people")
        page = w.people_page
        cells = {}
        for r in range(page.proxy.rowCount()):
            name = page.proxy.index(r, COLUMNS.index("username")).data()
            cells[name] = page.proxy.index(r, COLUMNS.index("password")).data()
        assert cells[team.names["wang"]] == "已设置"
        assert cells[team.names["admin"]] == "已设置"
        assert cells[team.names["li"]] == "无（不能登录）"
    finally:
        w.team_menu.live.stop()
        close_quietly(w)
        store.dispose()
