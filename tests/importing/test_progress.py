"""The stage a progress text names (crm.importing.progress.stage_in_words)."""

from __future__ import annotations

import pytest

from crm.importing.progress import stage_in_words


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # a log is read by its last line that names a stage, its date stamp left out
        (
            "9.6 电话联系，加微信\n9.27 来杭考察海创园\n10.28 谈政策，企业要求免租三年",
            "negotiation",
        ),
        ("9.6 电话联系\n9.27 来杭考察海创园\n10.28 企业要求免租三年", "visit"),
        ("2.20 已签约，待注册\n3.13 完成注册，入驻", "landed"),
        ("4.27 电话联系，加微信", "contact"),
        # a word of intention: the stage before the one still to come
        ("拟于下月签约", "negotiation"),
        ("已签约，待注册", "signed"),
        ("企业有华东布局意向，待对接", "lead"),
        ("4月26日完成签约，正在办理工商注册", "signed"),
        ("预计6月落地", "signed"),
        # a side exit named in the line wins; else the furthest main stage
        ("11.12 电话联系\n1.9 企业融资未到位，暂缓", "on_hold"),
        ("企业已定苏州，流失", "lost"),
        ("已完成工商注册，正在办理入驻", "landed"),
        ("已入驻运营", "operating"),
        ("已放弃", "lost"),
        ("对方暂无投资意向", "on_hold"),
        ("已实地踏勘", "visit"),
        ("协议文本已发企业法务审核", "negotiation"),
        # an agreement of intent signed is no 签约 (the investment agreement)
        ("Signed MoU 已签意向协议", "negotiation"),
        ("已签订框架协议", "negotiation"),
        ("签署战略合作协议书", "negotiation"),
        ("已签合作备忘录", "negotiation"),
        ("已签订投资协议", "signed"),
        # English words beside the Chinese ones, in the one vocabulary
        ("Registered", "landed"),
        ("Initial contact", "contact"),
        # a negation names nothing; nor do words of no stage
        ("尚未签约", None),
        ("未落地", None),
        ("其他：等待企业董事会决议", None),
        ("", None),
    ],
)
def test_the_stage_a_progress_text_names(text, stage):
    assert stage_in_words(text) == stage


def test_a_longer_word_covers_the_shorter_inside_it():
    # 已签约 is read once, as 签约's stage; 注册 after 待 is still to come
    assert stage_in_words("已签约待注册") == "signed"
    # the last line naming a stage decides, even if an earlier line went further
    assert stage_in_words("5.1 已签约\n5.9 因政策变化，暂停推进") == "on_hold"


def test_landing_elsewhere_is_lost():
    assert stage_in_words("已落户苏州工业园区") == "lost"
    assert stage_in_words("企业已签约落户合肥高新区") == "lost"
    assert stage_in_words("已落户余杭区") == "landed"  # one of the corridor's places
    assert stage_in_words("已落户仓前街道") == "landed"
    assert stage_in_words("已落户，正在装修") == "construction"


def test_the_log_line_that_names_the_stage_gives_its_day():
    from crm.importing.progress import stage_and_day

    assert stage_and_day("2.20 已签约，待注册\n3.13 完成注册，入驻") == ("landed", "3.13")
    assert stage_and_day("2026-05-18 已签约\n5.20 企业要求免租") == ("signed", "2026-05-18")
    assert stage_and_day("4月26日完成签约，正在办理工商注册") == ("signed", "4月26日")
    assert stage_and_day("3家企业来访考察") == ("visit", None)  # a count, not a day
    assert stage_and_day("已签约") == ("signed", None)


def test_a_logs_day_is_the_stage_date_unless_a_column_gives_one(store, people, tmp_path):
    from datetime import date

    from crm.importing.api import ImportOptions, plan_import, read_table

    path = tmp_path / "紫金港科技城_2026年台账.csv"
    path.write_text(
        "企业名称,项目名称,产业领域,拟落户,计划投资,推进情况,进展日期\n"
        '杭州甲科技有限公司,甲项目,数字经济,紫金港,3000,"2.20 已签约\n3.13 完成注册，入驻",\n'
        '杭州乙科技有限公司,乙项目,数字经济,紫金港,3000,"3.13 来杭考察",2026-04-01\n',
        encoding="utf-8",
    )
    plan = plan_import(
        store, people.wang, read_table(path), options=ImportOptions(today=date(2026, 5, 20))
    )
    logged, dated = plan.rows
    assert logged.clean["stage"] == "landed" and logged.clean["stage_date"] == date(2026, 3, 13)
    assert dated.clean["stage"] == "visit" and dated.clean["stage_date"] == date(2026, 4, 1)
