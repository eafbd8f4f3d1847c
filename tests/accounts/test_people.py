"""People and their accounts: who may be added and how, the last administrator kept, a person
disabled or demoted while signed in, and a leaving officer's leads handed over in one step."""

from __future__ import annotations

import pytest
from sqlmodel import select

from crm.accounts import admin as accounts
from crm.db.models import AuditLog, Lead
from crm.errors import PermissionDenied, ValidationError
from crm.leads.edit import update_lead
from tests.services import make_lead
from tests.store_state import snapshot

PW = "城西-2026-secret"


@pytest.mark.parametrize(
    "username, reason",
    [("wang wu", "no spaces"), ("王五😀", "no spaces"), ("", "is required"),
     ("x" * 33, "at most 32"), ("a/b", "no spaces")],
)  # fmt: skip
def test_usernames_that_are_refused(store, people, username, reason):
    before = snapshot(store)
    with pytest.raises(ValidationError) as err:
        accounts.add_person(store, people.admin, username, "王五", "officer", people.city_future)
    assert err.value.fields == ["username"] and reason in err.value.render("en")
    assert snapshot(store) == before


def test_a_username_is_taken_in_any_case_and_chinese_names_are_usable(store, people):
    accounts.add_person(store, people.admin, "QianQi", "钱七", "officer", people.city_future)
    with pytest.raises(ValidationError) as err:
        accounts.add_person(store, people.admin, "qianqi", "钱七", "officer", people.city_future)
    assert "already taken" in err.value.render("en")
    p, _ = accounts.add_person(store, people.admin, "孙八", "孙八", "report_staff", None)
    assert (p.username, p.role, p.can_sign_in) == ("孙八", "report_staff", False)


def test_an_officer_works_for_one_city_and_roles_are_known(store, people):
    with pytest.raises(ValidationError) as err:
        accounts.add_person(store, people.admin, "zhou", "周九", "officer", None)
    assert err.value.fields == ["city"]
    with pytest.raises(ValidationError) as err:
        accounts.add_person(store, people.admin, "zhou", "周九", "king", people.city_future)
    assert err.value.fields == ["role"]


def test_only_an_administrator_manages_people(store, people):
    before = snapshot(store)
    for who in (people.wang, people.zhao):
        with pytest.raises(PermissionDenied) as err:
            accounts.add_person(store, who, "zhou", "周九", "officer", people.city_future)
        assert "administrator" in err.value.render("en")
    assert snapshot(store) == before
    with store.read() as s:
        refused = s.exec(select(AuditLog).where(AuditLog.action == "refused")).all()
    assert [(r.user_id, r.field) for r in refused] == [
        (people.wang.id, "add_user"),
        (people.zhao.id, "add_user"),
    ]


def test_the_last_active_administrator_stays(store, people):
    second, _ = accounts.add_person(
        store, people.admin, "admin2", "管理员二", "report_staff", None, is_admin=True
    )
    accounts.set_active(store, people.admin, second.id, False)  # one of two: fine
    for step in (
        lambda: accounts.set_active(store, people.admin, people.admin.id, False),
        lambda: accounts.set_role(
            store, people.admin, people.admin.id, role="officer", city_id=people.city_future
        ),  # fmt: skip
    ):
        with pytest.raises(ValidationError) as err:
            step()
        assert "last active administrator" in err.value.render("en")
    accounts.set_active(store, people.admin, second.id, True)
    accounts.set_active(store, second_actor(store, second), people.admin.id, False)
    with pytest.raises((ValidationError, PermissionDenied)):  # the disabled one cannot act
        accounts.set_active(store, people.admin, second.id, False)


def second_actor(store, person):
    from crm.accounts.users import get_actor

    return get_actor(store, person.id)


def test_a_person_disabled_while_signed_in_is_refused_at_the_next_step(store, people):
    lead = make_lead(store, people.wang)
    accounts.set_active(store, people.admin, people.wang.id, False)
    before = snapshot(store)
    with pytest.raises(PermissionDenied) as err:
        update_lead(store, people.wang, lead, {"notes": "停用后"})  # the old Actor object
    assert "disabled" in err.value.render("en") and "停用" in err.value.render("zh_CN")
    assert snapshot(store) == before


def test_a_person_demoted_while_signed_in_acts_with_the_role_they_have_now(store, people):
    own = make_lead(store, people.wang, company_name="杭州自有科技有限公司")
    other = make_lead(store, people.li, company_name="杭州他城科技有限公司", city="future")
    accounts.set_role(store, people.admin, people.zhao.id, role="report_staff")
    with pytest.raises(PermissionDenied) as err:
        update_lead(store, people.zhao, other, {"notes": "降级后"})  # still a manager's Actor
    assert "Report staff" in err.value.render("en")
    update_lead(store, people.wang, own, {"notes": "照常"})


def test_a_leaving_officers_leads_go_to_another_in_one_audited_step(store, people):
    ids = [make_lead(store, people.wang, company_name=f"杭州移交{i}科技有限公司") for i in range(3)]
    colleague, _ = accounts.add_person(
        store, people.admin, "qian", "钱七", "officer", people.city_zijingang
    )
    changes = accounts.hand_over_leads(store, people.admin, people.wang.id, colleague.id)
    assert changes.leads == frozenset(ids)
    with store.read() as s:
        owners = {s.get(Lead, i).owner_id for i in ids}
        handed = s.exec(select(AuditLog).where(AuditLog.action == "handover")).all()
    assert owners == {colleague.id}
    assert sorted(r.entity_id for r in handed) == ids
    assert {(r.old, r.new) for r in handed} == {(str(people.wang.id), str(colleague.id))}
    with pytest.raises(PermissionDenied):
        accounts.hand_over_leads(store, people.li, colleague.id, people.li.id)


def test_people_are_listed_with_their_leads_and_whether_they_can_sign_in(store, people):
    make_lead(store, people.wang)
    accounts.reset_password(store, people.admin, people.admin.id, PW)
    listed = {p.username: p for p in accounts.people(store, people.admin)}
    assert "system" not in listed
    assert listed["王五"].leads == 1 and not listed["王五"].can_sign_in
    assert listed["孙管理"].can_sign_in and not listed["孙管理"].must_change_password
