"""The app's start as a user meets it: a real `crm` process on a store with leads shows the
lead list in its first frame without loading what can wait (Excel, PDF, charts, Alembic, the
pinyin dictionary, the fuzzy matcher), then runs the steps that follow the first frame; and
the start-up steps run in their order and stop where one says so."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from crm.ui import startup
from tests.ui.conftest import seed_leads


def _start(store_path, data_dir, user_id: int, page: str, until: str = "first_frame") -> list:
    from crm.ui.settings import PAGE, USER_ID, Settings

    data_dir.mkdir(exist_ok=True)
    settings = Settings(str(data_dir / "ui-settings.ini"))  # who and where, for this store
    settings.set(USER_ID, user_id, store=str(store_path))
    settings.set(PAGE, page, store=str(store_path))
    settings.sync()
    probe = data_dir / "probe.jsonl"
    env = dict(
        os.environ,
        CRM_DATA_DIR=str(data_dir),
        CRM_STARTUP_PROBE=str(probe),
        CRM_STARTUP_PROBE_UNTIL=until,
        QT_QPA_PLATFORM="offscreen",
    )
    done = subprocess.run(
        [sys.executable, "-m", "crm", "--db", str(store_path)],
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
    (first,) = _start(store_path, tmp_path / "data", people.wang.id, "leads")
    assert first["moment"] == "first_frame"
    assert first["page"] == "leads"
    assert (first["lead_rows"], first["lead_total"]) == (3, 3)
    assert first["loaded"] == []
    marks = first["marks"]
    names = [name for name, _step in startup.BEFORE_WINDOW]
    assert list(marks) == ["launch", *names, "first_frame"]
    times = list(marks.values())
    assert times == sorted(times)  # each step after the one before, the frame last


def test_the_steps_after_the_first_frame_run_once_it_is_shown(store, store_path, people, tmp_path):
    seed_leads(store, people.wang, 2)
    store.dispose()  # the app takes the store's writer lock
    first, settled = _start(store_path, tmp_path / "data", people.wang.id, "my_day", "settled")
    assert first["page"] == "my_day" and first["lead_rows"] is None  # the list is not built
    assert first["loaded"] == []
    after = [name for name, _step in startup.AFTER_FIRST_FRAME]
    assert list(settled["marks"])[-len(after) :] == after
    assert settled["marks"]["first_frame"] < settled["marks"][after[0]]
    assert "pypinyin" in settled["loaded"]  # warmed after the first frame, not before


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
    assert startup.run(db=None, lang=None) == 2
    assert ran == ["one", "two"]
