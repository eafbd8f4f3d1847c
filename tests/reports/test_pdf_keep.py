"""Headings stay with what they introduce, on the demo store's report as a newcomer printed
it: no page ends with a heading or the sentence that leads into a table or chart, and no chart
is pushed to a page of its own by a heading left behind."""

from __future__ import annotations

import re

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer

from crm.reports import render_pdf
from crm.reports.layout import BODY, NOTE, SUBTITLE, Table, Text
from crm.reports.layout_build import build_layout
from crm.reports.pdf import PDF_ROWS
from crm.reports.pdf_keep import heading, keep
from crm.reports.pdf_style import p, styles, table
from tests.reports.conftest import pdf_page_texts


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _leads(layout) -> tuple[set[str], set[str]]:
    """The headings (sections, tables, charts, sub-headings) and the lead-in sentences."""
    heads: set[str] = set()
    sentences: set[str] = set()
    for section in layout.sections:
        if section.title:
            heads.add(_flat(section.title))
        for block in section.blocks:
            if isinstance(block, Text) and block.style == SUBTITLE:
                heads.add(_flat(block.text))
            elif isinstance(block, Text) and block.style in (BODY, NOTE):
                sentences.add(_flat(block.text))
            elif isinstance(block, Table) and block.title and block.printed != 0:
                heads.add(_flat(block.title))
    for chart in layout.charts():
        heads.add(_flat(chart.title))
    # words drawn in a chart (its legend, its axes) may end a page: they are not headings
    drawn = {_flat(x) for c in layout.charts() for x in [*c.categories, c.x_label, c.y_label]}
    drawn |= {_flat(s.name) for c in layout.charts() for s in c.series}
    return heads - drawn, sentences


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_no_page_ends_with_a_heading_or_its_lead_in(demo_report, tmp_path, lang):
    path = render_pdf(demo_report, tmp_path / "r.pdf", lang=lang)
    heads, sentences = _leads(build_layout(demo_report, lang, PDF_ROWS))
    pages = pdf_page_texts(path)
    assert len(pages) >= 10
    footer = re.compile(r"^(Generated|生成于|Page \d+ of|第\d+页)")
    for n, page in enumerate(pages, 1):
        lines = [x.strip() for x in page.splitlines() if x.strip()]
        body = [x for x in lines if not footer.match(x)]
        last = _flat(body[-1])
        assert last not in heads, (n, body[-3:])
        assert not any(s.endswith(last) for s in sentences), (n, body[-3:])


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_funnel_starts_on_the_page_of_its_heading(demo_report, tmp_path, lang):
    """The funnel's heading, its sentence and its chart share a page (the newcomer found the
    heading alone at the foot of page 3 and the chart on page 4)."""
    path = render_pdf(demo_report, tmp_path / "r.pdf", lang=lang)
    layout = build_layout(demo_report, lang, PDF_ROWS)
    section = next(s for s in layout.sections if s.key == "funnel")
    chart = next(b for b in section.blocks if getattr(b, "kind", "") == "funnel")
    first_stage = _flat(chart.categories[-1])  # the funnel's last bar: 投产 / Operating
    pages = [_flat(p) for p in pdf_page_texts(path)]
    on = [n for n, p in enumerate(pages) if _flat(section.title) in p]
    assert on and first_stage in pages[on[0]]


def _doc_pages(tmp_path, flow) -> list[str]:
    path = tmp_path / "k.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)
    return pdf_page_texts(path)


@pytest.mark.parametrize(("rows", "split"), [(7, False), (40, True)])
def test_a_short_table_moves_whole_a_long_one_starts_at_the_foot(tmp_path, rows, split):
    """With room left for the heading and four rows: a table of 7 rows moves whole to the next
    page with its heading (no row left alone); a long one starts under its heading."""
    st = styles("en")
    body = [[f"row{n}", str(n)] for n in range(1, rows + 1)]
    frame_h = 841.89 - 2 * 72  # SimpleDocTemplate: A4 with one-inch margins
    flow = [Spacer(1, frame_h - 110), *keep([heading(p("Stage table", st.h2)),
                                             table(st, ["Stage", "n"], body, [200, 60])])]  # fmt: skip
    pages = _doc_pages(tmp_path, flow)
    assert ("Stage table" in pages[0]) is split
    assert ("row1" in pages[0]) is split and "row7" in pages[1]
