"""Ledgers of the second round of trying unseen files: a ledger's own numbering under the
export's 线索编号 header, group headers above the real header (with a unit, or with
columns labelled only in the upper row), a currency other than RMB in a header, an
instructions sheet with an example table in front, and cell values seen in real ledgers."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlmodel import select

from crm.db.models import Lead
from crm.importing.api import plan_import, read_table, run_import
from tests.importing.helpers import store_hash
from tests.importing.ledgers import code
from tests.importing.test_ledger_shapes import _followed_by_li


def _sheet(path: Path, rows: list[list], *, title: str | None = "紫金港科技城招商台账") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append([title])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_ledgers_own_numbering_never_overwrites_another_companys_lead(store, people, tmp_path):
    existing = _followed_by_li(store, people)
    before = store_hash(store)
    path = _sheet(
        tmp_path / "numbered.xlsx",
        [
            ["线索编号", "企业名称", "项目名称", "产业领域", "拟落户", "当前阶段", "进展日期"],
            [
                existing.lead_id,
                "杭州澜舟芯算科技有限公司",
                "芯片中心",
                "数字经济",
                "紫金港",
                "在谈",
                "2026/05/06",
            ],
        ],
    )
    plan = plan_import(store, people.wang, read_table(path))
    row = plan.rows[0]
    assert (row.action, row.detail) == ("create", "new")
    assert f"lead {existing.lead_id} is another company's" in row.describe("en")
    assert store_hash(store) == before  # the dry run wrote nothing
    run_import(store, people.wang, plan)
    with store.read() as s:
        lead = s.get(Lead, existing.lead_id)
        assert (lead.project_name, lead.owner_id) == ("机器人产线", people.li.id)
        names = set(s.exec(select(Lead.project_name)).all())
    assert "芯片中心" in names


def test_a_lead_number_with_the_same_company_still_updates_it(store, people, tmp_path):
    existing = _followed_by_li(store, people)
    path = _sheet(
        tmp_path / "export-edited.xlsx",
        [
            ["线索编号", "企业名称", "统一社会信用代码", "计划投资额（万元）"],
            [existing.lead_id, "杭州微光机器人股份有限公司", code(21), 8000],  # renamed, same code
        ],
    )
    plan = plan_import(store, people.li, read_table(path))
    row = plan.rows[0]
    assert (row.action, row.lead_id) == ("update", existing.lead_id)


def _merged_header_ledger(path: Path) -> Path:
    """Row 3: group labels (项目基本情况 over B:E) and labels merged down over rows 3–4
    (是否重点项目, 招商负责人, 备注); row 4: the column labels, one with a line break."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["紫金港科技城2026年重点招商项目台账"])
    ws.append(["填报单位：紫金港科技城招商服务中心", None, None, "填报日期：2026年5月18日"])
    ws.append(
        [
            "序号",
            "项目基本情况",
            None,
            None,
            "投资情况（亿元）",
            "推进情况",
            None,
            "是否\n重点项目",
            "招商\n负责人",
            "备注",
        ]
    )
    ws.append([None, "企业名称", "项目名称", "所属领域", "计划投资", "项目进展", "进展日期"])
    ws.append(
        [
            1,
            "杭州澜舟芯算\n科技有限公司",
            "芯片中心",
            "人工智能",
            2.5,
            "洽谈中",
            "2026-05-06",
            "√",
            "王五",
            "已两次来访",
        ]
    )
    ws.append(
        [
            2,
            "浙江禾润生物制药有限公司",
            "创新药",
            "生物医药",
            "待定",
            "在谈",
            "2026/04/20",
            "X",
            "王五",
            None,
        ]
    )
    for cells in ("A3:A4", "B3:D3", "F3:G3", "H3:H4", "I3:I4", "J3:J4"):
        ws.merge_cells(cells)
    wb.save(path)
    return path


def test_labels_above_the_header_row_and_a_groups_unit_are_kept(store, people, tmp_path):
    table = read_table(_merged_header_ledger(tmp_path / "merged.xlsx"))
    columns = {c.header: (c.target, c.unit) for c in table.columns}
    assert columns["是否重点项目"] == ("is_key", None)
    assert columns["招商负责人"] == ("owner", None)
    assert columns["备注"] == ("notes", None)
    assert columns["计划投资（亿元）"] == ("planned_investment", "亿元")  # the group's unit
    assert len(table.rows) == 2

    plan = plan_import(store, people.wang, table)
    assert plan.counts.created == 2, [r.describe("en") for r in plan.rows]
    first, second = (r.clean for r in plan.rows)
    assert first["company_name"] == "杭州澜舟芯算科技有限公司"  # a wrapped name joins up
    assert first["planned_investment"] == 25000  # 2.5 亿元 in 万元
    assert (first["is_key"], first["owner"], first["notes"]) == (True, people.wang.id, "已两次来访")
    assert second.get("planned_investment") is None  # 待定: not known yet
    assert second["is_key"] is False  # a ledger's X is ×


def test_a_header_in_a_foreign_currency_refuses_its_amounts(store, people, tmp_path):
    path = tmp_path / "usd.csv"
    path.write_text(
        "企业名称,项目名称,产业领域,拟落户,总投资额（万美元）\n"
        "海岚生物科技（杭州）有限公司,海岚项目,生物医药,紫金港,500\n",
        encoding="utf-8-sig",
    )
    table = read_table(path)
    assert [(c.target, c.unit) for c in table.columns if c.index == 4] == [
        ("planned_investment", "foreign")
    ]
    plan = plan_import(store, people.wang, table)
    row = plan.rows[0]  # kept without the amount, which is in the notes, and flagged
    assert row.action == "create" and row.clean.get("planned_investment") is None
    assert row.clean["needs_review"]
    assert "总投资额（万美元）" in row.clean["notes"] and "500" in row.clean["notes"]


def test_an_instructions_sheet_in_front_does_not_hide_the_ledger(tmp_path):
    wb = openpyxl.Workbook()
    help_sheet = wb.active
    help_sheet.title = "填表说明"
    header = ["企业名称", "项目名称", "所属领域", "落地城市", "计划投资额（万元）", "项目阶段"]
    help_sheet.append(["请按下表示例填写"])
    help_sheet.append(header)
    help_sheet.append(["示例：XX科技有限公司", "XX项目", "人工智能", "未来科技城", 10000, "洽谈"])
    ledger = wb.create_sheet("台账")
    ledger.append(header)
    ledger.append(["杭州鸣鹤科技有限公司", "鸣鹤项目", "人工智能", "未来科技城", 3000, "洽谈"])
    wb.save(tmp_path / "help-first.xlsx")
    table = read_table(tmp_path / "help-first.xlsx")
    assert table.sheet == "台账"
    assert [r.cells[0] for r in table.rows] == ["杭州鸣鹤科技有限公司"]


def test_refused_rows_keep_the_unit_and_the_city_stated_outside_the_columns(
    store, people, tmp_path
):
    from crm.importing.refused import write_refused

    path = tmp_path / "stated.csv"
    path.write_text(
        "紫金港科技城招商项目台账\n单位：亿元\n"
        "企业名称,项目名称,产业领域,投资额,当前阶段,进展日期\n"
        "杭州甲科技有限公司,甲项目,数字经济,1,在谈,2026/05/06\n"
        ",乙项目,数字经济,1,在谈,2026/13/45\n",
        encoding="gb18030",
    )
    plan = plan_import(store, people.wang, read_table(path))
    assert (plan.counts.created, plan.counts.refused) == (1, 1)
    out = tmp_path / "refused.xlsx"
    write_refused(plan, out, lang="zh_CN")
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert header[:7] == [
        "企业名称",
        "项目名称",
        "产业领域",
        "投资额（亿元）",
        "当前阶段",
        "进展日期",
        "落地科技城",
    ]

    ws.cell(2, 1).value = "杭州乙科技有限公司"  # the officer names the company, imports again
    fixed = tmp_path / "fixed.xlsx"
    ws.parent.save(fixed)
    again = plan_import(store, people.wang, read_table(fixed))
    row = again.rows[0]
    assert row.action == "create", row.describe("en")
    assert row.clean["planned_investment"] == 10000  # still 1 亿元
    assert row.clean["city"] == plan.default_city_id


def test_an_html_page_named_xls_is_told_apart(tmp_path):
    from crm.importing.guard import ImportFileError

    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>企业名称</td></tr></table></body></html>")
    try:
        read_table(path)
    except ImportFileError as exc:
        assert "web page (HTML)" in exc.message.render("en")
    else:
        raise AssertionError("an HTML page was read as a ledger")


def test_a_range_of_amounts_says_it_is_a_range():
    from crm.errors import ParseError
    from crm.values.amounts import parse_amount

    try:
        parse_amount("3000-5000万")
    except ParseError as exc:
        assert "is a range" in exc.message.render("en")
    else:
        raise AssertionError("a range was read as one amount")


def test_a_currency_is_found_as_a_word_and_under_a_group_header():
    from crm.importing.header_match import match
    from crm.importing.table import _join_two_rows

    assert match("Investment (EUR)")[1] == "foreign"
    assert match("Entrepreneur")[1] is None  # the "eur" inside a word is no currency
    joined = _join_two_rows(["企业名称", "投资情况（万美元）", ""], ["", "计划投资", "协议投资"])
    assert [match(h)[:2] for h in joined[1:]] == [
        ("planned_investment", "foreign"),
        ("agreed_investment", "foreign"),
    ]
