"""Windows within the screen's free area: the main window on a first start, dialogs at the
size the user left them; the pages scroll inside a window smaller than a page, the navigation
narrows to icons, and the lead list's filters take a second row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from crm.ui.window_fit import FRAME, free_area
from tests.ui.conftest import activate, close_quietly, seed_leads


def test_the_first_window_fits_the_free_area_of_the_screen(controller, people):
    """It opened at 1360×820 on a 1366×768 laptop: its bottom and status bar off-screen."""
    w = controller.build(people.wang)
    try:
        free = free_area(w)
        assert free.width() < 1360 + FRAME.width()  # the test screen is smaller than that
        w.show()
        QApplication.processEvents()
        QTest.qWait(20)  # framed by the (offscreen) window manager, then kept inside
        assert free.contains(w.frameGeometry()), (free, w.frameGeometry())
        assert w.statusBar().isVisible() and free.contains(w.statusBar().mapToGlobal(
            w.statusBar().rect().bottomRight()))  # fmt: skip
    finally:
        close_quietly(w)


def test_a_page_larger_than_the_window_scrolls_inside_it(window, store, people):
    seed_leads(store, people.wang, 2)
    window.resize(520, 360)
    window.show_page("leads")
    QTest.qWait(20)
    area = window.findChild(QScrollArea, "pageScroll")
    assert window.minimumSizeHint().width() < 520
    assert window.leads.minimumSizeHint().width() > area.viewport().width()
    assert area.horizontalScrollBar().maximum() > 0 or area.verticalScrollBar().maximum() > 0
    window.resize(1366, 768)


def test_a_dialog_opens_at_the_size_it_was_left_at(window):
    window.new_lead()
    form = window._forms[-1]
    activate(form)
    QTest.qWait(20)
    free = free_area(form)
    assert free.contains(form.frameGeometry()), (free, form.frameGeometry())
    form.resize(700, 480)
    form.reject()  # nothing typed: it closes without asking
    window.new_lead()
    again = window._forms[-1]
    activate(again)
    assert again is not form and again.size() == QSize(700, 480)
    again.reject()


def test_a_narrow_window_shows_the_navigation_as_icons_and_filters_on_two_rows(
    window, store, people
):
    seed_leads(store, people.wang, 2)  # the lead list, not the welcome page
    nav = window.nav
    window.resize(1366, 768)
    QApplication.processEvents()
    assert nav.item(0).text() == "我的工作台"
    window.resize(720, 600)
    window.show_page("leads")
    QTest.qWait(20)
    assert nav.item(0).text() == "" and nav.item(0).toolTip() == "我的工作台"
    assert nav.width() <= 60
    bar = window.leads.filters
    assert bar.city.y() >= bar.search.geometry().bottom()  # the choices on a second row
    window.resize(1366, 768)
    QTest.qWait(20)
    assert nav.item(0).text() == "我的工作台" and bar.city.y() < bar.search.geometry().bottom()


@pytest.mark.parametrize("window", ["admin"], indirect=True)
def test_an_administrators_pages_all_fit_the_navigation_at_1366x768(window):
    """14 pages scrolled the navigation on a 1366×768 laptop (the window opens in the free area
    under the taskbar, some 700 pixels high): its rows pack closer instead, and spread again
    when the window is tall enough."""
    nav = window.nav
    window.resize(1366, 700)
    QTest.qWait(50)
    assert nav.count() >= 14
    assert nav.property("dense") is True
    assert not nav.verticalScrollBar().isVisible()
    last = nav.visualItemRect(nav.item(nav.count() - 1))
    assert last.bottom() <= nav.viewport().height()
    window.resize(1366, 1400)
    QTest.qWait(50)
    assert nav.property("dense") is False


def test_an_officers_pages_keep_their_spacing(window):
    window.resize(1366, 768)
    QTest.qWait(50)
    assert window.nav.property("dense") is not True
    assert not window.nav.verticalScrollBar().isVisible()
