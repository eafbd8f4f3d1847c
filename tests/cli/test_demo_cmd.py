"""``crm demo`` into a store that already holds leads writes nothing and names the exact
command that writes the same data into a new file; that command works as printed."""

from __future__ import annotations

import os
import shlex
import sqlite3
import subprocess
import sys


def crm(*args: str, data_dir) -> subprocess.CompletedProcess:
    env = dict(os.environ, CRM_DATA_DIR=str(data_dir))
    env.pop("CRM_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "crm", *args], capture_output=True, text=True, timeout=120, env=env
    )


def test_a_full_default_store_names_the_command_to_paste(tmp_path):
    data = tmp_path / "data"
    first = crm("demo", "--leads", "20", "--activities", "40", data_dir=data)
    assert first.returncode == 0, first.stderr
    again = crm("demo", "--leads", "20", "--activities", "40", "--seed", "3", data_dir=data)
    assert again.returncode == 2
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 1, again.stderr
    target = data / "demo.sqlite"
    command = f"crm --db {target} demo --leads 20 --activities 40 --seed 3"
    assert lines[0].endswith(command), lines[0]
    assert "已有 20 条线索" in lines[0]
    argv = shlex.split(command)
    assert argv[0] == "crm"
    done = crm(*argv[1:], data_dir=data)
    assert done.returncode == 0, done.stderr
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*) FROM lead").fetchone()[0] == 20
    con.close()


def test_the_suggestion_lies_beside_the_store_named_and_speaks_english(tmp_path):
    store = tmp_path / "work" / "corridor.sqlite"
    store.parent.mkdir()
    assert crm("--db", str(store), "demo", "--leads", "5", "--activities", "0",
               data_dir=tmp_path / "data").returncode == 0  # fmt: skip
    (store.parent / "demo.sqlite").write_bytes(b"")  # taken: the next free name is offered
    again = crm("--lang", "en", "--db", str(store), "demo", "--leads", "5", "--activities", "0",
                "--today", "2026-05-18", data_dir=tmp_path / "data")  # fmt: skip
    assert again.returncode == 2
    assert again.stderr.strip().endswith(
        f"To write it into a new file: crm --db {store.parent / 'demo-2.sqlite'} demo --leads 5"
        " --activities 0 --seed 1 --today 2026-05-18"
    ), again.stderr
