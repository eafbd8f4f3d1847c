"""Drawing the report's layout (crm.reports.layout) on PDF pages with reportlab: each block of
each section becomes flowables. Only how things look is decided here: the KPI tiles, which
columns share the page's width, the project's name under its company, progress bars.

Column heads break only between words (or after a closing bracket); each column is at least as
wide as the longest unbreakable piece of its head, and a table with many narrow columns gets
smaller heads before any word would be cut.

A figure with leads or activities behind it (a KPI tile, a table cell with a ``Figure``) carries
a borderless link annotation to ``crm-drill:<key>``; ``Drawer.links`` maps each key to its
label and figure, for the preview's drill-down. Other viewers ignore the unknown scheme.
"""

from __future__ import annotations

import re
from typing import TypeGuard
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from crm.analytics.figures import Figure
from crm.reports import charts
from crm.reports.brand import LINE, PALE, logo
from crm.reports.fonts import printable
from crm.reports.layout import (
    BODY,
    COUNT,
    DAY,
    ID,
    NOTE,
    PERCENT,
    QUOTE,
    SUBTITLE,
    TITLE,
    WAN,
    WRAP,
    Chart,
    Kpi,
    Kpis,
    Section,
    Text,
    cell_text,
    kpi_text,
)
from crm.reports.layout import Table as LayoutTable
from crm.reports.pdf_keep import heading, keep
from crm.reports.pdf_style import BASE, Cell, Styles, p, table

NUMERIC = (COUNT, WAN, PERCENT, ID)
#: the narrowest a column of dates or percentages may be (8 pt digits)
_CONTENT_MIN = {DAY: 44.0, PERCENT: 26.0}
PAD = 8
#: points between a chart and the table of its figures (the axis title clear of the head)
CHART_GAP = 6
#: a piece of cell text a line may not break inside: a run of non-space characters that are
#: not Chinese (Chinese breaks between any two characters)
_WORD = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")
#: where a head may break: after a space, a closing bracket or a slash
_BREAKS = re.compile(r"(?<=[ )）/、])|(?=[（(])")
#: the private URI scheme of a figure's link (crm.ui.reports.pdf_preview opens it)
DRILL = "crm-drill:"


#: link key → (label, Figure) of every figure drawn with a link (the preview's drill-down)
Links = dict[str, tuple[str, Figure]]


def _drillable(figure: Figure | None) -> TypeGuard[Figure]:
    return figure is not None and (figure.leads is not None or figure.activities is not None)


class Drawer:
    def __init__(self, st: Styles, width: float, lang: str) -> None:
        self.st, self.w, self.lang = st, width, lang
        #: link key → (label, Figure) of every figure drawn with a link
        self.links: Links = {}

    def linked(
        self, text: str, style: ParagraphStyle, key: str, label: str, figure: Figure
    ) -> Paragraph:
        """``text`` as a paragraph whose words link to the figure's leads (no border: the
        printed page looks the same)."""
        self.links[key] = (label, figure)
        body = escape(printable(text)).replace("\n", "<br/>")
        return Paragraph(f'<a href="{DRILL}{escape(key)}">{body}</a>', style)

    # -- texts
    def text(self, t: Text) -> list[Flowable]:
        style = {TITLE: self.st.title, SUBTITLE: self.st.subtitle, BODY: self.st.body,
                 NOTE: self.st.note, QUOTE: self.st.quote}[t.style]  # fmt: skip
        return [p(t.text, style)]

    def cover(self, lines: list[Text]) -> list[Flowable]:
        flow = [f for t in lines for f in self.text(t)]
        box = Table([[logo(64), flow]], colWidths=[80, self.w - 80])
        box.setStyle(TableStyle([
            *BASE,
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(PALE)),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 10),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ]))  # fmt: skip
        return [box, Spacer(1, 8)]

    def section(self, s: Section) -> list[Flowable]:
        out: list[Flowable] = []
        if s.title:
            out.append(heading(p(s.title, self.st.h1)))
        pending_half: list[Chart] = []
        for block in s.blocks:
            if isinstance(block, Chart) and block.half:
                pending_half.append(block)
                if len(pending_half) == 2:
                    out.append(self.chart_pair(pending_half))
                    pending_half = []
                continue
            if isinstance(block, Text):
                if block.style != SUBTITLE:
                    out += self.text(block)
                else:
                    out.append(heading(p(block.text, self.st.h2)))
            elif isinstance(block, Kpis):
                out.append(self.kpis(block))
            elif isinstance(block, LayoutTable):
                out += self.table(block)
            elif isinstance(block, Chart):
                drawn = [
                    p(block.title, self.st.h2),
                    charts.draw(block, self.w, 170 if block.kind != "funnel" else 175),
                ]
                out.append(KeepTogether(drawn))  # fmt: skip
        # a chart and the short table of its figures stay on one page, apart by a gap
        for n in range(len(out) - 1):
            pair = isinstance(out[n], KeepTogether) and isinstance(out[n + 1], Table)
            if pair and len(out[n + 1]._cellvalues) <= 12:
                # one level: a KeepTogether inside another measures as endless, and the
                # pair would then always start a new page
                out[n] = KeepTogether([*out[n]._content, Spacer(1, CHART_GAP), out[n + 1]])
                out[n + 1] = Spacer(1, 0)
        if pending_half:
            out.append(self.chart_pair(pending_half))
        return keep(out)

    def chart_pair(self, pair: list[Chart]) -> KeepTogether:
        half = self.w / 2 - 4
        t = Table([[p(c.title, self.st.h2) for c in pair],
                   [charts.draw(c, half, 170) for c in pair]],
                  colWidths=[half + 4] * len(pair))  # fmt: skip
        t.setStyle(TableStyle([*BASE, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        return KeepTogether([t])  # a chart's title never apart from its chart

    def kpis(self, block: Kpis) -> Table:
        st = self.st
        cells: list[Cell] = [
            [p(k.label, st.kpi_label), self.kpi_value(k), p(k.below, st.kpi_change)]
            for k in block.items
        ]
        rows = [cells[i : i + 4] for i in range(0, len(cells), 4)]
        rows[-1] += [""] * (4 - len(rows[-1]))
        grid = Table(rows, colWidths=[self.w / 4] * 4)
        grid.setStyle(TableStyle([
            *BASE,
            ("BOX", (0, 0), (-1, -1), 0.6, HexColor(LINE)),
            ("INNERGRID", (0, 0), (-1, -1), 0.6, HexColor(LINE)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))  # fmt: skip
        return grid

    def kpi_value(self, k: Kpi) -> Paragraph:
        text = kpi_text(k, self.lang)
        if not _drillable(k.figure):
            return p(text, self.st.kpi_value)
        return self.linked(text, self.st.kpi_value, f"kpi/{k.key}", f"{k.label}  {text}", k.figure)

    # -- tables
    def table(self, t: LayoutTable) -> list[Flowable]:
        if t.printed == 0:
            return []
        out = [heading(p(t.title, self.st.h2))] if t.title else []
        shown = [i for i, c in enumerate(t.columns) if c.printed]
        if len(shown) == 1 and t.columns[shown[0]].kind == WRAP:  # a list of notes
            return out + [p(row[shown[0]], self.st.note) for row in list(t.rows)[: t.printed_rows]]
        rows = list(t.rows)[: t.printed_rows]
        bar_w = self.w * 0.2 if t.bars is not None and t.bars[0] in shown else 0.0
        words = [self.longest_word(t, rows, i) for i in shown]
        widths, head_size = self.widths(t, shown, 7 if t.dense else 8, words, self.w - bar_w)
        body: list[list[Cell]] = []
        for r, row in enumerate(rows):
            cells: list[Cell] = []
            for i in shown:
                col = t.columns[i]
                text = cell_text(row[i], col.kind, self.lang)
                figure = t.figures[r][i] if t.figures and i < len(t.figures[r]) else None
                if _drillable(figure) and col.sub is None:
                    style = self.st.cell_right if col.kind in NUMERIC else self.st.cell
                    label = " · ".join(
                        str(x) for x in (t.title, row[shown[0]], col.head, text) if x
                    )
                    cells.append(self.linked(text, style, f"{t.key}/{r}/{i}", label, figure))
                elif col.sub is not None and row[col.sub]:
                    cells.append(Paragraph(
                        escape(printable(text)).replace("\n", "<br/>")
                        + f'<br/><font size="7" color="#5b6b7c">{escape(printable(str(row[col.sub])))}</font>',
                        self.st.cell))  # fmt: skip
                elif "\n" in text:
                    cells.append(
                        Paragraph(escape(printable(text)).replace("\n", "<br/>"), self.st.cell)
                    )
                else:
                    cells.append(text)
            body.append(cells)
        numeric = {n for n, i in enumerate(shown) if t.columns[i].kind in NUMERIC}
        if t.bars is not None:
            bar_column, elapsed = t.bars
            if bar_column in shown:
                widths = [*widths, bar_w]
                for row, cells in zip(rows, body, strict=True):
                    cells.append(charts.progress_bar(row[bar_column], elapsed, bar_w - 10))
        heads = [self.head_lines(t.columns[i].head, w - PAD, head_size)
                 for i, w in zip(shown, widths, strict=False)]  # fmt: skip
        heads += [""] * (len(widths) - len(heads))
        out.append(table(self.st, heads, body, widths, numeric=numeric,
                         total_row=bool(t.totals) and t.totals[-1] == len(rows) - 1,
                         dense=t.dense, head_size=head_size, word_heads=True))  # fmt: skip
        if t.cut_note:
            out.append(p(t.cut_note, self.st.note))
        return out

    def head_lines(self, head: str, width: float, size: float) -> str:
        """The head on as many lines as its width needs, broken only between its pieces."""
        font = self.st.head.fontName
        lines: list[str] = []
        line = ""
        for piece in (x for x in _BREAKS.split(head) if x):
            if line and stringWidth((line + piece).strip(), font, size) > width:
                lines.append(line.strip())
                line = piece
            else:
                line += piece
        lines.append(line.strip())
        return "\n".join(x for x in lines if x)

    def longest_word(self, t: LayoutTable, rows: list[list[object]], i: int) -> float:
        """The width of the widest word printed in column ``i`` (its small second line too):
        a cell narrower than that would cut the word ("Negoti / ation")."""
        col, st = t.columns[i], self.st.cell
        texts = [(cell_text(row[i], col.kind, self.lang), st.fontSize) for row in rows]
        if col.sub is not None:
            texts += [(str(row[col.sub] or ""), 7) for row in rows]
        return max((stringWidth(word, st.fontName, size)
                    for text, size in texts for word in _WORD.findall(printable(text))),
                   default=0.0)  # fmt: skip

    def widths(
        self,
        t: LayoutTable,
        shown: list[int],
        head_size: float,
        words: list[float] | None = None,
        width: float | None = None,
    ) -> tuple[list[float], float]:
        """Share ``width`` by the layout's widths, each column at least as wide as the longest
        piece of its head that cannot break and the widest word of its cells; shrink the heads
        if they cannot all fit. Words that still cannot fit (a table of very many columns) get
        what is left in proportion: the only case where a word is cut."""
        font = self.st.head.fontName
        full = self.w if width is None else width
        base = [t.columns[i].width for i in shown]
        while True:
            heads = [max(max(stringWidth(piece.strip(), font, head_size)
                             for piece in _BREAKS.split(t.columns[i].head) or [""]),
                         _CONTENT_MIN.get(t.columns[i].kind, 0)) + PAD
                     for i in shown]  # fmt: skip
            if sum(heads) <= full or head_size <= 5.5:
                break
            head_size -= 0.5
        mins = [max(h, w + PAD) for h, w in zip(heads, words or [0.0] * len(heads), strict=True)]
        if sum(mins) > full and sum(mins) > sum(heads):
            give = min(1.0, max(0.0, full - sum(heads)) / (sum(mins) - sum(heads)))
            mins = [h + (m - h) * give for h, m in zip(heads, mins, strict=True)]
        scale = full / sum(base)
        widths = [b * scale for b in base]
        short = sum(m - w for m, w in zip(mins, widths, strict=True) if m > w)
        if short > 0:
            spare = [max(0.0, w - m) for m, w in zip(mins, widths, strict=True)]
            total = sum(spare) or 1
            widths = [
                max(m, w - short * s / total) for m, w, s in zip(mins, widths, spare, strict=True)
            ]
        return widths, head_size


__all__ = ["Drawer"]
