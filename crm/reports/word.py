"""The weekly report as a Word document (python-docx), drawn from the report's layout
(crm.reports.layout), for offices that edit and forward reports in Word or WPS: A4, the
written summary first, the same tables as the PDF (their head row repeated on every page),
the charts as pictures, the brand, "page X of Y" and a closed week's fingerprint in the
footer. Text is set in 微软雅黑 / Microsoft YaHei for Chinese (the East Asian font slot Word
and WPS read) and falls back to the systems' own CJK fonts; the PDF stays the printed original.

``render_docx(report, path)`` takes the analytics result and nothing else from the database.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from crm.analytics.weekly import WeeklyReport

if TYPE_CHECKING:  # python-docx ships no types: to the checker these are Any
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.section import Section
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run
from crm.i18n import QT_TRANSLATE_NOOP, current_language, normalise_language
from crm.reports import chart_png
from crm.reports.layout import (
    BODY,
    COUNT,
    ID,
    NOTE,
    PERCENT,
    QUOTE,
    SUBTITLE,
    TEXT,
    TITLE,
    WAN,
    WRAP,
    Chart,
    Column,
    Kpis,
    Layout,
    Table,
    Text,
    cell_text,
    kpi_text,
)
from crm.reports.layout_build import PRINTED_ROWS, build_layout
from crm.reports.output import atomic_path
from crm.reports.progress import IsCancelled, Progress, Steps

EAST_ASIAN = "微软雅黑"
LATIN = "Microsoft YaHei"
NAVY = RGBColor(0x16, 0x3A, 0x5F)
GREY = RGBColor(0x5B, 0x6B, 0x7C)
NUMERIC = (COUNT, WAN, PERCENT, ID)
BODY_WIDTH_MM = 174
#: a piece of text no line breaks inside: non-space characters that are not Chinese
_WORD = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")
_SIZES = {TITLE: 20, SUBTITLE: 12, BODY: 10, NOTE: 8, QUOTE: 10.5}


def _fonts(element_rpr: BaseOxmlElement) -> None:
    fonts = element_rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        element_rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), LATIN)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN)


def _run(
    paragraph: Paragraph,
    text: str,
    size: float,
    color: RGBColor | None = None,
    bold: bool = False,
) -> Run:
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    _fonts(run._element.get_or_add_rPr())
    return run


def _field(paragraph: Paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and WPS fill in."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


class _Doc:
    def __init__(self, layout: Layout) -> None:
        self.layout, self.lang = layout, layout.lang
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin"):
            setattr(sec, side, Mm(18))
        sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(10)
        _fonts(normal.element.get_or_add_rPr())
        self._header_footer(sec)

    def _header_footer(self, sec: Section) -> None:
        head = sec.header.paragraphs[0]
        _run(head, QT_TRANSLATE_NOOP("Report", "Unified investment attraction · Weekly report")
             .render(self.lang) + "    " + self.layout.period, 8, NAVY)  # fmt: skip
        foot = sec.footer.paragraphs[0]
        _run(foot, self.layout.footer + "    ", 7, GREY)
        page, of = (
            QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}").render(self.lang).split("{page}")
        )
        _run(foot, page, 7, GREY)
        _field(foot, "PAGE")
        before, _, after = of.partition("{pages}")
        _run(foot, before, 7, GREY)
        _field(foot, "NUMPAGES")
        _run(foot, after, 7, GREY)

    def text(self, t: Text) -> None:
        p = self.doc.add_paragraph()
        color = NAVY if t.style in (TITLE, SUBTITLE) else GREY if t.style == NOTE else None
        _run(p, t.text, _SIZES.get(t.style, 10), color, bold=t.style in (TITLE, SUBTITLE))

    def heading(self, text: str, size: float = 14) -> None:
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        _run(p, text, size, NAVY, bold=True)

    def kpis(self, block: Kpis) -> None:
        items = block.items
        table = self.doc.add_table(rows=(len(items) + 3) // 4, cols=4)
        table.style = "Table Grid"
        for n, k in enumerate(items):
            cell = table.cell(n // 4, n % 4)
            p = cell.paragraphs[0]
            _run(p, k.label, 8, GREY)
            _run(cell.add_paragraph(), kpi_text(k, self.lang), 15, NAVY, bold=True)
            _run(cell.add_paragraph(), k.below, 7.5, GREY)

    def table(self, t: Table) -> None:
        if t.printed == 0:
            return
        if t.title:
            self.heading(t.title, 11)
        shown = [i for i, c in enumerate(t.columns) if c.printed]
        rows = list(t.rows)[: t.printed_rows]
        if len(shown) == 1 and t.columns[shown[0]].kind == WRAP:  # a list of notes
            for row in rows:
                _run(self.doc.add_paragraph(), str(row[shown[0]]), 8, GREY)
            return
        table = self.doc.add_table(rows=1 + len(rows), cols=len(shown))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        head_pt = 7 if t.dense else 7.5
        texts = [[cell_text(r[i], t.columns[i].kind, self.lang) for r in rows[:60]] for i in shown]
        mm, head_pt = _widths([t.columns[i] for i in shown], head_pt, texts)
        widths = [Mm(w) for w in mm]
        for n, w in enumerate(widths):  # the grid (LibreOffice, WPS) and each cell (Word)
            table.columns[n].width = w
        head = table.rows[0]
        tr_pr = head._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)
        for n, i in enumerate(shown):
            cell = head.cells[n]
            cell.width = widths[n]
            _shade(cell, "163A5F")
            _run(cell.paragraphs[0], t.columns[i].head, head_pt, RGBColor(0xFF, 0xFF, 0xFF), True)
        for r, row in enumerate(rows, start=1):
            cells = table.rows[r].cells
            for n, i in enumerate(shown):
                col = t.columns[i]
                p = cells[n].paragraphs[0]
                cells[n].width = widths[n]
                _run(p, cell_text(row[i], col.kind, self.lang), 8,
                     bold=r - 1 in t.totals)  # fmt: skip
                if col.sub is not None and row[col.sub]:
                    _run(cells[n].add_paragraph(), str(row[col.sub]), 7, GREY)
                if col.kind in NUMERIC:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if t.cut_note:
            self.text(Text(t.cut_note, NOTE))

    def chart(self, c: Chart) -> None:
        self.heading(c.title, 11)
        w, h = (240, 170) if c.half else (480, 190)
        self.doc.add_picture(io.BytesIO(chart_png.png(c, w, h)), width=Mm(w * 0.3528))

    def build(self, steps: Steps) -> None:
        for t in self.layout.cover:
            self.text(t)
        sections = self.layout.sections
        for n, sec in enumerate(sections):
            if sec.title:
                self.heading(sec.title)
            for block in sec.blocks:
                if isinstance(block, Text):
                    if block.style == SUBTITLE and sec.key != "summary":
                        self.heading(block.text, 11)
                    else:
                        self.text(block)
                elif isinstance(block, Kpis):
                    self.kpis(block)
                elif isinstance(block, Table):
                    self.table(block)
                elif isinstance(block, Chart):
                    self.chart(block)
            steps(0.1 + 0.8 * (n + 1) / len(sections))
        props = self.doc.core_properties
        props.title = f"{self.layout.title} {self.layout.period}"
        props.author = QT_TRANSLATE_NOOP("Report", "Unified investment attraction").render(
            self.lang
        )
        props.keywords = "crm-weekly;" + ";".join(
            f"{k}={v}" for k, v in sorted(self.layout.meta.items())
        )


def _widths(
    columns: Sequence[Column], head_pt: float, texts: list[list[str]]
) -> tuple[list[float], float]:
    """Column widths in mm sharing the page by the layout's widths, each at least as wide as
    the longest word of its head and of its short texts (a Chinese character counts a full
    em and breaks anywhere; a letter 0.7 em in the bold heads, 0.6 in the regular cells, as
    LibreOffice's substitute DejaVu runs; the fonts offices have run narrower): Word and WPS would otherwise break a word across lines,
    and a table wider than the page is squeezed by LibreOffice until they do. The heads get
    smaller (down to 6 pt) before that; returns the widths and the heads' size."""
    mm_per_pt = 0.3528

    def em(word: str, latin: float) -> float:
        return sum(1.0 if ord(c) > 0x2E80 else latin for c in word)

    def longest(text: str, latin: float) -> float:
        words = _WORD.findall(text)
        cjk = 1.0 if any(ord(c) > 0x2E80 for c in text) else 0.0
        return max([cjk, *(em(w, latin) for w in words)])

    words = [max((longest(x, 0.6) for x in col), default=0.0) * 8 for col in texts]
    # dates and amounts may break after a hyphen or comma: kept whole only if all fit
    cells = [w if c.kind in (TEXT, WRAP) else 0.0 for c, w in zip(columns, words, strict=True)]
    if sum(max(longest(c.head, 0.7) * 6, w) * mm_per_pt + 4.2
           for c, w in zip(columns, words, strict=True)) <= BODY_WIDTH_MM:  # fmt: skip
        cells = words
    while True:  # smaller heads before a table wider than the page
        mins = [max(longest(c.head, 0.7) * head_pt, cell) * mm_per_pt + 4.2  # the cell margins
                for c, cell in zip(columns, cells, strict=True)]  # fmt: skip
        if sum(mins) <= BODY_WIDTH_MM or head_pt <= 6:
            break
        head_pt -= 0.5
    total = sum(c.width for c in columns)
    widths = [BODY_WIDTH_MM * c.width / total for c in columns]
    short = sum(m - w for m, w in zip(mins, widths, strict=True) if m > w)
    if short > 0:
        spare = [max(0.0, w - m) for m, w in zip(mins, widths, strict=True)]
        room = sum(spare) or 1
        widths = [
            max(m, w - short * sp / room) for m, w, sp in zip(mins, widths, spare, strict=True)
        ]
    return widths, head_pt


def _shade(cell: _Cell, colour: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shd)


def render_docx(
    report: WeeklyReport,
    path: str | Path,
    *,
    lang: str | None = None,
    progress: Progress = None,
    cancelled: IsCancelled = None,
    rows: int = PRINTED_ROWS,
) -> Path:
    """Write the .docx to ``path`` (replaced only once complete) and return it."""
    lang = normalise_language(lang or current_language())
    steps = Steps(progress, cancelled)
    steps(0)
    doc = _Doc(build_layout(report, lang, rows))
    doc.build(steps)
    with atomic_path(Path(path)) as tmp:
        doc.doc.save(str(tmp))
    steps(1)
    return Path(path)
