"""The lead list shows first and its selected lead's detail right after: the detail panel is
built once the list has been painted, in the place and at the width its card held."""

from __future__ import annotations

from tests.ui.conftest import seed_leads


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
