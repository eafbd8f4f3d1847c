"""Bulk steps in the lead list, driven as a person would: shift-click several leads or Ctrl+A
for all matching the filter (beyond the rows fetched), choose a step, see the refused leads
with the reason and skip them, and take the whole step back with one undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm.leads import edit as leads
from crm.ui.typing_sim import type_text
from tests.ui.conftest import seed_leads


def _click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _page(window):
    window.show_page("leads")
    page = window.leads
    page.apply_filter()
    return page


def _apply_dialog(qtbot, page, value_text: str | None = None):
    dlg = page.bulk_dialog
    assert dlg.isVisible()
    if value_text is not None:
        dlg.value.setCurrentIndex(dlg.value.findText(value_text))
    qtbot.mouseClick(dlg.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    page.ctx.tasks.wait()
    QApplication.processEvents()


def test_shift_click_key_project_for_three_and_one_undo(window, qtbot, store, people):
    ids = seed_leads(store, people.wang, 5)
    page = _page(window)
    assert not page.bulk_bar.isVisible()
    _click_row(qtbot, page.table, 0)
    _click_row(qtbot, page.table, 2, Qt.KeyboardModifier.ShiftModifier)
    assert page.bulk_bar.isVisible()
    assert page.bulk_bar.count.text() == "已选 3 条线索。"
    assert page.bulk_bar.all_button.text() == "选择全部 5 条符合条件的线索"
    chosen = set(page.selection.versions())
    assert len(chosen) == 3 and chosen <= set(ids)
    qtbot.mouseClick(page.bulk_bar.buttons["is_key"], Qt.MouseButton.LeftButton)
    _apply_dialog(qtbot, page, "标为重点项目")
    keyed = {i for i in ids if leads.get_lead(store, people.wang, i).values["is_key"]}
    assert keyed == chosen
    assert window.ctx.undo.undoText() == "重点项目：3 条线索"
    window.ctx.undo.undo()
    assert not any(leads.get_lead(store, people.wang, i).values["is_key"] for i in ids)
    window.ctx.undo.redo()
    assert {i for i in ids if leads.get_lead(store, people.wang, i).values["is_key"]} == chosen


def test_ctrl_a_selects_all_matching_beyond_the_rows_fetched(window, qtbot, store, people):
    from crm.ui.models.lead_table import PAGE

    seed_leads(store, people.wang, PAGE + 12)
    page = _page(window)
    assert len(page.model._pages) == 1  # one page fetched
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.selection.count() == PAGE + 12
    assert len(page.selection.versions()) == PAGE + 12
    assert page.bulk_bar.count.text() == f"已选中符合筛选条件的全部 {PAGE + 12} 条线索。"
    assert not page.bulk_bar.all_button.isVisible()
    _click_row(qtbot, page.table, 3)  # a click of one's own ends it
    assert page.selection.all_matching is None and not page.bulk_bar.isVisible()


def test_refused_leads_are_listed_with_the_reason_and_skipped(window, qtbot, store, people):
    mine = seed_leads(store, people.wang, 3)
    other = leads.create_lead(
        store,
        people.li,
        {"company_name": "杭州未来云计算有限公司", "project_name": "未来云项目",
         "field": "internet", "city": "future"},
    ).lead_id  # fmt: skip
    page = _page(window)
    page.selection.select_all_matching()
    assert page.selection.count() == 4
    qtbot.mouseClick(page.bulk_bar.buttons["stage"], Qt.MouseButton.LeftButton)
    _apply_dialog(qtbot, page, "接洽")
    dlg = page.bulk.refused_dialog
    assert dlg is not None and dlg.isVisible()
    m = dlg.model
    assert m.rowCount() == 1
    assert m.data(m.index(0, 0)) == "杭州未来云计算有限公司"
    assert "本科技城" in m.data(m.index(0, 1))
    assert all(leads.get_lead(store, people.wang, i).values["stage"] == "lead" for i in mine)
    qtbot.mouseClick(dlg.skip, Qt.MouseButton.LeftButton)
    window.ctx.tasks.wait()
    QApplication.processEvents()
    assert all(leads.get_lead(store, people.wang, i).values["stage"] == "contact" for i in mine)
    assert leads.get_lead(store, people.wang, other).values["stage"] == "lead"
    window.ctx.undo.undo()
    assert all(leads.get_lead(store, people.wang, i).values["stage"] == "lead" for i in mine)


def test_cancel_changes_nothing(window, qtbot, store, people):
    seed_leads(store, people.wang, 2)
    leads.create_lead(
        store,
        people.li,
        {"company_name": "杭州未来云计算有限公司", "project_name": "未来云项目",
         "field": "internet", "city": "future"},
    )  # fmt: skip
    page = _page(window)
    page.selection.select_all_matching()
    qtbot.mouseClick(page.bulk_bar.buttons["next_followup"], Qt.MouseButton.LeftButton)
    type_text(page.bulk_dialog.day.edit, "2030-01-15")
    _apply_dialog(qtbot, page)
    dlg = page.bulk.refused_dialog
    qtbot.mouseClick(dlg.cancel, Qt.MouseButton.LeftButton)
    assert window.ctx.undo.count() == 0
    assert all(r.next_followup is None for r in (page.model.row_at(i) for i in range(3)))


def test_officers_see_why_owner_and_city_steps_are_not_theirs(window, qtbot, store, people):
    seed_leads(store, people.wang, 2)
    page = _page(window)
    page.selection.select_all_matching()
    owner = page.bulk_bar.buttons["owner"]
    assert not owner.isEnabled() and owner.toolTip() == "只有领导可以执行此操作。"
    assert page.bulk_bar.buttons["stage"].isEnabled()


@pytest.mark.parametrize("window", ["zhao"], indirect=True)
def test_a_manager_hands_leads_to_another_owner(window, qtbot, store, people):
    ids = seed_leads(store, people.zhao, 3)
    page = _page(window)
    page.selection.select_all_matching()
    qtbot.mouseClick(page.bulk_bar.buttons["owner"], Qt.MouseButton.LeftButton)
    dlg = page.bulk_dialog
    dlg.value.setCurrentIndex(dlg.value.findData(people.wang.id))
    _apply_dialog(qtbot, page)
    assert {leads.get_lead(store, people.zhao, i).values["owner"] for i in ids} == {people.wang.id}
    assert page.model.row_at(0).owner_id == people.wang.id  # the list shows it


@pytest.mark.parametrize("window", ["zhao"], indirect=True)
def test_handing_leads_to_another_city_asks_why_and_records_it(window, qtbot, store, people):
    from tests.services import audit_rows

    ids = seed_leads(store, people.zhao, 3)
    page = _page(window)
    _click_row(qtbot, page.table, 0)
    _click_row(qtbot, page.table, 1, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.bulk_bar.all_button, Qt.MouseButton.LeftButton)
    assert page.selection.count() == 3
    qtbot.mouseClick(page.bulk_bar.buttons["city"], Qt.MouseButton.LeftButton)
    dlg = page.bulk_dialog
    dlg.value.setCurrentIndex(dlg.value.findText("未来科技城"))
    qtbot.mouseClick(dlg.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.error.text() == "请说明线索流转到其他科技城的原因。"
    type_text(dlg.why, "企业选址未来科技城")
    _apply_dialog(qtbot, page)
    assert {leads.get_lead(store, people.zhao, i).values["city"] for i in ids} == {
        people.city_future
    }
    reasons = [r.new for i in ids for r in audit_rows(store, "lead", i) if r.action == "transfer"]
    assert reasons == ["企业选址未来科技城"] * 3
