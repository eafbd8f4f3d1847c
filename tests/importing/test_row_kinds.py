"""Short rows among the data that are no project (crm.importing.row_kinds), and the officer
a block's head or a ledger's title names (crm.importing.officers.keeper_in_title)."""

from __future__ import annotations

from datetime import date

import openpyxl

from crm.importing.api import ImportOptions, plan_import, read_table
from crm.importing.officers import keeper_in_title
from crm.importing.row_kinds import OWNER_BLOCK, PAGE_FOOTER, REPEATED_TITLE, TOTAL, kind_of

TITLE = "周婷 2026年招商工作台账（未来科技城招商二部）"


def test_the_kind_of_a_short_row():
    assert kind_of((None, None, "第 1 页，共 2 页"), []) == (PAGE_FOOTER, None)
    assert kind_of(("Page 2 of 3",), []) == (PAGE_FOOTER, None)
    assert kind_of((TITLE, None), [TITLE]) == (REPEATED_TITLE, None)
    assert kind_of((None, "本人小计：6个项目，计划投资约17.1亿元"), []) == (TOTAL, None)
    assert kind_of(("责任人：徐  艳（招商二科）",), []) == (OWNER_BLOCK, "徐  艳(招商二科)")
    assert kind_of(("对接人: 王一",), []) == (OWNER_BLOCK, "王一")
    # a project row, a company alone, a note, or a label of no officer: none of these
    assert kind_of(("杭州甲科技有限公司", "甲项目", "数字经济"), [TITLE]) == (None, None)
    assert kind_of(("杭州甲科技有限公司",), [TITLE]) == (None, None)
    assert kind_of(("联系人：张三",), []) == (None, None)
    assert kind_of(("第一批项目",), []) == (None, None)
    assert kind_of(("责任领导：李局",), []) == (None, None)  # a leader is no officer
    assert kind_of((12, "本人小计：3个"), []) == (None, None)  # a number: a data row


def test_the_keeper_named_at_the_head_of_a_title():
    assert keeper_in_title([TITLE]) == "周婷"
    assert keeper_in_title(["", "周婷_2026招商工作台账"]) == "周婷"
    assert keeper_in_title(["王一的招商台账"]) == "王一"
    for title in (
        "富阳区2026年招商专员工作台账",
        "紫金港科技城_生物医药专班招商台账",
        "人工智能小镇_在谈项目月报_2026",
        "城西科创大走廊_招商线索汇总表_20260515",
        "招商二部 2026年台账",
        "2026年招商台账",
        "阿里巴巴2026年合作项目清单",  # four characters: a brand, not a person
        "王一 2026年5月",  # a name and a date, but no ledger
    ):
        assert keeper_in_title([title]) is None, title


def test_officers_of_blocks_and_of_a_title_follow_their_rows(store, people, tmp_path):
    path = tmp_path / "富阳区_招商专员工作台账.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["富阳区2026年招商专员工作台账"])
    ws.append(["序号", "企业名称", "项目", "行业", "拟落地"])
    ws.append(["责任人：王五（招商一科）"])
    ws.append([1, "杭州甲科技有限公司", "甲项目", "数字经济", "紫金港"])
    ws.append([None, "本人小计：1个项目"])
    ws.append(["责任人：冯  慧敏（招商二科）"])
    ws.append([1, "杭州乙科技有限公司", "乙项目", "数字经济", "紫金港"])
    ws.append([2, "杭州丙科技有限公司", "丙项目", "数字经济", "紫金港"])
    ws.append([None, None, "第 1 页，共 1 页"])
    wb.save(path)
    table = read_table(path)
    assert [r.number for r in table.rows] == [4, 7, 8]
    plan = plan_import(store, people.system, table, options=ImportOptions(today=date(2026, 5, 20)))
    first, second, third = plan.rows
    assert first.clean["owner"] == people.wang.id  # 王五 has an account
    assert second.new_officer == third.new_officer == "冯慧敏"
    assert plan.new_officers == {"冯慧敏": people.city_zijingang}

    own = tmp_path / "周婷_2026招商工作台账.csv"
    own.write_text(
        f"{TITLE}\n企业,项目,领域,拟落地\n杭州丁科技有限公司,丁项目,数字经济,紫金港\n",
        encoding="utf-8",
    )
    plan = plan_import(store, people.system, read_table(own))
    assert plan.rows[0].new_officer == "周婷"
    assert any("周婷" in n.render("zh_CN") for n in plan.notes)


def test_the_rows_a_template_leaves_under_its_header():
    from crm.importing.row_kinds import EXAMPLE, HINTS

    assert kind_of((None, "（营业执照全称）", "（万元）", "(YYYY-MM-DD)"), []) == (HINTS, None)
    assert kind_of(("示例", "杭州某某科技有限公司", "某某中心", 1000), []) == (EXAMPLE, None)
    assert kind_of(("例：", "杭州甲科技有限公司", "甲中心", 1000), []) == (EXAMPLE, None)
    assert kind_of((None, "杭州某某科技有限公司", "某某中心", 1000), []) == (EXAMPLE, None)
    # a project whose notes are in brackets, one hint alone, a real company: data
    assert kind_of((1, "杭州甲科技有限公司", "（备注）", "（待定）"), []) == (None, None)
    assert kind_of(("杭州甲科技有限公司", "甲中心", "（一期）"), []) == (None, None)
    assert kind_of(("某央企下属研究院（暂不公开）", "研究院项目", 1000), []) == (None, None)
