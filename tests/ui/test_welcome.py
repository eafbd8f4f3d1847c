"""The welcome shown on an empty store (crm.ui.welcome)."""

from __future__ import annotations


def test_welcome_on_empty_store_offers_first_lead_and_demo(window):
    window.show_page("my_day")
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.demo_button.isEnabled()
    assert window.welcome.new_button.text() == "新建第一条线索"
