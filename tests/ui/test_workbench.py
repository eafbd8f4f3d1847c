"""The officer's workbench driven as a user would: typing, shortcuts, clicks; assertions on
what the user sees and on what the store holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from crm.leadlist.query import LeadFilter, count_leads
from crm.leads import edit as leads
from crm.ui.lead_form import LeadForm
from crm.ui.typing_sim import type_text
from tests.ui.conftest import activate, seed_leads


def _form(window) -> LeadForm:
    """The form just opened, once it is the active window (shortcuts go to the active window)."""
    form = window._forms[-1]
    activate(form)
    return form


def test_create_lead_by_typing_then_find_it_by_chinese_substring(window, qtbot, store, people):
    QTest.keySequence(window, "Ctrl+N")
    form = _form(window)
    ed = form.editors
    type_text(ed["company_name"].focus, "杭州新锐光电科技有限公司")
    type_text(ed["project_name"].focus, "光电芯片研发中心")
    form.editors["field"].widget.setCurrentText("生命健康")
    ed["planned_investment"].widget.setText("3,000")  # a plain number is in 万元, and says so
    assert ed["planned_investment"].hint.text() == "万元"
    ed["planned_investment"].widget.setText("")
    type_text(ed["planned_investment"].focus, "1.2亿")
    assert "12,000" in ed["planned_investment"].hint.text()
    QTest.keySequence(form, "Ctrl+S")
    assert not form.isVisible()
    assert count_leads(store, people.wang, LeadFilter()) == 1
    activate(window)
    window.show_page("leads")
    type_text(window.leads.filters.search, "光电")
    qtbot.waitUntil(lambda: window.leads.model.total() == 1, timeout=2000)
    row = window.leads.model.row_at(0)
    assert row.company == "杭州新锐光电科技有限公司"
    assert row.planned_investment == 12000.0
    assert window.leads.count.text() == "共 1 条"


def test_invalid_input_shows_inline_message_and_saves_nothing(window, store, people):
    window.new_lead()
    form = _form(window)
    type_text(form.editors["company_name"].focus, "杭州新锐光电科技有限公司")
    type_text(form.editors["project_name"].focus, "芯片")
    type_text(form.editors["planned_investment"].focus, "待定")
    type_text(form.editors["credit_code"].focus, "913301061234567890")
    QTest.keySequence(form, "Ctrl+S")
    assert form.isVisible()
    assert form.errors["planned_investment"].isVisible()
    assert "不是金额" in form.errors["planned_investment"].text()
    assert "校验码" in form.errors["credit_code"].text()
    assert count_leads(store, people.wang, LeadFilter()) == 0
    # the same message re-renders in English after a language switch; typing is kept
    from crm.ui import i18n as ui_i18n

    ui_i18n.install(QApplication.instance(), "en")
    QApplication.processEvents()
    assert "is not an amount" in form.errors["planned_investment"].text()
    assert form.editors["planned_investment"].raw() == "待定"
    assert form.windowTitle() == "New lead"


def test_duplicate_warning_while_typing_names_owner_and_city(window, qtbot, store, people):
    leads.create_lead(
        store,
        people.li,
        {
            "company_name": "浙江星河智能科技有限公司",
            "project_name": "总部",
            "field": "internet",
            "city": "future",
        },
    )
    window.new_lead()
    form = _form(window)
    type_text(form.editors["company_name"].focus, "浙江星河智能科技（杭州）有限公司")
    qtbot.waitUntil(lambda: form.banner.isVisible(), timeout=2000)
    text = form.banner_text.text()
    assert "李四" in text and "未来科技城" in text
    assert form.open_button.isVisible()
    # saving without a reason refuses and asks for one; with a reason it goes through
    type_text(form.editors["project_name"].focus, "二期")
    form.editors["field"].widget.setCurrentText(
        "互联网+"
    )  # a new lead's field is chosen, never assumed
    QTest.keySequence(form, "Ctrl+S")
    assert form.isVisible()
    assert count_leads(store, people.wang, LeadFilter()) == 1
    type_text(form.reason, "增资扩产")
    QTest.mouseClick(form.create_anyway, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert count_leads(store, people.wang, LeadFilter()) == 2


def test_log_activity_with_ctrl_enter_updates_timeline_and_lead(window, qtbot, store, people):
    (lead_id,) = seed_leads(store, people.wang, 1)
    window.show_page("leads")
    window.leads.apply_filter()
    assert window.leads.select_lead(lead_id)
    QTest.keySequence(window, "Ctrl+L")
    quick = window.leads.detail.quick
    assert quick.summary.hasFocus()
    type_text(quick.summary, "上门拜访，讨论用地")
    type_text(quick.next.edit, "2030-01-15")
    QTest.keySequence(quick.summary, "Ctrl+Return")
    assert "上门拜访，讨论用地" in window.leads.detail.timeline.toPlainText()
    d = leads.get_lead(store, people.wang, lead_id)
    assert d.last_activity_on == date.today()
    assert d.values["next_followup"] == date(2030, 1, 15)
    assert quick.summary.toPlainText() == ""


def test_move_stage_then_undo_with_ctrl_z(window, qtbot, store, people):
    (lead_id,) = seed_leads(store, people.wang, 1)
    window.show_page("leads")
    window.leads.apply_filter()
    window.leads.select_lead(lead_id)

    def fill_dialog():
        from crm.ui.stage_dialog import StageMoveDialog

        dlg = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, StageMoveDialog) and w.isVisible()
        )
        dlg.stage.set_value("lost")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason: refused inline
        assert dlg.isVisible() and dlg.errors["lost_reason"].isVisible()
        dlg.reason.set_value(window.ctx.ref.id_of("lost_reason", "cost"))
        dlg.region.setCurrentText("苏州工业园区")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(50, fill_dialog)
    QTest.keySequence(window, "Ctrl+M")
    activate(window)
    d = leads.get_lead(store, people.wang, lead_id)
    assert d.values["stage"] == "lost" and d.lost_at_stage == "lead"
    assert window.leads.model.row_at(window.leads.model.row_of(lead_id)).stage == "lost"
    QTest.keySequence(window, "Ctrl+Z")
    d = leads.get_lead(store, people.wang, lead_id)
    assert d.values["stage"] == "lead" and d.values["lost_reason"] is None
    assert window.leads.detail.pill.text() == "线索"


def test_delete_then_undo_restores(window, store, people):
    ids = seed_leads(store, people.wang, 2)
    window.show_page("leads")
    window.leads.apply_filter()
    window.leads.select_lead(ids[0])
    window.leads.table.setFocus()
    QTest.keyClick(window.leads.table, Qt.Key.Key_Delete)
    assert count_leads(store, people.wang, LeadFilter()) == 1
    assert window.leads.model.total() == 1
    QTest.keySequence(window, "Ctrl+Z")
    assert count_leads(store, people.wang, LeadFilter()) == 2
    assert window.leads.model.total() == 2


def test_edit_and_undo_restores_old_values(window, store, people):
    (lead_id,) = seed_leads(store, people.wang, 1)
    window.edit_lead(lead_id)
    form = _form(window)
    form.editors["planned_investment"].focus.clear()
    type_text(form.editors["planned_investment"].focus, "2亿")
    QTest.keySequence(form, "Ctrl+S")
    assert leads.get_lead(store, people.wang, lead_id).values["planned_investment"] == 20000
    activate(window)
    QTest.keySequence(window, "Ctrl+Z")
    assert leads.get_lead(store, people.wang, lead_id).values["planned_investment"] == 1000
    QTest.keySequence(window, "Ctrl+Y")
    assert leads.get_lead(store, people.wang, lead_id).values["planned_investment"] == 20000
    QTest.keySequence(window, "Ctrl+Z")
    QTest.keySequence(window, "Ctrl+Shift+Z")  # both redo keys work, whatever the platform's habit
    assert leads.get_lead(store, people.wang, lead_id).values["planned_investment"] == 20000


def test_closing_a_dirty_form_asks_and_keeps_typing_on_cancel(window, qtbot):
    window.new_lead()
    form = _form(window)
    type_text(form.editors["company_name"].focus, "未保存的企业")
    seen = []

    def answer(button):
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Cancel))
    QTest.keyClick(form, Qt.Key.Key_Escape)
    assert seen == ["这条线索有尚未保存的修改。"]
    assert form.isVisible() and form.editors["company_name"].raw() == "未保存的企业"
    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Discard))
    QTest.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert not form.draft_path().exists()


def test_draft_survives_a_crash_and_is_offered_again(
    window, controller, qtbot, people, monkeypatch
):
    window.new_lead()
    form = _form(window)
    type_text(form.editors["company_name"].focus, "崩溃前输入的企业")
    qtbot.waitUntil(lambda: form.draft_path().exists(), timeout=3000)
    # a new window (as after a crash and restart) offers the draft
    w2 = controller.build(people.wang)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w2.offer_drafts()
    reopened = w2._forms[-1]
    assert reopened.editors["company_name"].raw() == "崩溃前输入的企业"
    from tests.ui.conftest import close_quietly

    close_quietly(w2)


def test_language_switch_retranslates_visible_text(window, app):
    from crm.ui import i18n as ui_i18n

    assert window.nav.item(0).text() == "我的工作台"
    window.leads.ensure_detail()  # pages are built when first shown: these exist before the switch
    ui_i18n.install(app, "en")
    QApplication.processEvents()
    assert window.nav.item(0).text() == "My day"
    assert window.leads.new_button.text() == "New lead (Ctrl+N)"
    assert window.leads.model.headerData(1, Qt.Orientation.Horizontal) == "Company name"
    from crm.ui.widgets.inputs import AmountEdit, DateEdit

    dates = window.findChildren(DateEdit)
    assert dates and all(d.edit.placeholderText() == "yyyy-mm-dd" for d in dates)
    assert all("5000万" in a.placeholderText() for a in window.findChildren(AmountEdit))
    ui_i18n.install(app, "zh_CN")
    QApplication.processEvents()
    assert window.leads.model.headerData(1, Qt.Orientation.Horizontal) == "企业名称"


def test_welcome_on_empty_store_offers_first_lead_and_demo(window):
    window.show_page("my_day")
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.demo_button.isEnabled()
    assert window.welcome.new_button.text() == "新建第一条线索"


def test_key_widgets_have_object_and_accessible_names(window):
    from PySide6.QtWidgets import QLineEdit, QTableView

    window.show_page("leads")  # an empty store shows the welcome page; the list is built anyway
    assert window.leads is not None
    search = window.findChild(QLineEdit, "searchBox")
    table = window.findChild(QTableView, "leadTable")
    assert search is not None and search.accessibleName() == "搜索线索"
    assert table is not None and table.accessibleName() == "线索列表"
    assert window.findChild(QLabel, "statusUser").text() == "王五 · 招商专员（紫金港科技城）"


def test_models_pass_qtmodeltester(window, store, people, qtmodeltester):
    seed_leads(store, people.wang, 5)
    window.leads.apply_filter()
    qtmodeltester.check(window.leads.model)
    window.leads.detail.contacts.model.set_rows([])
    qtmodeltester.check(window.leads.detail.contacts.model)
