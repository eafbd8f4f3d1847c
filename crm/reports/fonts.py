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


#: printed in place of a character the font has no glyph for (the typesetters' geta mark),
#: followed by the character's code so that nothing is silently lost
MISSING = "〓"


@cache
def _covered() -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(register()).face.charToGlyph)


def printable(text: str) -> str:
    """``text`` with each character the font cannot draw (rare characters beyond GB 18030's
    common set, such as 䶮 or 𠈌) shown as 〓(U+4DAE)."""
    covered = _covered()
    if all(ord(c) in covered or c in "\n\t" for c in text):
        return text
    return "".join(
        c if ord(c) in covered or c in "\n\t" else f"{MISSING}(U+{ord(c):04X})" for c in text
    )


def missing(text: str) -> list[str]:
    """The characters of ``text`` the report's font cannot draw."""
    covered = _covered()
    return sorted({c for c in text if ord(c) not in covered and c not in "\n\t "})
