"""The company page's data: a company's projects in every city, its people and activities, as
the actor may see them; companies told apart by credit code and matched by normalised name;
the designations edited for the company by those who may edit one of its projects."""

from __future__ import annotations

import pytest

from crm.errors import NotFound, PermissionDenied, ValidationError
from crm.followups.activities import log_activity
from crm.leads.companies import company_of_lead, company_overview, update_designations
from crm.leads.contacts import add_contact
from crm.leads.edit import create_lead, get_lead
from crm.values.credit_code import check_character
from tests.services import TODAY, lead_data


def code(body: str) -> str:
    return body + check_character(body)


A_CODE, B_CODE = code("91330106MA2B3C4D5"), code("91330108MA7K8L9M0")


def _lead(store, actor, **kw):
    return create_lead(store, actor, lead_data(**kw), today=TODAY)


def test_same_name_different_codes_are_two_companies_and_name_each_other(store, people):
    a = _lead(store, people.wang, credit_code=A_CODE)
    b = _lead(store, people.wang, credit_code=B_CODE, project_name="另一个")
    assert a.company_id != b.company_id
    page = company_overview(store, people.wang, a.company_id)
    assert [(n.company_id, n.credit_code) for n in page.namesakes] == [(b.company_id, B_CODE)]
    assert [p.lead_id for p in page.projects] == [a.lead_id]


def test_a_company_without_a_code_is_found_by_its_normalised_name(store, people):
    first = _lead(store, people.wang, company_name="云帆智能科技有限公司")
    again = create_lead(
        store,
        people.li,
        lead_data(company_name="云帆智能科技 (杭州) 有限公司", city="future", project_name="二期"),
        duplicate_reason="未来科技城二期",
        today=TODAY,
    )
    assert again.company_id == first.company_id
    page = company_overview(store, people.zhao, first.company_id)
    assert page.namesakes == []
    assert {p.lead_id for p in page.projects} == {first.lead_id, again.lead_id}
    assert len(page.cities) == 2  # across cities


def test_projects_people_and_activities_as_the_actor_may_see_them(store, people):
    own = _lead(store, people.wang, credit_code=A_CODE)  # 紫金港
    other = create_lead(
        store,
        people.li,
        lead_data(credit_code=A_CODE, city="future", project_name="未来二期"),
        duplicate_reason="二期",
        today=TODAY,
    )
    secret = create_lead(
        store,
        people.li,
        lead_data(
            credit_code=A_CODE,
            city="future",
            project_name="保密三期",
            confidential=True,
            codename="X-9",
        ),
        duplicate_reason="三期",
        today=TODAY,
    )
    add_contact(store, people.li, other.lead_id, {"name": "张伟", "mobile": "13812345678"})
    add_contact(store, people.li, secret.lead_id, {"name": "李密", "mobile": "13900000000"})
    for lead, who, text in (
        (own.lead_id, people.wang, "拜访"),
        (other.lead_id, people.li, "电话"),
        (secret.lead_id, people.li, "保密洽谈"),
    ):
        log_activity(
            store, who, lead, {"activity_type": "call", "summary": text, "occurred_on": TODAY}
        )
    seen = company_overview(store, people.wang, own.company_id)  # an officer of 紫金港
    assert [p.lead_id for p in seen.projects] == [own.lead_id, other.lead_id]
    assert [(p.name, p.mobile, p.masked) for p in seen.people] == [("张*", "138****5678", True)]
    assert {a.summary for a in seen.activities} == {"拜访", "电话"} and seen.activity_count == 2
    manager = company_overview(store, people.zhao, own.company_id)
    assert [p.lead_id for p in manager.projects] == [own.lead_id, other.lead_id, secret.lead_id]
    assert {(p.name, p.masked) for p in manager.people} == {("张伟", False), ("李密", False)}
    assert manager.activity_count == 3
    # the codename of a confidential project of another city does not lead to its company
    with pytest.raises(NotFound):
        company_of_lead(store, people.wang, secret.lead_id)
    assert company_of_lead(store, people.li, secret.lead_id) == own.company_id


def test_designations_edited_for_the_company(store, people):
    a = _lead(store, people.wang, credit_code=A_CODE)
    b = create_lead(
        store,
        people.li,
        lead_data(credit_code=A_CODE, city="future", project_name="未来二期"),
        duplicate_reason="二期",
        today=TODAY,
    )
    changed, changes = update_designations(
        store, people.wang, a.company_id, {"china500": True, "srdi": "省级"}
    )
    assert set(changed) == {"china500", "srdi"}
    assert changes.leads == {a.lead_id, b.lead_id} and changes.companies
    assert get_lead(store, people.li, b.lead_id).values["china500"] is True
    with pytest.raises(ValidationError) as err:
        update_designations(store, people.wang, a.company_id, {"unicorn": "超级独角兽"})
    assert err.value.fields == ["unicorn"]
    with pytest.raises(PermissionDenied):
        update_designations(store, people.admin, a.company_id, {"gazelle": True})
    assert company_overview(store, people.zhao, a.company_id).designations["gazelle"] is False
