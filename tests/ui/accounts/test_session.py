"""Who signs in, as a person meets it: a new store names its first administrator; a store
nobody can sign in to opens as its one person or lets one of several claim it; otherwise the
sign-in dialog (a generic failure, the growing pause counted down), a one-time password
changed before the window opens, and "remember me" in the OS keyring."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from crm.accounts import signin
from crm.accounts.admin import reset_password
from crm.accounts.users import system_actor
from crm.db import open_store
from crm.db.models import utcnow
from crm.ui.accounts import remember
from crm.ui.accounts.first_run import ClaimAdminDialog, FirstAdminDialog
from crm.ui.accounts.password_dialog import ChangePasswordDialog
from crm.ui.accounts.session import who_signs_in
from crm.ui.accounts.signin_dialog import SignInDialog
from crm.ui.settings import Settings
from crm.ui.typing_sim import type_text
from tests.ui.accounts.conftest import PW, add, visible, when_shown


@pytest.fixture
def settings(tmp_path):
    return Settings(str(tmp_path / "ui.ini"))


@pytest.fixture
def empty(tmp_path):
    st = open_store(tmp_path / "new.sqlite")
    yield st
    st.dispose()


def sign_in_as(qtbot, username, password, *, remember_me=False):
    def answer(dlg: SignInDialog):
        dlg.username.clear()
        type_text(dlg.username, username)
        type_text(dlg.password_edit, password)
        if remember_me:
            dlg.remember_box.setChecked(True)
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)

    return answer


def test_a_new_store_asks_once_for_its_first_administrator(app, empty, settings, qtbot):
    seen = []

    def answer(dlg: FirstAdminDialog):
        type_text(dlg.username, "zhangsan")
        type_text(dlg.display_name, "张三")
        dlg.city.setCurrentIndex(dlg.city.findText("未来科技城"))
        type_text(dlg.pair.first, PW)
        type_text(dlg.pair.second, PW + "x")
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
        seen.append(dlg.error.text())  # the two passwords differ: still open, nothing written
        seen.append(signin.state(empty).empty)
        dlg.pair.second.clear()
        type_text(dlg.pair.second, PW)
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)

    when_shown(FirstAdminDialog, answer)
    actor = who_signs_in(empty, settings)
    assert seen == ["两次输入的密码不一致。", True]
    assert (actor.username, actor.display_name, actor.is_admin) == ("zhangsan", "张三", True)
    assert signin.state(empty).needs_sign_in  # from now on, everyone signs in
    assert signin.sign_in(empty, "zhangsan", PW).actor.id == actor.id
    assert settings.get(remember.LAST_USERNAME, store=empty.describe()) == "zhangsan"


def test_the_first_administrator_cancelled_opens_nothing(app, empty, settings):
    when_shown(FirstAdminDialog, lambda dlg: dlg.reject())
    assert who_signs_in(empty, settings) is None
    assert signin.state(empty).empty


def test_a_one_person_store_without_a_password_opens_directly(app, empty, settings):
    admin = signin.first_admin(empty, "zhangsan", "张三")  # no password (as crm user add makes)
    assert who_signs_in(empty, settings) == admin
    assert visible(SignInDialog) is None


def test_an_older_store_of_several_people_lets_one_claim_it(app, store, people, settings, qtbot):
    def answer(dlg: ClaimAdminDialog):
        assert "任何人都可以冒充任何人" in dlg.intro.text()  # the reason, said plainly
        dlg.person.setCurrentIndex(dlg.person.findData(people.zhao.id))
        type_text(dlg.pair.first, PW)
        type_text(dlg.pair.second, PW)
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)

    when_shown(ClaimAdminDialog, answer)
    actor = who_signs_in(store, settings)
    assert (actor.id, actor.is_admin) == (people.zhao.id, True)
    assert signin.state(store).can_sign_in == 1
    with pytest.raises(signin.SignInError):  # 王五 has no password: he cannot sign in
        signin.sign_in(store, people.wang.username, PW)


def test_wrong_password_gives_the_generic_message_then_signs_in(
    app, store, team, settings, qtbot, no_keyring
):
    seen = []

    def answer(dlg: SignInDialog):
        sign_in_as(qtbot, "王五", "wrong-password")(dlg)
        seen.append((dlg.isVisible(), dlg.error.text(), dlg.password_edit.text()))
        sign_in_as(qtbot, "nobody", PW)(dlg)
        seen.append(dlg.error.text())
        sign_in_as(qtbot, "王五", PW)(dlg)

    when_shown(SignInDialog, answer)
    actor = who_signs_in(store, settings)
    assert actor.id == team.wang.id
    wrong = "用户名或密码不正确。"
    assert seen == [(True, wrong, ""), wrong]  # same words whichever was wrong


def test_the_growing_pause_is_counted_down_without_freezing(
    app, store, team, settings, qtbot, no_keyring
):
    now = utcnow()
    for ago in (40, 30, 20, 10, 0):  # five failures, each after the pause before it ended
        with pytest.raises(signin.SignInError) as err:
            signin.sign_in(store, "王五", "wrong-password", now=now - timedelta(seconds=ago))
        assert err.value.wait_s == 0
    assert signin.pause_s(5) == 4  # long enough to be met on a busy machine
    seen = []

    def answer(dlg: SignInDialog):
        sign_in_as(qtbot, "王五", PW)(dlg)  # the right password, but within the pause
        seen.append((dlg.ok.isEnabled(), dlg.error.text()))
        # the window keeps answering: the count reaches zero and the button comes back
        qtbot.waitUntil(lambda: dlg.ok.isEnabled(), timeout=8000)
        seen.append(dlg.error.isVisible())
        sign_in_as(qtbot, "王五", PW)(dlg)
        # signed in: the dialog is gone (if not, this fails and the dialog is closed, rather
        # than the test waiting on it for ever)
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)

    when_shown(SignInDialog, answer)
    actor = who_signs_in(store, settings)
    assert actor.id == team.wang.id
    assert seen[0][0] is False and "秒后再试" in seen[0][1]
    assert seen[1] is False


def test_a_one_time_password_is_changed_before_the_window_opens(
    app, store, team, settings, qtbot, no_keyring
):
    reset_password(store, system_actor(store), team.wang.id, "one-time-pw1")
    seen = []

    def change(dlg: ChangePasswordDialog):
        seen.append((dlg.forced, dlg.old_edit.isVisibleTo(dlg)))  # the old one is known
        type_text(dlg.pair.first, "my-own-pass-1")
        type_text(dlg.pair.second, "my-own-pass-1")
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)

    def answer(dlg):
        when_shown(ChangePasswordDialog, change)
        sign_in_as(qtbot, "王五", "one-time-pw1")(dlg)

    when_shown(SignInDialog, answer)
    actor = who_signs_in(store, settings)
    assert actor.id == team.wang.id and seen == [(True, False)]
    assert not signin.sign_in(store, "王五", "my-own-pass-1").must_change_password
    with pytest.raises(signin.SignInError):
        signin.sign_in(store, "王五", "one-time-pw1")


def test_refusing_to_change_a_one_time_password_opens_nothing(
    app, store, team, settings, qtbot, no_keyring
):
    reset_password(store, system_actor(store), team.wang.id, "one-time-pw1")

    def answer(dlg):
        when_shown(ChangePasswordDialog, lambda d: d.reject())
        sign_in_as(qtbot, "王五", "one-time-pw1")(dlg)

    when_shown(SignInDialog, answer)
    assert who_signs_in(store, settings) is None
    assert signin.sign_in(store, "王五", "one-time-pw1").must_change_password


def test_remember_me_keeps_the_password_in_the_keyring(
    app, store, team, settings, qtbot, memory_keyring
):
    when_shown(SignInDialog, sign_in_as(qtbot, "王五", PW, remember_me=True))
    assert who_signs_in(store, settings).id == team.wang.id
    assert memory_keyring.kept == {(remember.service(store.describe()), "王五"): PW}
    settings.sync()
    with open(settings._q.fileName(), encoding="utf-8") as fh:
        assert PW not in fh.read()
    # the next start signs in without a question
    assert who_signs_in(store, settings).id == team.wang.id
    assert visible(SignInDialog) is None
    # another store on this computer remembers nobody
    assert remember.recall(settings, "/elsewhere/other.sqlite") is None


def test_a_remembered_password_that_fails_falls_back_to_the_dialog(
    app, store, team, settings, qtbot, memory_keyring
):
    when_shown(SignInDialog, sign_in_as(qtbot, "王五", PW, remember_me=True))
    who_signs_in(store, settings)
    reset_password(store, system_actor(store), team.wang.id, "new-pass-by-admin", one_time=False)
    seen = []

    def answer(dlg: SignInDialog):
        seen.append((dlg.note.isVisibleTo(dlg), dlg.note.text(), dlg.username.text()))
        dlg.reject()

    when_shown(SignInDialog, answer)
    assert who_signs_in(store, settings) is None
    assert seen == [(True, "此电脑记住的密码已无法登录，请重新登录。", "王五")]
    assert memory_keyring.kept == {}  # the stale password is not tried again


def test_without_a_keyring_remember_me_is_disabled_and_says_why(
    app, store, team, settings, qtbot, no_keyring
):
    seen = []

    def answer(dlg: SignInDialog):
        seen.append((dlg.remember_box.isEnabled(), dlg.remember_box.toolTip()))
        sign_in_as(qtbot, "王五", PW)(dlg)

    when_shown(SignInDialog, answer)
    assert who_signs_in(store, settings).id == team.wang.id
    assert seen[0][0] is False and "密钥" in seen[0][1]
    assert not settings.get(remember.REMEMBERED, store=store.describe())


def test_crm_user_with_a_password_signs_in_without_a_question(app, store, team, settings):
    actor = who_signs_in(store, settings, user="王五", password=PW)
    assert actor.id == team.wang.id and visible(SignInDialog) is None


def test_a_read_only_store_signs_in_without_writing(app, store_path, team, settings, qtbot):
    team_store = open_store(store_path, readonly=True)
    try:
        when_shown(SignInDialog, sign_in_as(qtbot, "王五", PW))
        actor = who_signs_in(team_store, settings)
    finally:
        team_store.dispose()
    assert actor.id == team.wang.id


def test_a_new_person_with_a_one_time_password_can_sign_in_by_name_in_any_case(
    app, store, team, settings, qtbot, no_keyring
):
    add(store, "Qian7", "钱七", city=team.city_qingshan, password="first-pass-1")
    when_shown(SignInDialog, sign_in_as(qtbot, "qian7", "first-pass-1"))
    assert who_signs_in(store, settings).display_name == "钱七"
    assert settings.get(remember.LAST_USERNAME, store=store.describe()) == "Qian7"


def test_signing_in_without_remember_me_leaves_the_keyring_alone_when_nothing_was_kept(
    app, store, team, settings, memory_keyring, monkeypatch
):
    """Nothing remembered: the keyring is not loaded (its backends take 0.1-0.2 s of every
    start with crm --user); something remembered: it is dropped, as before."""
    loaded = []
    real = remember._keyring
    monkeypatch.setattr(remember, "_keyring", lambda: loaded.append(1) or real())
    assert who_signs_in(store, settings, user="王五", password=PW).id == team.wang.id
    assert loaded == []
    where = store.describe()
    memory_keyring.set_password(remember.service(where), "王五", PW)
    settings.set(remember.REMEMBERED, True, store=where)
    assert who_signs_in(store, settings, user="王五", password=PW).id == team.wang.id
    assert memory_keyring.kept == {} and loaded == [1]
    assert not settings.get(remember.REMEMBERED, store=where)
