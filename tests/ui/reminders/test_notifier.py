"""Reminders as a person meets them: nothing is asked of the store before the window's first
paint; then the due and late follow-ups come as a notification (our own where the desktop has
no tray, as offscreen); its Open shows those leads in the list; an hour later the same
follow-ups are not announced again, a new one is."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from crm.leads.edit import create_lead
from crm.ui.reminders import notifier
from tests.services import lead_data


def _lead(store, actor, name: str, days: int) -> int:
    return create_lead(
        store,
        actor,
        lead_data(company_name=name, next_followup=date.today() + timedelta(days=days)),
    ).lead_id


def test_the_reminder_comes_after_the_first_paint_and_opens_the_leads(
    controller, store, people, qtbot, monkeypatch
):
    due = _lead(store, people.wang, "今日跟进科技有限公司", 0)
    late = _lead(store, people.wang, "逾期跟进科技有限公司", -4)
    _lead(store, people.wang, "下周跟进科技有限公司", 6)
    monkeypatch.setattr(notifier, "START_DELAY_MS", 0)
    calls = []
    real = notifier.Notifier.check
    monkeypatch.setattr(notifier.Notifier, "check", lambda self: calls.append(1) or real(self))
    w = controller.build(people.wang)
    try:
        n = w._reminders
        assert not n._started and calls == []  # built, not shown: nothing asked yet
        w.resize(1366, 768)
        w.show()
        qtbot.waitUntil(lambda: n.toast is not None and n.toast.isVisible(), timeout=5000)
        assert calls == [1] and n.hourly.interval() == 60 * 60 * 1000
        assert n.toast.title.text() == "2 条跟进需要您处理"
        assert "逾期跟进科技有限公司" in n.toast.text.text()
        n.toast.open_button.click()
        assert not n.toast.isVisible()
        shown = {w.leads.model.row_at(r).id for r in range(w.leads.model.rowCount())}
        assert shown == {due, late}
        # an hour later: nothing new, nothing said
        n.check()
        w.ctx.tasks.wait()
        QApplication.processEvents()
        assert not n.toast.isVisible()
        fresh = _lead(store, people.wang, "新到期科技有限公司", -1)
        n.check()
        qtbot.waitUntil(lambda: n.toast.isVisible(), timeout=5000)
        assert n.toast.title.text() == "3 条跟进需要您处理"
        assert fresh in n.current.lead_ids or n.current.total == 3
        # the language switched while it is shown: it is said in the new one (a newcomer's
        # trial found it kept the old language)
        from crm.ui import i18n as ui_i18n

        try:
            ui_i18n.install(QApplication.instance(), "en")
            QApplication.processEvents()
            assert n.toast.title.text() == "3 follow-ups need you"
            assert n.toast.open_button.text() == "Open"
        finally:
            ui_i18n.install(QApplication.instance(), "zh_CN")
        QApplication.processEvents()
        assert n.toast.title.text() == "3 条跟进需要您处理"
    finally:
        from tests.ui.conftest import close_quietly

        if n.toast is not None:
            n.toast.hide()
        close_quietly(w)


@pytest.mark.parametrize("window", ["zhao"], indirect=True)
def test_a_managers_open_shows_my_day_where_both_lists_are(window, store, people):
    """A manager told of their own follow-ups and of their people's: Open shows My day, whose
    tiles count what the notification counted (the lead list showed only their own)."""
    from crm.followups.reminders import reminder

    _lead(store, people.zhao, "赵今日科技有限公司", 0)
    _lead(store, people.wang, "王风险科技有限公司", -8)
    window.show_page("leads")
    n = window._reminders
    n.current = reminder(store, people.zhao)
    assert (n.current.due, n.current.flagged) == (1, 1)
    n.open()
    assert window.stack.currentWidget() is window.my_day
    page = window.my_day
    page.refresh()
    tiles = sum(int(page.numbers[k].value.text()) for k in ("due", "late", "escalated"))
    assert tiles == n.current.total == 2
