"""Ledgers shaped badly, as people shape them (issue 14's bad-input list): each is read as a
person reads it, or refused with a reason, and never half-read in silence."""

from __future__ import annotations

import time

import openpyxl
import pytest

from crm.cli.import_cmd import mapping_lines
from crm.importing.api import ImportOptions, plan_import, read_table, run_import
from crm.reference import reference
from tests.importing.helpers import convert
from tests.importing.ledgers import code

HEAD = ["序号", "企业名称", "项目名称", "产业领域", "拟落户", "计划投资（万元）", "当前阶段"]


def _book(path, rows, *, head=HEAD, title="紫金港科技城招商台账", setup=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append([title])
    ws.append(head)
    for r in rows:
        ws.append(list(r))
    if setup is not None:
        setup(wb, ws)
    wb.save(path)
    return path


def _row(n, **kw):
    base = [n, f"杭州第{n}科技有限公司", f"项目{n}", "人工智能", "紫金港", 1000 * n, "在谈"]
    for k, v in kw.items():
        base[HEAD.index(k) if k in HEAD else HEAD.index("计划投资（万元）")] = v
    return base


def _codes(store, plan, attr):
    ref = reference(store)
    return {r.number: ref.get(r.values[attr]).code for r in plan.rows if attr in r.values}


def test_two_columns_with_the_same_header_keep_both(store, people, tmp_path):
    head = ["企业名称", "项目名称", "联系人", "联系电话", "联系电话", "当前阶段", "产业领域"]
    path = _book(
        tmp_path / "dup.xlsx",
        [["杭州甲科技有限公司", "甲项目", "张伟", "13812345678", "0571-88886666", "在谈", "AI"]],
        head=head,
    )
    table = read_table(path)
    assert [c.target for c in table.columns] == [
        "company_name",
        "project_name",
        "contact_name",
        "mobile",
        "notes",
        "stage",
        "field",
    ]
    line = mapping_lines(table.columns)[4]
    assert line.startswith("E 联系电话 → ") and "D 联系电话" in line  # the column that won
    plan = plan_import(store, people.wang, table)
    row = plan.rows[0]
    assert row.contact["mobile"] == "13812345678"
    assert row.clean["notes"] == "联系电话：0571-88886666"  # the second number is kept


def test_a_header_row_repeated_in_the_middle_is_left_out(store, people, tmp_path):
    rows = [_row(1), _row(2), HEAD, _row(3)]  # a printed ledger pasted back: page 2's header
    table = read_table(_book(tmp_path / "printed.xlsx", rows))
    assert [r.number for r in table.rows] == [3, 4, 6]
    assert [(i.number, i.reason.render("en")) for i in table.ignored] == [
        (5, "repeated header row")
    ]
    assert plan_import(store, people.wang, table).counts.created == 3


def test_section_rows_are_headings_and_name_the_field_of_the_rows_below(store, people, tmp_path):
    head = ["序号", "企业名称", "项目名称", "拟落户", "计划投资（万元）", "当前阶段"]

    def merge_sections(_wb, ws):
        for r in (3, 6):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(head))

    rows = [
        ["一、互联网+"],
        [1, "杭州甲科技有限公司", "甲项目", "紫金港", 1000, "在谈"],
        [2, "杭州乙科技有限公司", "乙项目", "紫金港", 2000, "考察"],
        ["（二）生命健康"],
        [1, "杭州丙生物有限公司", "丙项目", "紫金港", 3000, "在谈"],
        ["三", "新材料"],  # numbering and heading in two cells
        [1, "杭州丁材料有限公司", "丁项目", "紫金港", 4000, "在谈"],
    ]
    table = read_table(_book(tmp_path / "sections.xlsx", rows, head=head, setup=merge_sections))
    assert [r.number for r in table.rows] == [4, 5, 7, 9]
    assert [(i.number, i.reason.render("en")) for i in table.ignored] == [
        (3, "section heading"),
        (6, "section heading"),
        (8, "section heading"),
    ]
    plan = plan_import(store, people.wang, table)
    assert plan.counts.created == 4
    assert _codes(store, plan, "field") == {
        4: "internet",
        5: "internet",
        7: "health",
        9: "materials",
    }


def test_a_section_heading_in_the_company_column_is_not_a_company(store, people, tmp_path):
    head = ["企业名称", "项目名称", "拟落户", "当前阶段"]
    rows = [["生物医药"], ["杭州丙生物有限公司", "丙项目", "紫金港", "在谈"], ["杭州某某有限公司"]]
    table = read_table(_book(tmp_path / "s.xlsx", rows, head=head))
    assert [r.number for r in table.rows] == [4, 5]  # a lone company name stays data
    plan = plan_import(store, people.wang, table)
    assert _codes(store, plan, "field")[4] == "health"
    assert plan.row(5).values["company_name"] == "杭州某某有限公司"


def test_a_field_of_the_row_wins_over_its_section(store, people, tmp_path):
    rows = [["一、生命健康"], _row(1, 产业领域="新材料"), _row(2, 产业领域=None)]
    plan = plan_import(store, people.wang, read_table(_book(tmp_path / "s.xlsx", rows)))
    assert _codes(store, plan, "field") == {4: "materials", 5: "health"}


def _hide(wb, ws):
    ws.row_dimensions[4].hidden = True  # the second data row
    ws.column_dimensions["F"].hidden = True  # 计划投资（万元）


def test_hidden_rows_are_imported_and_named_or_skipped_on_request(store, people, tmp_path):
    path = _book(tmp_path / "hidden.xlsx", [_row(1), _row(2), _row(3)], setup=_hide)
    table = read_table(path)
    assert table.hidden_rows == [4] and table.hidden_columns == {5}
    plan = plan_import(store, people.wang, table)
    assert plan.counts.created == 3
    assert "1 rows are hidden in the sheet (rows 4): imported like the others." in [
        n.render("en") for n in plan.notes
    ]
    # the hidden column is still read (the only planned investment there is)
    assert plan.row(4).clean["planned_investment"] == 2000.0
    shown = mapping_lines(table.columns, table.hidden_columns)
    assert (
        shown[5] != mapping_lines(table.columns)[5] and shown[4] == mapping_lines(table.columns)[4]
    )
    skipping = plan_import(store, people.wang, table, options=ImportOptions(hidden_rows=False))
    assert (skipping.counts.created, skipping.counts.skipped) == (2, 1)
    assert skipping.row(4).describe("en") == "skipped: the row is hidden in the sheet"
    run_import(store, people.wang, skipping)
    assert plan_import(store, people.wang, table).row(4).action == "create"


def test_a_sheet_whose_first_column_is_empty(store, people, tmp_path):
    def shift(_wb, ws):
        ws.insert_cols(1)  # everything one column to the right, column A empty

    path = _book(tmp_path / "b.xlsx", [_row(1), _row(2)], setup=shift)
    table = read_table(path)
    assert table.header_row == 2 and [r.number for r in table.rows] == [3, 4]
    assert table.columns[0].header == "" and table.columns[0].target is None
    lines = mapping_lines(table.columns)
    assert lines[0].startswith("B 序号") and lines[1].startswith("C 企业名称 → ")
    plan = plan_import(store, people.wang, table)
    assert plan.row(3).clean["company_name"] == "杭州第1科技有限公司"
    assert plan.row(4).clean["planned_investment"] == 2000.0


def test_the_ledger_is_found_when_it_is_not_the_first_sheet(tmp_path):
    def sheets(wb, ws):
        summary = wb.create_sheet("汇总", 0)  # a summary in front
        summary.append(["科技城", "项目数", "计划投资"])
        summary.append(["紫金港", 3, 6000])
        old = wb.create_sheet("旧台账", 1)  # an old copy of the ledger, hidden
        old.append(HEAD)
        old.append(_row(9))
        old.sheet_state = "hidden"

    table = read_table(_book(tmp_path / "third.xlsx", [_row(1), _row(2)], setup=sheets))
    assert table.sheets == ["汇总", "旧台账", "台账"]
    assert table.sheet == "台账" and len(table.rows) == 2
    assert read_table(tmp_path / "third.xlsx", "旧台账").rows[0].cells[1] == "杭州第9科技有限公司"


def test_a_cell_of_100000_characters(store, people, tmp_path):
    head = [*HEAD, "备注", "统一社会信用代码"]
    long = "很长的备注" * 20_000
    rows = [
        [*_row(1), long, code(1)],
        [*_row(2, 投资="约" + "五" * 99_999), None, code(2)],
        [*_row(3, 企业名称="杭" * 100_000), None, None],
    ]
    path = _book(tmp_path / "long.xlsx", rows, head=head)
    started = time.perf_counter()
    table = read_table(path)
    plan = plan_import(store, people.wang, table)
    assert time.perf_counter() - started < 10  # no work quadratic in a cell's length
    one, two, three = plan.rows
    assert one.action == "create" and one.needs_review
    assert len(one.clean["notes"]) <= 20_000 and one.clean["notes"].startswith("很长的备注")
    assert two.action == "create" and two.needs_review  # an amount no one can read: kept
    assert "planned_investment" not in two.clean
    assert len(two.clean["notes"]) < 1000  # the notes keep the start of the text only
    assert three.action == "refuse"  # a company name that is no name refuses the row
    assert "企业名称" in three.reason_text("zh_CN")
    result = run_import(store, people.wang, plan)
    assert result.counts.created == 2


def test_cells_merged_down_over_rows_are_read_in_each_row(store, people, tmp_path):
    def merge(_wb, ws):
        ws.merge_cells("E3:E5")  # 拟落户 written once for three projects
        ws.merge_cells("A1:G1")  # the title: not data

    rows = [_row(1, 拟落户="未来科技城"), _row(2, 拟落户=None), _row(3, 拟落户=None)]
    table = read_table(_book(tmp_path / "m.xlsx", rows, setup=merge))
    plan = plan_import(store, people.wang, table)
    assert _codes(store, plan, "city") == {3: "future", 4: "future", 5: "future"}


def test_the_bad_shapes_read_the_same_once_libreoffice_saved_them(store, people, tmp_path):
    """LibreOffice writes shared strings, a dimension and its own styles (as Excel does)."""

    def shapes(wb, ws):
        _hide(wb, ws)
        ws.merge_cells("E3:E4")
        front = wb.create_sheet("说明", 0)
        front.append(["本表为2026年台账"])

    rows = [_row(1, 拟落户="未来科技城"), _row(2, 拟落户=None), ["二、生命健康"], _row(3)]
    source = _book(tmp_path / "src" / "shapes.xlsx", rows, setup=shapes)
    (saved,) = convert([source], "xlsx", tmp_path / "lo")
    for path in (source, saved):
        table = read_table(path)
        assert table.sheet == "台账" and [r.number for r in table.rows] == [3, 4, 6]
        assert table.hidden_rows == [4] and table.hidden_columns == {5}
        plan = plan_import(store, people.wang, table)
        assert _codes(store, plan, "city") == {3: "future", 4: "future", 6: "zijingang"}
        assert _codes(store, plan, "field")[6] == "internet"  # the row's own field wins


@pytest.mark.parametrize("where", ["XFD60", "ZZ150000"])
def test_a_stray_cell_far_away_is_read_without_building_the_whole_sheet(
    store, people, tmp_path, where
):
    def stray(_wb, ws):
        ws[where] = "x"

    table = read_table(_book(tmp_path / "far.xlsx", [_row(1), _row(2)], setup=stray))
    assert [r.number for r in table.rows] == [3, 4]
    assert plan_import(store, people.wang, table).counts.created == 2


def test_a_field_and_its_sub_field_in_one_cell(store, people):
    from crm.importing.normalise import Resolver
    from crm.reference import reference

    ref = reference(store)
    res = Resolver(ref)
    health, devices = ref.by_code("field", "health"), ref.by_code("subfield", "devices")
    assert res.field("生命健康/医疗器械") == (health, devices)
    assert res.field("生命健康（医疗器械）") == (health, devices)
    internet, ic = ref.by_code("field", "internet"), ref.by_code("subfield", "ic")
    assert res.field("数字经济-集成电路") == (internet, ic)
    assert res.field("生命健康（脑机接口）") == (health, None)  # an unknown part says nothing
    assert res.field("数字经济/生物医药") == (None, None)  # two fields: none
    # 智能制造 is making things; the software for it is 互联网+
    assert res.field("智能制造")[0] == ref.by_code("field", "equipment")
    assert res.field("智能制造软件")[0] == internet


@pytest.mark.parametrize("mark", ["同上", "〃", '"', "ditto", "Ditto", "do.", " 同 上 ", "＂"])
def test_a_same_as_above_mark_takes_the_value_of_the_row_above(mark, tmp_path):
    """同上 and its usual variants mean the value of the data row above in that column (a
    section heading between is no data row); a mark with nothing above stays as written."""
    path = tmp_path / "ditto.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["企业名称", "项目名称", "产业领域", "对接人"])
    ws.append(["杭州甲科技有限公司", "甲项目", "新材料", mark])  # nothing above: kept
    ws.append(["杭州乙科技有限公司", "乙项目", "新材料", "尹刚"])
    ws.append(["二、生命健康"])
    ws.append(["杭州丙科技有限公司", "丙项目", mark, mark])
    ws.append(["杭州丁科技有限公司", "丁项目", "生物医药", mark])  # 同上 of a 同上: 尹刚
    wb.save(path)
    rows = read_table(path).rows
    assert [r.cells[2:4] for r in rows] == [
        ("新材料", mark),
        ("新材料", "尹刚"),
        ("新材料", "尹刚"),
        ("生物医药", "尹刚"),
    ]


def test_text_that_only_starts_like_a_ditto_mark_is_kept():
    from crm.importing.cells import is_ditto

    assert not any(is_ditto(t) for t in ("同上海", "do", "dot", "同", "''x", 3, None))
    assert all(is_ditto(t) for t in ("同上", "〃", "ditto", "DO.", "“", "同上行"))


def test_the_signature_lines_under_a_printed_table_are_no_data(tmp_path):
    """制表：… with the day in another column, 审核：…: a footer, like 填报人：…"""
    path = tmp_path / "signed.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["企业名称", "项目名称", "产业领域", "拟落户", "计划投资（万元）", "状态", "对接人"])
    ws.append(["杭州甲科技有限公司", "甲项目", "新材料", "东湖街道", 3000, "在谈", "韩春燕"])
    ws.append(["制表：韩春燕", None, None, None, None, "2026年5月19日"])
    ws.append(["审核: 钱立新"])
    ws.append(["复核人：范博文", None, "2026-05-19"])
    wb.save(path)
    table = read_table(path)
    assert [r.number for r in table.rows] == [2]
    assert [i.number for i in table.ignored] == [3, 4, 5]
