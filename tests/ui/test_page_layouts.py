"""What the pages show fits in both languages at 1366×768: My day's dates, stages and states
are not cut (逾期 5 … and "Next follow-u" were), the follow-up review needs no sideways
scrolling, and the dashboard's year-to-date table shows every city."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from crm.demo import generate
from crm.ui import i18n as ui_i18n
from tests.ui.conftest import close_quietly


def cut_cells(table, columns, *, tooltips: bool = False) -> list[str]:
    """The texts of ``columns`` in the rows in view that the table has to shorten with …
    (``tooltips``: except those whose tooltip says them in full)."""
    model, header, cut = table.model(), table.horizontalHeader(), []
    option = QStyleOptionViewItem()
    option.initFrom(table)
    for r in range(min(model.rowCount(), 12)):
        for c in columns:
            index = model.index(r, c)
            need = table.itemDelegate().sizeHint(option, index).width()
            if need > header.sectionSize(c) and index.data():
                if tooltips and index.data(Qt.ItemDataRole.ToolTipRole) == index.data():
                    continue
                cut.append(str(index.data()))
    return cut


@pytest.fixture
def demo_window(controller, store, qtbot):
    generate(store, leads=300, activities=3000, seed=4, today=date.today())
    from crm.accounts.users import get_actor
    from crm.reference import reference

    officer = next(u for u in reference(store).users.values() if u.username == "future_1")
    w = controller.build(get_actor(store, officer.id))
    w.resize(1366, 768)
    w.show()
    QTest.qWait(20)
    yield w
    close_quietly(w)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_my_days_cards_say_their_dates_stages_and_states_whole(demo_window, app, lang):
    ui_i18n.install(app, lang)
    QApplication.processEvents()
    page = demo_window.my_day
    page.refresh()
    for card in (page.followups, page.stale, page.recent):
        assert card.model.rowCount() > 0, card.objectName()
        others = range(1, card.model.columnCount())  # all but the company
        # a rare long one (Construction started) may end in … with the whole in its tooltip
        assert cut_cells(card.table, others, tooltips=True) == [], card.table.objectName()
        assert len(cut_cells(card.table, others)) <= 2
        assert card.table.horizontalScrollBar().maximum() == 0
        # the company keeps room for a whole common name: cut to 5 characters, two 新宇互动娱…
        # rows could not be told apart
        whole = card.table.fontMetrics().horizontalAdvance("★ 杭州新宇互动娱乐有限公司")
        assert card.table.horizontalHeader().sectionSize(0) >= whole, card.table.objectName()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_follow_up_review_needs_no_sideways_scrolling(demo_window, app, qtbot, lang):
    ui_i18n.install(app, lang)
    demo_window.show_page("pipeline_review")
    page = demo_window.pipeline_review
    qtbot.waitUntil(
        lambda: page.review is not None and not demo_window.ctx.tasks.busy, timeout=10000
    )
    QTest.qWait(20)
    for table in (page.officer_table, page.city_table):
        assert table.horizontalScrollBar().maximum() == 0, (lang, table.objectName())
        assert cut_cells(table, range(table.model().columnCount())) == []


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_dashboard_shows_every_city_against_its_targets(demo_window, app, qtbot, lang):
    ui_i18n.install(app, lang)
    demo_window.show_page("pipeline_dashboard")
    page = demo_window.pipeline_dashboard
    qtbot.waitUntil(
        lambda: page.board is not None and not demo_window.ctx.tasks.busy, timeout=10000
    )
    QTest.qWait(20)
    table = page.targets_table
    rows = table.model().rowCount()
    assert rows == 6  # the corridor and its five cities
    assert table.verticalScrollBar().maximum() == 0
    last = table.visualRect(table.model().index(rows - 1, 0))
    assert last.bottom() <= table.viewport().height()
    assert cut_cells(table, [0]) == []  # Qingshan Lake Sci-Tech City whole
    assert QModelIndex() is not None


def test_the_settings_numbers_are_not_a_screen_wide(window):
    """Two-digit thresholds sat in spin boxes about 1,000 pixels wide (app.qss bounds them)."""
    from PySide6.QtWidgets import QSpinBox

    window.show_page("settings")
    QTest.qWait(20)
    page = window.settings_page
    boxes = page.findChildren(QSpinBox)
    assert boxes
    for box in boxes:
        assert box.fontMetrics().horizontalAdvance("999") < box.width() <= 150, box.objectName()
