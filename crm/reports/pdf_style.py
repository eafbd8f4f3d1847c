"""Paragraph styles and the table look of the PDF: the brand's navy headers, light rules,
zebra rows; tables repeat their header row on every page they run onto."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from crm.i18n import ZH
from crm.reports.brand import GREY, LINE, NAVY, PALE
from crm.reports.fonts import printable, register


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    kpi_label: ParagraphStyle
    kpi_value: ParagraphStyle
    kpi_change: ParagraphStyle
    quote: ParagraphStyle


def styles(lang: str = ZH) -> Styles:
    """Chinese text breaks between any two characters (with the CJK line-breaking rules);
    English breaks between words, and only a name too long for its cell is split."""
    font = register()
    wrap = "CJK" if lang == ZH else None

    def style(
        name: str,
        size: float,
        leading: float | None = None,
        color: str = "#1f2933",
        align: int = TA_LEFT,
        space_before: float = 0,
        space_after: float = 0,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=leading or size * 1.35,
            textColor=HexColor(color),
            alignment=align,
            spaceBefore=space_before,
            spaceAfter=space_after,
            wordWrap=wrap,
        )

    return Styles(
        title=style("title", 22, 28, NAVY),
        subtitle=style("subtitle", 13, 18, NAVY),
        h1=style("h1", 13.5, 18, NAVY, space_before=12, space_after=6),
        h2=style("h2", 10.5, 14, NAVY, space_before=6, space_after=4),
        body=style("body", 9, 13),
        note=style("note", 7.5, 10, GREY),
        cell=style("cell", 8, 10.5),
        cell_right=style("cell_right", 8, 10.5, align=TA_RIGHT),
        cell_center=style("cell_center", 8, 10.5, align=TA_CENTER),
        head=style("head", 8, 10.5, "#ffffff"),
        head_right=style("head_right", 8, 10.5, "#ffffff", align=TA_RIGHT),
        kpi_label=style("kpi_label", 8.5, 11, GREY),
        kpi_value=style("kpi_value", 17, 21, NAVY),
        kpi_change=style("kpi_change", 8, 10.5, GREY),
        quote=style("quote", 9.5, 14.5, space_after=3),
    )


#: a table cell: text (wrapped in a paragraph here) or a reportlab flowable (reportlab ships
#: no types: a flowable is Any to the checker)
Cell: TypeAlias = str | Flowable | list[Flowable]

# every table's cells default to the embedded font (reportlab's default is Helvetica)
BASE = [("FONTNAME", (0, 0), (-1, -1), register())]


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names may hold < or &)."""
    return Paragraph(escape(printable(text or "")), style)


def lines(texts: list[str], style: ParagraphStyle) -> Paragraph:
    """Several short lines in one cell (— when there are none)."""
    return Paragraph("<br/>".join(escape(t) for t in texts) or "—", style)


def table(
    st: Styles,
    header: list[str],
    rows: list[list[Cell]],
    widths: list[float],
    *,
    numeric: AbstractSet[int] = frozenset(),
    total_row: bool = False,
    dense: bool = False,
    head_size: float | None = None,
    word_heads: bool = False,
) -> Table:
    """A data table: header row in navy, ``numeric`` columns right-aligned, the last row
    emphasised when ``total_row``. Cells may be text (wrapped) or flowables."""
    head_style, head_right = st.head, st.head_right
    if dense:  # many narrow columns: a smaller head so that its words are not cut
        head_style = ParagraphStyle("head_dense", parent=st.head, fontSize=7, leading=9)
        head_right = ParagraphStyle("head_dense_right", parent=st.head_right, fontSize=7, leading=9)
    if head_size is not None:
        head_style = ParagraphStyle("head_sized", parent=st.head, fontSize=head_size,
                                    leading=head_size * 1.3)  # fmt: skip
        head_right = ParagraphStyle("head_sized_right", parent=st.head_right,
                                    fontSize=head_size, leading=head_size * 1.3)  # fmt: skip
    if word_heads:  # broken into lines by the caller: never again inside a word
        head_style = ParagraphStyle("head_words", parent=head_style, wordWrap=None)
        head_right = ParagraphStyle("head_words_right", parent=head_right, wordWrap=None)
    head = [
        Paragraph(escape(h).replace("\n", "<br/>"), head_right if n in numeric else head_style)
        for n, h in enumerate(header)
    ]
    body = [
        [
            c if not isinstance(c, str) else p(c, st.cell_right if n in numeric else st.cell)
            for n, c in enumerate(row)
        ]
        for row in rows
    ]
    t = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    cmds = [
        *BASE,
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(NAVY)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, HexColor(LINE)),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5 if dense else 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 if dense else 4),
    ]
    for r in range(2, len(rows) + 1, 2):
        cmds.append(("BACKGROUND", (0, r), (-1, r), HexColor("#f8fafc")))
    if total_row and rows:
        cmds += [
            ("BACKGROUND", (0, len(rows)), (-1, len(rows)), HexColor(PALE)),
            ("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, HexColor(NAVY)),
        ]
    t.setStyle(TableStyle(cmds))
    return t


__all__ = ["Cell", "Styles", "styles", "p", "table", "white"]
