"""The app's start as a user meets it: a real `crm` process on a store with leads shows the
lead list in its first frame without loading what can wait (Excel, PDF, charts, Alembic, the
pinyin dictionary, the fuzzy matcher), then runs the steps that follow the first frame; and
the start-up steps run in their order and stop where one says so."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from crm.tempfiles import is_temporary
from crm.ui import startup
from tests.ui.conftest import seed_leads


def _start(
    store_path, data_dir, user: str, page: str, until: str = "first_frame", password=None
) -> list:
    from crm.ui.settings import PAGE, Settings

    data_dir.mkdir(exist_ok=True)
    settings = Settings(str(data_dir / "ui-settings.ini"))
    settings.set(PAGE, page, store=str(store_path))  # the page this store was left on
    settings.sync()
    probe = data_dir / "probe.jsonl"
    env = dict(
        os.environ,
        CRM_DATA_DIR=str(data_dir),
        CRM_STARTUP_PROBE=str(probe),
        CRM_STARTUP_PROBE_UNTIL=until,
        QT_QPA_PLATFORM="offscreen",
    )
    env.pop("CRM_PASSWORD", None)
    if password is not None:
        env["CRM_PASSWORD"] = password
    done = subprocess.run(
        [sys.executable, "-m", "crm", "--db", str(store_path), "--user", user],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in probe.read_text(encoding="utf-8").splitlines()]


def test_the_first_frame_shows_the_lead_list_and_loads_nothing_that_can_wait(
    store, store_path, people, tmp_path
):
    seed_leads(store, people.wang, 3)
    store.dispose()  # the app takes the store's writer lock
    (first,) = _start(store_path, tmp_path / "data", people.wang.username, "leads")
    assert first["moment"] == "first_frame"
    assert first["page"] == "leads"
    assert (first["lead_rows"], first["lead_total"]) == (3, 3)
    assert first["loaded"] == []
    assert first["collecting"] is False  # the garbage collector waits for the first frame
    marks = first["marks"]
    names = [name for name, _step in startup.BEFORE_WINDOW]
    assert list(marks) == ["launch", *names, "first_frame"]
    times = list(marks.values())
    assert times == sorted(times)  # each step after the one before, the frame last


def test_the_steps_after_the_first_frame_run_once_it_is_shown(store, store_path, people, tmp_path):
    seed_leads(store, people.wang, 2)
    store.dispose()  # the app takes the store's writer lock
    first, settled = _start(
        store_path, tmp_path / "data", people.wang.username, "my_day", "settled"
    )
    assert first["page"] == "my_day" and first["lead_rows"] is None  # the list is not built
    assert first["loaded"] == []
    after = [name for name, _step in startup.AFTER_FIRST_FRAME]
    assert list(settled["marks"])[-len(after) :] == after
    assert settled["marks"]["first_frame"] < settled["marks"][after[0]]
    assert "pypinyin" in settled["loaded"]  # warmed after the first frame, not before
    assert (first["collecting"], settled["collecting"]) == (False, True)


def test_a_step_that_says_no_ends_the_start_with_its_status(monkeypatch):
    ran = []

    def step(name, answer, code=0):
        def run(s):
            ran.append(name)
            s.exit_code = code
            return answer

        return (name, run)

    monkeypatch.setattr(
        startup,
        "BEFORE_WINDOW",
        [step("one", None), step("two", False, 2), step("three", None)],
    )
    import gc

    assert gc.isenabled()
    assert startup.run(db=None, lang=None) == 2
    assert ran == ["one", "two"]
    assert gc.isenabled()  # off for the start, on again when it ends early


def test_a_step_that_fails_leaves_the_garbage_collector_on(monkeypatch):
    import gc

    import pytest

    def broken(s):
        raise RuntimeError("a bug in a step")

    monkeypatch.setattr(startup, "BEFORE_WINDOW", [("broken", broken)])
    with pytest.raises(RuntimeError):
        startup.run(db=None, lang=None)
    assert gc.isenabled()


def test_crm_user_signs_in_with_the_password_from_the_environment(
    store, store_path, people, tmp_path
):
    from crm.accounts.admin import reset_password
    from crm.accounts.users import system_actor

    for who in (people.admin, people.wang):  # everyone signs in now
        reset_password(store, system_actor(store), who.id, "城西-2026-secret", one_time=False)
    seed_leads(store, people.wang, 2)
    store.dispose()
    (first,) = _start(store_path, tmp_path / "data", "王五", "leads", password="城西-2026-secret")
    assert (first["page"], first["lead_total"]) == ("leads", 2)


def test_the_start_ends_quietly_when_nobody_signs_in(app, monkeypatch, store, tmp_path):
    from crm.ui.accounts import session
    from crm.ui.settings import Settings

    monkeypatch.setattr(session, "who_signs_in", lambda *a, **k: None)  # the dialog cancelled
    s = startup.Start(app=app, store=store, settings=Settings(str(tmp_path / "s.ini")))
    assert startup._sign_in(s) is False
    assert s.actor is None and s.exit_code == 0


def test_closing_the_window_while_slow_work_runs_ends_it_at_once(window, store, tmp_path):
    """The quick check, a backup, the reminder count … may still run when the person closes
    the window: the close stops them (SQL interrupted, tasks cancelled) within a second and
    leaves nothing half-written behind."""
    import time

    from PySide6.QtCore import QThreadPool

    from crm.db import interrupt

    slow_sql = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 2000000000) "
        "SELECT count(*) FROM n"
    )
    ended: list[str] = []

    def slow_query(_ctx):  # a deferred step's long statement (15 s and more on its own)
        with store.connect() as c:
            return c.exec_driver_sql(slow_sql).scalar()

    def slow_loop(ctx):  # a deferred step's Python work, which checks for a cancel
        for _ in range(3000):
            ctx.check()
            time.sleep(0.01)
        return "finished"

    tasks = window.ctx.tasks
    tasks.run(slow_query, show_progress=False, on_done=ended.append, on_error=ended.append)
    tasks.run(slow_loop, show_progress=False, on_done=ended.append)
    time.sleep(0.3)  # both are running
    assert QThreadPool.globalInstance().activeThreadCount() >= 2
    try:
        window.close()
        t0 = time.monotonic()
        assert startup.end_work(window) is True
        assert time.monotonic() - t0 < 1.0
        assert QThreadPool.globalInstance().activeThreadCount() == 0
    finally:
        interrupt.resume()
    assert "finished" not in ended and None not in ended  # neither ran to its end
    left = [p for p in tmp_path.rglob("*") if is_temporary(p.name) or p.suffix == ".tmp"]
    assert left == []


def test_the_steps_after_the_first_frame_are_skipped_once_the_window_is_closed(window):
    ran: list[str] = []
    s = startup.Start(window=window)
    window.close()
    startup._after_first_frame(s, [("drafts", lambda _s: ran.append("drafts"))])
    assert ran == [] and "drafts" not in s.marks


def test_the_probe_closes_the_window_as_a_person_would_and_the_process_ends(
    store, store_path, people, tmp_path
):
    """bench_start's "close right after open": the window closed at its first frame through the
    app's own close path; the process ends by itself, without a backup (nothing changed)."""
    seed_leads(store, people.wang, 1)
    store.dispose()
    first, closed = _start(store_path, tmp_path / "data", people.wang.username, "leads", "closed:0")
    assert (first["moment"], closed["moment"]) == ("first_frame", "close")
    assert closed["marks"]["close"] >= first["marks"]["first_frame"]
    log = (tmp_path / "data" / "logs" / "crm.log").read_text(encoding="utf-8")
    assert "closing:" in log and "all ended" in log
    assert not list((tmp_path / "data" / "backups").rglob("*.sqlite"))
