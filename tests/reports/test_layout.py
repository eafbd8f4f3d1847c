"""One layout, three outputs: every figure of the weekly report's layout is in the workbook
(every row, as values), and every printed row in the PDF (in order, as text) and in the .docx
(cell by cell), every chart in both; on a closed week with a summary, changes and
adjustments, so every section of the layout is there."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime

import pytest
from docx import Document
from openpyxl import load_workbook

from crm.accounts.users import identify
from crm.analytics import Period
from crm.analytics.weeks import close_week, report_of_week, save_summary
from crm.pipeline import move_stage
from crm.reports import render_docx, render_pdf, render_xlsx
from crm.reports.layout import Kpis, cell_text, kpi_text
from crm.reports.layout_build import build_layout
from tests.analytics.fixture import TODAY, WEEK
from tests.tools import require_tool


@pytest.fixture
def closed(built):
    store, ids, _report = built
    staff, _ = identify(store, "钱七", None, role="report_staff")
    close_week(store, staff, Period.parse_week("2026-W19"), today=TODAY)
    boss, _ = identify(store, "孙九", None, role="manager")  # report staff change no lead
    move_stage(store, boss, ids["I"], "signed", on=date(2026, 5, 8), today=TODAY,
               agreed_investment=700)  # fmt: skip
    week = Period.parse_week(WEEK)
    close_week(store, staff, week, today=TODAY)
    save_summary(store, staff, week, "本周签约三个项目。", "推进阿尔法考察。")
    return report_of_week(store, week, today=TODAY, with_rows=True)


def _value(v):
    if v == "":
        return None  # an empty text is an empty cell
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, float) and v == int(v):
        return int(v)
    return v


def _norm(row) -> tuple:
    return tuple(_value(v) for v in row)


def test_every_output_carries_every_figure(closed, tmp_path):
    lang = "zh_CN"
    layout = build_layout(closed, lang)
    keys = {t.key for t in layout.tables()}
    assert {"headline", "adjustments", "changes", "change_list", "funnel", "officers", "cities",
            "ytd", "raw_leads", "raw_activities", "key_projects", "signed"} <= keys  # fmt: skip
    pdf = render_pdf(closed, tmp_path / "r.pdf", lang=lang)
    xlsx = render_xlsx(closed, tmp_path / "r.xlsx", lang=lang)
    docx = render_docx(closed, tmp_path / "r.docx", lang=lang)

    # the workbook: every row of every table, as values
    wb = load_workbook(xlsx)
    sheets = {ws.title: [_norm(r) for r in ws.iter_rows(values_only=True)] for ws in wb}
    stacked = {}
    for t in layout.tables():
        stacked.setdefault(t.sheet, []).append(t)
    for t in build_layout(closed, lang).tables():  # rows are generated once per layout
        rows = sheets[t.sheet]
        prefix = (t.title,) if len(stacked[t.sheet]) > 1 else ()
        for row in t.rows:
            expected = _norm((*prefix, *row))
            assert expected in rows, (t.key, expected)

    # the PDF: every printed row, its printed cells in order; every KPI; every chart's labels
    text = re.sub(r"\s+", "", pdf_text_raw(pdf))
    for t in layout.tables():
        shown = [i for i, c in enumerate(t.columns) if c.printed]
        for row in list(t.rows)[: t.printed_rows]:
            cells = [re.sub(r"\s+", "", cell_text(row[i], t.columns[i].kind, lang)) for i in shown]
            pattern = ".*?".join(re.escape(c) for c in cells if c)
            assert re.search(pattern, text), (t.key, cells)
    for block in (b for s in layout.sections for b in s.blocks if isinstance(b, Kpis)):
        for k in block.items:
            assert re.sub(r"\s+", "", k.label + kpi_text(k, lang)) in text
    for chart in layout.charts():
        for name in chart.categories + [s.name for s in chart.series]:
            assert re.sub(r"\s+", "", name) in text, (chart.key, name)
    assert "本周签约三个项目。" in text and closed.closed.fingerprint in text

    # the .docx: every printed row cell by cell, a picture per chart, the summary
    doc = Document(str(docx))
    doc_rows = {tuple(c.paragraphs[0].text for c in r.cells) for tb in doc.tables for r in tb.rows}
    for t in layout.tables():
        shown = [i for i, c in enumerate(t.columns) if c.printed]
        if len(shown) == 1:  # a list of notes: paragraphs
            continue
        for row in list(t.rows)[: t.printed_rows]:
            cells = tuple(cell_text(row[i], t.columns[i].kind, lang) for i in shown)
            assert cells in doc_rows, (t.key, cells)
    assert len(doc.inline_shapes) == len(layout.charts())
    paragraphs = [p.text for p in doc.paragraphs]
    assert "本周签约三个项目。" in paragraphs and "推进阿尔法考察。" in paragraphs
    footer = doc.sections[0].footer.paragraphs[0].text
    assert closed.closed.fingerprint in footer and "/" not in closed.store_name


def pdf_text_raw(path) -> str:
    return subprocess.run([require_tool("pdftotext"), "-raw", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
