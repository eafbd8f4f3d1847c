"""Chinese must render on a machine with no Chinese font: if the system has none, the bundled
WenQuanYi Micro Hei (resources/fonts, Apache-2.0) is registered and used."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from crm.paths import resource

log = logging.getLogger(__name__)
PREFERRED = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)


def ensure_cjk_font(app: QApplication) -> str:
    """Return the family used for the interface; registers the bundled font when needed."""
    families = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    family = next((f for f in PREFERRED if f in families), None)
    if family is None:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "wqy-microhei.ttc")))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = loaded[0] if loaded else None
        if family is None:
            log.error("no Chinese font available and the bundled one failed to load")
            return app.font().family()
    font = QFont(family)
    font.setPointSizeF(max(app.font().pointSizeF(), 9.5))
    app.setFont(font)
    return family
