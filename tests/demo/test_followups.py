"""Every demo lead's follow-up state is the one its activities give it through the services
(some leads followed up after their due day were still flagged 有风险)."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from crm.accounts.users import system_actor
from crm.db import open_store
from crm.demo import generate
from crm.followups.activities import log_activity
from crm.leads.edit import create_lead, get_lead
from crm.pipeline.followup import FollowupState
from crm.pipeline.followup import state as followup_state
from crm.team_settings import FollowupThresholds
from tests.conftest import copy_template

TODAY = date(2026, 5, 18)


@pytest.fixture
def demo(store):
    generate(store, leads=400, activities=4000, seed=11, today=TODAY)
    con = sqlite3.connect(store.path)
    yield con
    con.close()


def test_no_lead_waits_for_a_follow_up_an_activity_already_took_care_of(demo):
    bad = demo.execute(
        "SELECT count(*) FROM lead WHERE next_followup <= last_activity_on"
    ).fetchone()[0]
    assert bad == 0
    # the lead's last activity day is its latest activity's
    wrong = demo.execute(
        "SELECT count(*) FROM lead l WHERE l.last_activity_on IS NOT"
        " (SELECT max(occurred_on) FROM activity a WHERE a.lead_id = l.id)"
    ).fetchone()[0]
    assert wrong == 0


def test_replaying_the_activities_through_the_service_gives_the_same_follow_up(
    demo, template_store, tmp_path
):
    """Leads in play whose activities name a follow-up (their state no longer depends on what
    was scheduled when they were logged): each activity logged again, in the order of its day,
    on a fresh lead through crm.followups.activities.log_activity."""
    leads = demo.execute(
        "SELECT l.id, l.next_followup, l.last_activity_on FROM lead l"
        " WHERE l.stage NOT IN ('lost', 'on_hold')"
        " AND EXISTS (SELECT 1 FROM activity a WHERE a.lead_id = l.id AND a.next_followup IS NOT NULL)"
        " ORDER BY l.id LIMIT 60"
    ).fetchall()
    assert len(leads) == 60
    path = tmp_path / "replay.sqlite"
    copy_template(template_store, path)
    replay = open_store(path)
    try:
        actor = system_actor(replay)
        for lead_id, expected_next, expected_last in leads:
            new = create_lead(
                replay,
                actor,
                {"company_name": f"重放{lead_id}公司", "project_name": "重放", "field": "internet",
                 "city": "future", "stage_date": TODAY - timedelta(days=900)},
                today=TODAY,
            ).lead_id  # fmt: skip
            for day, code, summary, nxt in demo.execute(
                "SELECT a.occurred_on, r.code, a.summary, a.next_followup FROM activity a"
                " JOIN ref_item r ON r.id = a.type_id WHERE a.lead_id = ?"
                " ORDER BY a.occurred_on, a.id",
                (lead_id,),
            ):
                log_activity(
                    replay,
                    actor,
                    new,
                    {"activity_type": code, "summary": summary, "occurred_on": day,
                     "next_followup": nxt or ""},
                    today=TODAY,
                )  # fmt: skip
            got = get_lead(replay, actor, new)
            assert (str(got.values["next_followup"] or None), str(got.last_activity_on)) == (
                str(expected_next),
                expected_last,
            ), lead_id
    finally:
        replay.dispose()


def test_the_follow_up_states_look_like_a_working_pipeline(demo):
    th = FollowupThresholds()
    rows = demo.execute(
        "SELECT next_followup, stage FROM lead WHERE stage NOT IN ('lost', 'operating')"
    ).fetchall()
    states = [
        followup_state(date.fromisoformat(n) if n else None, stage, TODAY, th) for n, stage in rows
    ]
    share = {s: states.count(s) / len(states) for s in FollowupState}
    assert share[FollowupState.SCHEDULED] > 0.5
    assert 0.02 < share[FollowupState.AT_RISK] < 0.2
    late = sum(
        share[s] for s in (FollowupState.OVERDUE, FollowupState.OFFICER, FollowupState.MANAGER)
    )
    assert 0.01 < late < 0.15
