"""Pages are built when first shown: the window opens with only its current page, a page
asked for by code is built on the spot, and a feature's addition to a page (the export
button on the lead list) arrives whenever that page comes to exist."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QStackedWidget, QToolButton

from crm.ui.page_stack import PageStack
from crm.ui.settings import PAGE
from tests.ui.conftest import close_quietly, seed_leads


def test_the_window_builds_only_the_page_it_opens_on(controller, store, people):
    seed_leads(store, people.wang, 2)
    controller.settings.set(PAGE, "leads")
    window = controller.build(people.wang)
    try:
        built = [k for k in window.pages.page_keys() if window.pages.is_built(k)]
        assert built == ["leads"]
        assert window.stack.currentWidget() is window.leads
        assert window.leads.model.total() == 2
        # the export button, added by a feature, is on the list
        assert window.leads.findChild(QToolButton, "exportExcel") is not None
        window.show_page("pipeline_funnel")
        assert window.pages.is_built("pipeline_funnel")
        assert window.stack.currentWidget() is window.page("pipeline_funnel")
        assert window.pipeline_funnel is window.page("pipeline_funnel")
        assert not window.pages.is_built("reports")
    finally:
        close_quietly(window)


def test_a_feature_reaches_a_page_when_it_is_built(controller, people):
    controller.settings.set(PAGE, "my_day")
    window = controller.build(people.wang)
    try:
        assert not window.pages.is_built("leads")
        seen = []
        window.when_built("leads", seen.append)
        assert seen == []
        page = window.page("leads")  # asked for by code: built on the spot
        assert seen == [page]
        window.when_built("leads", seen.append)  # already there: called at once
        assert seen == [page, page]
        assert page.findChild(QToolButton, "exportExcel") is not None
    finally:
        close_quietly(window)


def test_a_page_replaces_its_placeholder_where_it_stands(qapp):
    nav, stack = QListWidget(), QStackedWidget()
    pages = PageStack(nav, stack)
    made = []

    def make(text):
        def factory():
            made.append(text)
            return QLabel(text)

        return factory

    pages.add("a", make("A"), "plus", lambda: "A")
    pages.add("c", make("C"), "plus", lambda: "C")
    pages.add("b", make("B"), "plus", lambda: "B", index=1)
    assert pages.page_keys() == ["a", "b", "c"] and nav.item(1).text() == "B"
    stack.setCurrentIndex(1)
    assert made == []
    b = pages.page("b")
    assert made == ["B"] and stack.indexOf(b) == 1 and stack.currentWidget() is b
    assert pages.page("b") is b and made == ["B"]  # built once
    assert pages.built_page("a") is None and stack.count() == 3
