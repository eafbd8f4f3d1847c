"""Refused rows: the reason names the column, the rows go to a workbook the officer fixes and
imports again. Mappings: corrected once, remembered for files of the same layout."""

from __future__ import annotations

import csv

import openpyxl

from crm.importing.api import ImportOptions, plan_import, read_table, run_import, write_refused
from crm.importing.headers import Column
from tests.importing.helpers import convert
from tests.importing.ledgers import ROWS, code, write_ledger

BAD = [
    (
        "杭州坏码科技有限公司",
        "91330106MA00000017",
        "项目甲",
        "生物医药",
        "紫金港",
        "1亿",
        None,
        "在谈",
        None,
        None,
        None,
        None,
        None,
        None,
    ),  # wrong check character
    (
        "杭州未知阶段有限公司",
        None,
        "项目乙",
        "数字经济",
        "紫金港",
        "很多",
        None,
        "谈恋爱",
        None,
        None,
        None,
        None,
        None,
        None,
    ),  # amount and stage unreadable
    (
        None,
        None,
        "没有企业的项目",
        "新材料",
        "青山湖",
        "100万",
        None,
        "线索",
        None,
        None,
        None,
        None,
        None,
        None,
    ),  # no company
    (
        "-杭州减号科技有限公司",
        None,
        "项目丁",
        "火星产业",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
    ),  # unknown field; formula-like name
]


def test_refused_rows_say_why_and_go_to_a_workbook_to_fix(store, people, tmp_path):
    """Only a wrong check character and a row without a company are refused; an unreadable
    amount, stage word or field is kept out of the lead, in its notes, and the lead flagged."""
    table = read_table(write_ledger(tmp_path / "l.xlsx", rows=list(ROWS) + BAD))
    plan = plan_import(store, people.zhao, table)
    assert plan.counts.refused == 2 and plan.counts.created == 6 and plan.counts.balanced
    reasons = {r.number: r.reason_text("zh_CN") for r in plan.refused}
    assert reasons[8] == "统一社会信用代码：校验码与前 17 位不符：其中有字符输入错误"
    assert "企业名称" in reasons[10]
    assert {k.header for k in plan.row(9).kept} == {"投资额(亿元)", "当前阶段"}
    assert [(k.field, k.text) for k in plan.row(11).kept] == [("field", "火星产业")]
    assert plan.row(9).clean["needs_review"] and plan.row(9).clean["stage"] == "lead"
    assert "谈恋爱" in plan.row(9).clean["notes"]

    out = tmp_path / "refused.xlsx"
    assert write_refused(plan, out, lang="zh_CN") == 2
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    header = [c.value for c in ws[1]]
    assert header[: len(table.headers)] == table.headers
    assert header[-2:] == ["原文件行号", "拒绝原因"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[-2] for r in rows] == [8, 10]
    assert rows[0][1] == "杭州坏码科技有限公司"

    # the officer fixes the cells and imports the workbook again
    ws.cell(2, 3, code(8))
    ws.cell(3, 2, "杭州有名字新材料有限公司")
    wb.save(out)
    # the committee imports it: rows naming no city go to the one chosen, as the officer's did
    again = plan_import(
        store,
        people.zhao,
        read_table(out),
        options=ImportOptions(default_city_id=people.city_zijingang),
    )
    assert [r.describe("en") for r in again.refused] == []
    run_import(store, people.zhao, plan)
    result = run_import(store, people.zhao, again)
    assert result.counts.created == 2


def test_a_formula_like_name_stays_text_in_the_refused_rows(store, people, tmp_path):
    bad = [("-杭州减号科技有限公司", "91330106MA00000010") + (None,) * 12]
    plan = plan_import(store, people.wang, read_table(write_ledger(tmp_path / "l.xlsx", rows=bad)))
    assert plan.counts.refused == 1
    out = tmp_path / "refused.xlsx"
    write_refused(plan, out, lang="zh_CN")
    ws = openpyxl.load_workbook(out).active
    assert ws.cell(2, 2).value == bad[0][0] and ws.cell(2, 2).data_type == "s"
    (as_csv,) = convert([out], "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path / "lo")
    with as_csv.open(encoding="utf-8") as fh:
        assert list(csv.reader(fh))[1][1] == bad[0][0]


def test_a_corrected_mapping_is_remembered_for_the_same_layout(store, people, tmp_path):
    def ledger(name: str, amount_header: str):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["企业名称", "项目名称", "领域", "城市", amount_header])
        ws.append([f"杭州{name}科技有限公司", f"{name}项目", "数字经济", "紫金港", 300])
        wb.save(tmp_path / f"{name}.xlsx")
        return tmp_path / f"{name}.xlsx"

    first = read_table(ledger("甲", "金额"))
    assert first.columns[4].target is None  # "金额" alone says nothing
    corrected = [
        c if c.index != 4 else Column(4, c.header, "registered_capital", "万元")
        for c in first.columns
    ]
    plan = plan_import(store, people.wang, first, columns=corrected)
    run_import(store, people.wang, plan)

    second = read_table(ledger("乙", "金额"))  # next month's copy, same layout
    plan = plan_import(store, people.wang, second)
    assert plan.columns[4].target == "registered_capital"
    assert plan.row(2).clean["registered_capital"] == 300.0
    other = read_table(ledger("丙", "备用金额"))  # another layout: not touched
    assert plan_import(store, people.wang, other).columns[4].target is None


def test_progress_in_words_and_owners_who_are_not_users(store, people, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(
        ["企业名称", "项目名称", "产业领域", "所在区域", "负责人", "项目进展", "项目进展情况"]
    )
    ws.append(
        [
            "杭州甲科技有限公司",
            "甲项目",
            "生物医药（创新药）",
            "紫金港",
            "王五",
            "正在洽谈，预计6月签约",
            "对方在比较张江",
        ]
    )
    ws.append(["杭州乙科技有限公司", "乙项目", "数字经济", "紫金港", "张三", "尚未签约", None])
    ws.append(["杭州丙科技有限公司", "丙项目", "数字经济", "紫金港", None, "已完成首次拜访", None])
    ws.append(["杭州丁科技有限公司", "丁项目", "数字经济", "紫金港", "张三", "在谈", None])
    wb.save(tmp_path / "words.xlsx")
    table = read_table(tmp_path / "words.xlsx")
    assert [c.target for c in table.columns] == [
        "company_name",
        "project_name",
        "field",
        "city",
        "owner",
        "stage",
        "notes",
    ]
    plan = plan_import(store, people.zhao, table)
    first, second, third, fourth = plan.rows
    assert first.clean["stage"] == "negotiation" and first.clean["owner"] == people.wang.id
    assert first.clean["subfield"] is not None  # 生物医药 found in 生物医药（创新药）
    assert first.clean["notes"] == "项目进展：正在洽谈，预计6月签约\n项目进展情况：对方在比较张江"
    # 未签约 is not 签约 and 已完成首次拜访 names no stage: the first stage, the words kept in
    # the notes and the lead flagged; 张三, who has no account, becomes an officer of 紫金港
    assert second.action == "create" and second.clean["stage"] == "lead"
    assert second.clean["needs_review"] and "尚未签约" in second.clean["notes"]
    assert third.action == "create" and "已完成首次拜访" in third.clean["notes"]
    assert second.new_officer == fourth.new_officer == "张三"
    assert plan.new_officers == {"张三": people.city_zijingang}
    assert fourth.action == "create" and "owner" not in fourth.clean
    assert "张三 gets an account (cannot sign in yet)" in fourth.describe("en")
    assert plan.counts.created == 4 and plan.counts.refused == 0 and plan.needs_review == 2
