"""A stage move writes the same rows whichever way it comes in: the app's move (stage dialog,
board), an import of a ledger that names the new stage, and undo. The rules that no test
pinned before (issue 11) each have a test here that fails without them."""

from __future__ import annotations

import csv
from datetime import date, timedelta

from sqlmodel import select

from crm.db.models import AuditLog, Lead, StageChange
from crm.fields import label
from crm.importing.api import ImportOptions, plan_import, read_table, run_import
from crm.pipeline import PIPELINE_FIELDS, move_stage, revert_move
from crm.reference import reference
from tests.importing.ledgers import code
from tests.services import TODAY, make_lead

D = lambda n: TODAY - timedelta(days=n)  # noqa: E731
CODES = (code(11), code(12))


def _pipeline(store, lead_id):
    with store.read() as s:
        lead = s.get(Lead, lead_id)
        return {f: getattr(lead, f) for f in PIPELINE_FIELDS}


def _history(store, lead_id):
    with store.read() as s:
        rows = s.exec(
            select(StageChange).where(StageChange.lead_id == lead_id).order_by(StageChange.id)
        )
        return [
            (
                r.from_stage,
                r.to_stage,
                r.changed_on,
                r.lost_reason_id,
                r.lost_to_region,
                r.on_hold_until,
            )
            for r in rows
        ]


def _moves_audited(store, lead_id):
    with store.read() as s:
        rows = s.exec(
            select(AuditLog)
            .where(AuditLog.entity == "lead", AuditLog.entity_id == lead_id)
            .where(AuditLog.action.in_(("stage", "reopen")))
            .order_by(AuditLog.id)
        )
        return [(r.action, r.field, r.old, r.new) for r in rows]


def _import_stage(store, actor, tmp_path, company, code, **cells):
    """Import a one-row ledger (headers as the app's own labels) that moves ``company``."""
    zh = lambda name: label(name).render("zh_CN")  # noqa: E731
    row = {zh("company_name"): company, zh("credit_code"): code}
    row.update({zh(k): v for k, v in cells.items()})
    path = tmp_path / f"move-{len(list(tmp_path.iterdir()))}.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    plan = plan_import(store, actor, read_table(path), options=ImportOptions(today=TODAY))
    assert [r.action for r in plan.rows] == ["update"], [r.problems for r in plan.rows]
    run_import(store, actor, plan)


def test_visit_on_hold_lost_writes_the_same_rows_by_app_and_by_import(
    any_store, any_people, tmp_path
):
    w = any_people.wang
    ref = reference(any_store)
    reason = ref.kind("lost_reason")[0]
    app = make_lead(any_store, w, credit_code=CODES[0], stage_date=D(40))
    led = make_lead(
        any_store,
        w,
        company_name="杭州星河生物科技有限公司",
        project_name="星河研发中心",
        credit_code=CODES[1],
        stage_date=D(40),
    )
    move_stage(any_store, w, app, "visit", on=D(30), today=TODAY)
    move_stage(any_store, w, app, "on_hold", on=D(20), on_hold_until=D(-30), today=TODAY)
    move_stage(
        any_store,
        w,
        app,
        "lost",
        on=D(10),
        lost_reason=reason.id,
        lost_to_region="上海张江",
        today=TODAY,
    )
    name = "杭州星河生物科技有限公司"
    _import_stage(any_store, w, tmp_path, name, CODES[1], stage="考察", stage_date=D(30))
    _import_stage(
        any_store, w, tmp_path, name, CODES[1], stage="搁置", stage_date=D(20), on_hold_until=D(-30)
    )
    _import_stage(
        any_store,
        w,
        tmp_path,
        name,
        CODES[1],
        stage="流失",
        stage_date=D(10),
        lost_reason=reason.name_zh,
        lost_to_region="上海张江",
    )
    by_app, by_import = _pipeline(any_store, app), _pipeline(any_store, led)
    assert by_app == by_import
    assert by_app["lost_at_stage"] == "visit"  # the import recorded nothing before
    assert _history(any_store, app) == _history(any_store, led)
    assert _moves_audited(any_store, app) == _moves_audited(any_store, led)


def test_undo_restores_every_pipeline_field(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(40))
    move_stage(any_store, w, lead, "negotiation", on=D(30), today=TODAY)
    before = _pipeline(any_store, lead)
    r = move_stage(any_store, w, lead, "signed", on=D(20), agreed_investment="1.2亿", today=TODAY)
    assert _pipeline(any_store, lead)["agreed_investment"] == 12000.0
    revert_move(any_store, w, r)
    assert _pipeline(any_store, lead) == before


def test_a_later_landing_keeps_the_first_landing_day(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(50))
    move_stage(any_store, w, lead, "signed", on=D(40), agreed_investment=5000, today=TODAY)
    move_stage(any_store, w, lead, "landed", on=D(30), today=TODAY)
    move_stage(any_store, w, lead, "signed", on=D(20), today=TODAY)  # a step back
    move_stage(any_store, w, lead, "landed", on=D(10), today=TODAY)
    after = _pipeline(any_store, lead)
    assert (after["first_landed_on"], after["first_signed_on"]) == (D(30), D(40))
    assert after["furthest_stage"] == "landed"


def test_leaving_on_hold_clears_the_look_again_day_and_is_a_reopening(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(50))
    move_stage(any_store, w, lead, "visit", on=D(40), today=TODAY)
    move_stage(any_store, w, lead, "on_hold", on=D(30), on_hold_until=D(-10), today=TODAY)
    assert _pipeline(any_store, lead)["next_followup"] == D(-10)
    move_stage(any_store, w, lead, "negotiation", on=D(20), today=TODAY)
    after = _pipeline(any_store, lead)
    assert after["on_hold_until"] is None
    audited = _moves_audited(any_store, lead)
    assert [a for a in audited if a[1] == "stage"] == [
        ("stage", "stage", "lead", "visit"),
        ("stage", "stage", "visit", "on_hold"),
        ("reopen", "stage", "on_hold", "negotiation"),
    ]


def test_a_move_audits_only_the_fields_it_changed(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(50))
    move_stage(any_store, w, lead, "contact", on=D(40), today=TODAY)
    fields = {a[1] for a in _moves_audited(any_store, lead)}
    # the furthest stage moves too; the first signing, the lost fields and the rest do not
    assert fields == {"stage", "stage_date", "furthest_stage"}


def test_lost_from_on_hold_is_lost_at_the_last_main_stage(any_store, any_people):
    w = any_people.wang
    reason = reference(any_store).kind("lost_reason")[0]
    lead = make_lead(any_store, w, stage_date=D(50))
    move_stage(any_store, w, lead, "negotiation", on=D(40), today=TODAY)
    move_stage(any_store, w, lead, "on_hold", on=D(30), on_hold_until=D(-10), today=TODAY)
    move_stage(any_store, w, lead, "lost", on=D(20), lost_reason=reason.id, today=TODAY)
    assert _pipeline(any_store, lead)["lost_at_stage"] == "negotiation"
    assert _pipeline(any_store, lead)["next_followup"] is None


def test_a_lead_created_on_hold_then_lost_counts_as_lost_at_the_first_stage(any_store, any_people):
    w = any_people.wang
    reason = reference(any_store).kind("lost_reason")[0]
    lead = make_lead(any_store, w, stage="on_hold", stage_date=D(50), on_hold_until=D(-5))
    move_stage(any_store, w, lead, "lost", on=D(20), lost_reason=reason.id, today=TODAY)
    assert _pipeline(any_store, lead)["lost_at_stage"] == "lead"


def test_reopening_a_lost_lead_clears_why_it_was_lost(any_store, any_people):
    w = any_people.wang
    reason = reference(any_store).kind("lost_reason")[0]
    lead = make_lead(any_store, w, stage_date=D(50))
    move_stage(
        any_store,
        w,
        lead,
        "lost",
        on=D(40),
        lost_reason=reason.id,
        lost_to_region="合肥",
        today=TODAY,
    )
    move_stage(any_store, w, lead, "contact", on=D(30), today=TODAY)
    after = _pipeline(any_store, lead)
    assert (after["lost_reason_id"], after["lost_at_stage"], after["lost_to_region"]) == (
        None,
        None,
        None,
    )


def test_a_new_lead_at_a_side_exit_is_followed_as_a_move_there_would_be(any_store, any_people):
    w = any_people.wang
    reason = reference(any_store).kind("lost_reason")[0]
    held = make_lead(any_store, w, stage="on_hold", stage_date=D(5), on_hold_until=D(-20))
    lost = make_lead(
        any_store,
        w,
        company_name="杭州甲乙丙科技有限公司",
        stage="lost",
        stage_date=D(5),
        lost_reason=reason.id,
        next_followup=D(-3),
    )
    assert _pipeline(any_store, held)["next_followup"] == D(-20)
    assert (
        _pipeline(any_store, lost)["next_followup"],
        _pipeline(any_store, lost)["lost_at_stage"],
    ) == (None, "lead")


def test_signing_dates_count_once(any_store, any_people):
    w = any_people.wang
    lead = make_lead(any_store, w, stage_date=D(50))
    move_stage(any_store, w, lead, "signed", on=D(40), agreed_investment=800, today=TODAY)
    move_stage(any_store, w, lead, "negotiation", on=D(30), today=TODAY)
    move_stage(any_store, w, lead, "signed", on=D(20), today=TODAY)
    assert _pipeline(any_store, lead)["first_signed_on"] == D(40)
    assert date(2026, 1, 1) < D(40)
