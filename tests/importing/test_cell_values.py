"""Cell values as offices write them, read through the dry run: amounts with a measure word or
a remark, an amount whose cell and unit column both give the unit, a company's former name,
full-width phone numbers, two officers set apart by a space, and the field of a team's
ledger named in its title."""

from __future__ import annotations

from datetime import date

import pytest

from crm.importing.api import ImportOptions, plan_import, read_table
from crm.importing.cell_words import amount
from crm.importing.officers import names_in
from crm.reference import reference

OPTIONS = ImportOptions(today=date(2026, 5, 20))


def _plan(store, people, tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return plan_import(store, people.system, read_table(path), options=OPTIONS)


def test_amounts_as_offices_write_them(store, people, tmp_path):
    plan = _plan(
        store,
        people,
        tmp_path,
        "amounts.csv",
        "企业名称,项目名称,产业领域,拟落户,投资额,单位\n"
        "杭州甲科技有限公司,甲项目,数字经济,紫金港,2个亿,\n"
        "杭州乙科技有限公司,乙项目,数字经济,紫金港,10亿（一期3亿）,\n"
        "杭州丙科技有限公司,丙项目,数字经济,紫金港,1.5亿,亿元\n"
        "杭州丁科技有限公司,丁项目,数字经济,紫金港,1.5,亿元\n"
        "杭州戊科技有限公司,戊项目,数字经济,紫金港,约两亿元,\n"
        "杭州己科技有限公司,己项目,数字经济,紫金港,一亿五千万,\n"
        "杭州庚科技有限公司,庚项目,数字经济,紫金港,五千,万元\n"
        "杭州辛科技有限公司,辛项目,数字经济,紫金港,几千万,\n",
    )
    two, ten, own_unit, column_unit, words, compound, bare, vague = plan.rows
    assert two.clean["planned_investment"] == 20000 and not two.needs_review
    assert ten.clean["planned_investment"] == 100000 and not ten.needs_review
    assert "一期3亿" in ten.clean["notes"]  # the remark is kept
    assert own_unit.clean["planned_investment"] == 15000 and not own_unit.needs_review
    assert column_unit.clean["planned_investment"] == 15000
    # Chinese numerals: 两亿 is 20000 万元, 一亿五千万 15000, 五千 in a 万元 column 5000
    assert words.clean["planned_investment"] == 20000 and not words.needs_review
    assert compound.clean["planned_investment"] == 15000
    assert bare.clean["planned_investment"] == 5000
    assert vague.needs_review and vague.clean.get("planned_investment") is None  # 几千万


def test_a_former_name_and_a_full_width_phone(store, people, tmp_path):
    plan = _plan(
        store,
        people,
        tmp_path,
        "names.csv",
        "企业名称,项目名称,产业领域,拟落户,企业联系人,联系电话\n"
        "杭州光舟云计算科技有限公司（原光舟网络科技）,光舟项目,数字经济,紫金港,黎总,"
        "０５７１－２６０１８７０４\n",
    )
    (row,) = plan.rows
    assert row.clean["company_name"] == "杭州光舟云计算科技有限公司"
    assert "原光舟网络科技" in row.clean["notes"]
    assert row.contact == {"name": "黎总", "mobile": "0571-26018704"} and not row.needs_review


def test_an_english_name_or_a_set_up_mark_after_the_name_goes_to_the_notes(store, people, tmp_path):
    plan = _plan(
        store,
        people,
        tmp_path,
        "brackets.csv",
        "企业名称,项目名称,产业领域,拟落户\n"
        '"杭州甲科技有限公司（Hangzhou Jia Technology Co., Ltd.）",甲项目,数字经济,紫金港\n'
        "浙江乙基因科技有限公司（筹）,乙项目,生物医药,紫金港\n",
    )
    english, being_set_up = plan.rows
    assert english.clean["company_name"] == "杭州甲科技有限公司"
    assert "Hangzhou Jia Technology Co., Ltd." in english.clean["notes"]
    assert being_set_up.clean["company_name"] == "浙江乙基因科技有限公司"
    assert "（筹）" in being_set_up.clean["notes"]


def test_two_officers_set_apart_by_a_space_and_one_padded():
    assert names_in("马凯 孙雨萱") == ["马凯", "孙雨萱"]
    assert names_in("王 一") == ["王 一"]
    assert names_in("徐  艳（招商二科）") == ["徐  艳"]
    assert names_in("张三/李四") == ["张三", "李四"]


@pytest.mark.parametrize("cell", ["金梦瑶→陆晓东", "金梦瑶->陆晓东", "金梦瑶 转 陆晓东", "金梦瑶转交陆晓东",
                                  "王一→金梦瑶→陆晓东"])  # fmt: skip
def test_a_handover_gives_the_lead_to_the_one_it_was_handed_to(cell):
    assert names_in(cell) == ["陆晓东"]


def test_a_handed_over_lead_is_the_new_officers_and_the_cell_is_noted(store, people, tmp_path):
    plan = _plan(
        store,
        people,
        tmp_path,
        "handover.csv",
        "企业名称,项目名称,产业领域,拟落户,对接人\n杭州甲科技有限公司,甲项目,数字经济,紫金港,李四→王五\n",
    )
    (row,) = plan.rows
    assert row.clean["owner"] == people.wang.id and not row.needs_review
    assert "李四→王五" in row.clean["notes"]  # who had it before: in the notes


@pytest.mark.parametrize(
    ("cell", "wan"),
    [("原0.5亿，现调整为1.2亿", 12000), ("0.5亿→1.2亿", 12000), ("原计划5000万元，调整为8000万元", 8000),
     ("原5000，现8000", 8000), ("原为3亿；变更为2亿", 20000)],
)  # fmt: skip
def test_a_figure_revised_in_place_is_the_new_figure(cell, wan):
    value, kept = amount(cell, "万元")
    assert value == wan and kept == cell  # the cell, old figure and all, in the notes


def test_a_name_in_pinyin_and_chinese_is_the_chinese_name():
    """'Zhang Wei 张伟' names one person, whose account carries the Chinese name."""
    assert names_in("Zhang Wei 张伟") == ["张伟"]
    assert names_in("张伟 Zhang Wei") == ["张伟"]
    assert names_in("Zhang Wei 张伟/Tom Xu 许涛") == ["张伟", "许涛"]
    assert names_in("Tom Xu") == ["Tom Xu"]  # English only: as written
    assert names_in("马凯 孙雨萱") == ["马凯", "孙雨萱"]  # two Chinese names: two people


def test_a_teams_ledger_names_its_field_in_its_title(store, people, tmp_path):
    plan = _plan(
        store,
        people,
        tmp_path,
        "紫金港科技城_生物医药专班招商台账.csv",
        "企业名称,项目名称,细分领域,拟落户\n"
        "杭州甲生物科技有限公司,甲项目,合成生物,紫金港\n"
        "杭州乙医疗科技有限公司,乙项目,医疗器械,紫金港\n",
    )
    unknown_sub, devices = plan.rows
    ref = reference(store)
    health = ref.id_of("field", "health")
    assert unknown_sub.clean["field"] == health and not unknown_sub.needs_review
    assert devices.clean["field"] == health
    assert devices.clean["subfield"] == ref.id_of("subfield", "devices")


def test_a_short_company_name_is_kept_and_flagged(store, people, tmp_path):
    plan = _plan(
        store,
        people,
        tmp_path,
        "short.csv",
        "企业名称,项目名称,产业领域,拟落户\n"
        "普瀚生物科技,普瀚项目,体外诊断,紫金港\n"
        "杭州普瀚生物科技有限公司,普瀚二期,体外诊断,紫金港\n"
        "Acme Medical Ltd.,Acme项目,体外诊断,紫金港\n",
    )
    short, full, foreign = plan.rows
    assert short.clean["company_name"] == "普瀚生物科技" and short.needs_review
    assert "普瀚生物科技" in short.clean["notes"]
    assert not full.needs_review and not foreign.needs_review
    ref = reference(store)
    assert full.clean["subfield"] == ref.id_of("subfield", "devices")  # 体外诊断


def test_a_short_name_the_store_knows_needs_no_review(store, people, tmp_path):
    from crm.leads.edit import create_lead

    create_lead(
        store,
        people.wang,
        {"company_name": "普瀚生物科技", "project_name": "普瀚项目", "field": "health",
         "city": "zijingang", "notes": "旧备注"},
    )  # fmt: skip
    plan = _plan(
        store,
        people,
        tmp_path,
        "known.csv",
        "企业名称,项目名称,产业领域,拟落户,备注\n普瀚生物科技,普瀚项目,生命健康,紫金港,新备注\n",
    )
    (row,) = plan.rows
    assert not row.kept and not row.needs_review and "needs_review" not in row.changes
