"""What a move does to a lead's values (crm.pipeline.rules), as pure functions: no store."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from crm.pipeline.rules import Move, arrival, move_action, new_lead, requirements


def lead(**over) -> SimpleNamespace:
    values = {"first_signed_on": None, "first_landed_on": None, "furthest_stage": None}
    return SimpleNamespace(**(values | over))


def test_the_earliest_landing_counts_even_when_recorded_later():
    """A landing entered afterwards with an earlier day (a correction) becomes the first."""
    landed = lead(first_signed_on=date(2026, 1, 5), first_landed_on=date(2026, 3, 1),
                  furthest_stage="landed")  # fmt: skip
    assert arrival(landed, "landed", date(2026, 2, 1))["first_landed_on"] == date(2026, 2, 1)
    assert arrival(landed, "operating", date(2026, 4, 1))["first_landed_on"] == date(2026, 3, 1)
    assert arrival(landed, "signed", date(2026, 1, 1))["first_signed_on"] == date(2026, 1, 5)
    assert arrival(lead(), "construction", date(2026, 5, 1)) == {
        "first_signed_on": date(2026, 5, 1),
        "first_landed_on": date(2026, 5, 1),
        "furthest_stage": "construction",
    }


def test_a_move_reads_like_the_import_preview_expects():
    move = Move("on_hold", date(2026, 5, 1), note="等待", on_hold_until=date(2026, 6, 1))
    assert (move["stage"], move["stage_date"]) == ("on_hold", date(2026, 5, 1))
    assert (move["on_hold_until"], move["note"], move["lost_reason_id"]) == (
        date(2026, 6, 1), "等待", None
    )  # fmt: skip
    assert move["no_such_field"] is None


def test_leaving_a_side_exit_for_the_pipeline_is_a_reopening():
    assert [move_action(a, b) for a, b in (("on_hold", "visit"), ("lost", "lead"),
            ("visit", "on_hold"), ("on_hold", "lost"), ("visit", "signed"))] == [
        "reopen", "reopen", "stage", "stage", "stage"
    ]  # fmt: skip


def test_what_each_stage_needs():
    assert requirements("lead", on_hold_until=None, lost_reason=None, agreed_investment=None) == []
    assert [f for f, _m in requirements("on_hold", on_hold_until=None, lost_reason=None,
                                        agreed_investment=None)] == ["on_hold_until"]  # fmt: skip
    assert [f for f, _m in requirements("lost", on_hold_until=None, lost_reason=None,
                                        agreed_investment=None)] == ["lost_reason"]  # fmt: skip
    assert [f for f, _m in requirements("landed", on_hold_until=None, lost_reason=None,
                                        agreed_investment=None)] == ["agreed_investment"]  # fmt: skip
    assert requirements("signed", on_hold_until=None, lost_reason=None, agreed_investment=0.0) == []


def test_a_new_lead_keeps_the_days_its_ledger_names():
    """A signed lead's first signing is the day the ledger names for it, else the ledger's
    signing day, else its stage date; a lost one keeps the stage it was lost at."""
    d0, d1, d2 = date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)
    signed = {"stage": "signed", "stage_date": d1}
    assert new_lead(signed | {"first_signed_on": d0}, signed_on=d2)["first_signed_on"] == d0
    assert new_lead(signed, signed_on=d2)["first_signed_on"] == d2
    assert new_lead(signed)["first_signed_on"] == d1
    lost = {"stage": "lost", "stage_date": d1}
    assert new_lead(lost | {"lost_at_stage": "visit"})["lost_at_stage"] == "visit"
    assert new_lead(lost)["lost_at_stage"] == "lead"


def test_a_new_lead_on_hold_is_followed_up_on_its_look_again_day_unless_told_otherwise():
    d1, d2, d3 = date(2026, 1, 1), date(2026, 3, 1), date(2026, 2, 1)
    held = {"stage": "on_hold", "stage_date": d1, "on_hold_until": d2}
    assert new_lead(held)["next_followup"] == d2
    assert "next_followup" not in new_lead(held | {"next_followup": d3})  # the one given stays
    assert "next_followup" not in new_lead({"stage": "visit", "stage_date": d1})
