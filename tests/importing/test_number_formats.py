"""Numbers whose number format shows their unit (crm.importing.number_formats): read as the
cell shows them, in .xlsx (calamine and the styles part) and .xls (xlrd's records)."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from crm.importing.api import ImportOptions, plan_import, read_table
from crm.importing.number_formats import ShownNumber, words_of
from crm.importing.readers import open_book
from tests.importing.helpers import convert

OPTIONS = ImportOptions(today=date(2026, 5, 20))


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ('#,##0"万元"', ("", "万元", 1.0)),
        ('0.0"亿元"', ("", "亿元", 1.0)),
        ("0.0亿", ("", "亿", 1.0)),  # a Chinese character needs no quotes
        ("0.0\\亿", ("", "亿", 1.0)),
        ('"约"0"亿元"', ("约", "亿元", 1.0)),
        ('#,##0.0,,"百万"', ("", "百万", 1_000_000.0)),  # each trailing comma divides by 1000
        ('#,##0"万美元"', ("", "万美元", 1.0)),
        ("[$$-409]#,##0.00", ("$", "", 1.0)),
        ('0"亩"', ("", "亩", 1.0)),
        ('#,##0"万元";[Red]-#,##0"万元"', ("", "万元", 1.0)),  # the positive section
        # formats that show no words: none
        ("General", None), ("0.00", None), ("#,##0", None), ("0%", None), ("@", None),
        ("#,##0_);[Red](#,##0)", None), ("[$¥-804]#,##0", None), ('¥#,##0"元"', ("", "元", 1.0)),
        ('yyyy"年"m"月"d"日"', None), ("m月d日", None),
    ],
)  # fmt: skip
def test_the_words_a_number_format_shows(code, words):
    assert words_of(code) == words


def test_a_shown_number_is_its_text_without_separators():
    assert ShownNumber(1.2, "", "亿元").shown() == "1.2亿元"
    assert ShownNumber(5000.0, "", "万元").shown() == "5000万元"
    assert ShownNumber(1_500_000.0, "", "百万", 1e6).shown() == "1.5百万"
    assert ShownNumber(3.0, "约", "亿元") == 3.0  # still the number for every other reader


def _ledger(path, cells):
    wb = Workbook()
    ws = wb.active
    ws.append(["企业名称", "项目名称", "产业领域", "拟落户", "计划投资额", "首次对接"])
    for i, (value, fmt) in enumerate(cells, 1):
        ws.append(
            [f"杭州{'甲乙丙丁戊己庚辛'[i]}科技有限公司", f"项目{i}", "数字经济", "紫金港", value]
        )
        ws.cell(i + 1, 5).number_format = fmt
        ws.cell(i + 1, 6, date(2026, 5, 3)).number_format = 'yyyy"年"m"月"d"日"'
    wb.save(path)
    return path


CELLS = [
    (1.2, '0.0"亿元"'),  # 1.2亿 = 12000 万元, not 1.2 万元
    (5000, '#,##0"万元"'),
    (1, '0.0"亿元"'),
    (3000, "#,##0"),  # no unit shown: the column's (万元)
    (500, '#,##0"万美元"'),  # a foreign currency: flagged, not read as yuan
    (30, '0"亩"'),  # a unit that is no amount's: flagged, not guessed
    (2_000_000, '#,##0"元"'),  # yuan: 200 万元
]
WANT = [(12000, False), (5000, False), (10000, False), (3000, False), (None, True),
        (None, True), (200, False)]  # fmt: skip


def _read(store, people, path):
    plan = plan_import(store, people.system, read_table(path), options=OPTIONS)
    assert [r.clean.get("first_contact_on") for r in plan.rows] == [date(2026, 5, 3)] * 7
    return [(r.clean.get("planned_investment"), r.needs_review) for r in plan.rows]


def test_a_number_whose_format_shows_its_unit_is_read_with_that_unit(store, people, tmp_path):
    path = _ledger(tmp_path / "formats.xlsx", CELLS)
    assert _read(store, people, path) == WANT
    plan = plan_import(store, people.system, read_table(path), options=OPTIONS)
    # a flagged amount is kept in the notes as the cell shows it, unit and all
    assert "500万美元" in plan.rows[4].clean["notes"]
    assert "30亩" in plan.rows[5].clean["notes"]


def test_the_same_in_a_legacy_excel_file(store, people, tmp_path):
    (xls,) = convert([_ledger(tmp_path / "formats.xlsx", CELLS)], "xls", tmp_path / "xls")
    assert _read(store, people, xls) == WANT


def test_a_workbook_without_such_formats_gives_plain_numbers(tmp_path):
    path = _ledger(tmp_path / "plain.xlsx", [(1.2, "0.0"), (5000, "#,##0")])
    book = open_book(path)
    values = [row[4] for row in list(book.rows(book.sheet_names[0]))[1:]]
    assert values == [1.2, 5000] and not any(isinstance(v, ShownNumber) for v in values)


def test_a_refused_row_gives_its_formatted_amount_back_as_shown(store, people, tmp_path):
    """The refused-rows workbook is fixed and imported again: 1.2 shown '1.2亿元' must go back
    with its unit, not as a bare 1.2 (which a 万元 column would read 10,000-fold low)."""
    from openpyxl import load_workbook

    from crm.importing.api import write_refused

    wb = Workbook()
    ws = wb.active
    ws.append(["企业名称", "项目名称", "产业领域", "拟落户", "计划投资额", "统一社会信用代码"])
    ws.append(["杭州甲科技有限公司", "甲项目", "数字经济", "紫金港", 1.2, "91330000000000000X"])
    ws.cell(2, 5).number_format = '0.0"亿元"'
    path = tmp_path / "bad_code.xlsx"
    wb.save(path)
    plan = plan_import(store, people.system, read_table(path), options=OPTIONS)
    assert [r.action for r in plan.rows] == ["refuse"]  # a wrong check character
    out = tmp_path / "refused.xlsx"
    assert write_refused(plan, out, lang="zh_CN") == 1
    back = load_workbook(out, read_only=True)
    assert list(back.active.iter_rows(min_row=2, values_only=True))[0][4] == "1.2亿元"
