"""The main window over a whole store: what every page shows after demo data, and the File
menu's demo offer (only on an empty store)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from crm.leadlist.query import LeadFilter, count_leads
from crm.ui import main_window
from crm.ui.settings import WINDOW_GEOMETRY
from tests.ui.conftest import close_quietly


@pytest.fixture
def small_demo(monkeypatch):
    monkeypatch.setattr(main_window, "DEMO_SIZE", (300, 3000))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)


def _load_demo(window, qtbot) -> None:
    window.load_demo()
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: not window._empty, timeout=10000)


def _figures(model) -> list[str]:
    return [
        model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
        for c in range(1, model.columnCount())
    ]


def test_every_page_shows_the_demo_data_it_was_open_before(window, qtbot, small_demo):
    """年度目标 stayed empty after demo data until the year was switched away and back."""
    for key in ("pipeline_targets", "pipeline_dashboard", "leads", "my_day"):
        window.show_page(key)  # each page built and shown on the empty store first
    targets = window.pipeline_targets.model
    assert not any(_figures(targets))
    _load_demo(window, qtbot)
    assert window.stack.currentWidget() is window.my_day
    window.show_page("pipeline_targets")
    assert len([f for f in _figures(targets) if f]) > 20
    window.show_page("leads")
    assert window.leads.model.total() == 300
    window.show_page("pipeline_dashboard")
    dash = window.pipeline_dashboard
    qtbot.waitUntil(lambda: dash.board is not None and dash.board.has_targets, timeout=10000)
    assert count_leads(window.ctx.store, window.ctx.actor, LeadFilter()) == 300
    # the officer signed in follows some of them: My day shows their portfolio
    mine = window.my_day.recent.model.total()
    assert mine > 0


def test_the_demo_offer_is_in_the_file_menu_only_while_the_store_is_empty(
    window, qtbot, small_demo
):
    assert window.a_demo in window.m_file.actions() and window.a_demo.isVisible()
    _load_demo(window, qtbot)
    assert not window.a_demo.isVisible()


def test_the_first_window_fits_the_screen(controller, people):
    window = controller.build(people.wang)
    try:
        free = window.screen().availableGeometry()
        assert free.height() < 820  # the offscreen screen is smaller than the default size
        assert window.height() <= free.height() - 40 and window.width() <= free.width()
        assert window.y() >= free.top()
        window.resize(500, 400)
        window.save_layout()
    finally:
        close_quietly(window)
    assert not controller.settings.get(WINDOW_GEOMETRY).isEmpty()
    again = controller.build(people.wang)
    try:
        assert (again.width(), again.height()) == (500, 400)
    finally:
        close_quietly(again)


def test_key_widgets_have_object_and_accessible_names(window):
    from PySide6.QtWidgets import QLineEdit, QTableView

    window.show_page("leads")  # an empty store shows the welcome page; the list is built anyway
    assert window.leads is not None
    search = window.findChild(QLineEdit, "searchBox")
    table = window.findChild(QTableView, "leadTable")
    assert search is not None and search.accessibleName() == "搜索线索"
    assert table is not None and table.accessibleName() == "线索列表"
    assert window.findChild(QLabel, "statusUser").text() == "王五 · 招商专员（紫金港科技城）"


def test_report_staff_are_not_offered_a_new_lead_or_an_import(controller, store, people):
    """Report staff write no leads: File ▸ New lead, Import ledger and the welcome page's two
    buttons are disabled, saying why, instead of a form or a wizard whose every row is
    refused at the end."""
    from PySide6.QtGui import QAction

    from crm.accounts.users import identify

    staff = identify(store, "吴报表", None, role="report_staff")[0]
    w = controller.build(staff)
    why = "报表人员可以查看线索，但不能修改。"
    new = w.findChild(QAction, "actionNewLead")
    imp = w.findChild(QAction, "actionImportLedger")
    for control in (new, imp, w.welcome.new_button, w.welcome.import_button):
        assert not control.isEnabled() and control.toolTip() == why
    close_quietly(w)
    officer = controller.build(people.wang)
    for control in (officer.findChild(QAction, "actionNewLead"), officer.welcome.import_button):
        assert control.isEnabled()
    close_quietly(officer)
