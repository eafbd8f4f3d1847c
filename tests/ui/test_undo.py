"""Undo and redo of the app's writes (crm.ui.undo), driven with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

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
    # the undo's history row is said in words, not by its marker ("· undo" in a newcomer's trial)
    QApplication.processEvents()
    said = window.leads.detail.timeline.toPlainText()
    assert "流失 → 线索 · 撤销" in said and "undo" not in said


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
