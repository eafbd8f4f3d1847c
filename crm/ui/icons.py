"""One consistent icon set: Material Design Icons, from the font and character map that the
qtawesome package ships, drawn the way qtawesome draws them (the glyph at 7/8 of the icon's
height, centred, one colour per mode; disabled in the palette's disabled text colour).

qtawesome itself is not imported: it imports qtpy, whose star imports create every one of
PySide6's lazily made classes and enums — about 0.3 s at each start of the app, for a few
dozen icons. Drawing a glyph is a few lines; the font and its names stay qtawesome's."""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

PRIMARY = "#1f5f99"
MUTED = "#5b6b7c"
ON_DARK = "#dce6f2"
#: qtawesome's "mdi6" font: the Material Design Icons webfont it bundles
FONT_GLOB = "materialdesignicons6-webfont-[0-9]*.ttf"


def _fonts_folder() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)  # the desktop build carries the font files alone
    if bundled is not None:
        return Path(bundled) / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")  # found, not imported
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the qtawesome package (the icon font) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _font() -> tuple[str, dict[str, str]]:
    """The font's family (registered once) and its map of icon names to characters."""
    ttf = max(_fonts_folder().glob(FONT_GLOB))
    charmap = ttf.with_name(ttf.name.replace("-webfont-", "-webfont-charmap-")).with_suffix(".json")
    font_id = QFontDatabase.addApplicationFontFromData(ttf.read_bytes())
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    names = json.loads(charmap.read_text(encoding="utf-8"))
    return family, {name: chr(int(code, 16)) for name, code in names.items()}


class GlyphEngine(QIconEngine):
    """Paints one glyph of the icon font at any size, in a colour per icon mode."""

    def __init__(self, char: str, colours: dict[QIcon.Mode, str]):
        super().__init__()
        self.char = char
        self.colours = colours

    def _colour(self, mode: QIcon.Mode) -> QColor:
        if mode in self.colours:
            return QColor(self.colours[mode])
        if mode == QIcon.Mode.Disabled:
            return QGuiApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return QColor(self.colours[QIcon.Mode.Normal])

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state) -> None:
        painter.save()
        font = QFont()
        font.setFamily(_font()[0])
        font.setPixelSize(round(0.875 * rect.height()))
        painter.setFont(font)
        painter.setPen(self._colour(mode))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pm

    def clone(self) -> GlyphEngine:
        return GlyphEngine(self.char, dict(self.colours))


def _glyph(name: str) -> str:
    try:
        return _font()[1][name]
    except KeyError:
        raise ValueError(f"no Material Design icon named {name!r}") from None


@cache
def icon(name: str, color: str = MUTED) -> QIcon:
    return QIcon(GlyphEngine(_glyph(name), {QIcon.Mode.Normal: color}))


def nav_icon(name: str) -> QIcon:
    """A navigation entry's icon: light on the dark side bar, white when hovered or chosen."""
    colours = {
        QIcon.Mode.Normal: ON_DARK,
        QIcon.Mode.Active: "#ffffff",
        QIcon.Mode.Selected: "#ffffff",
    }
    return QIcon(GlyphEngine(_glyph(name), colours))
