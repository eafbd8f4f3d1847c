"""crm.accounts.permissions as a decision table: who may see and do what, for people chosen so that
each rule tells them apart (an officer of the lead's city and of another, the owner, a city
manager in and out of scope, a committee manager, report staff, an administrator), and the
masks of contact details (PIPL) pinned character by character."""

from __future__ import annotations

import pytest

from crm.accounts import permissions as P
from crm.accounts.users import Actor
from crm.errors import PermissionDenied

CITY, OTHER = 10, 20
OWNER = Actor(1, "owner", "王五", "officer", CITY)
COLLEAGUE = Actor(2, "colleague", "赵六", "officer", CITY)
STRANGER = Actor(3, "stranger", "孙七", "officer", OTHER)
CITY_MANAGER = Actor(4, "boss", "周八", "manager", CITY)
OTHER_MANAGER = Actor(5, "boss2", "吴九", "manager", OTHER)
COMMITTEE = Actor(6, "committee", "郑十", "manager", None)
STAFF = Actor(7, "staff", "钱七", "report_staff", None)
ADMIN = Actor(8, "admin", "冯一", "admin", None)
OFFICER_ADMIN = Actor(9, "officer-admin", "陈二", "officer", OTHER, is_admin=True)
EVERYONE = [OWNER, COLLEAGUE, STRANGER, CITY_MANAGER, OTHER_MANAGER, COMMITTEE, STAFF, ADMIN,
            OFFICER_ADMIN]  # fmt: skip


def allowed(rule, *args) -> list[str]:
    """The usernames ``rule(actor, *args)`` allows (returns None for)."""
    return [a.username for a in EVERYONE if rule(a, *args) is None]


def test_confidential_projects_show_to_their_city_and_managers():
    seen = [a.username for a in EVERYONE if P.sees_confidential(a, CITY)]
    assert seen == ["owner", "colleague", "boss", "boss2", "committee"]
    assert not P.sees_confidential(STRANGER, None)  # no city is not "the same city"


def test_contacts_show_to_the_owner_the_city_and_managers_not_to_staff_or_admins():
    seen = [a.username for a in EVERYONE if P.sees_contacts(a, OWNER.id, CITY)]
    assert seen == ["owner", "colleague", "boss", "boss2", "committee"]
    # the owner sees them even when the lead moved to another city
    assert [a.username for a in EVERYONE if P.sees_contacts(a, OWNER.id, OTHER)] == [
        "owner", "stranger", "boss", "boss2", "committee", "officer-admin"
    ]  # fmt: skip
    assert not P.sees_contacts(STRANGER, None, None)


def test_editing_a_lead():
    assert allowed(P.edit_lead, OWNER.id, CITY) == ["owner", "colleague", "boss", "committee"]
    assert P.edit_lead(STRANGER, OWNER.id, CITY) == P.NOT_YOURS
    assert P.edit_lead(OTHER_MANAGER, OWNER.id, CITY) == P.OUTSIDE_SCOPE
    assert P.edit_lead(STAFF, OWNER.id, CITY).render("en").startswith("Report staff read")
    assert P.edit_lead(ADMIN, OWNER.id, CITY).render("en").startswith("Administrators manage")
    assert allowed(P.edit_lead, STRANGER.id, OTHER) == ["stranger", "boss2", "committee",
                                                       "officer-admin"]  # fmt: skip


def test_creating_a_lead():
    assert allowed(P.create_lead, CITY, None, None) == ["owner", "colleague", "boss", "committee"]
    assert allowed(P.create_lead, CITY, COLLEAGUE.id, CITY) == [
        "owner", "colleague", "boss", "committee"
    ]  # fmt: skip
    # an officer gives a new lead to themselves or a colleague of their city, not elsewhere
    assert P.create_lead(OWNER, CITY, STRANGER.id, OTHER).render("en") == (
        "A new lead goes to you or a colleague of your city."
    )
    assert P.create_lead(OWNER, CITY, OWNER.id, None) is None
    assert P.create_lead(STRANGER, CITY, None, None).render("en") == (
        "Officers create leads of their own city."
    )
    assert P.create_lead(OTHER_MANAGER, CITY, None, None) == P.OUTSIDE_SCOPE


def test_managing_reassigning_and_restoring_leads():
    assert allowed(P.manage_lead, CITY) == ["boss", "committee"]
    assert P.manage_lead(OWNER, CITY) == P.MANAGERS_ONLY
    assert P.manage_lead(OTHER_MANAGER, CITY) == P.OUTSIDE_SCOPE
    assert allowed(P.reassign, CITY, True, OWNER.id) == ["boss", "committee"]
    # an officer may take a lead of their city that nobody follows — for themselves only
    assert allowed(P.reassign, CITY, False, OWNER.id) == ["owner", "boss", "committee"]
    assert P.reassign(OWNER, CITY, False, COLLEAGUE.id) == P.MANAGERS_ONLY
    assert P.reassign(STRANGER, CITY, False, STRANGER.id) == P.MANAGERS_ONLY
    assert P.reassign(Actor(11, "nocity", "无城", "officer", None), None, False, 11) == (
        P.MANAGERS_ONLY
    )
    assert P.reassign(OTHER_MANAGER, CITY, True, 1) == P.OUTSIDE_SCOPE
    # whoever deleted a lead may bring it back (their undo); read-only roles may not
    assert allowed(P.restore_lead, CITY, STRANGER.id) == ["stranger", "boss", "committee"]
    assert P.restore_lead(STAFF, CITY, STAFF.id) == P.MANAGERS_ONLY


def test_activities():
    assert allowed(P.log_activity, CITY, False) == ["owner", "colleague", "stranger", "boss",
                                                    "boss2", "committee", "officer-admin"]  # fmt: skip
    assert allowed(P.log_activity, CITY, True) == ["owner", "colleague", "boss", "boss2",
                                                   "committee"]  # fmt: skip
    assert P.log_activity(STRANGER, CITY, True).render("en") == (
        "This confidential project belongs to another city."
    )
    # its author, or a manager of the lead's city (a committee manager, of any)
    assert allowed(P.change_activity, STRANGER.id, CITY) == ["stranger", "boss", "committee"]
    assert allowed(P.change_activity, STAFF.id, CITY) == ["boss", "committee"]
    assert P.change_activity(OTHER_MANAGER, OWNER.id, CITY).render("en") == (
        "Only the person who logged it or a manager of the lead's city may change this activity."
    )


def test_imports_targets_administration_and_the_week():
    assert allowed(P.undo_import, OWNER.id) == ["owner", "boss", "boss2", "committee"]
    assert allowed(P.undo_import, STAFF.id) == ["boss", "boss2", "committee"]
    assert allowed(P.administer) == ["admin", "officer-admin"]
    assert allowed(P.close_week) == ["boss", "boss2", "committee", "staff", "admin",
                                     "officer-admin"]  # fmt: skip
    assert allowed(P.write_summary) == ["boss", "boss2", "committee", "staff"]
    assert allowed(P.reopen_week) == ["boss", "boss2", "committee"]
    assert allowed(P.read_audit) == ["boss", "boss2", "committee", "admin", "officer-admin"]
    assert P.write_summary(ADMIN).render("en") == (
        "Only report staff and managers may write the week's summary."
    )
    assert P.reopen_week(STAFF).render("en") == "Only managers may reopen a week."
    assert P.administer(OWNER) == P.ADMINS_ONLY


def test_targets_thresholds_and_backups_follow_the_managers_scope():
    """A city's targets: its manager, a committee manager, administrators; the corridor's own
    targets and the corridor-wide thresholds: a committee manager or an administrator."""
    assert allowed(P.manage_targets, CITY) == ["boss", "committee", "admin", "officer-admin"]
    assert allowed(P.manage_targets, OTHER) == ["boss2", "committee", "admin", "officer-admin"]
    assert allowed(P.manage_targets, None) == ["committee", "admin", "officer-admin"]
    assert P.manage_targets(OTHER_MANAGER, CITY).render("en") == (
        "These are another city's targets: a city manager sets only their own city's."
    )
    assert P.manage_targets(CITY_MANAGER, None) == P.CORRIDOR_WIDE
    assert P.manage_targets(OWNER, CITY) == P.MANAGERS_OR_ADMINS
    assert P.manage_targets(STAFF, None) == P.MANAGERS_OR_ADMINS
    assert allowed(P.corridor_settings) == ["committee", "admin", "officer-admin"]
    assert P.corridor_settings(CITY_MANAGER).render("en") == (
        "This applies to the whole corridor: only a committee manager or an administrator "
        "may change it."
    )
    assert P.corridor_settings(OWNER) == P.MANAGERS_OR_ADMINS
    assert allowed(P.back_up) == ["admin", "officer-admin"]
    # a ledger import: whoever writes leads (each row is checked as its lead)
    assert allowed(P.import_ledger) == ["owner", "colleague", "stranger", "boss", "boss2",
                                        "committee", "officer-admin"]  # fmt: skip
    assert P.import_ledger(STAFF) == P.edit_lead(STAFF, OWNER.id, CITY)
    assert P.back_up(COMMITTEE).render("zh_CN") == (
        "备份包含所有科技城的线索和联系人：只有管理员可以创建、设置或恢复备份。"
    )


def test_require_raises_with_the_reason_and_who_asked():
    P.require(None, OWNER, "move_lead", "lead", 5)  # allowed: nothing happens
    with pytest.raises(PermissionDenied) as err:
        P.require(P.NOT_YOURS, STRANGER, "move_lead", "lead", 5)
    e = err.value
    assert (e.action, e.entity, e.entity_id, e.user_id) == ("move_lead", "lead", 5, STRANGER.id)
    assert e.render("en") == P.NOT_YOURS.render("en")
    with pytest.raises(PermissionDenied) as err:
        P.require(P.ADMINS_ONLY, OWNER, "add_person")  # no entity named: none recorded
    assert (err.value.entity, err.value.entity_id) == ("", None)


def test_a_write_acts_with_the_person_as_the_store_knows_them_now(store, people):
    """Moved to another city or made an administrator since signing in: the write acts with
    that; disabled since: it is refused, naming who and what."""
    from crm.accounts.admin import set_active, set_role

    signed_in = people.wang
    set_role(store, people.system, signed_in.id, city_id=people.city_future, is_admin=True)
    with store.read() as s:
        now = P.current(s, signed_in)
    assert (now.id, now.role, now.city_id, now.is_admin) == (
        signed_in.id, "officer", people.city_future, True
    )  # fmt: skip
    set_active(store, people.system, signed_in.id, False)
    with store.read() as s, pytest.raises(PermissionDenied) as err:
        P.current(s, signed_in)
    e = err.value
    assert (e.action, e.user_id) == ("write", signed_in.id)
    assert e.render("en") == "Your account has been disabled; nothing was changed."


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("0571888812", "057***8812"),  # ten digits keep their first three
        ("0571-88881234", "057*-****1234"),
        ("8888123", "***8123"),
        ("123456", "****56"),
        ("12345", "****5"),
        ("1234", "****"),
        ("+86 138 1234 5678", "+86 1** **** 5678"),
        ("0571-88881234 转 8021", "057*-****1234 转 ****"),
        ("88881234 ext. 12", "****1234 ext. **"),
        ("x12", "x**"),  # no digits before it: not an extension
        ("无", "*"),
        ("", ""),
        (None, None),
    ],
)
def test_a_phone_is_recognisable_not_callable(phone, masked):
    assert P.mask_phone(phone) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("张三", "张*"),
        ("欧阳明月", "欧***"),
        ("张", "张*"),
        ("zhang@x.cn", "z***@x.cn"),
        ("a@b@c.cn", "a***@b@c.cn"),  # the address ends after its first @
        ("@x.cn", "***@x.cn"),
        ("", ""),
        (None, None),
    ],
)
def test_names_and_addresses_keep_their_first_character(text, masked):
    assert P.mask_text(text) == masked


def test_every_refusal_is_translated():
    """Each rule's reason has its Chinese (a wrong translation context shows English)."""
    reasons = [
        P.edit_lead(STAFF, 1, CITY), P.edit_lead(ADMIN, 1, CITY), P.NOT_YOURS, P.OUTSIDE_SCOPE,
        P.MANAGERS_ONLY, P.ADMINS_ONLY, P.MANAGERS_OR_ADMINS, P.create_lead(STRANGER, CITY, None, None),
        P.create_lead(OWNER, CITY, STRANGER.id, OTHER), P.log_activity(STRANGER, CITY, True),
        P.change_activity(ADMIN, OWNER.id, CITY), P.undo_import(STAFF, OWNER.id),
        P.close_week(OWNER), P.write_summary(ADMIN), P.reopen_week(STAFF),
    ]  # fmt: skip
    assert all(r is not None for r in reasons)
    untranslated = [r.render("en") for r in reasons if r.render("zh_CN") == r.render("en")]
    assert untranslated == []
    assert P.reopen_week(STAFF).render("zh_CN") == "只有领导可以重新打开已关闭的周报。"


def test_demo_data_in_a_shared_pool_is_an_administrators(people):
    """A newcomer's trial: 'Load demo data' was offered to anyone on an empty store, team
    server included, where an officer would fill everyone's pool with made-up leads."""
    from crm.accounts import permissions as P

    assert P.load_demo(people.wang, shared=False) is None  # a store file of their own
    assert P.load_demo(people.admin, shared=True) is None
    for who in (people.wang, people.li, people.zhao):
        assert P.load_demo(who, shared=True) is not None
