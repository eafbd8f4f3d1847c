"""My day (crm.ui.pages.my_day): its counts and their drill-downs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import seed_leads


def test_my_day_counts_drill_down_to_the_same_leads(window, store, people):
    from datetime import date, timedelta

    from crm.followups.activities import log_activity

    ids = seed_leads(store, people.wang, 3)
    log_activity(
        store,
        people.wang,
        ids[0],
        {
            "activity_type": "call",
            "summary": "电话",
            "occurred_on": date.today() - timedelta(days=12),
            "next_followup": date.today() - timedelta(days=8),
        },
    )
    log_activity(
        store,
        people.wang,
        ids[1],
        {"activity_type": "call", "summary": "电话", "next_followup": date.today()},
    )
    window.show_page("my_day")
    page = window.my_day
    page.refresh()
    assert page.numbers["due"].value.text() == "1"
    assert page.numbers["risk"].value.text() == "1"
    assert page.followups.model.total() == 2
    QTest.mouseClick(page.numbers["risk"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.leads
    assert window.leads.model.total() == 1 and window.leads.model.row_at(0).id == ids[0]
