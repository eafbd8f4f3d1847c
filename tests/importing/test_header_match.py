"""The header vocabulary (crm.importing.vocabulary, crm.importing.header_match): headers as
ledgers write them, each with the field it must map to (None: no field), and how sure."""

from __future__ import annotations

import pytest

from crm.importing.header_match import auto_map, match, recognised

# fmt: off
TABLE = [
    # company
    ("企业名称", "company_name"), ("公司名称", "company_name"), ("投资方", "company_name"),
    ("投资主体", "company_name"), ("投资方名称", "company_name"), ("客商名称", "company_name"),
    ("企业（单位）名称", "company_name"), ("企业名称（全称）", "company_name"),
    ("１、企业名称", "company_name"), ("*企业名称", "company_name"), ("企业名称(必填)", "company_name"),
    ("Company name", "company_name"), ("COMPANY", "company_name"), ("签约主体", "company_name"),
    ("意向企业", "company_name"), ("企业名字", "company_name"), ("项目业主", "company_name"),
    ("企业负责人", None), ("法定代表人", None), ("公司负责人", None),
    # credit code
    ("统一社会信用代码", "credit_code"), ("社会统一信用代码", "credit_code"), ("信用代码", "credit_code"),
    ("统一社会信用代码（18位）", "credit_code"), ("USCC", "credit_code"), ("纳税人识别号", "credit_code"),
    # project
    ("项目名称", "project_name"), ("项目", "project_name"), ("（一）项目名称", "project_name"),
    ("招商项目", "project_name"), ("项目简称", "project_name"), ("Project name", "project_name"),
    ("签约项目名称", "project_name"), ("线索名称", "project_name"),
    # types
    ("项目类型", "project_type"), ("项目类别", "project_type"), ("项目属性", "project_type"),
    ("业务类型", "business_type"), ("招引类型", "business_type"), ("新引进/增资", "business_type"),
    # field
    ("产业领域", "field"), ("所属行业", "field"), ("产业链", "field"), ("所属产业链", "field"),
    ("三大领域", "field"), ("行业分类", "field"), ("主导产业", "field"), ("Industry", "field"),
    ("细分领域", "subfield"), ("细分赛道", "subfield"), ("具体行业", "subfield"),
    # city
    ("落地科技城", "city"), ("拟落户", "city"), ("拟落户地点", "city"), ("落地平台", "city"),
    ("所属科技城", "city"), ("意向落户地", "city"), ("承接平台", "city"), ("项目选址", "city"),
    ("拟落户科技城名称", "city"), ("所在园区", "city"), ("Sci-tech city", "city"),
    ("落地", "city"), ("Location", "city"),
    # origin: the investor's country, not the channel (来源) the name starts with
    ("来源国", "origin"), ("来源国家", "origin"), ("来源国/地区", "origin"), ("投资来源国", "origin"),
    # owner
    ("对接人", "owner"), ("招商负责人", "owner"), ("项目对接人", "owner"), ("跟进人", "owner"),
    ("招商专员", "owner"), ("责任人", "owner"), ("首问责任人", "owner"), ("招引责任人", "owner"),
    ("负责人", "owner"), ("项目负责人（招商）", "owner"), ("Officer", "owner"),
    ("包联领导", None), ("责任领导", None), ("责任单位", None), ("招商单位", None),
    ("对接人电话", None), ("引荐人", None),
    # source
    ("信息来源", "source"), ("项目来源", "source"), ("招商渠道", "source"), ("线索来源", "source"),
    ("获取渠道", "source"), ("招商方式", "source"),
    # amounts
    ("计划投资额（万元）", "planned_investment"), ("总投资（亿元）", "planned_investment"),
    ("投资总额/万元", "planned_investment"), ("项目总投资(亿元)", "planned_investment"),
    ("计划总投资额", "planned_investment"), ("拟投资规模", "planned_investment"),
    ("意向投资额", "planned_investment"), ("投资金额（万美元）", "planned_investment"),
    ("注册资本（万元）", "registered_capital"), ("注册资金", "registered_capital"),
    ("预计年产值（亿元）", "expected_output"), ("达产后年营收", "expected_output"),
    ("预计年税收", "expected_tax"), ("年纳税额", "expected_tax"),
    ("协议投资额", "agreed_investment"), ("签约金额（亿元）", "agreed_investment"),
    ("合同投资额", "agreed_investment"), ("签约额", "agreed_investment"),
    ("到位资金", "funds_in_place"), ("累计到位资金（万元）", "funds_in_place"),
    ("实际到位", "funds_in_place"),
    ("亩均税收", None), ("亩均投资", None),
    # space, people
    ("用地需求（亩）", "land_mu"), ("用地面积", "land_mu"), ("用地亩数", "land_mu"),
    ("用房需求（㎡）", "floor_space_m2"), ("办公面积", "floor_space_m2"), ("厂房需求", "floor_space_m2"),
    ("供地面积", "land_supplied_mu"), ("已供地面积（亩）", "land_supplied_mu"),
    ("预计就业", "expected_jobs"), ("带动就业（人）", "expected_jobs"),
    ("高层次人才", "expected_talents"), ("引进人才（人）", "expected_talents"),
    # flags
    ("是否重点项目", "is_key"), ("重点项目（是/否）", "is_key"), ("是否重大项目", "is_key"),
    ("是否高企", "is_hightech"), ("国家高新技术企业", "is_hightech"),
    ("是否国家级平台", "is_national_rd"), ("是否外资", "is_foreign"), ("外商投资", "is_foreign"),
    ("是否保密", "confidential"), ("项目代号", "codename"),
    ("产业政策需求", "policy_industry"), ("人才政策", "policy_talent"), ("科技政策", "policy_tech"),
    ("竞争地区", "competing_regions"), ("同时考察地区", "competing_regions"),
    # stage and its words
    ("当前阶段", "stage"), ("项目状态", "stage"), ("项目进度", "stage"), ("洽谈阶段", "stage"),
    ("当前阶段（在谈/签约/落地）", "stage"), ("目前进展", "stage"), ("推进状态", "stage"),
    ("推进情况", "stage"), ("项目进展情况", "stage"), ("最新进展", "stage"), ("Status", "stage"),
    ("进展日期", "stage_date"), ("阶段时间", "stage_date"), ("状态更新时间", "stage_date"),
    # dates
    ("首次接洽时间", "first_contact_on"), ("首次对接日期", "first_contact_on"),
    ("初次接洽日期", "first_contact_on"), ("接洽时间", "first_contact_on"),
    ("信息获取时间", "first_contact_on"), ("线索获取日期", "first_contact_on"),
    ("录入日期", "first_contact_on"), ("登记时间", "first_contact_on"), ("入库时间", "first_contact_on"),
    ("First contact", "first_contact_on"),
    ("签约时间", "signed_on"), ("协议签订时间", "signed_on"), ("签约日期", "signed_on"),
    ("注册时间", "landed_on"), ("落地时间", "landed_on"), ("工商注册时间", "landed_on"),
    ("下次跟进日期", "next_followup"), ("下次对接时间", "next_followup"),
    ("计划回访时间", "next_followup"),
    ("成立时间", None),
    # lost, hold
    ("流失原因", "lost_reason"), ("流失去向", "lost_to_region"), ("暂缓至", "on_hold_until"),
    # notes
    ("备注", "notes"), ("项目简介", "notes"), ("存在问题", "notes"), ("需协调解决的问题", "notes"),
    ("主要建设内容", "notes"), ("下步打算", "notes"), ("Remarks", "notes"),
    # contacts
    ("联系人", "contact_name"), ("企业联系人", "contact_name"), ("企业方联系人", "contact_name"),
    ("联系人职务", "contact_title"), ("职务", "contact_title"),
    ("联系电话", "mobile"), ("联系人手机", "mobile"), ("联系方式", "mobile"),
    ("电子邮箱", "email"), ("微信号", "wechat"),
    # no field
    ("序号", None), ("编号", None), ("填报人", None), ("区县", None), ("", None),
    ("杭州星河生物科技有限公司", None), ("2026-05-18", None),
]
# fmt: on


def test_the_table_is_large_enough():
    assert len(TABLE) >= 150


@pytest.mark.parametrize(("header", "target"), TABLE)
def test_each_header_maps_to_its_field(header, target):
    assert match(header).target == target, match(header)


def test_sureness_tells_the_ways_apart():
    exact, normalised, fuzzy = (
        match("计划投资额"),
        match("３．计划投资额（亿元）*"),
        match("企业名字"),
    )
    assert (exact.how, exact.score) == ("exact", 1.0)
    assert (normalised.how, normalised.score, normalised.unit) == ("normalised", 0.95, "亿元")
    assert fuzzy.how == "fuzzy" and 0.45 <= fuzzy.score < 0.9
    assert match("录入日期").score == 0.8  # a weak name counts for less


def test_the_better_of_two_competing_columns_wins():
    cols = auto_map(
        ["企业名称", "录入日期", "首次接洽时间", "推进情况", "当前阶段", "备注", "备注"]
    )
    by = {c.header: c for c in cols}
    assert by["首次接洽时间"].target == "first_contact_on"
    assert by["录入日期"].target is None
    assert by["录入日期"].lost_to == ("first_contact_on", "首次接洽时间")
    # the progress words go to the notes when a stage column exists
    assert (by["推进情况"].target, by["推进情况"].lost_to) == ("notes", ("stage", "当前阶段"))
    assert [c.target for c in cols[5:]] == ["notes", "notes"]  # both 备注 columns join


def test_two_columns_with_the_same_header_take_the_first_and_keep_the_second_in_the_notes():
    cols = auto_map(["企业名称", "联系电话", "联系电话"])
    assert [c.target for c in cols] == ["company_name", "mobile", "notes"]
    assert cols[2].lost_to == ("mobile", "B 联系电话")  # which of the two took the field


def test_a_hidden_column_gives_way_to_a_visible_one_for_the_same_field():
    cols = auto_map(["企业名称", "当前阶段", "当前阶段"], hidden={1})
    assert [c.target for c in cols] == ["company_name", "notes", "stage"]
    assert cols[1].lost_to == ("stage", "C 当前阶段")
    alone = auto_map(["企业名称", "统一社会信用代码"], hidden={1})
    assert alone[1].target == "credit_code"  # hidden, but the only one: still read


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("企业名称\nCompany", "company_name"),
        ("Stage 阶段", "stage"),
        ("阶段\nStage", "stage"),
        ("首次接触\nFirst contact", "first_contact_on"),
        ("负责人\nOfficer", "owner"),
        # the surer language wins: 来源国 is only near 来源 (the channel), Origin is exact
        ("来源国\nOrigin", "origin"),
        # the unit of either line is the column's
        ("计划投资（亿元）\nInvestment", "planned_investment"),
    ],
)
def test_a_header_written_in_two_languages_is_read_by_either(header, target):
    assert match(header).target == target
    assert recognised(header) == target


def test_a_bilingual_header_keeps_the_unit_of_either_line():
    assert match("计划投资（亿元）\nInvestment").unit == "亿元"
    assert match("Investment\n计划投资（亿元）").unit == "亿元"


def test_two_languages_naming_two_fields_equally_name_none():
    assert match("企业名称\nProject").target is None
