"""Ledgers of shapes the first round of importing did not meet (found by trying unseen
ledgers): a company-only ledger with no project column, subtotal rows per district, a row
about a lead another officer of the same city follows, an owner who is not a user."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from sqlmodel import select

from crm.db.models import Lead
from crm.importing.api import Choice, ImportOptions, plan_import, read_table, run_import
from crm.importing.rowplan import describe
from crm.leads.edit import create_lead
from crm.reference import reference
from tests.importing.helpers import store_hash
from tests.importing.ledgers import code


def _ledger(path: Path, header: list[str], rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["紫金港科技城重点企业跟踪表"])
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_company_only_ledger_names_each_project_after_its_company(store, people, tmp_path):
    path = _ledger(
        tmp_path / "companies.xlsx",
        ["企业名称", "统一社会信用代码", "产业领域", "拟落户", "当前阶段", "进展日期"],
        [
            ["杭州星河生物科技有限公司", code(11), "生物医药", "紫金港", "在谈", "2026/05/18"],
            ["浙江云帆数字科技有限公司", code(12), "数字经济", "紫金港", "初步接洽", "2026.5.8"],
        ],
    )
    plan = plan_import(store, people.wang, read_table(path))
    assert (plan.counts.created, plan.counts.refused) == (2, 0)
    assert any("no project name column" in n.render("en") for n in plan.notes)
    result = run_import(store, people.wang, plan)
    with store.read() as s:
        leads = [s.get(Lead, i) for i in result.created_ids]
        names = {lead.project_name for lead in leads}
    assert names == {"杭州星河生物科技有限公司", "浙江云帆数字科技有限公司"}


def test_a_blank_project_cell_is_named_after_the_company_and_says_so(store, people, tmp_path):
    path = _ledger(
        tmp_path / "blank.xlsx",
        ["企业名称", "项目名称", "产业领域", "拟落户", "当前阶段", "进展日期"],
        [["杭州星河生物科技有限公司", None, "生物医药", "紫金港", "在谈", "2026/05/18"]],
    )
    plan = plan_import(store, people.wang, read_table(path))
    row = plan.rows[0]
    assert row.action == "create" and row.clean["project_name"] == "杭州星河生物科技有限公司"
    assert "named after the company" in row.describe("en")


def test_district_subtotal_rows_are_not_data(store, people, tmp_path):
    header = [
        "企业名称",
        "项目名称",
        "产业领域",
        "拟落户",
        "投资额（万元）",
        "当前阶段",
        "进展日期",
    ]
    rows = [
        ["杭州甲科技有限公司", "甲项目", "数字经济", "临平", 3000, "在谈", "2026/05/18"],
        ["临平区小计", None, None, None, 3000, None, None],
        ["杭州乙科技有限公司", "乙项目", "数字经济", "富阳", 2000, "在谈", "2026/05/18"],
        ["富阳区 小计：", None, None, None, 2000, None, None],
        ["总计", None, None, None, 5000, None, None],
    ]
    table = read_table(_ledger(tmp_path / "districts.xlsx", header, rows))
    assert len(table.rows) == 2
    plan = plan_import(store, people.zhao, table)
    assert plan.counts.data_rows == 2 and plan.counts.created == 2


def _followed_by_li(store, people):
    """A 紫金港 lead that 李四 follows (an officer of another city may follow one, given to
    her by a manager: officers create leads of their own city)."""
    return create_lead(
        store,
        people.zhao,
        {
            "owner": people.li.id,
            "company_name": "杭州微光机器人有限公司",
            "credit_code": code(21),
            "project_name": "机器人产线",
            "field": "internet",
            "city": "zijingang",
            "stage_date": date(2026, 3, 3),
            "planned_investment": "5000",
        },
    )


#: 李四's lead (``_followed_by_li``) as a ledger row: company, code, project, field, city
ROBOTS = ["杭州微光机器人有限公司", code(21), "机器人产线", "数字经济", "紫金港"]
HEADER = [
    "企业名称",
    "统一社会信用代码",
    "项目名称",
    "产业领域",
    "拟落户",
    "计划投资额（万元）",
    "招商负责人",
]


def test_a_lead_another_officer_follows_is_a_duplicate_not_a_takeover(store, people, tmp_path):
    existing = _followed_by_li(store, people)
    row = [*ROBOTS, 20000, "王五"]
    table = read_table(_ledger(tmp_path / "mine.xlsx", HEADER, [row]))

    plan = plan_import(store, people.wang, table)  # the row names 王五
    r = plan.rows[0]
    assert (r.action, r.detail, r.lead_id) == ("skip", "duplicate", existing.lead_id)
    assert "李四" in r.describe("zh_CN")
    run_import(store, people.wang, plan)
    assert _unchanged(store, existing.lead_id, people.li.id)

    # updated on purpose: the amount changes, the owner stays (a handover is its own action)
    plan = plan_import(
        store, people.wang, table, options=ImportOptions(duplicates=Choice("update"))
    )
    assert plan.rows[0].action == "update"
    run_import(store, people.wang, plan)
    with store.read() as s:
        lead = s.get(Lead, existing.lead_id)
        assert (lead.owner_id, lead.planned_investment) == (people.li.id, 20000)


def test_the_officer_importing_claims_rows_that_name_no_owner(store, people, tmp_path):
    existing = _followed_by_li(store, people)
    row = [*ROBOTS, 20000]
    table = read_table(_ledger(tmp_path / "no-owner.xlsx", HEADER[:-1], [row]))
    assert plan_import(store, people.wang, table).rows[0].action == "skip"  # 王五 imports
    assert plan_import(store, people.li, table).rows[0].action == "update"  # her own lead
    # headless, with no owner named anywhere: nobody claims it, the lead is updated
    assert plan_import(store, people.system, table).rows[0].action == "update"
    opts = ImportOptions(default_owner_id=people.wang.id)
    assert plan_import(store, people.system, table, options=opts).rows[0].action == "skip"
    assert _unchanged(store, existing.lead_id, people.li.id)


def test_a_manager_bringing_a_ledger_in_updates_without_claiming(store, people, tmp_path):
    """A manager (or admin) imports a consolidated ledger naming no owners: they follow no
    leads, so the rows update the officers' leads, which keep their owners."""
    existing = _followed_by_li(store, people)
    row = [*ROBOTS, 20000]
    table = read_table(_ledger(tmp_path / "city.xlsx", HEADER[:-1], [row]))
    plan = plan_import(store, people.zhao, table)
    assert plan.rows[0].action == "update"
    run_import(store, people.zhao, plan)
    with store.read() as s:
        lead = s.get(Lead, existing.lead_id)
        assert (lead.owner_id, lead.planned_investment) == (people.li.id, 20000)


def test_a_lead_nobody_follows_is_taken_by_the_officer_the_row_names(store, people, tmp_path):
    """A headless import left its leads with the system user; a later ledger naming the officer
    gives the lead to her (no officer followed it, so it is no takeover)."""
    row = [*ROBOTS, 5000]
    first = read_table(_ledger(tmp_path / "headless.xlsx", HEADER[:-1], [row]))
    created = run_import(store, people.system, plan_import(store, people.system, first))
    lead_id = created.created_ids[0]
    named = read_table(_ledger(tmp_path / "named.xlsx", HEADER, [[*row, "王五"]]))
    plan = plan_import(store, people.wang, named)
    assert (plan.rows[0].action, plan.rows[0].lead_id) == ("update", lead_id)
    run_import(store, people.wang, plan)
    with store.read() as s:
        assert s.get(Lead, lead_id).owner_id == people.wang.id


def _unchanged(store, lead_id: int, owner_id: int) -> bool:
    with store.read() as s:
        lead = s.get(Lead, lead_id)
        return lead.owner_id == owner_id and lead.planned_investment == 5000


def test_an_officer_without_an_account_becomes_a_person_of_the_rows_city(store, people, tmp_path):
    """Issue 14: the officer a ledger names is created (role officer, the row's city, no way
    to sign in yet) and keeps the lead; the same name in other rows, or differing only by
    spaces or full width, is that one person; an existing person's name with a full-width
    space is that person."""
    from crm.db.models import User

    rows = [
        ["杭州新来科技有限公司", code(31), "新项目", "数字经济", "紫金港", 800, "陈晓"],
        ["杭州又来科技有限公司", code(33), "又项目", "数字经济", "未来科技城", 800, "陈　晓"],
        ["杭州老友科技有限公司", code(34), "老项目", "数字经济", "紫金港", 800, "王　五"],
    ]
    table = read_table(_ledger(tmp_path / "stranger.xlsx", HEADER, rows))
    plan = plan_import(store, people.system, table)
    assert [r.action for r in plan.rows] == ["create"] * 3
    assert plan.new_officers == {"陈晓": people.city_zijingang}
    assert plan.rows[2].clean["owner"] == people.wang.id
    assert "陈晓" not in (plan.rows[0].clean.get("notes") or "")
    result = run_import(store, people.system, plan)
    assert set(result.officers) == {"陈晓"}
    with store.read() as s:
        chen = s.get(User, result.officers["陈晓"])
        assert (chen.role, chen.city_id, chen.active) == ("officer", people.city_zijingang, True)
        owners = s.exec(
            select(Lead.owner_id).where(Lead.id.in_(result.created_ids)).order_by(Lead.id)
        ).all()
    assert owners == [chen.id, chen.id, people.wang.id]


def test_without_new_officers_the_rows_go_to_the_importer_with_the_name_noted(
    store, people, tmp_path
):
    row = ["杭州新来科技有限公司", code(31), "新项目", "数字经济", "紫金港", 800, "陈晓"]
    table = read_table(_ledger(tmp_path / "stranger.xlsx", HEADER, [row]))
    before = store_hash(store)
    headless = plan_import(store, people.system, table, options=ImportOptions(new_officers=False))
    r = headless.rows[0]
    assert r.action == "create" and headless.new_officers == {}  # never refused for this
    assert r.clean["owner"] == people.system.id and "招商负责人：陈晓" in r.clean["notes"]
    assert store_hash(store) == before  # the dry run wrote nothing
    plan = plan_import(
        store,
        people.system,
        table,
        options=ImportOptions(default_owner_id=people.wang.id, new_officers=False),
    )
    assert plan.rows[0].action == "create", plan.rows[0].describe("en")
    assert "'陈晓' is not a user of the CRM: the lead goes to 王五" in plan.rows[0].describe("en")
    result = run_import(store, people.system, plan)
    with store.read() as s:
        owners = s.exec(select(Lead.owner_id).where(Lead.id.in_(result.created_ids))).all()
    assert owners == [people.wang.id] and result.officers == {}


def test_a_row_on_hold_looks_again_on_its_next_follow_up_day(store, people, tmp_path):
    header = ["企业名称", "项目名称", "产业领域", "拟落户", "当前阶段", "进展日期", "下次跟进日期"]
    rows = [
        ["杭州丙科技有限公司", "丙项目", "数字经济", "紫金港", "搁置", "2026/05/18", "2026/09/01"],
        ["杭州丁科技有限公司", "丁项目", "数字经济", "紫金港", "搁置", "2026/05/18", None],
    ]
    table = read_table(_ledger(tmp_path / "on-hold.xlsx", header, rows))
    plan = plan_import(store, people.wang, table, options=ImportOptions(today=date(2026, 5, 20)))
    held, undated = plan.rows
    assert held.action == "create" and held.clean["on_hold_until"] == date(2026, 9, 1)
    # no day to look again anywhere on the row: kept at the first stage, 搁置 in its notes
    assert undated.action == "create" and undated.clean["stage"] == "lead"
    assert undated.clean["needs_review"] and "搁置" in undated.clean["notes"]


def test_a_unit_stated_above_the_table_scales_amount_columns_without_one(store, people, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["青山湖科技城招商项目表"])
    ws.append(["（金额单位：亿元）"])
    ws.append(["企业名称", "项目名称", "产业领域", "拟落户", "投资额", "注册资本（万元）"])
    ws.append(["杭州戊科技有限公司", "戊项目", "数字经济", "青山湖", 3, 500])
    ws.append(["杭州己科技有限公司", "己项目", "数字经济", "青山湖", "8000万", 200])
    wb.save(tmp_path / "unit.xlsx")
    table = read_table(tmp_path / "unit.xlsx")
    units = {c.header: c.unit for c in table.columns}  # what the wizard's mapping shows
    assert (units["投资额"], units["注册资本（万元）"]) == ("亿元", "万元")
    plan = plan_import(store, people.wang, table)
    assert any("亿元" in n.render("zh_CN") for n in plan.notes)
    first, second = plan.rows
    assert first.clean["planned_investment"] == 30000  # 3 亿元
    assert first.clean["registered_capital"] == 500  # its header says 万元
    assert second.clean["planned_investment"] == 8000  # the cell says its own unit


def test_only_a_stated_amount_unit_counts(tmp_path):
    """填报单位 names an office, 面积单位 an area: neither scales the amounts."""
    from crm.importing.table import Table

    def stated(*lines: str):
        return Table(Path("x.xlsx"), "xlsx", "s", [], 1, [], [], preamble=list(lines)).stated_unit

    assert stated("填报单位：亿利集团招商部") is None
    assert stated("填报单位：元宝科技园") is None
    assert stated("面积单位：万平方米；金额单位：亿元") == "亿元"
    assert stated("（单位：万元）") == "万元"
    assert stated("填报单位：紫金港科技城 单位：亿元") == "亿元"
    assert stated("紫金港科技城2026年招商台账") is None


def test_an_owner_who_has_left_is_named_as_such(store, people, tmp_path):
    from crm.db.models import User

    with store.write() as s:
        s.get(User, people.li.id).active = False
    store.cache.pop("reference", None)
    row = ["杭州新来科技有限公司", code(32), "新项目", "数字经济", "紫金港", 800, "李四"]
    table = read_table(_ledger(tmp_path / "left.xlsx", HEADER, [row]))
    headless = plan_import(store, people.system, table).rows[0]
    assert headless.action == "create" and headless.new_officer is None  # not made again
    assert "no longer an active user" in headless.describe("en")
    taken = plan_import(store, people.wang, table).rows[0]
    assert taken.action == "create"
    assert "'李四' is no longer an active user: the lead goes to 王五" in taken.describe("en")


def test_the_landing_street_stands_in_for_a_blank_city_column(store, people, tmp_path):
    """所属科技城 wins the city; where it is blank, 落地街道 names the city through its streets."""
    path = tmp_path / "streets.csv"
    path.write_text(
        "企业名称,项目名称,产业领域,所属科技城,落地街道\n"
        " 杭州甲科技有限公司 ,甲项目,数字经济,,仓前街道\n"
        "杭州乙科技有限公司,乙项目,数字经济,紫金港科技城,仓前街道\n"
        "杭州丙科技有限公司,丙项目,数字经济,,三墩镇\n",
        encoding="utf-8",
    )
    table = read_table(path)
    street = next(c for c in table.columns if c.header == "落地街道")
    assert street.target is None and street.lost_to == ("city", "所属科技城")
    plan = plan_import(store, people.system, table, options=ImportOptions(today=date(2026, 5, 20)))
    by_street, by_city, zijingang = plan.rows
    assert by_street.clean["city"] == people.city_future
    assert by_street.clean["company_name"] == "杭州甲科技有限公司"  # the padding is no part of it
    assert by_city.clean["city"] == people.city_zijingang  # the city column wins
    assert zijingang.clean["city"] == people.city_zijingang


def test_a_companys_two_projects_in_one_ledger_are_two_leads(store, people, tmp_path):
    """The second project of a company an earlier row brings in, in the same city: a second
    lead of the one company, whichever officer of the office follows it; the same project
    again, or the company in another city, stays a duplicate for a person to decide."""
    path = tmp_path / "two.csv"
    path.write_text(
        "企业名称,统一社会信用代码,项目名称,产业领域,拟落户,对接人\n"
        f"杭州甲科技有限公司,{code(7)},甲一期,数字经济,紫金港,王五\n"
        f"杭州甲科技有限公司,{code(7)},甲二期,数字经济,紫金港,王五\n"
        f"杭州甲科技有限公司,{code(7)},甲一期,数字经济,紫金港,王五\n"
        f"杭州甲科技有限公司,{code(7)},甲三期,数字经济,未来科技城,王五\n"
        f"杭州甲科技有限公司,{code(7)},甲四期,数字经济,紫金港,陈晓东\n",
        encoding="utf-8",
    )
    plan = plan_import(store, people.wang, read_table(path))
    assert [r.action for r in plan.rows] == ["create", "create", "skip", "skip", "create"]
    assert plan.rows[2].duplicate_of_row == plan.rows[3].duplicate_of_row == 2
    fourth = plan.rows[4]  # another officer's project of the same company: its own lead
    assert not fourth.needs_review and fourth.duplicate_of_row is None
    assert "another project of the company of row 2" in describe(fourth, "en")
    result = run_import(store, people.wang, plan)
    with store.read() as s:
        companies = s.exec(select(Lead.company_id).where(Lead.id.in_(result.created_ids))).all()
    assert len(companies) == 3 and len(set(companies)) == 1  # one company, three projects


def test_a_sheet_named_after_a_city_gives_its_rows_that_city(store, people, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "青山湖"
    wb.active.append(["企业名称", "项目名称", "产业领域"])
    wb.active.append(["杭州甲科技有限公司", "甲项目", "数字经济"])
    other = wb.create_sheet("临平")
    other.append(["企业名称", "项目名称", "产业领域"])
    other.append(["杭州乙科技有限公司", "乙项目", "数字经济"])
    path = tmp_path / "各区台账.xlsx"
    wb.save(path)
    for sheet, city in (("青山湖", people.city_qingshan), ("临平", None)):
        plan = plan_import(store, people.system, read_table(path, sheet))
        if city is not None:
            assert plan.rows[0].clean["city"] == city
        assert plan.default_city_id == (city or reference(store).id_of("city", "linping"))
        assert "sheet" in plan.notes[0].render("en")
