"""Logging a follow-up from the lead's panel (crm.ui.quick_log)."""

from __future__ import annotations

from datetime import date

from PySide6.QtTest import QTest

from crm.leads import edit as leads
from crm.ui.typing_sim import type_text
from tests.ui.conftest import seed_leads


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
