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
        said = [r.getMessage() for r in caplog.records if r.name == "crm.db.lock"]
        assert said == [
            f"took over the lock of {store_path} left by {left.describe()} (it ended without "
            "closing the store)"
        ]
    finally:
        st.dispose()
    assert read_holder(store_path) is None  # released on close: the note is gone


# ---------------------------------------------------------------- the rule, pinned


@pytest.fixture
def sleeps(monkeypatch):
    """Every wait of the lock's retry loop (no waiting, only counting)."""
    from crm.db import lock

    seen: list[float] = []
    monkeypatch.setattr(lock.time, "sleep", seen.append)
    return seen


def test_one_process_opens_a_store_twice_and_lets_go_after_the_last(store_path):
    first = open_store(store_path)
    second = open_store(store_path)  # a command run from the app, a test: not locked out
    assert second.lock is first.lock and first.lock.count == 2
    first.dispose()
    assert read_holder(store_path).pid == os.getpid()  # still held for the second
    other = subprocess.run(  # and still refused to another process
        [sys.executable, "-c", f"from crm.db import open_store; open_store({str(store_path)!r})"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert other.returncode == 1 and "StoreInUse" in other.stderr
    second.dispose()
    assert read_holder(store_path) is None
    third = open_store(store_path)
    assert third.lock.count == 1 and read_holder(store_path).pid == os.getpid()  # a new note
    third.dispose()


def test_two_stores_in_one_process_each_have_their_own_lock(store_path, tmp_path):
    import shutil

    other = tmp_path / "other" / "crm.sqlite"
    other.parent.mkdir()
    shutil.copy(store_path, other)
    one, two = open_store(store_path), open_store(other)
    try:
        assert one.lock is not two.lock
        assert (one.lock.count, two.lock.count) == (1, 1)
    finally:
        one.dispose()
    assert read_holder(store_path) is None and read_holder(other).pid == os.getpid()
    two.dispose()


def test_the_app_is_never_waited_for_and_a_command_only_when_asked(store_path, sleeps):
    from crm.db.lock import acquire

    app = hold(store_path, program="app")
    try:
        with pytest.raises(StoreInUse):
            acquire(store_path, program="cli", wait=30)
        assert sleeps == []  # nobody knows when the app will close: no waiting
    finally:
        app.kill()
        app.wait()
    command = hold(store_path, program="cli")
    try:
        with pytest.raises(StoreInUse):
            acquire(store_path, program="cli")  # no wait asked: at once
        assert sleeps == []
        with pytest.raises(StoreInUse) as err:
            acquire(store_path, program="cli", wait=0.3)
        assert sleeps and set(sleeps) == {0.2}  # it tried again until its time was up
        assert err.value.holder.program == "cli"
    finally:
        command.kill()
        command.wait()


def test_the_note_names_the_person_given(store_path):
    from crm.db.lock import acquire, lock_path

    lock = acquire(store_path, program="cli", person="王五")
    try:
        assert (read_holder(store_path).person, read_holder(store_path).program) == ("王五", "cli")
        mode = lock_path(store_path).stat().st_mode & 0o777
        umask = os.umask(0)
        os.umask(umask)
        assert mode == 0o644 & ~umask  # others may read who holds it
    finally:
        lock.release()


def test_a_holder_whose_note_cannot_be_read_is_still_refused(store_path, tmp_path):
    """Its note is empty (it was killed while writing it): who holds it is unknown, but held."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('ready', flush=True)\ntime.sleep(60)",
            str(store_path) + ".lock",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreInUse) as err:
            open_store(store_path)
        h = err.value.holder
        assert (h.person, h.computer, h.pid, h.program, h.since) == ("?", "?", 0, "app", "?")
        assert err.value.render("en") == (
            f"The store {store_path} is in use by ? on ? (the CRM app, process 0, since ?); "
            "only one program may write to it at a time."
        )
    finally:
        holder.kill()
        holder.wait()


def test_another_computer_s_note_is_honoured_not_taken_over(store_path):
    """Over a share, another computer's lock cannot be seen from here: its note stands."""
    import json

    from crm.db.lock import lock_path

    note = {"person": "李四", "computer": "OFFICE-PC-07", "pid": 4242, "program": "app"}
    note["since"] = "2026-05-18T09:12:00"
    lock_path(store_path).write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
    for _ in range(2):  # and it stays so (nothing left open or changed by the refusal)
        with pytest.raises(StoreInUse) as err:
            open_store(store_path)
        assert err.value.holder.computer == "OFFICE-PC-07"
        assert err.value.render("zh_CN") == (
            f"数据库 {store_path} 正由 李四 在 OFFICE-PC-07 上使用（招商管理系统，进程 4242，"
            "自 2026-05-18 09:12:00 起）；同一时间只能有一个程序写入。"
        )
    assert json.loads(lock_path(store_path).read_text(encoding="utf-8")) == note


def test_a_note_removed_by_its_owner_while_we_took_it_is_taken_afresh(store_path, monkeypatch):
    """The holder let go and removed its file between our open and our lock: the lock we got
    is on a file nobody will see, so the file is opened again (as it is now)."""
    from crm.db import lock
    from crm.db.lock import acquire, lock_path

    real = lock._os_lock
    calls = []

    def let_go_meanwhile(fd):
        calls.append(fd)
        got = real(fd)
        if len(calls) == 1:
            lock_path(store_path).unlink()  # as its owner's release() does
        return got

    monkeypatch.setattr(lock, "_os_lock", let_go_meanwhile)
    held = acquire(store_path, program="cli", person="王五")
    try:
        assert len(calls) == 2
        note = read_holder(store_path)  # on the file everyone sees
        assert (note.person, note.program, note.pid) == ("王五", "cli", os.getpid())
    finally:
        held.release()


def test_letting_go_of_a_lock_whose_file_is_gone_is_quiet(store_path):
    from crm.db.lock import acquire, lock_path

    held = acquire(store_path)
    lock_path(store_path).unlink()
    held.release()  # no error
    assert read_holder(store_path) is None


@pytest.mark.parametrize(
    ("program", "en", "zh"),
    [
        ("app", "the CRM app", "招商管理系统"),
        ("cli", "a crm command", "crm 命令"),
    ],
)
def test_who_holds_it_in_both_languages(store_path, program, en, zh):
    from crm.db.lock import Holder

    exc = StoreInUse(store_path, Holder("王五", "PC-1", 77, program, "2026-05-18T09:00:00"))
    assert exc.render("en") == (
        f"The store {store_path} is in use by 王五 on PC-1 ({en}, process 77, since "
        "2026-05-18 09:00:00); only one program may write to it at a time."
    )
    assert exc.render("zh_CN") == (
        f"数据库 {store_path} 正由 王五 在 PC-1 上使用（{zh}，进程 77，自 2026-05-18 09:00:00 "
        "起）；同一时间只能有一个程序写入。"
    )
    assert Holder("王五", "PC-1", 77, program, "2026-05-18T09:00:00").describe() == (
        "王五 @ PC-1, pid 77, 2026-05-18 09:00:00"
    )


def test_the_app_names_the_person_once_it_knows_them(store_path):
    from crm.db.lock import acquire

    lock = acquire(store_path)  # the app opens the store before it knows who is working
    try:
        lock.update("李四")
        note = read_holder(store_path)
        assert (note.person, note.pid, note.program) == ("李四", os.getpid(), "app")
        assert lock.holder == note
    finally:
        lock.release()
