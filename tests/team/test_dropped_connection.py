"""The network dropped in the middle of a save (issue 15, bad input): the server rolls the
transaction back, the person is told in one translated line, nothing is half-written, and the
next save goes through on a new connection."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from crm.errors import CrmError
from crm.leads.edit import create_lead, get_lead, update_lead
from crm.team.session import server_actor
from tests.services import TODAY, lead_data

pytestmark = pytest.mark.postgres

SLOW = """
CREATE FUNCTION public.crm_test_slow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_sleep(5); RETURN NEW; END $$;
CREATE TRIGGER crm_test_slow BEFORE UPDATE OF notes ON public.lead
    FOR EACH ROW WHEN (NEW.notes LIKE '半途%%') EXECUTE FUNCTION public.crm_test_slow();
"""


def _backend_sleeping(team, user: str) -> int | None:
    with team.store.connect() as conn:
        return conn.execute(
            text(
                "SELECT pid FROM pg_stat_activity WHERE usename = :u "
                "AND datname = current_database() AND wait_event = 'PgSleep'"
            ),
            {"u": user},
        ).scalar()


def test_a_save_cut_off_midway_is_rolled_back_and_told(team):
    wang = team.open_as("wang")
    try:
        me, _ = server_actor(wang)
        lead_id = create_lead(wang, me, lead_data(notes="原来的备注"), today=TODAY).lead_id
        shown = get_lead(wang, me, lead_id)
        before, version = shown.values, shown.version
        with team.store.connect() as conn:  # the owner makes this save slow, mid-statement
            conn.exec_driver_sql(SLOW)
            conn.commit()
        outcome: list[BaseException | None] = []

        def save() -> None:
            try:
                update_lead(
                    wang, me, lead_id, {"notes": "半途的修改", "planned_investment": "9000万"}
                )
                outcome.append(None)
            except BaseException as exc:  # noqa: BLE001 - what the person would meet
                outcome.append(exc)

        worker = threading.Thread(target=save)
        worker.start()
        pid = None
        for _ in range(100):  # the save is inside the server, half done
            pid = _backend_sleeping(team, team.names["wang"])
            if pid:
                break
            time.sleep(0.05)
        assert pid, "the save never reached the server"
        with team.store.connect() as conn:  # the network drops: the server loses the client
            conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            conn.commit()
        worker.join(30)
        (exc,) = outcome
        assert isinstance(exc, CrmError), repr(exc)  # told, not a driver's traceback
        assert "\n" not in exc.render() and "psycopg" not in exc.render()
        owner, _ = server_actor(team.store)
        after = get_lead(team.store, owner, lead_id).values
        assert after["notes"] == before["notes"] == "原来的备注"  # nothing half-written
        assert after["planned_investment"] == before["planned_investment"]
        assert get_lead(team.store, owner, lead_id).version == version
        update_lead(wang, me, lead_id, {"notes": "重新保存"})  # the next save goes through
        assert get_lead(team.store, owner, lead_id).values["notes"] == "重新保存"
    finally:
        wang.dispose()
