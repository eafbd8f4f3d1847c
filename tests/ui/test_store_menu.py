"""Stores from the File menu: a new store opens empty on My day with the first-lead and demo
offer, a file that is no store is refused and nothing changes, recent stores come back, and
the app reopens the store it had open — on that store's own page, not another store's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from crm.accounts.admin import reset_password
from crm.accounts.users import system_actor
from crm.ui import store_menu
from crm.ui.accounts import remember
from crm.ui.accounts.first_run import FirstAdminDialog
from crm.ui.app import AppController
from crm.ui.settings import PAGE, RECENT_STORES
from tests.ui.accounts.conftest import PW, MemoryKeyring
from tests.ui.conftest import close_quietly, seed_leads


def answer_first_admin(username: str = "qian7", name: str = "钱七", city: str = "青山湖科技城"):
    """Name the first administrator of a new store the user opens."""

    def answer():
        dlg = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstAdminDialog) and w.isVisible()
        )
        dlg.username.setText(username)
        dlg.display_name.setText(name)
        dlg.city.setCurrentIndex(dlg.city.findText(city))
        dlg.pair.first.setText(PW)
        dlg.pair.second.setText(PW)
        dlg._accept()

    QTimer.singleShot(50, answer)


@pytest.fixture
def first(controller, store, people, qtbot):
    """The app on a store with leads, left on the dashboard."""
    import keyring

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    seed_leads(store, people.wang, 2)
    # 王五 signs in to this store with "remember me": coming back to it asks nothing
    reset_password(store, system_actor(store), people.wang.id, PW, one_time=False)
    remember.signed_in(controller.settings, store.describe(), people.wang.username, PW, True)
    window = controller.build(people.wang)
    window.show()
    window.show_page("pipeline_dashboard")
    yield window
    if controller.window is not None:
        close_quietly(controller.window)
    keyring.set_keyring(before)


def test_a_new_store_opens_empty_on_my_day_with_the_demo_offer(
    first, controller, tmp_path, monkeypatch
):
    target = tmp_path / "培训" / "练习"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))
    answer_first_admin()
    first.store_menu.a_new.trigger()
    window = controller.window
    assert window is not first and not first.isVisible() and window.isVisible()
    assert window.ctx.store.path == target.with_suffix(".sqlite")
    assert window.stack.currentWidget() is window.welcome  # My day of an empty store
    assert window.nav.currentRow() == window.page_index("my_day")
    assert window.a_demo.isVisible()
    assert window.ctx.actor.display_name == "钱七"
    assert window.ctx.settings.get(RECENT_STORES)[0] == str(target.with_suffix(".sqlite"))


def test_the_app_reopens_the_last_store_on_its_own_page(
    first, controller, store, tmp_path, monkeypatch, app
):
    settings = controller.settings
    second = tmp_path / "second.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(second), "")))
    answer_first_admin()
    first.store_menu.a_new.trigger()
    close_quietly(controller.window)  # the app is closed on the new store
    controller.window = None
    assert settings.get(PAGE, store=str(store.path)) == "pipeline_dashboard"
    # started again without --db: the new store, on My day (not the first store's dashboard)
    target = store_menu.startup_target(None, settings)
    assert target == str(second)
    from crm.db import open_store

    reopened = open_store(target)
    again = AppController(app, reopened, settings)
    actor = again.sign_in(user="qian7", password=PW)
    assert actor is not None and actor.display_name == "钱七"
    window = again.build(actor)
    try:
        assert window.nav.currentRow() == window.page_index("my_day")
    finally:
        close_quietly(window)
        reopened.dispose()


def test_a_file_that_is_no_store_is_refused_and_nothing_changes(
    first, controller, tmp_path, monkeypatch
):
    ledger = tmp_path / "台账.xlsx"
    ledger.write_bytes(b"PK\x03\x04 not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(ledger), "")))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    first.store_menu.a_open.trigger()
    assert len(said) == 1 and "台账.xlsx" in said[0]
    assert controller.window is first and first.isVisible()
    assert ledger.read_bytes() == b"PK\x03\x04 not a database"


def test_recent_stores_switch_back_and_forth(first, controller, store, tmp_path, monkeypatch):
    other = tmp_path / "other.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(other), "")))
    answer_first_admin()
    first.store_menu.a_new.trigger()
    second = controller.window
    second.store_menu.fill_recent()
    actions = {Path(a.data()): a for a in second.store_menu.recent.actions() if a.data()}
    assert set(actions) == {Path(str(store.path)), other}
    assert not actions[other].isEnabled()  # the one open
    actions[Path(str(store.path))].trigger()  # 王五 is known there: no question
    assert controller.window is not second
    assert controller.window.ctx.store.path == store.path
    assert controller.window.ctx.actor.display_name == "王五"
    assert controller.window.leads.model.total() == 2
