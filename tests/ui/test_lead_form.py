"""The lead form holds still: the duplicate warning and field errors appear without moving
the fields (clicks landed in the wrong field), an error goes as soon as its field is right,
and a click on the text of a choice opens its list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from crm.leadlist.query import LeadFilter, count_leads
from crm.ui.typing_sim import type_text
from tests.ui.conftest import activate, seed_leads

WATCHED = ("project_name", "credit_code", "planned_investment", "expected_jobs", "stage")


def _form(window):
    window.new_lead()
    form = window._forms[-1]
    activate(form)
    return form


def _places(form) -> dict[str, QPoint]:
    """Where the fields are in the form's body (a refused save may scroll the body to the
    first error; the fields keep their places in it)."""
    body = form.scroll_area.widget()
    return {n: form.editors[n].widget.mapTo(body, QPoint(0, 0)) for n in WATCHED}


def _in_view(form, name: str) -> bool:
    from PySide6.QtCore import QRect

    view = form.scroll_area.viewport()
    for part in (form.editors[name].widget, form.errors[name]):
        at = part.mapTo(view, QPoint(0, 0))
        if not view.rect().contains(QRect(at, part.size())):
            return False
    return True


def test_a_refused_save_brings_the_first_wrong_field_into_view(window, qtbot, store, people):
    form = _form(window)
    type_text(form.editors["company_name"].focus, "杭州新锐光电科技有限公司")
    type_text(form.editors["credit_code"].focus, "913301061234567890")
    bar = form.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0  # the form scrolls at 1366×768
    bar.setValue(bar.maximum())  # the person went on down the form
    assert not _in_view(form, "credit_code")
    QTest.keySequence(form, "Ctrl+S")
    assert form.isVisible() and "校验码" in form.errors["credit_code"].text()
    assert _in_view(form, "credit_code")
    assert form.editors["credit_code"].focus.hasFocus()
    assert count_leads(store, people.wang, LeadFilter()) == 0
    form._drop_draft()
    form._initial = form._raw()


def test_the_duplicate_warning_and_errors_move_no_field(window, qtbot, store, people):
    seed_leads(store, people.li, 1)  # 杭州云帆生物医药有限公司, followed by 李四
    form = _form(window)
    before = _places(form)
    type_text(form.editors["company_name"].focus, "杭州云帆生物医药有限公司")
    qtbot.waitUntil(form.banner.isVisible, timeout=3000)
    assert "李四" in form.banner_text.text()
    assert _places(form) == before
    type_text(form.editors["planned_investment"].focus, "待定")
    type_text(form.editors["expected_jobs"].focus, "-20")
    type_text(form.editors["credit_code"].focus, "913301061234567890")
    QTest.keySequence(form, "Ctrl+S")
    assert form.isVisible() and form.summary.isVisible()
    assert form.errors["planned_investment"].message is not None
    assert _places(form) == before


def test_an_error_goes_as_soon_as_its_field_is_corrected(window, qtbot):
    form = _form(window)
    type_text(form.editors["company_name"].focus, "杭州新锐光电科技有限公司")
    type_text(form.editors["planned_investment"].focus, "待定")
    type_text(form.editors["expected_jobs"].focus, "-20")
    QTest.keySequence(form, "Ctrl+S")
    amount, jobs = form.errors["planned_investment"], form.errors["expected_jobs"]
    assert amount.message is not None and jobs.message is not None
    assert "不是金额" in amount.toolTip()
    assert form.editors["planned_investment"].widget.property("invalid") is True
    field = form.editors["planned_investment"].widget
    field.selectAll()
    type_text(field, "5000万")
    assert amount.message is None and amount.text() == ""
    assert field.property("invalid") is False
    assert jobs.message is not None  # the other error stays until that field is right
    form._drop_draft()
    form._initial = form._raw()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen: no popups' grab
def test_a_click_on_the_text_of_a_choice_opens_its_list(window):
    form = _form(window)
    city = form.editors["city"].widget
    QTest.mouseClick(city.lineEdit(), Qt.MouseButton.LeftButton)
    assert city.view().isVisible()
    # typing with the list open types into the box, the completer narrows the choice
    QTest.keyClicks(city.view(), "q")
    assert not city.view().isVisible()
    assert city.lineEdit().text() == "q"
    city.set_value(window.ctx.actor.city_id)
    form._initial = form._raw()


def test_the_company_designations_are_filled_in_on_the_form(window, store, people):
    from crm.leadlist.query import LeadFilter, list_leads
    from crm.leads.companies import company_overview

    form = _form(window)
    ed = form.editors
    assert form.groups["designations"].title() == "企业称号"
    type_text(ed["company_name"].focus, "杭州瞪羚新材料有限公司")
    type_text(ed["project_name"].focus, "瞪羚新材料基地")
    ed["field"].widget.set_value(window.ctx.ref.id_of("field", "materials"))
    ed["gazelle"].focus.setFocus()
    QTest.keyClick(ed["gazelle"].focus, Qt.Key.Key_Space)
    assert ed["gazelle"].widget.isChecked()
    type_text(ed["listed_where"].focus, "北交所")
    ed["srdi"].widget.set_value(window.ctx.ref.id_of("srdi", "provincial"))
    QTest.keySequence(form, "Ctrl+S")
    assert not form.isVisible(), form.summary.text()
    row = list_leads(store, people.wang, LeadFilter(designations=("gazelle",))).rows[0]
    values = company_overview(store, people.wang, row.company_id).designations
    assert (values["gazelle"], values["listed"], values["listed_where"]) == (True, True, "北交所")
    assert values["srdi"] == window.ctx.ref.id_of("srdi", "provincial")


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
