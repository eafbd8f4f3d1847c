"""Activities (跟进记录) on both dialects: they move the lead's last-activity day and next
follow-up, bad input names its field, edits and deletes keep the lead in step."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crm.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from crm.followups.activities import delete_activity, log_activity, timeline, update_activity
from crm.leads.edit import get_lead
from crm.pipeline import move_stage
from tests.services import TODAY, audit_rows, make_lead
from tests.store_state import snapshot

D = lambda n: TODAY + timedelta(days=n)  # noqa: E731


def followup(store, actor, lead_id):
    d = get_lead(store, actor, lead_id)
    return d.values["next_followup"], d.last_activity_on


def test_an_activity_sets_the_next_followup_and_last_activity(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(-30))
    r = log_activity(
        any_store,
        w,
        lead,
        {
            "activity_type": "拜访",
            "summary": "上门拜访，介绍人才政策",
            "occurred_on": D(-3),
            "next_followup": "2026-05-25",
            "participants": "王五、企业总经理",
            "next_step": "安排考察",
        },
        today=TODAY,
    )
    assert followup(any_store, w, lead) == (D(7), D(-3))
    assert r.lead_version == 2 and r.changes.activities
    # an older activity does not move the last-activity day back
    log_activity(
        any_store,
        w,
        lead,
        {"activity_type": "call", "summary": "补记", "occurred_on": D(-10)},
        today=TODAY,
    )
    assert followup(any_store, w, lead) == (D(7), D(-3))
    rows = audit_rows(any_store, "lead", lead)
    assert {(r.field, r.new) for r in rows if r.action == "update"} == {
        ("next_followup", "2026-05-25"),
        ("last_activity_on", "2026-05-15"),
    }


def test_an_activity_on_the_due_day_completes_the_followup(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(-30), next_followup=D(-2))
    # an activity before the scheduled day leaves it
    log_activity(
        any_store,
        w,
        lead,
        {"activity_type": "message", "summary": "微信", "occurred_on": D(-4)},
        today=TODAY,
    )
    assert followup(any_store, w, lead) == (D(-2), D(-4))
    # on or after it, without a new date: nothing is scheduled any more
    log_activity(any_store, w, lead, {"activity_type": "call", "summary": "回访"}, today=TODAY)
    assert followup(any_store, w, lead) == (None, TODAY)


def test_bad_activities_name_their_field(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w)
    before = snapshot(any_store)
    cases = [
        ({"activity_type": "call", "summary": ""}, "summary", "Summary", "摘要"),
        ({"activity_type": "喝茶", "summary": "x"}, "activity_type", "Activity type", "跟进方式"),
        (
            {"activity_type": "call", "summary": "x", "occurred_on": D(1)},
            "occurred_on",
            "Date",
            "日期",
        ),
        (
            {"activity_type": "call", "summary": "x", "occurred_on": "下周"},
            "occurred_on",
            "Date",
            "日期",
        ),
        (
            {"activity_type": "call", "summary": "x", "occurred_on": D(-1), "next_followup": D(-2)},
            "next_followup",
            "Next follow-up",
            "跟进",
        ),
    ]
    for data, field, en, zh in cases:
        with pytest.raises(ValidationError) as err:
            log_activity(any_store, w, lead, data, today=TODAY)
        assert err.value.fields == [field], data
        assert err.value.render("en").startswith(en + ": "), err.value.render("en")
        assert zh in err.value.render("zh_CN").split("：")[0], err.value.render("zh_CN")
    assert snapshot(any_store) == before
    with pytest.raises(NotFound):
        log_activity(any_store, w, 999, {"activity_type": "call", "summary": "x"}, today=TODAY)


def test_edit_and_delete_keep_the_last_activity_day(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(-30))
    early = log_activity(
        any_store,
        w,
        lead,
        {"activity_type": "call", "summary": "一", "occurred_on": D(-9)},
        today=TODAY,
    )
    late = log_activity(
        any_store,
        w,
        lead,
        {"activity_type": "visit", "summary": "二", "occurred_on": D(-2)},
        today=TODAY,
    )
    assert followup(any_store, w, lead)[1] == D(-2)
    delete_activity(any_store, w, late.activity_id)
    assert followup(any_store, w, lead)[1] == D(-9)
    delete_activity(any_store, w, late.activity_id, restore=True)
    assert followup(any_store, w, lead)[1] == D(-2)
    update_activity(
        any_store, w, early.activity_id, {"occurred_on": D(-1)}, expected_version=1, today=TODAY
    )
    assert followup(any_store, w, lead)[1] == D(-1)
    with pytest.raises(ConflictError):
        update_activity(
            any_store, w, early.activity_id, {"summary": "改"}, expected_version=1, today=TODAY
        )
    actions = [r.action for r in audit_rows(any_store, "activity", late.activity_id)]
    assert actions == ["create", "delete", "restore"]


def test_timeline_mixes_activities_and_moves_newest_first(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(-20))
    log_activity(
        any_store,
        w,
        lead,
        {"activity_type": "call", "summary": "电话", "occurred_on": D(-15)},
        today=TODAY,
    )
    move_stage(any_store, w, lead, "contact", on=D(-10), today=TODAY)
    log_activity(
        any_store,
        w,
        lead,
        {"activity_type": "visit", "summary": "拜访", "occurred_on": D(-5)},
        today=TODAY,
    )
    entries = [(e.kind, e.day) for e in timeline(any_store, lead)]
    assert entries == [
        ("activity", D(-5)),
        ("stage", D(-10)),
        ("activity", D(-15)),
        ("stage", D(-20)),
    ]


def _logged(store, actor, lead, day, nxt=None, summary="拜访"):
    data = {"activity_type": "visit", "summary": summary, "occurred_on": day}
    if nxt:
        data["next_followup"] = nxt
    return log_activity(store, actor, lead, data, today=TODAY).activity_id


def test_only_the_author_or_a_manager_of_the_city_changes_an_activity(any_store, any_people):
    from crm.accounts.users import identify

    p = any_people
    lead = make_lead(any_store, p.wang, stage_date=D(-30))  # 紫金港
    act = _logged(any_store, p.wang, lead, D(-3))
    other_manager, _ = identify(any_store, "钱七", p.city_future, role="manager")
    city_manager, _ = identify(any_store, "孙八", p.city_zijingang, role="manager")
    before = snapshot(any_store)
    for stranger in (p.li, other_manager):  # an officer of another city; another city's manager
        with pytest.raises(PermissionDenied) as err:
            update_activity(any_store, stranger, act, {"summary": "改"}, today=TODAY)
        assert "王五" in err.value.render("zh_CN") and "manager" in err.value.render("en")
        with pytest.raises(PermissionDenied):
            delete_activity(any_store, stranger, act)
    assert snapshot(any_store) == before
    # the author, the city's manager and a committee manager may
    update_activity(any_store, p.wang, act, {"summary": "改一"}, today=TODAY)
    update_activity(any_store, city_manager, act, {"summary": "改二"}, today=TODAY)
    edit = update_activity(any_store, p.zhao, act, {"summary": "改三"}, today=TODAY)
    assert edit.changed == {"summary": ("改二", "改三")} and edit.version == 4
    rows = [(r.user_id, r.field, r.old, r.new) for r in audit_rows(any_store, "activity", act)]
    assert rows[-1] == (p.zhao.id, "summary", "改二", "改三")
    delete_activity(any_store, p.zhao, act)
    with pytest.raises(NotFound):  # deleted: not changed again, only restored
        update_activity(any_store, p.wang, act, {"summary": "x"}, today=TODAY)
    delete_activity(any_store, p.wang, act, restore=True)
    assert [e.activity.summary for e in timeline(any_store, lead) if e.activity] == ["改三"]


def test_the_leads_follow_up_follows_an_edit_a_delete_and_their_undo(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(-30))
    first = _logged(any_store, w, lead, D(-10), nxt=D(-4))
    assert followup(any_store, w, lead) == (D(-4), D(-10))  # overdue
    second = _logged(any_store, w, lead, D(-4), nxt=D(5))  # followed up on the day: next set
    assert followup(any_store, w, lead) == (D(5), D(-4))
    # deleting the follow-up that took care of it: overdue again, as before it was logged
    delete_activity(any_store, w, second)
    assert followup(any_store, w, lead) == (D(-4), D(-10))
    delete_activity(any_store, w, second, restore=True)
    assert followup(any_store, w, lead) == (D(5), D(-4))
    # a corrected date for the next follow-up moves the lead's
    edit = update_activity(any_store, w, second, {"next_followup": D(9)}, today=TODAY)
    assert followup(any_store, w, lead) == (D(9), D(-4))
    update_activity(
        any_store, w, second, {"next_followup": edit.changed["next_followup"][0]},
        expected_version=edit.version, today=TODAY,
    )  # fmt: skip
    assert followup(any_store, w, lead) == (D(5), D(-4))
    # a follow-up typed into the lead is later word than the activities': it stays
    from crm.leads.edit import update_lead

    version = get_lead(any_store, w, lead).version
    update_lead(any_store, w, lead, {"next_followup": D(20)}, expected_version=version)
    delete_activity(any_store, w, first)
    assert followup(any_store, w, lead) == (D(20), D(-4))
    # a next follow-up before its own activity is refused, nothing changes
    before = snapshot(any_store)
    with pytest.raises(ValidationError) as err:
        update_activity(any_store, w, second, {"occurred_on": D(-1), "next_followup": D(-2)},
                        today=TODAY)  # fmt: skip
    assert err.value.fields == ["next_followup"]
    assert snapshot(any_store) == before
