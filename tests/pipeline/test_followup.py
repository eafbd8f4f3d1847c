"""Follow-up states at the 3/5/7-day thresholds (DOMAIN.md), the same in Python and in the
list's SQL filter, and thresholds as a team setting."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crm.errors import ValidationError
from crm.leadlist.query import LeadFilter, list_leads
from crm.pipeline import move_stage
from crm.pipeline.followup import FollowupState as F
from crm.pipeline.followup import label, state
from crm.team_settings import FollowupThresholds, followup_thresholds, set_followup_thresholds
from tests.services import TODAY, audit_rows, make_lead

DEFAULT = FollowupThresholds()
#: days late → state, with the default thresholds (3 to the officer, 5 the manager, 7 at risk)
EXPECTED = {
    -3: F.SCHEDULED,
    -1: F.SCHEDULED,
    0: F.DUE,
    1: F.OVERDUE,
    2: F.OVERDUE,
    3: F.OFFICER,
    4: F.OFFICER,
    5: F.MANAGER,
    6: F.MANAGER,
    7: F.AT_RISK,
    30: F.AT_RISK,
}


@pytest.mark.parametrize(("late", "expected"), sorted(EXPECTED.items()))
def test_states_at_the_thresholds(late, expected):
    assert state(TODAY - timedelta(days=late), "contact", TODAY, DEFAULT) == expected


def test_closed_or_unscheduled_leads_have_no_state():
    overdue = TODAY - timedelta(days=10)
    assert state(overdue, "lost", TODAY, DEFAULT) == F.NONE
    assert state(overdue, "operating", TODAY, DEFAULT) == F.NONE
    assert state(None, "lead", TODAY, DEFAULT) == F.NONE
    assert state(overdue, "on_hold", TODAY, DEFAULT) == F.AT_RISK
    assert state(overdue, "signed", TODAY, DEFAULT) == F.AT_RISK


def test_labels_name_the_days():
    assert label(F.OFFICER, DEFAULT).render("en") == "Overdue 3+ days"
    assert label(F.MANAGER, DEFAULT).render("en") == "Overdue 5+ days, manager told"
    assert "3" in label(F.OFFICER, DEFAULT).render("zh_CN")
    assert label(F.AT_RISK, DEFAULT).render("en") == "At risk"


def _one_lead_per_day(store, actor) -> dict[int, int]:
    ids = {}
    for late in EXPECTED:
        ids[late] = make_lead(
            store,
            actor,
            company_name=f"跟进测试{late + 10}有限公司",
            next_followup=TODAY - timedelta(days=late),
        )
    return ids


def test_the_list_filter_agrees_with_the_rows(any_store, any_people):
    w = any_people.wang
    ids = _one_lead_per_day(any_store, w)
    closed = make_lead(
        any_store, w, company_name="已流失有限公司", next_followup=TODAY - timedelta(days=9)
    )
    move_stage(any_store, w, closed, "lost", lost_reason="cost", today=TODAY)
    everything = list_leads(any_store, w, LeadFilter(), today=TODAY)
    by_id = {r.id: r.followup for r in everything.rows}
    assert {late: by_id[i] for late, i in ids.items()} == EXPECTED
    assert by_id[closed] == F.NONE
    for st in F:
        page = list_leads(any_store, w, LeadFilter(followup=(st,)), today=TODAY)
        expected = {i for i, s in by_id.items() if s == st}
        assert {r.id for r in page.rows} == expected, st
        assert page.total == len(expected)
    late = list_leads(any_store, w, LeadFilter(followup=(F.MANAGER, F.AT_RISK)), today=TODAY)
    assert {r.id for r in late.rows} == {ids[5], ids[6], ids[7], ids[30]}


def test_thresholds_are_a_team_setting(any_store, any_people):
    w = any_people.wang
    ids = _one_lead_per_day(any_store, w)
    set_followup_thresholds(any_store, any_people.zhao, FollowupThresholds(2, 4, 6, 20))
    assert followup_thresholds(any_store) == FollowupThresholds(2, 4, 6, 20)
    rows = {r.id: r.followup for r in list_leads(any_store, w, LeadFilter(), today=TODAY).rows}
    assert [rows[ids[n]] for n in (1, 2, 3, 4, 5, 6)] == [
        F.OVERDUE,
        F.OFFICER,
        F.OFFICER,
        F.MANAGER,
        F.MANAGER,
        F.AT_RISK,
    ]
    page = list_leads(any_store, w, LeadFilter(followup=(F.OFFICER,)), today=TODAY)
    assert {r.id for r in page.rows} == {ids[2], ids[3]}
    assert audit_rows(any_store, "setting")[-1].field == "followup.thresholds"


@pytest.mark.parametrize(
    "bad",
    [
        FollowupThresholds(3, 3, 7),
        FollowupThresholds(0, 5, 7),
        FollowupThresholds(3, 5, 400),
        FollowupThresholds(5, 3, 7),
        FollowupThresholds(3, 5, 7, 0),
    ],
)
def test_thresholds_must_increase(store, people, bad):
    with pytest.raises(ValidationError) as err:
        set_followup_thresholds(store, people.zhao, bad)
    assert "officer < manager < at risk" in err.value.render("en")
    assert followup_thresholds(store) == DEFAULT
