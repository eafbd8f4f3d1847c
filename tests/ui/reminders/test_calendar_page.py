"""The follow-up calendar: a month's grid counts each day's follow-ups, the list beside it
shows the chosen day, its week or the month, mine or every lead I see; Enter opens a lead."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from crm.followups.reminders import week_of
from crm.leads.edit import create_lead
from tests.services import lead_data


def test_the_calendar_by_day_week_and_month(window, store, people, qtbot):
    today = date.today()
    monday, _sunday = week_of(today)
    mine = create_lead(
        store, people.wang, lead_data(company_name="本周一科技有限公司", next_followup=monday)
    ).lead_id
    create_lead(
        store,
        people.wang,
        lead_data(company_name="下下周科技有限公司", next_followup=monday + timedelta(days=14)),
    )
    create_lead(
        store,
        people.zhao,
        lead_data(company_name="他人科技有限公司", next_followup=monday, city="future",
                  owner=people.li.id),
    )  # fmt: skip
    window.show_page("calendar")
    page = window.page("calendar")
    page.calendar.setSelectedDate(QDate(monday.year, monday.month, monday.day))
    assert page.calendar.counts[monday] == 1  # mine only
    page.day_button.click()
    assert page.heading.text().endswith("1 条跟进"), page.heading.text()
    assert page.model.rowCount() == 1, (page.model.rows, page.range())
    page.week_button.click()
    assert [page.model.index(r, 1).data() for r in range(page.model.rowCount())] == [
        "本周一科技有限公司"
    ]
    page.scope.setCurrentIndex(page.scope.count() - 1)  # every lead I see
    assert page.calendar.counts[monday] == 2
    assert page.model.rowCount() == 2
    opened = []
    window.ctx.bus.open_lead.connect(opened.append)
    page.table.setFocus()
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.index(r, 1).data().startswith("本周一")
    )
    page.table.setCurrentIndex(page.model.index(row, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [mine]


def test_the_calendar_has_a_title_sits_by_my_day_and_says_the_owner_whole(
    window, store, people, app
):
    from crm.ui import i18n as ui_i18n

    keys = window.pages.page_keys()
    assert keys.index("calendar") == keys.index("leads") + 1
    assert keys.index("calendar") < keys.index("settings")
    monday, _sunday = week_of(date.today())
    create_lead(
        store,
        people.zhao,
        lead_data(company_name="他人科技有限公司", next_followup=monday, city="future",
                  owner=people.li.id),
    )  # fmt: skip
    ui_i18n.install(app, "en")
    window.show_page("calendar")
    page = window.page("calendar")
    assert page.title.text() == "Follow-up calendar" and page.title.isVisible()
    page.calendar.setSelectedDate(QDate(monday.year, monday.month, monday.day))
    assert page.table.isColumnHidden(5)  # my follow-ups: the owner is me on every row
    page.scope.setCurrentIndex(page.scope.count() - 1)  # every lead I see
    assert page.model.rowCount() == 1 and not page.table.isColumnHidden(5)
    QTest.qWait(20)
    fm, header = page.table.fontMetrics(), page.table.horizontalHeader()
    for col in (0, 3, 4, 5):  # date, city, stage, owner: never cut
        text = page.model.index(0, col).data()
        assert fm.horizontalAdvance(text) <= header.sectionSize(col), (col, text)
    assert page.table.horizontalScrollBar().maximum() == 0
