"""The lead beside the list: amounts and quantities written one way (English said "Planned 873
10k yuan"; the Details tab had "15706.0 平方米" beside "1,162.00 万元")."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from crm.leads import edit as leads
from crm.ui import i18n as ui_i18n
from crm.ui.typing_sim import type_text


def _lead(store, actor) -> int:
    return leads.create_lead(
        store,
        actor,
        {
            "company_name": "杭州云帆智能科技有限公司",
            "project_name": "云帆研发中心项目",
            "field": "internet",
            "city": "zijingang",
            "planned_investment": "873万",
            "expected_output": "1.2亿",
            "floor_space_m2": "15706",
            "land_mu": "12.5",
        },
    ).lead_id


def _details(panel) -> list[str]:
    return [w.text() for w in panel.fields_box.findChildren(QLabel)]


def test_amounts_and_quantities_read_one_way_in_both_languages(window, app, store, people):
    lead_id = _lead(store, people.wang)
    window.show_page("leads")
    window.leads.apply_filter()
    assert window.leads.select_lead(lead_id)
    window.leads.ensure_detail()
    panel = window.leads.detail
    assert "计划投资 873万元" in panel.meta.text()
    texts = _details(panel)
    assert "873万元" in texts and "每年 1.20亿元" in texts
    assert "15,706 平方米" in texts and "12.5 亩" in texts
    ui_i18n.install(app, "en")
    QApplication.processEvents()
    assert "Planned RMB 8.73 m" in panel.meta.text()
    texts = _details(panel)
    assert "RMB 8.73 m" in texts and "RMB 120.00 m a year" in texts
    assert "15,706 m²" in texts and "12.5 mu" in texts
    assert not [t for t in texts if "10k yuan" in t]


def test_the_amount_field_says_in_english_how_it_read_the_amount(window, app):
    ui_i18n.install(app, "en")
    window.new_lead()
    form = window._forms[-1]
    ed = form.editors["planned_investment"]
    type_text(ed.focus, "1.2亿")
    assert ed.hint.text() == "= RMB 120.00 m"
    ed.widget.setText("873")
    assert ed.hint.text() == "= RMB 8.73 m"


def test_the_panels_tabs_and_dates_are_whole_in_english_at_1366(window, store, people, qtbot):
    """ "His" behind scroll arrows, and the calendar button over the date: at 1366×768 less a
    window frame the five tabs show whole and each date field keeps its text clear of its
    button."""
    from PySide6.QtTest import QTest

    _lead(store, people.wang)
    ui_i18n.install(QApplication.instance(), "en")
    window.resize(1346, 720)
    window.show_page("leads")
    page = window.leads
    qtbot.waitUntil(lambda: page._detail is not None and page.detail.detail is not None)
    QTest.qWait(20)
    tabs = page.detail.tabs
    bar = tabs.tabBar()
    assert bar.tabText(4) == "History"
    assert sum(bar.tabRect(i).width() for i in range(bar.count())) <= bar.width()
    for i in range(bar.count()):
        fm = bar.fontMetrics()
        assert fm.horizontalAdvance(bar.tabText(i)) < bar.tabRect(i).width(), bar.tabText(i)
    for date_edit in (page.detail.quick.day, page.detail.quick.next):
        edit, button = date_edit.edit, date_edit.button
        assert edit.geometry().right() < button.geometry().left()
        widest = max(
            edit.fontMetrics().horizontalAdvance(t) for t in ("2026-12-31", edit.placeholderText())
        )
        assert widest <= edit.width() - 12  # the padding each side
