"""The lead list's owner filter lists the officers in name (pinyin) order, made when someone
first reaches for it: the pinyin dictionary is not needed for the list's first frame."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from crm.accounts.users import identify
from crm.leadlist import saved_views
from crm.leadlist.query import LeadFilter
from tests.ui.conftest import seed_leads


def _texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_owners_are_listed_when_the_box_is_first_used(window, store, people):
    identify(store, "阿强", people.city_future)  # a (pinyin) before 李 li and 赵 zhao
    owner = window.leads.filters.owner
    assert _texts(owner) == ["全部负责人", "我的"]
    owner.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.qWait(10)
    assert _texts(owner) == ["全部负责人", "我的", "阿强", "李四", "赵六"]
    QTest.keyClick(owner, Qt.Key.Key_Down)
    QTest.keyClick(owner, Qt.Key.Key_Down)
    assert owner.currentText() == "阿强"


def test_a_saved_view_with_an_owner_restores_it(window, store, people):
    view, _ = saved_views.save_view(
        store, people.wang, "李四的", LeadFilter(owners=(people.li.id,)), (), ()
    )
    bar = window.leads.filters
    window.leads.apply_view(view)
    assert bar.owner.currentText() == "李四"
    assert bar.current().owners == (people.li.id,)


def test_the_designation_filter_shows_the_companies_that_hold_it(window, store, people):
    from crm.leads.edit import create_lead
    from tests.services import lead_data

    listed = create_lead(store, people.wang, lead_data(listed_where="港交所")).lead_id
    create_lead(store, people.wang, lead_data(company_name="杭州普通科技有限公司"))
    window.show_page("leads")
    window.leads.apply_filter()
    box = window.leads.filters.designation
    assert _texts(box) == [
        "全部企业称号", "世界500强", "中国500强", "上市", "独角兽/准独角兽", "专精特新", "瞪羚",
    ]  # fmt: skip
    box.setFocus()
    for _ in range(3):
        QTest.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == "上市"
    model = window.leads.model
    assert [model.row_at(r).id for r in range(model.rowCount())] == [listed]
    column = next(i for i, c in enumerate(model.columns) if c.key == "designations")
    assert model.index(0, column).data() == "上市（港交所）"
    assert model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) == "上市（港交所）"


def _text_room(combo) -> int:
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return rect.width()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_filters_say_what_they_are_whole_at_1366(window, app, lang):
    """ "全部跟进状", "Any follow", "Any design" and the search box's "…（Ct…" were cut: at
    1366×768 less a window frame, each choice says its "All …" whole (the choices take a
    second row if they must), and so does the search box its placeholder."""
    from crm.ui import i18n as ui_i18n

    ui_i18n.install(app, lang)
    seed_leads(window.ctx.store, window.ctx.actor, 1)
    window.resize(1346, 720)
    window.show_page("leads")
    QTest.qWait(50)
    bar = window.leads.filters
    for combo in bar._choices:
        text = combo.itemText(0)
        assert combo.currentText() == text
        assert combo.fontMetrics().horizontalAdvance(text) <= _text_room(combo), text
    search = bar.search
    room = search.width() - 60  # the magnifier and the clear button
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) <= room
    for box in (bar.key, bar.review):
        assert box.width() >= box.sizeHint().width(), box.text()
    assert bar.reset_button.geometry().right() <= bar.width()
