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
