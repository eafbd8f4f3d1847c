"""Contacts are personal information (PIPL): shown to the lead's owner, its city's officers
and managers, masked for everyone else (lists, the lead's form, the audit log, search)."""

from __future__ import annotations

import pytest

from crm.accounts.permissions import mask_phone, mask_text
from crm.accounts.users import identify
from crm.errors import ConflictError, PermissionDenied, ValidationError
from crm.leadlist.query import LeadFilter, list_leads
from crm.leads.contacts import (
    add_contact,
    delete_contact,
    list_contacts,
    reveal_contacts,
    update_contact,
)
from crm.leads.edit import get_lead
from tests.services import TODAY, audit_rows, created_values, make_lead
from tests.store_state import snapshot

ZHANG = {
    "name": "张三丰",
    "title": "总经理",
    "mobile": "13812345678",
    "email": "zhang@yunfan.cn",
    "wechat": "zsf2026",
    "note": "周二下午方便",
}


@pytest.fixture
def lead(any_store, any_people):
    lead_id = make_lead(any_store, any_people.wang)  # 紫金港, owned by 王五
    contact_id, _ = add_contact(any_store, any_people.wang, lead_id, ZHANG)
    return lead_id, contact_id


def test_masks():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("5678") == "****"
    assert mask_phone("0571-88886666") == "057*-****6666"  # the separator stays as written
    assert mask_text("张三丰") == "张**"
    assert mask_text("张三") == "张*"
    assert mask_text("zhang@yunfan.cn") == "z***@yunfan.cn"
    assert mask_text(None) is None


def test_who_sees_contacts(any_store, any_people, lead):
    lead_id, _ = lead
    colleague, _ = identify(any_store, "钱八", any_people.city_zijingang)  # same city
    for actor in (any_people.wang, colleague):
        (c,) = list_contacts(any_store, actor, lead_id)
        assert (c.name, c.mobile, c.email, c.wechat, c.note) == (
            "张三丰",
            "13812345678",
            "zhang@yunfan.cn",
            "zsf2026",
            "周二下午方便",
        )
        assert get_lead(any_store, actor, lead_id).contacts_visible
    # 赵六, a committee manager, may see them, masked until asked (each reveal is audited)
    detail = get_lead(any_store, any_people.zhao, lead_id)
    assert detail.contacts_visible and detail.contacts_on_request
    assert detail.contacts[0].mobile == "138****5678"
    assert list_contacts(any_store, any_people.zhao, lead_id)[0].mobile == "138****5678"
    assert not get_lead(any_store, any_people.wang, lead_id).contacts_on_request
    (c,) = reveal_contacts(any_store, any_people.zhao, lead_id)
    assert (c.name, c.mobile) == ("张三丰", "13812345678")
    reveal = audit_rows(any_store, "lead", lead_id)[-1]
    assert (reveal.action, reveal.user_id, reveal.field, reveal.new) == (
        "reveal",
        any_people.zhao.id,
        "contacts",
        "1",
    )
    with pytest.raises(PermissionDenied):  # 李四 may not ask either
        reveal_contacts(any_store, any_people.li, lead_id)
    assert audit_rows(any_store, "lead", lead_id)[-1].action == "refused"
    # 李四 works in another city: the lead is visible, its contacts masked
    (c,) = list_contacts(any_store, any_people.li, lead_id)
    assert (c.name, c.title, c.mobile, c.email, c.wechat, c.note) == (
        "张**",
        "总经理",
        "138****5678",
        "z***@yunfan.cn",
        "z******",
        None,
    )
    detail = get_lead(any_store, any_people.li, lead_id)
    assert not detail.contacts_visible and detail.contacts[0].mobile == "138****5678"
    assert detail.values["company_name"] == "杭州云帆智能科技有限公司"


def test_outsiders_may_not_change_contacts(any_store, any_people, lead):
    lead_id, contact_id = lead
    before = snapshot(any_store)
    for attempt in (
        lambda: add_contact(any_store, any_people.li, lead_id, {"name": "李某"}),
        lambda: update_contact(any_store, any_people.li, contact_id, {"mobile": "13900000000"}),
        lambda: delete_contact(any_store, any_people.li, contact_id),
    ):
        with pytest.raises(PermissionDenied) as err:
            attempt()
        assert "contacts" in err.value.render("en") and "联系人" in err.value.render("zh_CN")
    assert snapshot(any_store) == before


def test_the_audit_log_keeps_no_personal_information(any_store, any_people, lead):
    lead_id, contact_id = lead
    update_contact(
        any_store, any_people.wang, contact_id, {"mobile": "13987654321"}, expected_version=1
    )
    rows = audit_rows(any_store, "contact", contact_id)
    created = created_values(rows[0])
    assert created["name"] == "张**" and created["mobile"] == "138****5678"
    assert (rows[1].field, rows[1].old, rows[1].new) == ("mobile", "138****5678", "139****4321")
    text = " ".join(str(r.old) + str(r.new) for r in rows)
    assert "13812345678" not in text and "张三丰" not in text
    with pytest.raises(ConflictError):
        update_contact(
            any_store, any_people.wang, contact_id, {"title": "董事长"}, expected_version=1
        )


def test_bad_contacts_name_their_field(any_store, any_people, lead):
    lead_id, _ = lead
    before = snapshot(any_store)
    for data, field, zh in (
        ({"name": ""}, "name", "联系人"),
        ({"name": "某", "email": "not-mail"}, "email", "邮"),
        ({"name": "某", "mobile": "call me"}, "mobile", "手机"),
    ):
        with pytest.raises(ValidationError) as err:
            add_contact(any_store, any_people.wang, lead_id, data)
        assert err.value.fields == [field]
        assert zh in err.value.render("zh_CN")
    assert snapshot(any_store) == before


def test_a_deleted_contact_is_gone_from_search(any_store, any_people, lead):
    lead_id, contact_id = lead
    flt = LeadFilter(search="张三丰")
    assert [r.id for r in list_leads(any_store, any_people.wang, flt, today=TODAY).rows] == [
        lead_id
    ]
    delete_contact(any_store, any_people.wang, contact_id)
    assert list_leads(any_store, any_people.wang, flt, today=TODAY).total == 0
    assert list_contacts(any_store, any_people.wang, lead_id) == []


def test_search_by_a_contact_only_for_those_who_may_see_it(any_store, any_people, lead):
    lead_id, _ = lead
    for query in ("张三丰", "13812345678", "zhang@yunfan", "zsf2026"):
        flt = LeadFilter(search=query)
        for allowed in (any_people.wang, any_people.zhao):
            page = list_leads(any_store, allowed, flt, today=TODAY)
            assert [r.id for r in page.rows] == [lead_id], (query, allowed.username)
        # 李四 sees the lead but not its contacts: a contact's details must not find it
        assert list_leads(any_store, any_people.li, flt, today=TODAY).total == 0, query
    # the lead itself he finds by its company
    page = list_leads(any_store, any_people.li, LeadFilter(search="云帆"), today=TODAY)
    assert [r.id for r in page.rows] == [lead_id]


def test_a_deleted_contact_s_phone_number_leaves_the_file(store, people):
    """PIPL: after a delete the number is in no byte of the store (its rows, the search
    index's content and segments, the write-ahead log), not only hidden."""
    from crm.leads.contacts import add_contact, delete_contact
    from tests.services import make_lead

    lead = make_lead(store, people.wang)
    for i in range(30):  # other contacts, so the index has segments to keep
        other = make_lead(store, people.wang, company_name=f"杭州其他{i}科技有限公司")
        add_contact(store, people.wang, other, {"name": f"联系人{i}", "mobile": f"1370000{i:04d}"})
    cid, _ = add_contact(
        store,
        people.wang,
        lead,
        {"name": "欧阳娜娜", "mobile": "19987654321", "email": "nana@example.cn"},
    )
    secrets = [b"87654321", "欧阳娜娜".encode(), b"nana@example.cn"]

    def files() -> bytes:
        wal = store.path.with_name(store.path.name + "-wal")
        return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")

    store.forget_old_pages()
    assert all(s in files() for s in secrets)  # the scan sees them while they are stored
    delete_contact(store, people.wang, cid)
    data = files()
    assert [s for s in secrets if s in data] == []


def test_no_reveal_without_its_trace_on_a_read_only_store(store, store_path, people):
    from crm.db.store import open_store
    from crm.errors import UserError

    lead_id = make_lead(store, people.wang)
    add_contact(store, people.wang, lead_id, {"name": "张三丰", "mobile": "13812345678"})
    ro = open_store(store_path, readonly=True)
    try:
        with pytest.raises(UserError) as err:
            reveal_contacts(ro, people.zhao, lead_id)
        assert "只读" in err.value.render("zh_CN")
    finally:
        ro.dispose()
    assert not [r for r in audit_rows(store, "lead", lead_id) if r.action == "reveal"]
