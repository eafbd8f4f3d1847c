"""One writer per SQLite store: another process holding it is named (person, computer,
process, since); a read-only open still works; a lock left by a killed process is taken over
and logged; a command waits for another command but not for the app."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from crm.cli.main import main
from crm.db import open_store
from crm.db.lock import StoreInUse, read_holder

HOLDER = """
import sys, time
from crm.db import open_store
st = open_store(sys.argv[1], program=sys.argv[2])
st.lock.update("王五")
print("ready", flush=True)
if sys.argv[3] == "kill":
    import os, signal
    os.kill(os.getpid(), signal.SIGKILL)
time.sleep(float(sys.argv[3]))
st.dispose()
"""


def hold(path, program="app", then="60"):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), program, then], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "ready"
    return proc


@pytest.fixture
def held(store_path):
    proc = hold(store_path)
    yield proc
    proc.kill()
    proc.wait()


def test_a_second_writer_is_told_who_holds_the_store(store_path, held):
    with pytest.raises(StoreInUse) as err:
        open_store(store_path)
    h = err.value.holder
    assert (h.person, h.computer, h.pid, h.program) == (
        "王五",
        socket.gethostname(),
        held.pid,
        "app",
    )
    en, zh = err.value.render("en"), err.value.render("zh_CN")
    assert "王五" in en and str(held.pid) in en and "the CRM app" in en
    assert "王五" in zh and str(held.pid) in zh
    reader = open_store(store_path, readonly=True)  # looking things up still works
    with reader.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM lead").scalar_one() == 0
    reader.dispose()


def test_the_command_line_says_who_holds_it(store_path, held, tmp_path):
    ledger = tmp_path / "l.csv"
    ledger.write_text(
        "项目名称,企业名称,所属领域,落地城市\n甲,杭州甲科技有限公司,互联网+,未来科技城\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "crm",
            "--lang",
            "en",
            "--db",
            str(store_path),
            "import",
            str(ledger),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "is in use by 王五" in done.stderr and time.monotonic() - started < 30  # no waiting


def test_a_command_waits_for_another_command(store_path, capsys):
    proc = hold(store_path, program="cli", then="1.5")
    try:
        started = time.monotonic()
        assert main(["--lang", "en", "--db", str(store_path), "db", "upgrade"]) == 0
        assert time.monotonic() - started >= 0.5  # it waited its turn
    finally:
        proc.wait(timeout=30)


def test_a_killed_process_s_lock_is_taken_over_and_logged(store_path, caplog):
    proc = hold(store_path, then="kill")
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    left = read_holder(store_path)
    assert left is not None and left.pid == proc.pid
    with caplog.at_level(logging.WARNING, logger="crm.db.lock"):
        st = open_store(store_path)
    try:
        assert st.lock.took_over.pid == proc.pid
        assert read_holder(store_path).pid == os.getpid()
        assert f"pid {proc.pid}" in caplog.text and "took over" in caplog.text
    finally:
        st.dispose()
    assert read_holder(store_path) is None  # released on close: the note is gone
