"""Duplicate lookup on both dialects (DOMAIN.md: one pool): the same credit code, or the same
name once 有限公司, 股份, (杭州)/（杭州）, spaces and brackets are normalised, names the owner and
city at once; close names are listed as similar, never as the same company."""

from __future__ import annotations

import pytest

from crm.leads.dedup import duplicate_message, find_duplicates
from crm.leads.edit import create_lead, delete_lead
from tests.services import TODAY, lead_data, make_lead

CODE = "91330100716105852F"


@pytest.fixture
def pool(any_store, any_people):
    """云帆 followed by 李四 in 未来科技城 (with a credit code); a confidential 星河 project in
    紫金港; an unrelated company; and a deleted one."""
    p = any_people
    ids = {
        "yunfan": make_lead(
            any_store, p.li, company_name="云帆智能科技有限公司", city="future", credit_code=CODE
        ),
        "xinghe": make_lead(
            any_store,
            p.wang,
            company_name="星河生物医药股份有限公司",
            confidential=True,
            codename="项目-北极星",
        ),
        "other": make_lead(any_store, p.wang, company_name="博远新材料有限公司"),
        "gone": make_lead(any_store, p.wang, company_name="已删除科技有限公司"),
    }
    delete_lead(any_store, p.wang, ids["gone"])
    return any_store, p, ids


WRITTEN = [
    "云帆智能科技有限公司",
    "云帆智能科技股份有限公司",
    "云帆智能科技(杭州)有限公司",
    "云帆智能科技（杭州）有限公司",
    " 云帆 智能 科技 有限公司 ",
    "【云帆智能科技】有限责任公司",
]


def test_the_same_name_written_differently(pool):
    store, p, ids = pool
    for written in WRITTEN:
        report = find_duplicates(store, p.wang, name=written)
        assert [(m.lead_id, m.matched_by) for m in report.exact] == [(ids["yunfan"], "name")]
        m = report.exact[0]
        assert (m.owner, m.owner_id, m.city_id) == ("李四", p.li.id, p.city_future)
        assert m.company == "云帆智能科技有限公司" and m.credit_code == CODE
        assert report.found


def test_the_same_credit_code_under_another_name(pool):
    store, p, ids = pool
    report = find_duplicates(
        store, p.wang, name="阿里巴巴（中国）有限公司", credit_code=CODE.lower()
    )
    assert [(m.lead_id, m.matched_by) for m in report.exact] == [(ids["yunfan"], "credit_code")]


def test_the_message_names_owner_city_and_day_in_both_languages(pool):
    store, p, _ids = pool
    report = find_duplicates(store, p.wang, credit_code=CODE)
    msg = duplicate_message(report)
    day = report.exact[0].since.isoformat()
    assert (
        msg.render("en")
        == f"云帆智能科技有限公司 is already followed by 李四 (Future Sci-Tech City) since {day}."
    )
    assert msg.render("zh_CN") == f"云帆智能科技有限公司 已由 李四（未来科技城）自 {day} 起跟进。"


def test_close_names_are_similar_not_the_same(pool):
    store, p, ids = pool
    report = find_duplicates(store, p.wang, name="云帆智慧科技有限公司")
    assert report.exact == [] and not report.found
    assert [(m.lead_id, m.matched_by) for m in report.similar] == [(ids["yunfan"], "similar")]
    assert 82 <= report.similar[0].score < 100
    # nothing close: nothing listed
    assert find_duplicates(store, p.wang, name="量子空天科技有限公司").similar == []


def test_exact_matches_are_not_listed_again_as_similar(pool):
    store, p, ids = pool
    report = find_duplicates(store, p.wang, name="云帆智能科技有限公司")
    assert ids["yunfan"] not in [m.lead_id for m in report.similar]


def test_a_confidential_project_shows_its_codename_to_other_cities(pool):
    store, p, ids = pool
    outsider = find_duplicates(store, p.li, name="星河生物医药有限公司")
    m = outsider.exact[0]
    assert (m.lead_id, m.company, m.credit_code, m.project_name) == (
        ids["xinghe"],
        "项目-北极星",
        None,
        None,
    )
    assert m.owner == "王五"  # who to talk to is not a secret
    insider = find_duplicates(store, p.wang, name="星河生物医药有限公司").exact[0]
    assert insider.company == "星河生物医药股份有限公司"
    manager = find_duplicates(store, p.zhao, name="星河生物医药有限公司").exact[0]
    assert manager.company == "星河生物医药股份有限公司"


def test_deleted_leads_and_the_lead_itself_are_not_duplicates(pool):
    store, p, ids = pool
    assert find_duplicates(store, p.wang, name="已删除科技有限公司").exact == []
    report = find_duplicates(store, p.wang, name="云帆智能科技", exclude_lead_id=ids["yunfan"])
    assert report.exact == [] and report.similar == []


def test_nothing_to_look_for(pool):
    store, p, _ids = pool
    assert find_duplicates(store, p.wang).exact == []
    assert find_duplicates(store, p.wang, name="  ", credit_code="not a code").exact == []
    # a mistyped code does not hide a name match
    report = find_duplicates(store, p.wang, name="云帆智能科技", credit_code="91330100716105853F")
    assert [m.matched_by for m in report.exact] == ["name"]


def test_the_persons_own_record_comes_first_then_the_first_to_follow(pool):
    """A newcomer's trial: 杜静 typed a company she already followed; the warning named only
    the colleague who followed it first. Her own record is what she most needs to see."""
    store, p, ids = pool

    def again(who, name, **over):  # a second record of the company, with the reason asked
        data = lead_data(company_name=name, **over)
        return create_lead(store, who, data, today=TODAY, duplicate_reason="二期").lead_id

    later = again(p.wang, "云帆智能科技（杭州）有限公司")
    third = again(p.li, "云帆智能科技有限公司", city="future")
    mine = find_duplicates(store, p.wang, name="云帆智能科技有限公司").exact
    assert [m.lead_id for m in mine] == [later, ids["yunfan"], third]
    theirs = find_duplicates(store, p.li, name="云帆智能科技有限公司").exact
    assert [m.lead_id for m in theirs] == [ids["yunfan"], third, later]
    nobodys = find_duplicates(store, p.admin, name="云帆智能科技有限公司").exact
    assert [m.lead_id for m in nobodys] == [ids["yunfan"], later, third]  # the first to follow
