"""The lead list shows first and its selected lead's detail right after: the detail panel is
built once the list has been painted, in the place and at the width its card held."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from crm.leadlist.query import LeadFilter, count_leads
from crm.leads import edit as leads
from crm.ui.models.lead_columns import COLUMNS
from tests.ui.conftest import activate, seed_leads


def test_the_detail_follows_the_list_and_keeps_the_layout(window, store, people, qtbot):
    seed_leads(store, people.wang, 3)
    window.show_page("leads")
    page = window.leads
    assert page._detail is None  # the list is built; its detail waits for the list's frame
    sizes = page.splitter.sizes()
    qtbot.waitUntil(lambda: page._detail is not None and page.detail.detail is not None)
    assert page.splitter.sizes() == sizes
    assert page.detail.isVisible()
    first = page.model.row_at(0)
    assert page.detail.detail.id == first.id
    assert first.company in page.detail.title.text()


def test_deleted_leads_view_restores_a_lead(window, store, people):
    ids = seed_leads(store, people.wang, 2)
    leads.delete_lead(store, people.wang, ids[0])
    window.show_page("leads")
    window.leads.show_filter(LeadFilter(deleted=True), "已删除")
    assert window.leads.model.total() == 1
    assert window.leads.filters.chip.isVisible() and window.leads.filters.chip.text() == "已删除"
    window.leads.ensure_detail()
    panel = window.leads.detail
    assert panel.restore_button.isVisible() and not panel.edit_button.isEnabled()
    QTest.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert count_leads(store, people.wang, LeadFilter()) == 2
    assert window.leads.model.total() == 0  # no longer among the deleted
    activate(window)
    QTest.keySequence(window, "Ctrl+Z")  # deleted again
    assert count_leads(store, people.wang, LeadFilter()) == 1
    QTest.mouseClick(window.leads.filters.chip, Qt.MouseButton.LeftButton)
    assert window.leads.model.total() == 1 and not window.leads.filters.chip.isVisible()


def test_saved_view_restores_filter_sort_and_columns(window, store, people, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    seed_leads(store, people.wang, 3)
    page = window.leads
    window.show_page("leads")
    page.filters.search.setText("生物")
    QTest.qWait(150)
    page.model.sort(
        COLUMNS.index(next(c for c in COLUMNS if c.key == "planned_investment")),
        Qt.SortOrder.DescendingOrder,
    )
    header = page.table.horizontalHeader()
    header.setSectionHidden(2, True)  # hide the project column
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("我的生物医药", True))
    page.save_view()
    page.filters.reset()
    header.setSectionHidden(2, False)
    assert page.model.total() == 3
    from crm.leadlist.saved_views import list_views

    (view,) = list_views(store, people.wang)
    page.apply_view(view)
    QTest.qWait(150)
    assert page.filters.search.text() == "生物" and page.model.total() == 1
    assert page.model.sort_keys == (("planned_investment", True),)
    assert header.isSectionHidden(2)


def test_column_chooser_hides_and_shows_columns(window):
    page = window.leads
    page._fill_columns_menu()
    acts = page.columns_menu.actions()
    credit = next(a for a in acts if a.text() == "统一社会信用代码")
    i = next(i for i, c in enumerate(COLUMNS) if c.key == "credit_code")
    assert page.table.horizontalHeader().isSectionHidden(i)
    credit.trigger()
    assert not page.table.horizontalHeader().isSectionHidden(i)


def test_a_search_that_matches_nothing_says_so_and_clears(window, store, people, qtbot):
    seed_leads(store, people.wang, 3)
    window.show_page("leads")
    page = window.leads
    assert page.model.total() == 3 and not page.empty_state.isVisible()
    page.filters.search.setText("不存在的公司")
    qtbot.waitUntil(lambda: page.model.total() == 0)
    assert page.empty_state.isVisible()
    assert page.empty_state.message.text() == "没有线索匹配“不存在的公司”。"
    assert page.empty_state.geometry() == page.table.viewport().rect()
    QTest.mouseClick(page.empty_state.clear_button, Qt.MouseButton.LeftButton)
    assert page.filters.search.text() == "" and page.model.total() == 3
    assert not page.empty_state.isVisible()
    page.filters.key.setChecked(True)  # no key project among them: the filters, not the search
    assert page.model.total() == 0
    assert page.empty_state.message.text() == "没有线索匹配这些筛选条件。"
    assert page.empty_state.clear_button.isVisible()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_column_header_is_whole(window, store, people, app, lang):
    """ "Key proje": each shown column is at least as wide as its header says."""
    from crm.ui import i18n as ui_i18n

    ui_i18n.install(app, lang)
    seed_leads(store, people.wang, 2)
    window.resize(1346, 720)
    window.show_page("leads")
    QTest.qWait(20)
    table = window.leads.table
    header, model = table.horizontalHeader(), table.model()
    from PySide6.QtGui import QFont, QFontMetrics

    bold = QFont(header.font())
    bold.setWeight(QFont.Weight.DemiBold)  # app.qss: headings are semi-bold
    fm = QFontMetrics(bold)
    for col in range(model.columnCount()):
        if header.isSectionHidden(col):
            continue
        text = model.headerData(col, Qt.Orientation.Horizontal)
        # the section's padding each side and its border (app.qss)
        assert fm.horizontalAdvance(text) + 14 <= header.sectionSize(col), text
