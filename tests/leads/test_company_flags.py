"""The designations the committee counts (世界500强 … 瞪羚): the company's, so every project of
a company shows the same; a new project adds designations, never removes one; ledgers' words
for the levels; short labels in both languages; exports (masked where the project is); and
a ledger's columns imported."""

from __future__ import annotations

import openpyxl
from sqlmodel import select

from crm.db.models import Company
from crm.errors import ValidationError
from crm.exporting.leads import export_leads
from crm.importing.api import plan_import, read_table, run_import, undo_import
from crm.importing.rowplan import CREATE, Choice, ImportOptions
from crm.leadlist.columns import export_columns
from crm.leadlist.query import LeadFilter, list_leads
from crm.leads import company_flags
from crm.leads.edit import create_lead, get_lead, update_lead
from crm.reference import reference
from tests.services import TODAY, lead_data


def _company(store, lead_id) -> Company:
    with store.read() as s:
        return s.exec(select(Company).where(Company.id == get_lead(store, _sys(store), lead_id).company_id)).one()  # fmt: skip


def _sys(store):
    from crm.accounts.users import system_actor

    return system_actor(store)


def test_designations_are_the_companys_and_a_new_project_only_adds(store, people):
    first = create_lead(
        store,
        people.wang,
        lead_data(fortune500=True, listed_where="港交所", srdi="国家级"),
        today=TODAY,
    )
    c = _company(store, first.lead_id)
    ref = reference(store)
    assert (c.fortune500, c.listed, c.listed_where, c.gazelle) == (True, True, "港交所", False)
    assert ref.get(c.srdi_id).code == "national"
    # a second project of the same company, from a form where 世界500强 was left unticked
    second = create_lead(
        store,
        people.wang,
        lead_data(project_name="云帆二期", fortune500=False, gazelle=True, srdi="省级"),
        duplicate_reason="二期项目",
        today=TODAY,
    )
    assert second.company_id == first.company_id
    c = _company(store, first.lead_id)
    assert (c.fortune500, c.gazelle) == (True, True)  # added, nothing taken away
    assert ref.get(c.srdi_id).code == "national"  # a level is not overwritten by a new project
    # an edit on one project is the company's: the other shows it
    update_lead(store, people.wang, second.lead_id, {"fortune500": False, "unicorn": "独角兽"})
    values = get_lead(store, people.wang, first.lead_id).values
    assert (values["fortune500"], ref.get(values["unicorn"]).code) == (False, "unicorn")


def test_a_level_not_on_its_list_is_refused_with_the_field_named(store, people):
    try:
        create_lead(store, people.wang, lead_data(srdi="市级"), today=TODAY)
    except ValidationError as exc:
        assert [e.field for e in exc.errors] == ["srdi"]
    else:
        raise AssertionError("市级 is not a 专精特新 level the committee counts")


def test_short_labels_in_both_languages(store, people):
    ref = reference(store)
    values = {
        "fortune500": True,
        "china500": False,
        "listed": True,
        "listed_where": "上交所科创板",
        "unicorn": ref.id_of("unicorn", "quasi_unicorn"),
        "srdi": ref.id_of("srdi", "national"),
        "gazelle": True,
    }
    assert company_flags.labels(values, ref, "en") == [
        "Global 500",
        "Listed (上交所科创板)",
        "Quasi-unicorn",
        "SRDI little giant",
        "Gazelle",
    ]
    assert company_flags.text(values, ref, "zh_CN") == (
        "世界500强 · 上市（上交所科创板） · 准独角兽 · 专精特新小巨人 · 瞪羚"
    )
    assert company_flags.text({}, ref, "zh_CN") == ""


def test_the_list_shows_them_and_masks_where_a_secret_project_is_listed(store, people):
    open_id = create_lead(
        store, people.wang, lead_data(china500=True, listed_where="纳斯达克"), today=TODAY
    ).lead_id
    secret = create_lead(
        store,
        people.wang,
        lead_data(
            company_name="杭州保密科技有限公司",
            listed_where="纽交所",
            confidential=True,
            codename="X-1",
        ),
        today=TODAY,
    ).lead_id
    rows = {r.id: r for r in list_leads(store, people.li, LeadFilter()).rows}  # another city
    assert rows[open_id].designations["china500"] is True
    assert rows[open_id].listed_where == "纳斯达克"
    assert rows[secret].listed is True and rows[secret].listed_where is None


def test_exported_as_their_own_columns_and_imported_back(store, people, tmp_path):
    lead_id = create_lead(
        store,
        people.wang,
        lead_data(fortune500=True, listed_where="港交所", unicorn="准独角兽"),
        today=TODAY,
    ).lead_id
    cols = export_columns(["company_name", "designations"])  # the list's columns, exported
    path = export_leads(store, people.zhao, tmp_path / "l.xlsx", columns=cols, lang="zh_CN").path
    ws = openpyxl.load_workbook(path).worksheets[0]
    head = [c.value for c in ws[1]]
    assert head[2:] == [
        "世界500强",
        "中国500强",
        "上市公司",
        "上市地",
        "独角兽",
        "专精特新",
        "瞪羚",
    ]
    row = [c.value for c in ws[2]]
    assert row[0] == lead_id
    assert row[2:] == ["是", "否", "是", "港交所", "准独角兽", None, "否"]
    # the same file imports back without changing anything
    plan = plan_import(store, people.zhao, read_table(path))
    assert [r.action for r in plan.rows] == ["skip"]


def test_a_ledgers_designation_columns_are_imported(store, people, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(
        ["企业名称", "项目名称", "所属领域", "落地科技城", "是否世界500强", "专精特新", "瞪羚企业"]
    )
    ws.append(["杭州甲科技有限公司", "甲项目", "互联网+", "紫金港科技城", "是", "小巨人", ""])
    ws.append(["杭州乙材料有限公司", "乙项目", "新材料", "紫金港科技城", "否", "省级", "是"])
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    plan = plan_import(store, people.zhao, read_table(path))
    run_import(store, people.zhao, plan)
    ref = reference(store)
    with store.read() as s:
        got = {
            c.name: (c.fortune500, ref.get(c.srdi_id).code, c.gazelle)
            for c in s.exec(select(Company))
        }
    assert got == {
        "杭州甲科技有限公司": (True, "national", False),
        "杭州乙材料有限公司": (False, "provincial", True),
    }


def test_a_ledger_adds_designations_to_a_known_company_and_removes_none(store, people, tmp_path):
    known = create_lead(
        store,
        people.wang,
        lead_data(company_name="杭州甲科技有限公司", fortune500=True),
        today=TODAY,
    )
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["企业名称", "项目名称", "所属领域", "落地科技城", "是否世界500强", "瞪羚企业"])
    ws.append(["杭州甲科技有限公司", "甲二期项目", "互联网+", "紫金港科技城", "否", "是"])
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    second = ImportOptions(duplicates=Choice(CREATE, "二期项目"))  # a second project of it
    plan = plan_import(store, people.zhao, read_table(path), options=second)
    assert [r.action for r in plan.rows] == ["create"], [r.describe() for r in plan.rows]
    batch = run_import(store, people.zhao, plan).batch_id
    with store.read() as s:
        companies = list(s.exec(select(Company)))
    assert [(c.id, c.fortune500, c.gazelle) for c in companies] == [(known.company_id, True, True)]
    undo_import(store, people.zhao, batch)  # takes back what it added, and only that
    with store.read() as s:
        company = s.get(Company, known.company_id)
        assert (company.fortune500, company.gazelle) == (True, False)
