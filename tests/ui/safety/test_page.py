"""The Backup & Restore page driven as an admin would: back up now and see the verified backup
listed, restore one (asked first, the store as it was kept aside, the app writing again at
once), the backup settings checked before they are saved, and a backup disk that fills up
told in the page — then backing up again once space is freed. In Chinese and in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from crm.leadlist.query import LeadFilter, count_leads
from crm.safety import backups
from crm.ui import i18n as ui_i18n
from crm.ui.safety.page import BackupPage
from tests.db.conftest import small_disk_or_skip
from tests.ui.conftest import seed_leads


def open_page(window) -> BackupPage:
    window.show_page("backups")
    page = window.page("backups")
    assert window.stack.currentWidget() is page
    return page


def cells(page: BackupPage, row: int) -> list[str]:
    m = page.model
    return [m.index(row, c).data() for c in range(m.columnCount())]


def headers(page: BackupPage) -> list[str]:
    m = page.model
    return [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]


def answer_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the next question box (a restore asks first)."""

    def go():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(50, go)


def test_an_officer_is_offered_no_backup_by_hand_and_no_backup_settings(
    window, qtbot, store, people, tmp_path
):
    """A backup is every city's leads and contacts in one file: an officer's buttons and the
    policy's inputs are disabled, each saying why (the service refuses anyway)."""
    seed_leads(store, people.wang, 1)
    page = open_page(window)
    why = "备份包含所有科技城的线索和联系人：只有管理员可以创建、设置或恢复备份。"
    policy_inputs = (page.enabled, *page.spins.values(), page.folder_edit, page.browse, page.save)
    for w in (page.backup_button, page.restore_button, *policy_inputs):
        assert not w.isEnabled() and w.toolTip() == why, w.objectName()
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    window.ctx.tasks.wait()
    assert backups.list_store_backups(store) == [] and not page.notice.isVisible()
    assert page.open_button.isEnabled()  # looking at the list is harmless


@pytest.mark.parametrize("window", ["admin"], indirect=True)
def test_back_up_now_lists_the_verified_backup_in_both_languages(window, qtbot, store, people):
    seed_leads(store, people.wang, 3)
    page = open_page(window)
    assert page.model.rowCount() == 0 and page.title.text() == "备份与恢复"
    assert not page.restore_button.isEnabled()  # nothing to restore yet
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)
    name = page.model.rows[0].path.name
    assert page.notice.text.text() == f"备份已写入并校验：{name}"
    assert headers(page) == ["时间", "原因", "大小", "线索", "跟进", "联系人", "校验"]
    assert cells(page, 0)[1:] == ["手动", cells(page, 0)[2], "3", "0", "0", "已校验"]
    assert page.backup_button.isEnabled()
    assert page.restore_button.isEnabled()  # an administrator's, as the backup by hand
    assert page.folder_label.text() == f"保存在 {backups.backup_folder(store)}"
    ui_i18n.install(QApplication.instance(), "en")
    QApplication.processEvents()
    assert page.title.text() == "Backup & Restore"
    assert headers(page) == ["Taken", "Why", "Size", "Leads", "Follow-ups", "Contacts", "Checked"]
    assert cells(page, 0)[1] == "by hand" and cells(page, 0)[6] == "verified"
    assert page.notice.text.text() == f"Backup written and verified: {name}"
    assert page.backup_button.text() == "Back up now"


@pytest.mark.parametrize("window", ["admin"], indirect=True)  # restoring, settings: admins
def test_restore_asks_then_brings_the_backup_back_and_writes_again(window, qtbot, store, people):
    seed_leads(store, people.wang, 2)
    taken = backups.backup_now(store)
    later_lead(store, people, "杭州之后科技有限公司")  # saved after the backup
    window.ctx.undo.push(QUndoCommand("a step of the store as it is now"))
    assert window.ctx.undo.count() == 1
    page = open_page(window)
    page.reload()
    page.table.selectRow(0)
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    when = f"{taken.taken_at:%Y-%m-%d %H:%M}"
    assert seen == [
        f"用 {when} 的备份替换数据库？此后保存的内容都会被替换；当前数据库会先另存一份。"
    ]
    assert count_leads(store, people.wang, LeadFilter()) == 3  # "No" changed nothing
    answer_question(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notice.text.text().startswith("已恢复备份"), timeout=20000)
    assert count_leads(store, people.wang, LeadFilter()) == 2
    kept = Path(page.notice.text.text().split("恢复前的数据库保存在 ")[1].rstrip("。"))
    assert kept.exists() and kept != taken.path  # the store as it was, 3 leads, kept aside
    assert [b.kind for b in backups.list_store_backups(store)] == ["restore", "manual"]
    assert not window.safety_guardian.badge.isVisible()
    assert window.ctx.undo.count() == 0  # what it would undo is not in the store now
    later_lead(window.ctx.store, people, "杭州恢复后科技有限公司")  # the store takes writes again
    assert count_leads(store, people.wang, LeadFilter()) == 3


def later_lead(store, people, company: str) -> None:
    from crm.leads.edit import create_lead

    create_lead(store, people.zhao, {"company_name": company, "project_name": "项目",
                                     "field": "health", "city": "zijingang"})  # fmt: skip


@pytest.mark.parametrize("window", ["admin"], indirect=True)  # restoring, settings: admins
def test_backup_settings_are_checked_before_they_are_saved(window, qtbot, store, tmp_path):
    page = open_page(window)
    before = backups.backup_policy(store)
    page.folder_edit.setText("相对/文件夹")
    page.spins["daily"].setValue(20)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.policy_error.isVisible()
    assert page.policy_error.text() == "备份文件夹：须为完整路径"
    assert backups.backup_policy(store) == before  # nothing saved
    chosen = tmp_path / "U盘" / "招商备份"
    page.folder_edit.setText(str(chosen))
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert not page.policy_error.isVisible()
    saved = backups.backup_policy(store)
    assert (saved.folder, saved.daily, saved.weekly) == (str(chosen), 20, before.weekly)
    assert window.statusBar().currentMessage() == "备份设置已保存"
    assert page.folder_label.text() == f"保存在 {saved.folder_for(store.path)}"


@pytest.mark.parametrize("window", ["admin"], indirect=True)  # restoring, settings: admins
def test_a_full_backup_disk_is_told_in_the_page_and_works_once_freed(
    window, qtbot, store, people, tmp_path
):
    disk = small_disk_or_skip(tmp_path / "usb", 4 * 1024)
    try:
        seed_leads(store, people.wang, 2)
        page = open_page(window)
        page.folder_edit.setText(str(disk.root))
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
        disk.fill(leave=32 << 10)
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.notice.kind == "error", timeout=20000)
        folder = backups.backup_folder(store)
        dest = page.notice.text.text().split(" 所在的磁盘已满")[0]
        assert Path(dest).parent == folder and dest.endswith("-manual.sqlite")
        assert page.notice.text.text() == f"{dest} 所在的磁盘已满；请腾出空间后重试。"
        assert sorted(p.name for p in folder.iterdir()) == []  # nothing half-written
        assert page.model.rowCount() == 0 and page.backup_button.isEnabled()
        disk.free()
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)
        assert page.notice.kind == "info" and cells(page, 0)[3] == "2"
    finally:
        window.ctx.tasks.wait()
        disk.unmount()
