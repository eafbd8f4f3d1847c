"""Live for everyone (issue 15, item 4): a change committed on the team server reaches another
client's listener with the changed lead ids, within a second, and only once committed."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from crm.followups.activities import log_activity
from crm.leads.edit import create_lead, update_lead
from crm.team.notify import Listener, parse
from crm.team.session import server_actor
from tests.services import TODAY, lead_data

pytestmark = pytest.mark.postgres


def test_parse():
    assert parse("lead:3,14") == frozenset({3, 14})
    assert parse("lead:*") is None
    assert parse("other") == frozenset()


def wait_for(got: list, count: int, seconds: float = 3.0) -> float:
    start = time.monotonic()
    while len(got) < count and time.monotonic() - start < seconds:
        time.sleep(0.02)
    return time.monotonic() - start


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
        wang = team.open_as("wang")
        me, _ = server_actor(wang)
        got.clear()
        started = time.monotonic()
        update_lead(wang, me, lead_id, {"notes": "王五改了"})
        wait_for(got, 1)
        assert time.monotonic() - started < 1.0
        assert set().union(*got) == {lead_id}
        got.clear()
        log_activity(wang, me, lead_id, {"activity_type": "call", "summary": "电话"}, today=TODAY)
        wait_for(got, 1)
        assert set().union(*got) == {lead_id}
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
        assert None in got  # back: everything is refreshed
    finally:
        listener.stop()
        thread.join(5)
