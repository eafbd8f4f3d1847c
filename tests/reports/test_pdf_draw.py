"""Tables on paper: every word printed whole (a cell never cuts "Negotiation" into
"Negoti / ation"), in both languages, on the demo store's report; and no two words of a page
drawn over each other (a chart's axis title over a city's name)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from crm.i18n import QT_TRANSLATE_NOOP
from crm.reports import render_pdf
from crm.reports.layout import Kpi, Layout, cell_text, kpi_text
from crm.reports.layout_build import build_layout
from crm.reports.pdf import PDF_ROWS
from crm.reports.pdf_draw import PAD, Drawer
from crm.reports.pdf_style import styles
from tests.reports.conftest import overlaps, pdf_page_texts, pdf_words

LATIN = re.compile(r"[A-Za-z]{2,}")


def _strings(value: Any, lang: str) -> Iterator[str]:
    """Every text the layout holds (cells as printed), walked through its dataclasses."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Kpi):
        yield from (value.label, value.below, kpi_text(value, lang))
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name), lang)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v, lang)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v, lang)
    elif value is not None and not isinstance(value, int | float):
        yield cell_text(value, "text", lang)


def _vocabulary(layout: Layout, lang: str) -> set[str]:
    for table in layout.tables():
        table.rows = list(table.rows)  # walked below, then still there for nobody
    texts = list(_strings(layout, lang))
    texts += [
        QT_TRANSLATE_NOOP("Report", "Unified investment attraction · Weekly report").render(lang),
        QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}").render(lang),
    ]
    return {w for t in texts for w in LATIN.findall(t)}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_word_is_cut_inside(demo_report, tmp_path, lang):
    """Each Latin word pdftotext reads is a word the report printed: a word cut at a cell's
    edge reads as two pieces that are not (Negoti + ation, Lande + d, First c + ontact)."""
    path = render_pdf(demo_report, tmp_path / "r.pdf", lang=lang)
    known = _vocabulary(build_layout(demo_report, lang, PDF_ROWS), lang)
    read = {w for page in pdf_page_texts(path) for w in LATIN.findall(page)}
    assert len(read) > (100 if lang == "en" else 0)
    assert read - known == set()


def test_the_stage_column_is_as_wide_as_its_longest_stage(demo_report):
    lang = "en"
    st = styles(lang)
    layout = build_layout(demo_report, lang, PDF_ROWS)
    table = next(t for t in layout.tables() if t.key == "key_projects")
    shown = [i for i, c in enumerate(table.columns) if c.printed]
    rows = list(table.rows)[: table.printed_rows]
    draw = Drawer(st, 500, lang)
    words = [draw.longest_word(table, rows, i) for i in shown]
    widths, _size = draw.widths(table, shown, 8, words)
    stage = next(n for n, i in enumerate(shown) if table.columns[i].head == "Stage")
    assert {r[shown[stage]] for r in rows} >= {"Negotiation", "Landed"}
    assert widths[stage] >= stringWidth("Negotiation", st.cell.fontName, 8) + PAD
    assert sum(widths) == pytest.approx(500)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_words_drawn_over_each_other(demo_report, tmp_path, lang):
    path = render_pdf(demo_report, tmp_path / "r.pdf", lang=lang)
    for n, words in enumerate(pdf_words(path), 1):
        assert overlaps(words) == [], n
