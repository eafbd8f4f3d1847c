"""The .docx's tables share the page so that words stay whole: a Chinese name breaks between
any two characters and so asks little room; an English stage, a stage move's words, and (when
everything fits) a date keep their width, and no table is wider than the page."""

from __future__ import annotations

import pytest

from crm.reports.layout import cell_text
from crm.reports.layout_build import build_layout
from crm.reports.word import BODY_WIDTH_MM, _widths

MM_PER_PT = 0.3528


def _key_projects(report, lang):
    table = next(t for t in build_layout(report, lang).tables() if t.key == "key_projects")
    shown = [i for i, c in enumerate(table.columns) if c.printed]
    rows = list(table.rows)[: table.printed_rows]
    texts = [[cell_text(r[i], table.columns[i].kind, lang) for r in rows] for i in shown]
    heads = [table.columns[i].head for i in shown]
    return [table.columns[i] for i in shown], texts, heads


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_key_projects_fit_the_page_with_their_words_whole(demo_report, lang):
    columns, texts, heads = _key_projects(demo_report, lang)
    widths, _head_pt = _widths(columns, 7.5, texts)
    assert sum(widths) <= BODY_WIDTH_MM + 0.01
    if lang == "en":
        stage = widths[heads.index("Stage")]
        assert stage >= len("Negotiation") * 0.6 * 8 * MM_PER_PT + 4.2 - 0.01
        moves = widths[heads.index("Stage moves")]
        assert moves >= len("Negotiation→Signed") * 0.6 * 8 * MM_PER_PT + 4.2 - 0.01
    else:
        day = widths[heads.index("阶段日期")]
        assert day >= len("2026-12-01") * 0.6 * 8 * MM_PER_PT + 4.2 - 0.01
