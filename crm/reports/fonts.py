"""The bundled CJK font, registered with reportlab once per process.

WenQuanYi Micro Hei is a TrueType collection with TrueType outlines, so reportlab embeds the
glyphs a report uses as a subset: the PDF renders the same on any machine, Chinese included.
The font has no bold face; headings use size and colour instead.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crm.paths import resource

FONT = "CorridorSans"


@cache
def register() -> str:
    """Register the font (idempotent) and return its name."""
    path = resource("fonts", "wqy-microhei.ttc")
    pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    # also the default of canvases and drawings, so no unembedded base-14 font is ever referenced
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT, baseFontFor="canvas graphics"
    )
    return FONT
