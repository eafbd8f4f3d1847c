"""The dialogs of data safety as a person meets them: the store held by someone else (who,
where, since when; open read-only or quit), the store found damaged after the window is shown
(read-only, the damaged bytes kept, the newest verified backup offered and restored from the
dialog), a store in a sync folder. In Chinese and in English."""

from __future__ import annotations

import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from crm.accounts.users import identify, system_actor
from crm.db import open_store
from crm.demo import generate
from crm.errors import StoreError
from crm.leads.edit import create_lead
from crm.safety import backups
from crm.ui import i18n as ui_i18n
from crm.ui.app import AppController
from crm.ui.safety.startup import open_store_for_app
from crm.ui.settings import Settings
from tests.services import TODAY, lead_data
from tests.ui.conftest import close_quietly

HOLDER = """
import sys, time
from crm.db import open_store
st = open_store(sys.argv[1], program="app")
st.lock.update("李四")
print("ready", flush=True)
time.sleep(120)
"""


class Hand:
    """Answers the next modal box with the button of ``role`` and keeps what it showed."""

    def __init__(self, role: QMessageBox.ButtonRole):
        self.role, self.seen = role, {}
        QTimer.singleShot(50, self.act)

    def act(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not shown yet (the check runs in the background)
            QTimer.singleShot(50, self.act)
            return
        self.seen = {
            "name": box.objectName(),
            "title": box.windowTitle(),
            "text": box.text(),
            "informative": box.informativeText(),
            "buttons": [b.text() for b in box.buttons()],
        }
        next(b for b in box.buttons() if box.buttonRole(b) == self.role).click()


@pytest.fixture
def held(store_path):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "ready"
    yield proc
    proc.kill()
    proc.wait()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_store_in_use_says_who_holds_it_and_opens_read_only(app, store_path, held, lang):
    ui_i18n.install(app, lang)
    hand = Hand(QMessageBox.ButtonRole.AcceptRole)
    opened = open_store_for_app(str(store_path))
    try:
        assert hand.seen["name"] == "storeInUse"
        host, pid = socket.gethostname(), held.pid
        if lang == "zh_CN":
            assert hand.seen["title"] == "数据库正在使用中"
            assert hand.seen["text"].startswith(
                f"数据库 {store_path} 正由 李四 在 {host} 上使用（招商管理系统，进程 {pid}，自 "
            )
            assert hand.seen["buttons"] == ["以只读方式打开", "退出"]
        else:
            assert hand.seen["title"] == "The store is in use"
            assert hand.seen["text"].startswith(
                f"The store {store_path} is in use by 李四 on {host} (the CRM app, process {pid}"
            )
            assert hand.seen["informative"].startswith("You can open it read-only to look")
            assert hand.seen["buttons"] == ["Open read-only", "Quit"]
        store = opened.store
        assert store.readonly and store.lock is None
        with pytest.raises(StoreError):
            create_lead(store, system_actor(store), lead_data())
    finally:
        opened.store.dispose()


def test_choosing_quit_opens_nothing(app, store_path, held):
    hand = Hand(QMessageBox.ButtonRole.RejectRole)
    assert open_store_for_app(str(store_path)) is None
    assert hand.seen["buttons"] == ["以只读方式打开", "退出"]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_store_in_a_sync_folder_is_warned_about(app, template_store, tmp_path, lang):
    ui_i18n.install(app, lang)
    folder = tmp_path / "我的坚果云"
    folder.mkdir()
    shutil.copy(template_store, folder / "crm.sqlite")
    hand = Hand(QMessageBox.ButtonRole.AcceptRole)
    opened = open_store_for_app(str(folder / "crm.sqlite"))
    try:
        assert hand.seen["name"] == "storeLocationWarning"
        if lang == "zh_CN":
            assert hand.seen["title"] == "数据库的位置"
            assert "坚果云" in hand.seen["text"] and "同步" in hand.seen["text"]
        else:
            assert hand.seen["title"] == "Where the store is"
            assert hand.seen["text"].startswith(
                f"The store {folder / 'crm.sqlite'} is in a 坚果云 sync folder."
            )
        assert not opened.store.readonly  # warned, not refused
    finally:
        opened.store.dispose()


def _damaged_store(path: Path) -> None:
    """A store with a verified backup, then 4 KB of noise in its follow-up records."""
    st = open_store(path)
    generate(st, leads=200, activities=3000, seed=7, today=TODAY)
    backups.backup_now(st)
    st.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = 'activity'")]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek(pages[len(pages) // 2] * size - size + 100)
        fh.write(b"\xa5" * 4096)


def _window(app, store, tmp_path):
    actor, _ = identify(store, "赵六", None, role="admin")  # restoring is an admin's
    ctl = AppController(app, store, Settings(str(tmp_path / "ui.ini")))
    w = ctl.build(actor)
    w.resize(1366, 768)
    return w


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_damage_found_after_the_window_is_shown_then_restored_from_the_dialog(
    app, qtbot, store_path, tmp_path, lang
):
    ui_i18n.install(app, lang)
    _damaged_store(store_path)
    store = open_store(store_path)  # opens: the damage is in data pages, not in the schema
    w = _window(app, store, tmp_path)
    try:
        hand = Hand(QMessageBox.ButtonRole.AcceptRole)  # "restore that backup"
        w.show()  # the quick check starts once the window is up
        qtbot.waitUntil(lambda: bool(hand.seen), timeout=30000)
        newest = backups.list_store_backups(store)[-1]
        if lang == "zh_CN":
            assert hand.seen["title"] == "数据库已损坏"
            assert hand.seen["text"].startswith("数据库检查发现损坏：跟进记录的数据已损坏")
            said = hand.seen["informative"].split("损坏文件的副本已保存在 ")[1].split("。")[0]
            assert said.startswith(f"{store_path}.damaged-")  # the damaged bytes, kept aside
            assert (
                f"最新的已校验备份生成于 {newest.taken_at:%Y-%m-%d %H:%M}（200 条线索）。"
                in hand.seen["informative"]
            )
            assert hand.seen["buttons"] == ["恢复该备份…", "保持只读"]
        else:
            assert hand.seen["title"] == "The store is damaged"
            assert hand.seen["text"].startswith(
                "The check of the store found damage: Damaged data in the follow-up records"
            )
            assert hand.seen["buttons"] == ["Restore that backup…", "Keep it read-only"]
        page = w.page("backups")
        qtbot.waitUntil(
            lambda: page.notice.kind == "info" and page.notice.isVisible(), timeout=30000
        )
        assert store.damaged is None and not w.safety_guardian.badge.isVisible()
        kept = [p for p in store_path.parent.glob("crm.sqlite.damaged-*") if "wal" not in p.name]
        assert len(kept) == 2  # when found, and again (as it was then) before the restore
        create_lead(store, system_actor(store), lead_data())  # writing again
        assert not (store_path.parent / "crm.sqlite.damaged").exists()  # the verdict cleared
    finally:
        w.ctx.tasks.wait()
        close_quietly(w)
        store.dispose()


def test_keeping_a_damaged_store_read_only_shows_why_nothing_saves(
    app, qtbot, store_path, tmp_path
):
    _damaged_store(store_path)
    store = open_store(store_path)
    w = _window(app, store, tmp_path)
    try:
        hand = Hand(QMessageBox.ButtonRole.RejectRole)  # "keep it read-only"
        w.show()
        qtbot.waitUntil(lambda: bool(hand.seen), timeout=30000)
        badge = w.findChild(QLabel, "readOnlyBadge")
        assert badge.isVisible() and badge.text() == "只读：数据库未通过完整性检查"
        ui_i18n.install(app, "en")
        QApplication.processEvents()
        assert badge.text() == "Read-only: the store failed its integrity check"
        with pytest.raises(StoreError) as err:
            create_lead(store, system_actor(store), lead_data())
        assert "failed its integrity check" in err.value.render("en")
        page = w.page("backups")
        assert not page.backup_button.isEnabled() and page.restore_button.isEnabled()
    finally:
        w.ctx.tasks.wait()
        close_quietly(w)
        store.dispose()
