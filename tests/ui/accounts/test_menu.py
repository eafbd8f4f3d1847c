"""File ▸ Change my password…, Switch user…, Sign out, and who is signed in in the status bar:
switching asks the next person's password, unsaved lead forms are asked about first (and a
form kept open stops the switch), and signing out with nobody signing in quits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm.accounts import signin
from crm.ui.accounts.password_dialog import ChangePasswordDialog
from crm.ui.accounts.signin_dialog import SignInDialog
from crm.ui.typing_sim import type_text
from tests.ui.accounts.conftest import PW, when_shown
from tests.ui.conftest import close_quietly


def sign_in_as(qtbot, username, password):
    def answer(dlg: SignInDialog):
        type_text(dlg.username, username)
        type_text(dlg.password_edit, password)
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
        if dlg.isVisible():
            dlg.reject()

    return answer


@pytest.fixture
def signed_in(controller, team, no_keyring):
    """王五's window on a store where 王五 and 孙管理 sign in."""
    w = controller.build(team.wang)
    w.resize(1366, 768)
    w.show()
    yield w
    if controller.window is not None:
        close_quietly(controller.window)


def test_the_status_bar_names_the_person_and_role(signed_in, controller, team):
    assert signed_in.user_label.text() == "王五 · 招商专员（紫金港科技城）"
    admin = controller.build(team.admin)
    try:
        assert admin.user_label.text() == "孙管理 · 系统管理员（管委会）"
    finally:
        close_quietly(admin)
        controller.window = signed_in


def test_switch_user_asks_the_next_persons_password(signed_in, controller, team, qtbot):
    when_shown(SignInDialog, sign_in_as(qtbot, team.admin.username, PW))
    signed_in.account_actions.a_switch.trigger()
    new = controller.window
    assert new is not signed_in and new.ctx.actor.id == team.admin.id
    assert "people" in new.pages.page_keys()


def test_switch_user_cancelled_keeps_the_window(signed_in, controller, team):
    when_shown(SignInDialog, lambda dlg: dlg.reject())
    signed_in.account_actions.a_switch.trigger()
    assert controller.window is signed_in and signed_in.isVisible()


def test_unsaved_lead_form_is_asked_about_and_kept_open_stops_the_switch(
    signed_in, controller, team, qtbot, monkeypatch
):
    signed_in.new_lead()
    form = signed_in._forms[-1]
    type_text(form.editors["company_name"].widget, "正在输入的企业")
    asked = []

    def keep(dlg: QMessageBox):
        asked.append(dlg.text())
        dlg.button(QMessageBox.StandardButton.Cancel).click()

    when_shown(QMessageBox, keep)
    signed_in.account_actions.a_switch.trigger()
    assert asked == ["这条线索有尚未保存的修改。"]
    assert controller.window is signed_in and form.isVisible()
    assert form.editors["company_name"].raw() == "正在输入的企业"


def test_sign_out_then_nobody_signs_in_quits(signed_in, controller, monkeypatch):
    quit_called = []
    monkeypatch.setattr(controller.app, "quit", lambda: quit_called.append(True))
    when_shown(SignInDialog, lambda dlg: dlg.reject())
    signed_in.account_actions.a_sign_out.trigger()
    assert quit_called == [True] and not signed_in.isVisible()


def test_sign_out_and_sign_in_as_another(signed_in, controller, team, qtbot):
    seen = []

    def answer(dlg):
        seen.append((dlg.username.text(), dlg.parent()))
        sign_in_as(qtbot, team.admin.username, PW)(dlg)

    when_shown(SignInDialog, answer)
    signed_in.account_actions.a_sign_out.trigger()
    assert seen == [("", None)]  # no name filled in, no window behind it
    assert controller.window.ctx.actor.id == team.admin.id


def test_change_my_password_asks_the_old_one(signed_in, store, team, qtbot):
    seen = []

    def answer(dlg: ChangePasswordDialog):
        type_text(dlg.old_edit, "not-my-password")
        type_text(dlg.pair.first, "brand-new-pass")
        type_text(dlg.pair.second, "brand-new-pass")
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
        seen.append(dlg.error.text())
        dlg.old_edit.clear()
        type_text(dlg.old_edit, PW)
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)

    when_shown(ChangePasswordDialog, answer)
    signed_in.account_actions.a_password.trigger()
    assert seen == ["密码：当前密码不正确"]
    assert signin.sign_in(store, "王五", "brand-new-pass").actor.id == team.wang.id


def test_switch_and_sign_out_are_disabled_where_nobody_signs_in(window):
    actions = window.account_actions
    actions.update()  # as the File menu opens
    assert not actions.a_switch.isEnabled() and not actions.a_sign_out.isEnabled()
    assert "尚无人可以登录" in actions.a_switch.toolTip()
