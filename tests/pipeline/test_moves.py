"""Stage moves on both dialects: forward, back, jump, the side exits and what they need, the
signing rules, the history they leave, and undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from crm.db.models import StageChange
from crm.errors import ConflictError, NotFound, ValidationError
from crm.leads.edit import delete_lead, get_lead
from crm.pipeline import ALL, MAIN, OPEN, SIGNED_OR_LATER, move_stage, revert_move
from crm.reference import reference
from tests.services import TODAY, audit_rows, make_lead
from tests.store_state import snapshot

D = lambda n: TODAY - timedelta(days=n)  # noqa: E731


def history(store, lead_id):
    with store.read() as s:
        rows = s.exec(
            select(StageChange).where(StageChange.lead_id == lead_id).order_by(StageChange.id)
        )
        return [(r.from_stage, r.to_stage, r.changed_on, r.note) for r in rows]


def values(store, actor, lead_id):
    return get_lead(store, actor, lead_id).values


def test_stage_constants():
    assert MAIN[0] == "lead" and MAIN[-1] == "operating"
    assert SIGNED_OR_LATER == ("signed", "landed", "construction", "operating")
    assert set(ALL) - set(OPEN) == {"lost", "operating"}


def test_forward_back_and_jump(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(30))
    r1 = move_stage(any_store, w, lead, "接洽", on=D(20), today=TODAY, expected_version=1)
    assert (r1.from_stage, r1.to_stage, r1.version) == ("lead", "contact", 2)
    r2 = move_stage(any_store, w, lead, "negotiation", on=D(10), today=TODAY, note="跳过考察")
    r3 = move_stage(any_store, w, lead, "Site visit", on=D(5), today=TODAY)  # back
    assert (r2.to_stage, r3.to_stage) == ("negotiation", "visit")
    v = values(any_store, w, lead)
    assert (v["stage"], v["stage_date"]) == ("visit", D(5))
    assert history(any_store, lead) == [
        (None, "lead", D(30), None),
        ("lead", "contact", D(20), None),
        ("contact", "negotiation", D(10), "跳过考察"),
        ("negotiation", "visit", D(5), None),
    ]
    stage_audit = [
        (r.action, r.field, r.old, r.new)
        for r in audit_rows(any_store, "lead", lead)
        if r.field == "stage"
    ]
    assert stage_audit == [
        ("stage", "stage", "lead", "contact"),
        ("stage", "stage", "contact", "negotiation"),
        ("stage", "stage", "negotiation", "visit"),
    ]


def test_on_hold_needs_a_later_date(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(3))
    before = snapshot(any_store)
    for until, reason_en in (
        (None, "needs a date to look again"),
        (TODAY, "must be after the day it is put on hold"),
    ):
        with pytest.raises(ValidationError) as err:
            move_stage(any_store, w, lead, "搁置", on_hold_until=until, today=TODAY)
        assert err.value.fields == ["on_hold_until"]
        assert "Look again on: " in err.value.render("en")
        assert reason_en in err.value.render("en")
        assert "再次跟进日期：" in err.value.render("zh_CN")
    assert snapshot(any_store) == before
    move_stage(any_store, w, lead, "on_hold", on_hold_until=TODAY + timedelta(days=60), today=TODAY)
    v = values(any_store, w, lead)
    assert v["on_hold_until"] == v["next_followup"] == TODAY + timedelta(days=60)


def test_lost_needs_a_reason_and_records_where(any_store, any_people):
    w = any_people.wang
    ref = reference(any_store)
    lead = make_lead(any_store, w, stage_date=D(10), next_followup=TODAY)
    move_stage(any_store, w, lead, "negotiation", on=D(5), today=TODAY)
    before = snapshot(any_store)
    with pytest.raises(ValidationError) as err:
        move_stage(any_store, w, lead, "流失", today=TODAY)
    assert err.value.fields == ["lost_reason"]
    assert err.value.render("en") == "Lost reason: a lost project needs the reason"
    assert err.value.render("zh_CN") == "流失原因：流失的项目必须填写流失原因"
    with pytest.raises(ValidationError):
        move_stage(any_store, w, lead, "lost", lost_reason="不想做了", today=TODAY)
    assert snapshot(any_store) == before
    move_stage(
        any_store,
        w,
        lead,
        "lost",
        lost_reason="其他地区条件更优",
        lost_to_region="苏州工业园区",
        today=TODAY,
    )
    detail = get_lead(any_store, w, lead)
    assert detail.values["stage"] == "lost" and detail.lost_at_stage == "negotiation"
    assert detail.values["lost_reason"] == ref.id_of("lost_reason", "competition")
    assert detail.values["lost_to_region"] == "苏州工业园区"
    assert detail.values["next_followup"] is None


def test_lost_after_on_hold_records_the_last_real_stage(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(20))
    move_stage(any_store, w, lead, "visit", on=D(15), today=TODAY)
    move_stage(any_store, w, lead, "on_hold", on=D(10), on_hold_until=TODAY, today=TODAY)
    move_stage(any_store, w, lead, "lost", lost_reason="cost", today=TODAY)
    assert get_lead(any_store, w, lead).lost_at_stage == "visit"


def test_reopen_clears_the_exit(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(20))
    move_stage(
        any_store,
        w,
        lead,
        "lost",
        lost_reason="policy",
        lost_to_region="合肥",
        on=D(10),
        today=TODAY,
    )
    move_stage(any_store, w, lead, "contact", today=TODAY)
    detail = get_lead(any_store, w, lead)
    assert detail.values["stage"] == "contact"
    assert detail.values["lost_reason"] is None and detail.values["lost_to_region"] is None
    assert detail.lost_at_stage is None
    actions = [r.action for r in audit_rows(any_store, "lead", lead) if r.field == "stage"]
    assert actions == ["stage", "reopen"]


def test_signing_needs_the_agreed_investment_and_counts_once(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(40))
    before = snapshot(any_store)
    with pytest.raises(ValidationError) as err:
        move_stage(any_store, w, lead, "签约", on=D(30), today=TODAY)
    assert err.value.fields == ["agreed_investment"]
    assert "Agreed investment: " in err.value.render("en")
    assert "协议投资额：" in err.value.render("zh_CN")
    with pytest.raises(ValidationError) as err:
        move_stage(any_store, w, lead, "signed", agreed_investment="待定", on=D(30), today=TODAY)
    assert err.value.fields == ["agreed_investment"]
    assert snapshot(any_store) == before
    move_stage(any_store, w, lead, "signed", agreed_investment="1.2亿", on=D(30), today=TODAY)
    detail = get_lead(any_store, w, lead)
    assert detail.values["agreed_investment"] == 12000.0 and detail.first_signed_on == D(30)
    move_stage(any_store, w, lead, "negotiation", on=D(20), today=TODAY)
    move_stage(any_store, w, lead, "landed", on=D(10), today=TODAY)  # amount already known
    detail = get_lead(any_store, w, lead)
    assert detail.values["stage"] == "landed"
    assert detail.first_signed_on == D(30)  # counted once, at the first signing


def test_moves_that_make_no_sense(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(5))
    before = snapshot(any_store)
    cases = [
        (dict(to_stage="完成"), "to_stage"),
        (dict(to_stage="lead"), "to_stage"),  # already there
        (dict(to_stage="contact", on=TODAY + timedelta(days=1)), "stage_date"),
        (dict(to_stage="contact", on=D(6)), "stage_date"),  # before the current stage
        (dict(to_stage="contact", note="很长" * 300), "note"),
    ]
    for kwargs, field in cases:
        with pytest.raises(ValidationError) as err:
            move_stage(any_store, w, lead, kwargs.pop("to_stage"), today=TODAY, **kwargs)
        assert field in err.value.fields, (kwargs, err.value.render("en"))
    assert snapshot(any_store) == before
    with pytest.raises(ConflictError):
        move_stage(any_store, w, lead, "contact", expected_version=7, today=TODAY)
    delete_lead(any_store, w, lead)
    with pytest.raises(NotFound):
        move_stage(any_store, w, lead, "contact", today=TODAY)


def test_revert_move(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(30), next_followup=D(1))
    move = move_stage(any_store, w, lead, "signed", agreed_investment="800万", on=D(2), today=TODAY)
    revert_move(any_store, w, move)
    detail = get_lead(any_store, w, lead)
    assert detail.values["stage"] == "lead" and detail.values["stage_date"] == D(30)
    assert detail.values["agreed_investment"] is None and detail.first_signed_on is None
    assert detail.values["next_followup"] == D(1)
    rows = history(any_store, lead)
    assert [(r[0], r[1], r[3]) for r in rows[-2:]] == [
        ("lead", "signed", None),
        ("signed", "lead", "undo"),
    ]
    assert [r.action for r in audit_rows(any_store, "lead", lead)][-1] == "undo"


def test_revert_refuses_once_the_lead_changed_again(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(30))
    move = move_stage(any_store, w, lead, "contact", on=D(10), today=TODAY)
    move_stage(any_store, w, lead, "visit", on=D(5), today=TODAY)
    before = snapshot(any_store)
    with pytest.raises(ConflictError):
        revert_move(any_store, w, move)
    assert snapshot(any_store) == before


def test_creating_a_lead_at_a_later_stage(any_store, any_people):
    w = any_people.wang
    signed = make_lead(any_store, w, stage="签约", stage_date=D(3), agreed_investment="2亿")
    lost = make_lead(
        any_store, w, company_name="流失企业有限公司", stage="lost", lost_reason="cost"
    )
    assert get_lead(any_store, w, signed).first_signed_on == D(3)
    assert get_lead(any_store, w, lost).lost_at_stage == "lead"
    assert history(any_store, signed) == [(None, "signed", D(3), None)]
    assert date(2026, 5, 18) == TODAY


def reached(store, lead_id):
    from crm.db.models import Lead

    with store.read() as s:
        lead = s.get(Lead, lead_id)
        return (lead.first_signed_on, lead.first_landed_on, lead.furthest_stage)


def test_the_lead_keeps_what_its_history_reached(any_store, any_people):
    """first_signed_on, first_landed_on and furthest_stage (what the reports read instead of the
    history) follow every move, a step back, a side exit, a reopening and an undo."""
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(60))
    assert reached(any_store, lead) == (None, None, "lead")
    move_stage(any_store, w, lead, "visit", on=D(50), today=TODAY)
    move_stage(any_store, w, lead, "contact", on=D(45), today=TODAY)  # back: furthest stays
    assert reached(any_store, lead) == (None, None, "visit")
    move_stage(
        any_store, w, lead, "搁置", on=D(40), on_hold_until=TODAY + timedelta(days=9), today=TODAY
    )
    assert reached(any_store, lead) == (None, None, "visit")  # a side exit reaches nothing
    move_stage(any_store, w, lead, "signed", agreed_investment="1亿", on=D(30), today=TODAY)
    landing = move_stage(any_store, w, lead, "landed", on=D(20), today=TODAY)
    assert reached(any_store, lead) == (D(30), D(20), "landed")
    revert_move(any_store, w, landing)
    assert reached(any_store, lead) == (D(30), None, "signed")
    move_stage(any_store, w, lead, "construction", on=D(10), today=TODAY)  # a jump lands too
    assert reached(any_store, lead) == (D(30), D(10), "construction")
    move_stage(any_store, w, lead, "negotiation", on=D(5), today=TODAY)
    assert reached(any_store, lead) == (D(30), D(10), "construction")
    created_landed = make_lead(
        any_store,
        w,
        company_name="已落地企业有限公司",
        stage="落地",
        stage_date=D(3),
        agreed_investment="3000万",
    )
    assert reached(any_store, created_landed)[1:] == (D(3), "landed")


def test_revert_audits_what_it_gave_back_and_says_which_lead_changed(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(30))
    move = move_stage(any_store, w, lead, "visit", on=D(10), today=TODAY)
    changes = revert_move(any_store, w, move)
    assert changes.leads == frozenset({lead})
    undo = [r for r in audit_rows(any_store, "lead", lead) if r.action == "undo"]
    assert {(r.field, r.old, r.new, r.user_id) for r in undo} == {
        ("stage", "visit", "lead", w.id),
        ("stage_date", D(10).isoformat(), D(30).isoformat(), w.id),
        ("furthest_stage", "visit", "lead", w.id),
    }
    with any_store.read() as s:
        last = s.exec(select(StageChange).order_by(StageChange.id.desc())).first()
    assert (last.lead_id, last.user_id, last.note) == (lead, w.id, "undo")


def test_revert_is_refused_to_whoever_may_no_longer_change_the_lead(any_store, any_people):
    """Undo is a write like any other: a person made report staff since the move cannot
    undo it, and the refusal is audited with who asked, what and on which lead."""
    from crm.accounts.admin import set_role
    from crm.errors import PermissionDenied

    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(30))
    move = move_stage(any_store, w, lead, "visit", on=D(10), today=TODAY)
    set_role(any_store, any_people.system, w.id, role="report_staff", city_id=None)
    with pytest.raises(PermissionDenied) as err:
        revert_move(any_store, w, move)
    assert err.value.render("en") == "Report staff read the leads but change none."
    assert values(any_store, any_people.zhao, lead)["stage"] == "visit"
    refused = audit_rows(any_store, "lead", lead)[-1]
    assert (refused.action, refused.field, refused.user_id) == ("refused", "move_lead", w.id)


def test_revert_of_a_deleted_lead_names_it_and_a_changed_one_names_its_record(
    any_store, any_people
):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(30))
    move = move_stage(any_store, w, lead, "visit", on=D(10), today=TODAY)
    move_stage(any_store, w, lead, "negotiation", on=D(5), today=TODAY)
    with pytest.raises(ConflictError) as err:
        revert_move(any_store, w, move)
    assert (err.value.entity, err.value.entity_id) == ("lead", lead)
    with any_store.write() as s:  # the lead is gone from the store (purged, not just deleted)
        for row in s.exec(select(StageChange).where(StageChange.lead_id == lead)):
            s.delete(row)
        s.flush()
        from crm.db.models import Lead

        s.delete(s.get(Lead, lead))
    with pytest.raises(NotFound) as gone:
        revert_move(any_store, w, move)
    assert gone.value.render("en") == f"The lead {lead} does not exist."


def test_lost_after_on_hold_reads_its_own_history_not_another_leads(any_store, any_people):
    """The main stage a lead was lost at comes from that lead's history, even when another
    lead moved more recently."""
    w = any_people.wang
    reason = reference(any_store).kind("lost_reason")[0]
    lead = make_lead(any_store, w, stage_date=D(50))
    other = make_lead(any_store, w, company_name="杭州另一家科技有限公司", stage_date=D(50))
    move_stage(any_store, w, lead, "negotiation", on=D(40), today=TODAY)
    move_stage(any_store, w, lead, "on_hold", on=D(30), on_hold_until=D(-10), today=TODAY)
    move_stage(any_store, w, other, "visit", on=D(25), today=TODAY)
    move_stage(any_store, w, lead, "lost", on=D(20), lost_reason=reason.id, today=TODAY)
    assert get_lead(any_store, w, lead).lost_at_stage == "negotiation"
