"""A manager's look at the contacts of a lead outside their own work: masked until they ask,
and the asking is in the audit log (PIPL)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crm.leads import contacts
from crm.leads import edit as leads
from tests.services import audit_rows
from tests.ui.conftest import seed_leads


def _panel(window, lead_id):
    window.show_page("leads")
    window.leads.apply_filter()
    assert window.leads.select_lead(lead_id)
    window.leads.ensure_detail()
    return window.leads.detail


def _mobiles(view) -> list[str]:
    m = view.model
    return [m.data(m.index(r, 2)) for r in range(m.rowCount())]


@pytest.mark.parametrize("window", ["zhao"], indirect=True)
def test_a_manager_shows_contacts_on_request_and_it_is_recorded(window, qtbot, store, people):
    lead_id = seed_leads(store, people.wang, 1)[0]
    contacts.add_contact(store, people.wang, lead_id, {"name": "张三丰", "mobile": "13812345678"})
    view = _panel(window, lead_id).contacts
    assert _mobiles(view) == ["138****5678"]
    assert view.reveal.isVisibleTo(view) and not view.edit.isEnabled()
    assert not [r for r in audit_rows(store, "lead", lead_id) if r.action == "reveal"]
    qtbot.mouseClick(view.reveal, Qt.MouseButton.LeftButton)
    assert _mobiles(view) == ["13812345678"]
    assert view.edit.isEnabled() and not view.reveal.isVisibleTo(view)
    (row,) = [r for r in audit_rows(store, "lead", lead_id) if r.action == "reveal"]
    assert row.user_id == people.zhao.id


def test_the_owner_sees_contacts_without_asking(window, store, people):
    lead_id = seed_leads(store, people.wang, 1)[0]
    contacts.add_contact(store, people.wang, lead_id, {"name": "张三丰", "mobile": "13812345678"})
    view = _panel(window, lead_id).contacts
    assert _mobiles(view) == ["13812345678"] and not view.reveal.isVisibleTo(view)
    assert leads.get_lead(store, people.wang, lead_id).contacts_on_request is False
