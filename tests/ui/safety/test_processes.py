"""Two real app processes on one store (the app offscreen, each in a process of its own, with a
data directory of its own as two people have): the second learns who holds the store — person,
computer, process, since when — and can open it read-only, where saving is refused with the
reason while the first goes on saving; a lock left by a killed app is taken over and logged."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from crm.accounts.users import identify
from crm.db import open_store
from crm.db.lock import read_holder
from crm.reference import reference
from crm.ui.settings import USER_ID, Settings

ROOT = Path(__file__).resolve().parents[3]


class App:
    """One app process, driven by tests/ui/app_driver.py."""

    def __init__(
        self,
        store: Path,
        data: Path,
        lang: str = "en",
        answer: str = "read-only",
        user: str | None = None,
    ):
        env = {**os.environ, "CRM_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
        if user:
            env["CRM_USER"] = user  # signs in as this person (crm --user)
        self.data = data
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.app_driver", str(store), lang, answer],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def next(self) -> dict:
        line = self.proc.stdout.readline()
        assert line, f"the app ended (exit {self.proc.wait()})"
        return json.loads(line)

    def send(self, line: str) -> dict | None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return None if line == "quit" else self.next()

    def quit(self) -> int:
        self.send("quit")
        assert self.next() == {"exit": 0}
        return self.proc.wait(timeout=60)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=60)

    def log(self) -> str:
        return (self.data / "logs" / "crm.log").read_text(encoding="utf-8")


@pytest.fixture
def two_people(store_path, tmp_path):
    """The store, and the data directories of 王五 and 李四, each signed in as themselves."""
    st = open_store(store_path)
    ref = reference(st)
    dirs = {}
    for name, city in (("王五", "zijingang"), ("李四", "future")):
        actor, _ = identify(st, name, ref.id_of("city", city))
        folder = tmp_path / f"data-{name}"
        folder.mkdir()
        settings = Settings(str(folder / "ui-settings.ini"))
        settings.set(USER_ID, actor.id, store=str(store_path))  # who they are in this store
        settings.sync()
        dirs[name] = folder
    st.dispose()
    apps: list[App] = []

    def start(name: str, **kw) -> App:
        app = App(store_path, dirs[name], user=name, **kw)
        apps.append(app)
        return app

    yield start
    for app in apps:
        app.kill()


def test_the_second_app_learns_who_holds_the_store_and_opens_read_only(store_path, two_people):
    first = two_people("王五")
    shown = first.next()
    assert shown["readonly"] is False and shown["badge"] == ""
    second = two_people("李四", answer="read-only")
    asked = second.next()
    assert asked["dialog"] == "storeInUse" and asked["title"] == "The store is in use"
    assert asked["text"].startswith(
        f"The store {store_path} is in use by 王五 on {socket.gethostname()} (the CRM app, "
        f"process {first.proc.pid}, since "
    )
    assert asked["buttons"] == ["Open read-only", "Quit"]
    opened = second.next()
    assert opened["readonly"] is True
    assert opened["badge"] == "Read-only: another program holds the store"
    refused = second.send("save 杭州只读科技有限公司")
    assert refused == {
        "saved": False,
        "message": f"The store {store_path} is open read-only.",
    }
    assert first.send("save 杭州照常科技有限公司") == {"saved": True, "message": ""}
    assert second.quit() == 0
    assert read_holder(store_path).pid == first.proc.pid  # the reader took nothing away
    assert first.quit() == 0
    assert read_holder(store_path) is None
    st = open_store(store_path, readonly=True)
    with st.read() as s:
        names = s.connection().exec_driver_sql("SELECT name FROM company").scalars().all()
    st.dispose()
    assert names == ["杭州照常科技有限公司"]


def test_the_second_app_in_chinese_and_the_choice_to_quit(store_path, two_people):
    first = two_people("王五", lang="zh_CN")
    first.next()
    second = two_people("李四", lang="zh_CN", answer="quit")
    asked = second.next()
    assert asked["title"] == "数据库正在使用中"
    assert "王五" in asked["text"] and str(first.proc.pid) in asked["text"]
    assert asked["buttons"] == ["以只读方式打开", "退出"]
    assert second.next() == {"exit": 2}  # it did not open
    assert second.proc.wait(timeout=60) == 2
    assert first.send("save 杭州照常科技有限公司")["saved"] is True


def test_a_killed_app_s_lock_is_taken_over_and_logged(store_path, two_people):
    first = two_people("王五")
    first.next()
    first.proc.send_signal(signal.SIGKILL)
    first.kill()
    left = read_holder(store_path)
    assert left is not None and left.pid == first.proc.pid  # its note is still there
    second = two_people("李四")
    opened = second.next()  # no question asked: the holder is gone
    assert opened["readonly"] is False and opened["took_over"] is True
    assert read_holder(store_path).pid == second.proc.pid
    assert read_holder(store_path).person == "李四"
    assert second.send("save 杭州接手科技有限公司")["saved"] is True
    log = second.log()
    assert (
        f"took over the lock of {store_path} left by 王五 @ {socket.gethostname()}, pid {first.proc.pid}"
        in log
    )
    assert second.quit() == 0
