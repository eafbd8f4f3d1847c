"""The app's services signed in as a person's own login (issue 15, items 1–2): the server
names the person (session_user → app_user), the services work through the masking views and
row-level security, and a write the services would refuse is refused by the server too."""

from __future__ import annotations

import pytest
from sqlmodel import select

from crm.db.models import Lead
from crm.errors import PermissionDenied, StoreError
from crm.followups.activities import log_activity
from crm.leadlist.filter import LeadFilter
from crm.leadlist.query import list_leads
from crm.leads.contacts import add_contact, list_contacts
from crm.leads.edit import create_lead, get_lead, update_lead
from crm.team.session import is_team_server, server_actor
from tests.services import TODAY, lead_data

pytestmark = pytest.mark.postgres


@pytest.fixture
def wang(team):
    st = team.open_as("wang")
    yield st
    st.dispose()


def test_the_server_names_the_person(team, wang):
    actor, one_time = server_actor(wang)
    assert (actor.id, actor.username, actor.role, one_time) == (
        team.ids["wang"],
        team.names["wang"],
        "officer",
        False,
    )
    assert is_team_server(wang)


def test_an_officer_works_through_the_services(team, wang):
    me, _ = server_actor(wang)
    owner, _ = server_actor(team.store)
    mine = create_lead(
        wang,
        me,
        lead_data(project_name="云帆总部", confidential=True, codename="云计划"),
        today=TODAY,
    ).lead_id
    theirs = create_lead(
        team.store,
        owner,
        lead_data(
            company_name="杭州未来芯片有限公司",
            project_name="未来芯片秘密项目",
            city="future",
            owner=team.ids["li"],
            confidential=True,
            codename="芯计划",
        ),
        today=TODAY,
    ).lead_id
    add_contact(team.store, owner, theirs, {"name": "李总", "mobile": "13800001111"})
    add_contact(wang, me, mine, {"name": "王总", "mobile": "13900002222"})
    update_lead(wang, me, mine, {"planned_investment": "1.2亿"})
    assert get_lead(wang, me, mine).values["planned_investment"] == 12000
    # the list and its search, as the officer sees them: the other city's project by codename
    page = list_leads(wang, me, LeadFilter(search="秘密"))
    assert [r.id for r in page.rows] == []
    page = list_leads(wang, me, LeadFilter(search="芯计划"))
    assert [r.id for r in page.rows] == [theirs]
    detail = get_lead(wang, me, theirs)
    assert (detail.masked, detail.values["codename"]) == (True, "芯计划")
    assert "未来芯片秘密项目" not in repr(detail.values)
    assert list_contacts(wang, me, theirs) == []
    assert [c.mobile for c in list_contacts(wang, me, mine)] == ["13900002222"]
    # logging a call on a lead of another city (not confidential) moves its follow-up
    other = create_lead(
        team.store,
        owner,
        lead_data(company_name="杭州青山材料有限公司", city="qingshan"),
        today=TODAY,
    ).lead_id
    log_activity(
        wang,
        me,
        other,
        {"activity_type": "call", "summary": "电话沟通", "next_followup": "2026-05-25"},
        today=TODAY,
    )
    with team.store.read() as s:
        row = s.get(Lead, other)
        assert (str(row.next_followup), str(row.last_activity_on)) == ("2026-05-25", "2026-05-18")
    with pytest.raises(PermissionDenied):
        log_activity(wang, me, theirs, {"activity_type": "call", "summary": "x"}, today=TODAY)


def test_a_write_that_skips_the_services_is_refused_by_the_server(team, wang):
    owner, _ = server_actor(team.store)
    theirs = create_lead(
        team.store,
        owner,
        lead_data(company_name="杭州未来芯片有限公司", city="future", owner=team.ids["li"]),
        today=TODAY,
    ).lead_id
    with pytest.raises(StoreError) as caught, wang.write() as s:
        lead = s.exec(select(Lead).where(Lead.id == theirs)).one()
        lead.stage = "lost"
    assert "refused" in caught.value.message.render("en")
    with team.store.read() as s:
        assert s.get(Lead, theirs).stage == "lead"
