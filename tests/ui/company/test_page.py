"""The company page as a user reaches it: from a lead's detail (its Company… button), with the
company's projects in both cities, its people and activities; Enter on a project opens that
lead; designations edited on the page show on every project; in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox

from crm.followups.activities import log_activity
from crm.leads.contacts import add_contact
from crm.leads.edit import create_lead, get_lead
from crm.ui import i18n as ui_i18n
from crm.ui.company.page import CompanyPage
from tests.services import TODAY, lead_data


def _company(store, people):
    own = create_lead(store, people.wang, lead_data(fortune500=True), today=TODAY).lead_id
    other = create_lead(
        store,
        people.li,
        lead_data(city="future", project_name="云帆未来二期"),
        duplicate_reason="二期",
        today=TODAY,
    ).lead_id
    add_contact(
        store, people.wang, own, {"name": "张伟", "title": "总经理", "mobile": "13812345678"}
    )
    for lead, who in ((own, people.wang), (other, people.li)):
        log_activity(
            store,
            who,
            lead,
            {"activity_type": "visit", "summary": "上门拜访", "occurred_on": TODAY},
        )
    return own, other


def _page() -> CompanyPage:
    pages = [w for w in QApplication.topLevelWidgets() if isinstance(w, CompanyPage)]
    assert len(pages) == 1
    return pages[0]


def test_opened_from_a_lead_with_projects_people_activities(window, app, store, people, qtbot):
    own, other = _company(store, people)
    window.show_page("leads")
    window.leads.apply_filter()
    assert window.leads.select_lead(own)
    window.leads.ensure_detail()
    assert "世界500强" in window.leads.detail.meta.text()
    qtbot.mouseClick(window.leads.detail.company_button, Qt.MouseButton.LeftButton)
    page = _page()
    try:
        assert page.title.text() == "杭州云帆智能科技有限公司"
        assert "2 个项目" in page.meta.text() and "2 条跟进" in page.meta.text()
        assert "世界500强" in page.chips.text()
        projects = page.projects_model
        assert [projects.index(r, 0).data() for r in range(2)] == [
            "云帆区域总部项目",
            "云帆未来二期",
        ]
        assert [projects.index(r, 1).data() for r in range(2)] == ["紫金港科技城", "未来科技城"]
        assert page.people_model.index(0, 0).data() == "张伟"
        assert page.activities_model.rowCount() == 2
        opened = []
        window.ctx.bus.open_lead.connect(opened.append)
        page.projects.setFocus()
        page.projects.setCurrentIndex(projects.index(1, 0))
        QTest.keyClick(page.projects, Qt.Key.Key_Return)
        assert opened == [other]
        ui_i18n.install(app, "en")
        QApplication.processEvents()
        assert "2 projects" in page.meta.text() and "Global 500" in page.chips.text()
        assert page.tabs.tabText(0) == "Projects (2)"
        assert projects.headerData(0, Qt.Orientation.Horizontal) == "Project"
    finally:
        page.close()


def test_the_tables_are_sound_models(window, store, people, qtbot, qtmodeltester):
    own, _other = _company(store, people)
    page = CompanyPage(window.ctx, get_lead(store, people.wang, own).company_id, window)
    qtbot.addWidget(page)
    for model in (page.projects_model, page.people_model, page.activities_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_designations_edited_on_the_page_hold_for_every_project(window, store, people, qtbot):
    own, other = _company(store, people)
    page = CompanyPage(window.ctx, get_lead(store, people.wang, own).company_id, window)
    qtbot.addWidget(page)
    page.edit_designations()
    dlg = page.findChild(type(page).__mro__[1], "designationsDialog")
    box = dlg.editors["gazelle"].widget
    assert isinstance(box, QCheckBox)
    box.setChecked(True)
    dlg.save()
    assert get_lead(store, people.li, other).values["gazelle"] is True
    assert "瞪羚" in page.chips.text()  # the page refreshed from the change signal
