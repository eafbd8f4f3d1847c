"""Live for everyone (issue 15, item 4): a change committed on the team server reaches another
client's listener as the Changes its service returned, within a second, and only once
committed: leads, follow-ups and every other shared table."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from crm.changes import Changes
from crm.followups.activities import log_activity
from crm.leads.edit import create_lead, update_lead
from crm.team.notify import Listener, parse
from crm.team.session import server_actor
from tests.services import TODAY, lead_data

pytestmark = pytest.mark.postgres


def test_parse():
    assert parse("lead:3,14") == Changes(leads=frozenset({3, 14}))
    assert parse("activity:3") == Changes(leads=frozenset({3}), activities=True)
    assert parse("contact:*") == Changes(bulk=True, contacts=True)
    assert parse("company:") == Changes(companies=True)
    assert parse("targets") == Changes(targets=True)
    assert parse("reports") == Changes(reports=True)
    assert parse("a-newer-servers-kind:1") == Changes()


def wait_for(got: list, count: int, seconds: float = 3.0) -> float:
    start = time.monotonic()
    while len(got) < count and time.monotonic() - start < seconds:
        time.sleep(0.02)
    return time.monotonic() - start


def merged(got: list[Changes]) -> Changes:
    out = Changes()
    for changes in got:
        out |= changes
    return out


def test_a_saved_change_reaches_another_client(team):
    got: list = []
    states: list = []
    listener = Listener(team.url_of("li"), got.append, states.append)
    thread = threading.Thread(target=listener.run, daemon=True)
    thread.start()
    try:
        assert wait_for(states, 1) < 3 and states == [True]
        owner, _ = server_actor(team.store)
        lead_id = create_lead(
            team.store, owner, lead_data(owner=team.ids["wang"]), today=TODAY
        ).lead_id
        assert wait_for(got, 1) < 1.0
        time.sleep(0.2)
        # its company first (no lead yet), then the lead: what create_lead returns
        assert merged(got) == Changes(leads=frozenset({lead_id}), companies=True)
        wang = team.open_as("wang")
        me, _ = server_actor(wang)
        got.clear()
        started = time.monotonic()
        update_lead(wang, me, lead_id, {"notes": "王五改了"})
        wait_for(got, 1)
        assert time.monotonic() - started < 1.0
        assert merged(got) == Changes(leads=frozenset({lead_id}))
        got.clear()
        log_activity(wang, me, lead_id, {"activity_type": "call", "summary": "电话"}, today=TODAY)
        wait_for(got, 1)
        # the lead's version moves with its follow-up: both messages
        assert merged(got) == Changes(leads=frozenset({lead_id}), activities=True)
        # nothing is sent for a transaction that rolls back
        got.clear()
        with pytest.raises(RuntimeError), wang.write() as s:
            s.execute(text(f"UPDATE lead SET notes = 'x' WHERE id = {lead_id}"))
            raise RuntimeError
        time.sleep(0.5)
        assert got == []
        wang.dispose()
    finally:
        listener.stop()
        thread.join(5)
    assert not thread.is_alive()


def test_a_lost_connection_is_reported_and_retried(team):
    got: list = []
    states: list = []
    listener = Listener(team.url_of("li"), got.append, states.append, max_pause_s=0.5)
    thread = threading.Thread(target=listener.run, daemon=True)
    thread.start()
    try:
        wait_for(states, 1)
        with team.store.connect() as conn:  # the server drops the listener's connection
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE usename = :u AND datname = current_database()"
                ),
                {"u": team.names["li"]},
            )
        wait_for(states, 3, seconds=10)
        assert states == [True, False, True]
        assert Changes.everything() in got  # back: everything is refreshed
    finally:
        listener.stop()
        thread.join(5)


def test_every_shared_change_reaches_another_client(team, tmp_path):
    """Designations, attachments, reference lists, targets, people, team settings, saved views
    and the weekly report, each saved by its person through the service, reach 李四's listener
    as the Changes the service returned to its own window."""
    from crm.accounts.admin import set_role
    from crm.analytics.period import Period
    from crm.analytics.weeks import save_summary
    from crm.attachments.files import add_file
    from crm.leadlist.filter import LeadFilter
    from crm.leadlist.saved_views import save_view
    from crm.leads.companies import company_of_lead, update_designations
    from crm.reference_admin import add_value
    from crm.targets.annual import set_target
    from crm.team_settings import FollowupThresholds, set_followup_thresholds

    owner, _ = server_actor(team.store)
    lead_id = create_lead(team.store, owner, lead_data(owner=team.ids["wang"]), today=TODAY).lead_id
    stores = {who: team.open_as(who) for who in ("wang", "admin", "staff")}
    actors = {who: server_actor(store)[0] for who, store in stores.items()}
    wang, admin, staff = (stores[k] for k in ("wang", "admin", "staff"))
    paper = tmp_path / "项目介绍.txt"
    paper.write_text("园区介绍", encoding="utf-8")
    steps = [
        (
            "designations",
            lambda: update_designations(
                wang,
                actors["wang"],
                company_of_lead(wang, actors["wang"], lead_id),
                {"fortune500": True},
            )[1],
        ),
        ("attachment", lambda: add_file(wang, actors["wang"], lead_id, paper).changes),
        ("reference", lambda: add_value(admin, actors["admin"], "source", "展会", "Fair")[1]),
        ("target", lambda: set_target(admin, actors["admin"], TODAY.year, "signed_investment", 12)),
        (
            "people",
            lambda: set_role(admin, actors["admin"], team.ids["li"], display_name="李四（未来）"),
        ),
        (
            "settings",
            lambda: set_followup_thresholds(admin, actors["admin"], FollowupThresholds(officer=4)),
        ),
        ("view", lambda: save_view(wang, actors["wang"], "我的签约", LeadFilter(), [], [])[1]),
        (
            "report",
            lambda: save_summary(
                staff, actors["staff"], Period(TODAY, TODAY, "week"), "本周小结", "下周计划"
            ),
        ),
    ]
    got: list[Changes] = []
    states: list[bool] = []
    listener = Listener(team.url_of("li"), got.append, states.append)
    thread = threading.Thread(target=listener.run, daemon=True)
    thread.start()
    try:
        assert wait_for(states, 1) < 3 and states == [True]
        for name, step in steps:
            got.clear()
            local = step()
            assert not local.empty, name
            wait_for(got, 1)
            time.sleep(0.2)  # a statement's messages come together, at commit
            assert merged(got) == local, name
    finally:
        listener.stop()
        thread.join(5)
        for store in stores.values():
            store.dispose()
    assert not thread.is_alive()
