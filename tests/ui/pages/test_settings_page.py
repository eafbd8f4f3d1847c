"""The settings page (crm.ui.pages.settings_page)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


@pytest.mark.parametrize("window", ["zhao"], indirect=True)  # a manager sets them
def test_settings_thresholds_and_language_from_the_page(window, store):
    from crm.team_settings import followup_thresholds

    page = window.settings_page
    window.show_page("settings")
    page.spins["officer"].setValue(2)
    page.spins["manager"].setValue(4)
    QTest.mouseClick(page.th_save, Qt.MouseButton.LeftButton)
    assert followup_thresholds(store).officer == 2 and followup_thresholds(store).manager == 4
    page.spins["manager"].setValue(1)  # must increase: refused next to the thresholds
    QTest.mouseClick(page.th_save, Qt.MouseButton.LeftButton)
    assert page.th_error.isVisible() and followup_thresholds(store).manager == 4
    page.language.setCurrentIndex(1)
    QApplication.processEvents()
    assert window.nav.item(1).text() == "Leads" and page.title.text() == "Settings"
    page.language.setCurrentIndex(0)
    QApplication.processEvents()
    assert window.nav.item(1).text() == "线索"


def test_a_city_manager_reads_the_corridor_wide_thresholds_with_the_reason(controller, store):
    """The thresholds apply to every city: a city manager sees them, disabled, saying why."""
    from crm.accounts.users import identify
    from crm.reference import reference

    city = reference(store).id_of("city", "future")
    w = controller.build(identify(store, "周经理", city, role="manager")[0])
    page = w.settings_page
    w.show_page("settings")
    why = "此项适用于整个大走廊：只有管委会领导或管理员可以修改。"
    for widget in (*page.spins.values(), page.th_save):
        assert not widget.isEnabled() and widget.toolTip() == why
