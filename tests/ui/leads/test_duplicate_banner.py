"""The duplicate warning while a company is typed in the lead form (crm.ui.leads.duplicate_banner)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from crm.leadlist.query import LeadFilter, count_leads
from crm.leads import edit as leads
from crm.ui.lead_form import LeadForm
from crm.ui.typing_sim import type_text
from tests.ui.conftest import activate


def _form(window) -> LeadForm:
    """The form just opened, once it is the active window (shortcuts go to the active window)."""
    form = window._forms[-1]
    activate(form)
    return form


def test_duplicate_warning_while_typing_names_owner_and_city(window, qtbot, store, people):
    leads.create_lead(
        store,
        people.li,
        {
            "company_name": "浙江星河智能科技有限公司",
            "project_name": "总部",
            "field": "internet",
            "city": "future",
        },
    )
    window.new_lead()
    form = _form(window)
    type_text(form.editors["company_name"].focus, "浙江星河智能科技（杭州）有限公司")
    qtbot.waitUntil(lambda: form.banner.isVisible(), timeout=2000)
    text = form.banner_text.text()
    assert "李四" in text and "未来科技城" in text
    assert form.open_button.isVisible()
    # saving without a reason refuses and asks for one; with a reason it goes through
    type_text(form.editors["project_name"].focus, "二期")
    form.editors["field"].widget.setCurrentText(
        "互联网+"
    )  # a new lead's field is chosen, never assumed
    QTest.keySequence(form, "Ctrl+S")
    assert form.isVisible()
    assert count_leads(store, people.wang, LeadFilter()) == 1
    type_text(form.reason, "增资扩产")
    QTest.mouseClick(form.create_anyway, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert count_leads(store, people.wang, LeadFilter()) == 2


def test_the_warning_names_each_record_of_the_company(app, store, people):
    """Several people follow the company: the warning names the first record and the others
    (up to three), so a person sees their own record even when it is not the first."""
    from crm.leads.dedup import find_duplicates
    from crm.ui.leads.duplicate_banner import SHOWN_OTHERS, DuplicateBanner

    assert SHOWN_OTHERS == 3
    for who, project, city in [(people.wang, "一期", "zijingang"), (people.li, "二期", "future")]:
        leads.create_lead(
            store,
            who,
            {
                "company_name": "浙江星河智能科技有限公司",
                "project_name": project,
                "field": "internet",
                "city": city,
            },
            duplicate_reason="二期" if project == "二期" else None,
        )
    banner = DuplicateBanner()
    banner.show_report(
        find_duplicates(store, people.li, name="浙江星河智能科技有限公司"), creating=True
    )
    text = banner.text.text()
    # 王五 followed it first, but 李四's own record comes first, then 王五's
    assert text.index("李四") < text.index("王五")
    assert "共" not in text  # all named: nothing left to count
