"""The reference lists page, driven by an administrator: add, rename, retire and bring back,
reorder; the corridor's own lists only renamed; a retired value stays on old leads (their form
shows and keeps it) and is not offered for new input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from crm import reference_admin
from crm.leads import edit as leads
from crm.reference import reference
from crm.ui.typing_sim import type_text
from tests.ui.audit.test_page import _nav_titles


def _page(window, qtbot, list_name: str):
    window.show_page("reference")
    page = window.reference_page
    qtbot.waitUntil(page.isVisible)
    item = page.lists.findItems(list_name, Qt.MatchFlag.MatchExactly)[0]
    page.lists.setCurrentItem(item)
    return page


def _names(page) -> list[str]:
    m = page.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def _select(page, name: str) -> None:
    page.table.selectRow(_names(page).index(name))


def _fill(qtbot, page, zh: str, en: str) -> None:
    dlg = page.value_dialog
    dlg.name_zh.clear()
    type_text(dlg.name_zh, zh)
    dlg.name_en.clear()
    type_text(dlg.name_en, en)
    qtbot.mouseClick(
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_officers_have_no_reference_page(window):
    assert "基础数据" not in _nav_titles(window)


@pytest.mark.parametrize("window", ["admin"], indirect=True)
def test_an_administrator_adds_renames_retires_and_reorders(window, qtbot, store):
    page = _page(window, qtbot, "来源渠道")
    before = _names(page)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    _fill(qtbot, page, "招商推介会", "Promotion event")
    assert _names(page) == [*before, "招商推介会"]
    assert page.current().name_zh == "招商推介会"
    # the same name again: told beside the field, nothing added
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    _fill(qtbot, page, "招商推介会", "Another")
    dlg = page.value_dialog
    assert dlg.isVisible() and dlg.errors["name_zh"].text() == "列表中已有该值"
    dlg.reject()
    assert _names(page) == [*before, "招商推介会"]
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    _fill(qtbot, page, "招商推介活动", "Promotion events")
    assert _names(page)[-1] == "招商推介活动"
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert _names(page)[-2] == "招商推介活动"
    item_id = page.current().id
    assert page.retire_button.text() == "停用"
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    m = page.model
    row = page.model.row_of(item_id)
    assert m.data(m.index(row, 2)) == "已停用"
    assert item_id not in [i.id for i in reference(store).kind("source")]
    assert page.retire_button.text() == "恢复使用"
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert item_id in [i.id for i in reference(store).kind("source")]


@pytest.mark.parametrize("window", ["admin"], indirect=True)
def test_the_corridors_own_lists_are_only_renamed(window, qtbot):
    page = _page(window, qtbot, "科技城")
    assert not page.add_button.isEnabled() and "不能新增或停用" in page.add_button.toolTip()
    _select(page, "紫金港科技城")
    assert page.rename_button.isEnabled() and not page.retire_button.isEnabled()


def test_a_retired_value_stays_on_an_old_lead_and_is_no_new_choice(window, store, people):
    item, _ = reference_admin.add_value(store, people.admin, "source", "招商大会", "Fair 2026")
    lead_id = leads.create_lead(
        store,
        people.wang,
        {"company_name": "杭州云帆智能科技有限公司", "project_name": "云帆研发中心",
         "field": "internet", "city": "zijingang", "source": item},
    ).lead_id  # fmt: skip
    reference_admin.set_retired(store, people.admin, item, True)
    window.edit_lead(lead_id)
    form = window._forms[-1]
    combo = form.editors["source"].widget
    assert combo.currentText() == "招商大会（已停用）"
    form.editors["notes"].widget.setPlainText("补充说明")
    assert form.save()
    detail = leads.get_lead(store, people.wang, lead_id)
    assert detail.values["source"] == item and detail.values["notes"] == "补充说明"
    window.new_lead()
    fresh = window._forms[-1].editors["source"].widget
    assert fresh.findData(item) < 0
