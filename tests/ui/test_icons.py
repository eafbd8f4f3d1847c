"""Icons are Material Design glyphs from the font qtawesome ships, drawn in their colour per
mode, without importing qtawesome (its qtpy import costs 0.3 s at every start)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtGui import QColor, QIcon

from crm.ui.icons import icon, nav_icon


def _colours(pixmap) -> set[str]:
    image = pixmap.toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_an_icon_is_its_glyph_in_its_colour(qapp):
    plus = icon("plus", "#1f5f99").pixmap(32, 32)
    assert "#1f5f99" in _colours(plus)  # opaque pixels of the glyph in the asked colour
    assert _colours(plus) <= {"#1f5f99"}  # and no other opaque colour
    # another glyph draws other pixels
    assert icon("magnify", "#1f5f99").pixmap(32, 32).toImage() != plus.toImage()


def test_nav_icons_turn_white_when_chosen(qapp):
    nav = nav_icon("cog-outline")
    assert "#dce6f2" in _colours(nav.pixmap(24, 24, QIcon.Mode.Normal))
    assert "#ffffff" in _colours(nav.pixmap(24, 24, QIcon.Mode.Selected))
    disabled = icon("plus", "#1f5f99").pixmap(24, 24, QIcon.Mode.Disabled)
    assert "#1f5f99" not in _colours(disabled) and QColor("#1f5f99").isValid()


def test_an_unknown_name_is_refused(qapp):
    with pytest.raises(ValueError, match="no-such-icon"):
        icon("no-such-icon")


def test_drawing_icons_does_not_import_qtawesome():
    code = (
        "import sys\nfrom PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
        "from crm.ui.icons import icon\nicon('plus').pixmap(16, 16)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'qtawesome', 'qtpy'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
