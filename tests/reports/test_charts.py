"""The report's charts on the page: the funnel's axis title keeps clear of the table of its
figures printed under it."""

from __future__ import annotations

import pytest

from crm.reports import render_pdf
from crm.reports.layout_build import build_layout
from crm.reports.pdf import PDF_ROWS
from tests.reports.conftest import pdf_words


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_funnel_axis_title_clears_the_table_under_it(demo_report, tmp_path, lang):
    layout = build_layout(demo_report, lang, PDF_ROWS)
    funnel = next(c for c in layout.charts() if c.kind == "funnel")
    table = next(t for t in layout.tables() if t.key == "funnel")
    label, head = funnel.x_label.split()[-1], table.columns[-1].head.split()[0]
    path = render_pdf(demo_report, tmp_path / "r.pdf", lang=lang)
    for words in pdf_words(path):
        found = [w for w in words if w[0] == label]
        if not found:
            continue
        bottom = found[0][4]
        heads = [w for w in words if w[0] == head and w[2] > bottom]
        assert heads
        # the head's text sits 4.5 pt below its cell's top: the cell starts ≥ 4 pt lower
        assert heads[0][2] - bottom >= 8.5, (bottom, heads[0])
        return
    pytest.fail("no funnel axis title in the PDF")
