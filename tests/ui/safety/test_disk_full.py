"""The app on a store whose disk fills up (a real tmpfs): saving a lead says the disk is full,
keeps the form open with everything typed, and saves once space is freed."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtTest import QTest

from crm.accounts.users import identify
from crm.db import open_store
from crm.leadlist.query import LeadFilter, count_leads
from crm.ui.app import AppController
from crm.ui.settings import Settings
from crm.ui.typing_sim import type_text
from tests.db.conftest import small_disk_or_skip
from tests.ui.conftest import activate, close_quietly


def test_saving_on_a_full_disk_keeps_the_form_and_saves_once_space_is_freed(
    app, template_store, tmp_path
):
    disk = small_disk_or_skip(tmp_path / "disk", 8 * 1024)
    path = disk.root / "crm.sqlite"
    src, out = sqlite3.connect(template_store), sqlite3.connect(path)
    src.backup(out)
    out.close()
    src.close()
    store = open_store(path)
    from crm.reference import reference

    actor, _ = identify(store, "王五", reference(store).id_of("city", "future"))
    w = AppController(app, store, Settings(str(tmp_path / "ui.ini"))).build(actor)
    try:
        w.resize(1366, 768)
        w.show()
        activate(w)
        w.new_lead()
        form = w._forms[-1]
        activate(form)
        type_text(form.editors["company_name"].focus, "杭州满盘科技有限公司")
        type_text(form.editors["project_name"].focus, "满盘项目")
        form.editors["field"].widget.setCurrentText("互联网+")
        form.editors["city"].widget.setCurrentText("未来科技城")
        disk.fill()
        QTest.keySequence(form, "Ctrl+S")
        assert form.isVisible() and form.summary.isVisible()
        assert form.summary.text() == f"{path} 所在磁盘已满；未保存任何内容。"
        assert form.editors["company_name"].raw() == "杭州满盘科技有限公司"  # nothing lost
        assert count_leads(store, actor, LeadFilter()) == 0
        disk.free()
        QTest.keySequence(form, "Ctrl+S")
        assert not form.isVisible()
        assert count_leads(store, actor, LeadFilter()) == 1
    finally:
        w.ctx.tasks.wait()
        close_quietly(w)
        # gone before its disk is: a later language switch must not reach its pages
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        store.dispose()
        disk.unmount()
