"""File ▸ Connect to team server… as a person uses it (issue 15, item 3): what went wrong is
said in the dialog and what was typed stays; a one-time password is replaced before going on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from crm.ui.team import secrets
from crm.ui.team.connect_dialog import ConnectDialog
from tests.team.conftest import PASSWORD

pytestmark = pytest.mark.postgres


@pytest.fixture
def dialog(window, qtbot):
    dlg = ConnectDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    return dlg


def fill(dlg, team, who: str, password: str) -> None:
    dlg.host.setText(team.url.host)
    dlg.port.setValue(team.url.port or 5432)
    dlg.database.setText(team.url.database)
    dlg.tls.setCurrentIndex(dlg.tls.findData("disable"))
    dlg.name.setText(team.names[who])
    dlg.password.setText(password)


def test_nothing_typed_is_said_in_the_dialog(dialog):
    dialog.host.clear()
    dialog.ok.click()
    assert dialog.error.isVisible() or not dialog.error.isHidden()
    assert "服务器：必须填写" in dialog.error.text()
    assert dialog.result() == 0


def test_a_wrong_password_is_said_and_the_typing_kept(dialog, team, qtbot):
    fill(dialog, team, "wang", "not-the-password")
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=8000)
    assert "拒绝登录：用户名或密码错误" in dialog.error.text()
    assert (dialog.name.text(), dialog.password.text()) == (team.names["wang"], "not-the-password")
    assert dialog.ok.isEnabled() and dialog.result() == 0


def test_connecting_gives_the_person_and_their_url(dialog, team, qtbot):
    fill(dialog, team, "wang", PASSWORD)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=8000)
    assert dialog.actor.id == team.ids["wang"]
    assert dialog.url.username == team.names["wang"]
    assert dialog.ctx.settings.get(dialog_settings().NAME) == team.names["wang"]


def test_a_one_time_password_is_replaced_first(dialog, team, qtbot):
    from crm.team.people import set_password

    set_password(team.store, team.names["li"], "Yici-2026xx", one_time=True)
    fill(dialog, team, "li", "Yici-2026xx")
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.new_password.isHidden(), timeout=8000)
    assert dialog.result() == 0
    dialog.new_password.setText("Ziji-2026xxx")
    dialog.again.setText("Ziji-2026xxx")
    dialog.ok.click()
    assert dialog.result() == 1
    assert dialog.url.password == "Ziji-2026xxx"
    from crm.team.session import sign_in_to_server

    store, actor, one_time = sign_in_to_server(dialog.url)
    store.dispose()
    assert (actor.id, one_time) == (team.ids["li"], False)


def test_remember_is_offered_only_with_a_keyring(window, qtbot, monkeypatch):
    monkeypatch.setattr(secrets, "available", lambda: False)
    dlg = ConnectDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    assert not dlg.remember.isEnabled()
    assert dlg.password.echoMode() == QLineEdit.EchoMode.Password


def dialog_settings():
    from crm.ui.team import connect_dialog

    return connect_dialog
