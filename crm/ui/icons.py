"""One consistent icon set: Material Design Icons through qtawesome (a well-kept package)."""

from __future__ import annotations

from functools import cache

import qtawesome as qta
from PySide6.QtGui import QIcon

PRIMARY = "#1f5f99"
MUTED = "#5b6b7c"
ON_DARK = "#dce6f2"


@cache
def icon(name: str, color: str = MUTED) -> QIcon:
    return qta.icon(f"mdi6.{name}", color=color)


def nav_icon(name: str) -> QIcon:
    return qta.icon(f"mdi6.{name}", color=ON_DARK, color_active="#ffffff", color_selected="#ffffff")
