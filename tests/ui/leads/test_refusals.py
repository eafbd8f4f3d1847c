"""What a person may not do is disabled with the reason as its tooltip, the reason
crm.accounts.permissions gives: the lead's detail, its form, the list's menu, the board's drop, the
team's thresholds, the targets; officers see other cities' confidential projects by codename
only, in the list, the detail and the menu."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from crm.leads import edit as leads
from tests.ui.conftest import seed_leads
from tests.ui.pipeline.test_board import _board, _drag

NOT_YOURS = "您只能修改本科技城的线索和您负责的线索。"
MANAGERS_OR_ADMINS = "只有领导或管理员可以执行此操作。"


def _other_citys_lead(store, people, **over) -> int:
    data = {"company_name": "杭州未来云计算有限公司", "project_name": "未来云项目",
            "field": "internet", "city": "future"}  # fmt: skip
    return leads.create_lead(store, people.li, data | over).lead_id


def _show(window, lead_id):
    window.show_page("leads")
    window.leads.apply_filter()
    assert window.leads.select_lead(lead_id)
    window.leads.ensure_detail()
    return window.leads.detail


def test_another_citys_lead_edit_and_move_disabled_with_the_reason(window, store, people):
    lead_id = _other_citys_lead(store, people)
    panel = _show(window, lead_id)
    for button in (panel.edit_button, panel.move_button):
        assert not button.isEnabled() and button.toolTip() == NOT_YOURS
    assert panel.quick.isEnabled()  # a follow-up may be logged on any lead one may see
    add = panel.contacts.add
    assert not add.isEnabled() and add.toolTip() == NOT_YOURS
    panel.move_stage()  # Ctrl+M says why instead
    assert window.statusBar().currentMessage() == NOT_YOURS
    mine = seed_leads(store, people.wang, 1)[0]
    panel = _show(window, mine)
    assert panel.edit_button.isEnabled() and panel.edit_button.toolTip() == ""


def test_the_form_of_a_lead_one_may_not_change_opens_read_only(window, store, people):
    lead_id = _other_citys_lead(store, people)
    window.edit_lead(lead_id)
    form = window._forms[-1]
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and save.toolTip() == NOT_YOURS
    assert not form.editors["planned_investment"].widget.isEnabled()
    assert form.summary.text() == NOT_YOURS
    assert not form.is_dirty()


def test_a_confidential_project_of_another_city_shows_its_codename_only(window, store, people):
    lead_id = _other_citys_lead(store, people, confidential=True, codename="青鸟项目",
                                credit_code="91330110MA27XL5N2L")  # fmt: skip
    panel = _show(window, lead_id)
    row = window.leads.model.row_at(window.leads.model.row_of(lead_id))
    assert row.company == "青鸟项目" and row.credit_code is None
    texts = [panel.title.text(), panel.meta.text()]
    texts += [panel.fields_form.itemAt(i).widget().text()
              for i in range(panel.fields_form.count())
              if panel.fields_form.itemAt(i).widget() is not None]  # fmt: skip
    joined = " ".join(texts)
    assert "未来云" not in joined and "91330110MA27XL5N2L" not in joined
    assert not panel.quick.isEnabled()
    assert panel.quick.toolTip() == "这是其他科技城的保密项目。"


def test_the_list_menu_disables_with_reasons_and_offers_no_audit_to_officers(
    window, qtbot, store, people
):
    lead_id = _other_citys_lead(store, people)
    window.show_page("leads")
    page = window.leads
    page.apply_filter()
    rect = page.table.visualRect(page.model.index(page.model.row_of(lead_id), 1))
    page._lead_menu(rect.center(), show=False)
    menu = page.lead_menu
    acts = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert not acts["menuMove"].isEnabled() and acts["menuMove"].toolTip() == NOT_YOURS
    assert acts["menuLog"].isEnabled() and acts["menuHistory"].isEnabled()
    assert "menuAudit" not in acts


@pytest.mark.parametrize("window", ["zhao"], indirect=True)
def test_a_manager_opens_a_leads_audit_log_from_the_list(window, qtbot, store, people):
    ids = seed_leads(store, people.zhao, 2)
    window.show_page("leads")
    page = window.leads
    page.apply_filter()
    rect = page.table.visualRect(page.model.index(page.model.row_of(ids[0]), 1))
    page._lead_menu(rect.center(), show=False)
    acts = {a.objectName(): a for a in page.lead_menu.actions() if a.objectName()}
    assert acts["menuMove"].isEnabled()
    acts["menuAudit"].trigger()
    audit = window.audit_page
    assert audit.isVisible() and audit.lead.text() == str(ids[0])
    assert {e.entity_id for e in audit.model.entries} == {ids[0]}


def test_thresholds_and_targets_are_read_only_for_officers(window):
    window.show_page("settings")
    page = window.settings_page
    assert not page.th_save.isEnabled() and page.th_save.toolTip() == MANAGERS_OR_ADMINS
    assert not page.spins["officer"].isEnabled()
    window.show_page("pipeline_targets")
    targets = window.pipeline_targets
    assert not targets.import_button.isEnabled()
    assert targets.import_button.toolTip() == MANAGERS_OR_ADMINS
    assert targets.table.editTriggers() == targets.table.EditTrigger.NoEditTriggers


def test_a_card_one_may_not_move_says_why_when_dropped(window, store, people):
    lead_id = _other_citys_lead(store, people)
    board = _board(window)
    _drag(board, "lead", 0, "contact")
    assert getattr(board, "move_dialog", None) is None  # no dialog: refused at the drop
    assert window.statusBar().currentMessage() == NOT_YOURS
    QApplication.processEvents()
    assert leads.get_lead(store, people.wang, lead_id).values["stage"] == "lead"


@pytest.mark.parametrize("window", ["admin"], indirect=True)
def test_an_administrator_creates_no_lead_and_is_told_why(window):
    reason = "管理员负责人员和设置；线索由招商专员和领导修改。"
    window.show_page("leads")
    assert not window.leads.new_button.isEnabled()
    assert window.leads.new_button.toolTip() == reason
    window.new_lead()  # Ctrl+N: the form says why, read-only
    form = window._forms[-1]
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and form.summary.text() == reason
