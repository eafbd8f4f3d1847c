"""The one workbook writer (crm.exporting.xlsx) as a lead export uses it: every sheet prints on
A4 landscape fitted to the page width (a very wide one on a few pages across, its first two
columns repeated), the header row repeated on every page, a title in the page header; an
empty table keeps its header; the store is named by its file name only; a sheet name Excel
would refuse is made acceptable."""

from __future__ import annotations

from openpyxl import load_workbook

from crm.exporting.columns import DEFAULT_COLUMNS
from crm.exporting.leads import export_leads
from crm.exporting.xlsx import Book
from crm.leadlist.query import LeadFilter
from crm.leads.edit import create_lead


def _lead(store, people):
    create_lead(store, people.wang, {"company_name": "打印测试有限公司", "project_name": "打印",
                                     "field": "health", "city": people.city_zijingang})  # fmt: skip


def test_exports_are_ready_to_print(store, people, tmp_path):
    _lead(store, people)
    narrow = export_leads(store, people.zhao, tmp_path / "n.xlsx",
                          columns=("id", "company_name", "stage"), lang="zh_CN").path  # fmt: skip
    ws = load_workbook(narrow)["招商线索"]
    setup = ws.page_setup
    # fitToWidth left out means 1 (ECMA-376's default)
    assert (setup.orientation, setup.paperSize, setup.fitToWidth or 1) == ("landscape", 9, 1)
    assert setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert "招商线索" in ws.oddHeader.left.text and "赵六" in ws.oddHeader.left.text
    assert ws.oddFooter.right.text == "&P / &N"
    wide = export_leads(store, people.zhao, tmp_path / "w.xlsx", columns=DEFAULT_COLUMNS).path
    ws = load_workbook(wide).worksheets[0]
    assert ws.page_setup.fitToWidth >= 3 and ws.print_title_cols == "$A:$B"
    about = {r[0]: r[1] for r in load_workbook(wide)["说明"].iter_rows(values_only=True)}
    assert about["数据库"] == "crm.sqlite"  # the file's name, never its folder


def test_an_empty_export_keeps_its_header(store, people, tmp_path):
    path = export_leads(store, people.zhao, tmp_path / "e.xlsx", LeadFilter(search="无此企业"),
                        columns=("id", "company_name"), lang="en").path  # fmt: skip
    rows = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("Lead ID", "Company name") and all(v is None for r in rows[1:] for v in r)


def test_sheet_names_excel_accepts(tmp_path):
    book = Book()
    for title in ("a/b:c?", "a/b:c?", "x" * 40):
        sheet = book.sheet(title)
        sheet.header(["v"])
        sheet.append([1])
    book.save(tmp_path / "s.xlsx")
    assert load_workbook(tmp_path / "s.xlsx").sheetnames == ["a b c", "a b c (2)", "x" * 31]
