"""The main window's first start fits the screen it opens on (a 1366×768 laptop has no room
for 820 pixels under its taskbar); a saved layout is used as it was left."""

from __future__ import annotations

from crm.ui.settings import WINDOW_GEOMETRY
from tests.ui.conftest import close_quietly


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
