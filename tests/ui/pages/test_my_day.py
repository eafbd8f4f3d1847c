"""My day (crm.ui.pages.my_day): its counts and their drill-downs."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize("window", ["zhao"], indirect=True)
def test_a_managers_tiles_list_and_reminder_agree(window, store, people):
    """The committee's manager: one own lead due today, one own 2 days late, and their
    people's follow-ups 8 and 5 days late (flagged to them) and 2 days late (not yet): the
    tiles, the lists and the reminder count the same leads, and no empty text says
    "nothing is due" beside them."""
    from datetime import date, timedelta

    from crm.followups.reminders import reminder
    from crm.leads.edit import create_lead
    from tests.services import lead_data

    today = date.today()
    for who, late, name in (
        (people.zhao, 0, "赵今日"),
        (people.zhao, 2, "赵逾期"),
        (people.wang, 8, "王风险"),
        (people.li, 5, "李主管"),
        (people.wang, 2, "王两天"),
    ):
        create_lead(
            store,
            who,
            lead_data(
                company_name=f"{name}科技有限公司",
                next_followup=today - timedelta(days=late),
                **({"city": "future"} if who is people.li else {}),
            ),
            today=today,
        )
    page = window.my_day
    window.show_page("my_day")
    page.refresh()
    tiles = {k: page.numbers[k].value.text() for k in page.numbers}
    assert tiles == {"due": "1", "late": "1", "escalated": "2", "stale": "0"}
    assert "risk" not in page.numbers
    assert page.numbers["escalated"].caption.text() == "已提醒您（逾期 5 天以上）"
    assert page.followups.model.total() == 2 and page.escalated.model.total() == 2
    assert {page.escalated.model.row_at(i).company for i in range(2)} == {
        "王风险科技有限公司",
        "李主管科技有限公司",
    }
    r = reminder(store, people.zhao, today)
    assert (r.due, r.overdue, r.flagged, r.total) == (1, 1, 2, 4)
    assert sum(int(t) for k, t in tiles.items() if k != "stale") == r.total
    assert page.followups.table.isVisibleTo(page) and page.escalated.table.isVisibleTo(page)


def test_an_officers_third_tile_is_their_own_at_risk(window, store, people):
    page = window.my_day
    assert "escalated" not in page.numbers and not page.escalated.isVisibleTo(page)
    assert page.numbers["risk"].caption.text() == "有风险（逾期 7 天以上）"
