"""The lead form holds still: the duplicate warning and field errors appear without moving
the fields (clicks landed in the wrong field), an error goes as soon as its field is right,
and a click on the text of a choice opens its list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from crm.ui.typing_sim import type_text
from tests.ui.conftest import activate, seed_leads

WATCHED = ("project_name", "credit_code", "planned_investment", "expected_jobs", "stage")


def _form(window):
    window.new_lead()
    form = window._forms[-1]
    activate(form)
    return form


def _places(form) -> dict[str, QPoint]:
    return {n: form.editors[n].widget.mapToGlobal(QPoint(0, 0)) for n in WATCHED}


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
