"""The workbook read back: the summary and tables carry the hand-built week's figures, the raw
sheets its leads and activities, text that looks like a formula stays text, the sheets are
set up for filtering and printing, and LibreOffice opens the file."""

from __future__ import annotations

import subprocess
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook

from crm.reports import render_xlsx
from tests.analytics.fixture import FORMULA_NAME
from tests.reports.conftest import overlaps, pdf_pages, pdf_words
from tests.tools import require_tool


def rows_of(ws) -> list[tuple]:
    return [tuple(c.value for c in row) for row in ws.iter_rows()]


@pytest.fixture
def workbook(built, tmp_path):
    path = render_xlsx(built[2], tmp_path / "周报.xlsx", lang="zh")
    return path, load_workbook(path)


def test_summary_and_tables_carry_the_figures(workbook):
    _path, wb = workbook
    assert wb.sheetnames[0] == "概览" and "本期线索明细" in wb.sheetnames
    summary = {r[0]: r[1:] for r in rows_of(wb["概览"]) if r[0]}
    assert summary["新增线索"][:4] == (2, 1, 1, 1.0)
    assert summary["签约额（万元）"][:3] == (32000, 5000, 27000)
    assert summary["落地项目"][:3] == (1, 0, 1)
    assert summary["逾期跟进"][0] == 2 and summary["30天未跟进"][0] == 4
    assert summary["范围内线索总数"][0] == 12
    assert any("2026年第20周，5月11日–5月17日" in str(r[0]) for r in rows_of(wb["概览"]))
    officers = {r[0]: r[2:] for r in rows_of(wb["人员工作量"])[1:]}
    assert officers["王五"] == (3, 1, 2, 0, 1, 2, 0, 2, 3)
    funnel = rows_of(wb["推进漏斗"])[1:]
    assert [r[1] for r in funnel] == [12, 9, 7, 5, 5, 1, 0, 0]
    assert funnel[4][3] == pytest.approx(0.2)
    targets = [r for r in rows_of(wb["年度目标"]) if r[0] == "本报告范围"]
    assert targets[0][1:5] == ("签约项目", 4, 10, 0.4)
    table = rows_of(wb["分城市、分领域"])
    total = next(r for r in table if r[0] == "签约额（万元）" and r[1] == "合计")
    assert total[-1] == 32000


def test_raw_rows_and_formula_like_text(workbook):
    path, wb = workbook
    leads = rows_of(wb["本期线索明细"])
    assert len(leads) == 1 + 7
    acts = wb["本期跟进明细"]
    assert acts.max_row == 1 + 5
    cells = {
        c.value: c for row in acts.iter_rows(min_row=2) for c in row if isinstance(c.value, str)
    }
    assert cells[FORMULA_NAME].data_type == "s"  # text, not a formula
    assert cells["-2 企业回复：@所有人 +1"].data_type == "s"
    dates = [r[1] for r in rows_of(acts)[1:]]
    assert dates == sorted(dates) and dates[0].date() == date(2026, 5, 12)
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in sheets)
    assert "项目-K" in {r[1] for r in leads} and not any("西塔" in str(r) for r in leads)


def test_sheets_ready_to_filter_and_print(workbook):
    _path, wb = workbook
    ws = wb["本期线索明细"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:X8"
    assert ws["A1"].font.bold and ws["A1"].fill.fgColor.rgb.upper().endswith("163A5F")
    assert ws.column_dimensions["B"].width == pytest.approx(
        30.71, abs=0.01
    )  # Excel adds its padding
    planned = next(c for c in ws[1] if c.value == "计划投资（万元）").column_letter
    assert ws[f"{planned}2"].number_format == "#,##0"
    assert ws["M2"].number_format == "yyyy-mm-dd" and ws["M2"].value.date() <= date(2026, 5, 17)
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 2
    assert ws.print_title_cols == "$A:$B"
    assert ws.print_title_rows == "$1:$1"
    assert ws.row_dimensions[1].height == pytest.approx(30)  # 计划投资（万元） on two lines


def test_each_sheet_prints_as_a_report_does(workbook):
    """Fitted to one page's width (the 24 columns of raw leads to two, their first columns
    repeated), portrait unless wide, the header rows repeated, page numbers in the footer."""
    _path, wb = workbook
    setups = {}
    for ws in wb:
        ps = ws.page_setup
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ps.fitToHeight == 0, ws.title
        assert ps.paperSize == 9 and "&P" in ws.oddFooter.right.text, ws.title
        assert ws.page_margins.left == pytest.approx(0.4) and ws.print_title_rows, ws.title
        setups[ws.title] = (ps.orientation, ps.fitToWidth or 1)
    assert setups["概览"] == ("portrait", 1) and setups["推进漏斗"] == ("portrait", 1)
    assert setups["重点项目动态"] == ("landscape", 1)
    assert setups["本期跟进明细"] == ("landscape", 1)
    assert setups["本期线索明细"] == ("landscape", 2)
    summary = wb["概览"]
    header = next(r for r in range(1, 20) if summary.cell(r, 1).value == "指标")
    assert summary.print_title_rows == f"${header}:${header}"
    title = next(
        m for m in summary.merged_cells.ranges if summary.cell(m.min_row, 1).value == "招商工作周报"
    )
    assert title.max_row - title.min_row == 1  # two default rows: room for its 16 pt


def test_libreoffice_opens_the_workbook(workbook, tmp_path):
    soffice = require_tool("soffice")
    path, _wb = workbook
    out = tmp_path / "lo"
    done = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert pdf_pages(out / "周报.pdf") >= len(_wb.sheetnames)
    # the 16 pt title no longer runs over the lines above and under it
    first = pdf_words(out / "周报.pdf")[0]
    assert any("招商工作周报" in w[0] for w in first) and overlaps(first) == []


def test_english_workbook(built, tmp_path):
    wb = load_workbook(render_xlsx(built[2], tmp_path / "r.xlsx", lang="en"))
    assert wb.sheetnames[:3] == ["Summary", "By city and field", "Funnel"]
    summary = {r[0]: r[1:] for r in rows_of(wb["Summary"]) if r[0]}
    assert summary["New leads"][:2] == (2, 1)
