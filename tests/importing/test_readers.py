"""The same ledger from every kind of file people have: xlsx, xls (converted by LibreOffice),
CSV in UTF-8 with and without BOM and in GB18030, and formula cells read from their cached
values, never evaluated."""

from __future__ import annotations

import openpyxl
import pytest

from crm.importing.api import plan_import, read_table, run_import
from tests.importing.helpers import convert
from tests.importing.ledgers import HEADERS, ROWS, write_csv, write_ledger
from tests.importing.test_ledger_import import EXPECTED, imported


def _import(store, people, path, **kw):
    table = read_table(path, **kw)
    plan = plan_import(store, people.zhao, table)
    assert plan.counts.refused == 0, [r.describe() for r in plan.refused]
    run_import(store, people.zhao, plan)
    return table


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_csv_in_every_encoding_reads_like_the_workbook(store, people, tmp_path, encoding):
    table = _import(store, people, write_csv(tmp_path / "台账.csv", encoding))
    assert table.encoding == encoding.replace("utf-8-sig", "utf-8-sig")
    assert table.kind == "csv" and table.header_row == 3
    assert imported(store) == EXPECTED


def test_semicolon_csv(store, people, tmp_path):
    _import(store, people, write_csv(tmp_path / "l.csv", "utf-8", delimiter=";"))
    assert imported(store) == EXPECTED


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """LibreOffice's own copies: the ledger as .xls, and a ledger with formula cells saved by
    LibreOffice (formulas with cached values)."""
    d = tmp_path_factory.mktemp("lo")
    ledger = write_ledger(d / "ledger.xlsx")
    formulas = d / "src" / "formulas.xlsx"
    formulas.parent.mkdir()
    rows = [list(r) for r in ROWS]
    rows[3][5] = "=2+0.5"  # 投资额(亿元) of the fourth row: 2.5 once calculated
    write_ledger(formulas, rows=rows)
    wb = openpyxl.load_workbook(formulas)
    assert wb.active["G7"].data_type == "f"
    (xls,) = convert([ledger], "xls", d / "xls")
    (cached,) = convert([formulas], "xlsx", d / "cached")
    return {"xls": xls, "formulas": formulas, "cached": cached}


def test_xls_reads_like_the_workbook(store, people, converted):
    table = _import(store, people, converted["xls"])
    assert table.kind == "xls" and table.sheet == "2026年台账"
    assert imported(store) == EXPECTED


def test_formula_cells_give_their_cached_value(store, people, converted):
    _import(store, people, converted["cached"])
    assert imported(store) == EXPECTED  # 2.5 亿元 from the cached value of =2+0.5


def test_formulas_are_never_evaluated(store, people, converted):
    # saved by openpyxl: no cached value, so the cell is empty for us (not calculated)
    table = read_table(converted["formulas"])
    row7 = next(r for r in table.rows if r.number == 7)
    assert row7.cells[HEADERS.index("投资额(亿元)")] is None
    assert "planned_investment" not in plan_import(store, people.wang, table).row(7).values


def test_two_row_header_and_explicit_sheet(tmp_path):
    path = tmp_path / "two.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = "本表说明"
    data = wb.create_sheet("项目")
    data.append(["企业名称", "项目名称", "投资情况", None, "当前阶段"])
    data.append([None, None, "计划投资（万元）", "协议投资（万元）", None])
    data.append(["杭州甲公司", "甲项目", 1000, 800, "已签约"])
    wb.save(path)
    table = read_table(path, "项目")
    targets = [c.target for c in table.columns]
    assert targets == [
        "company_name",
        "project_name",
        "planned_investment",
        "agreed_investment",
        "stage",
    ]
    assert [r.number for r in table.rows] == [3]
