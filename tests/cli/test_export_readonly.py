"""``crm export`` reads the store read-only: it works while the app holds the store (its
newest, not yet checkpointed commits included) and takes nothing from the holder."""

from __future__ import annotations

import subprocess
import sys

from openpyxl import load_workbook

from crm.db.lock import read_holder
from tests.db.conftest import file_state

HOLDER = """
import sys, time
from crm.db import open_store
from crm.leads.edit import create_lead
from crm.accounts.users import system_actor
st = open_store(sys.argv[1], program="app")
st.lock.update("王五")
actor = system_actor(st)
for i in range(3):
    create_lead(st, actor, {"company_name": f"杭州导出{i}科技有限公司", "project_name": "导出",
                            "field": "internet", "city": "future"})
print("ready", flush=True)
time.sleep(60)
"""


def _data_files(path) -> dict[str, str]:
    """The store and its write-ahead log (a reader marks its place in the -shm: that is
    shared memory, not data)."""
    return {k: v for k, v in file_state(path).items() if not k.endswith("-shm")}


def test_export_works_while_the_app_holds_the_store(store_path, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        wal = store_path.with_name(store_path.name + "-wal")
        assert wal.stat().st_size > 0  # the three leads are still in the write-ahead log
        before = _data_files(store_path)
        out = tmp_path / "导出.xlsx"
        done = subprocess.run(
            [sys.executable, "-m", "crm", "--lang", "en", "--db", str(store_path)]
            + ["export", "leads", "--xlsx", str(out)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr == "" and "3 leads written" in done.stdout
        rows = list(load_workbook(out, read_only=True).worksheets[0].iter_rows(values_only=True))
        names = sorted(str(v) for r in rows[1:] for v in r if v and "导出" in str(v))
        assert [n for n in names if n.startswith("杭州")] == [
            f"杭州导出{i}科技有限公司" for i in range(3)
        ]
        holder_now = read_holder(store_path)
        assert holder_now is not None and holder_now.pid == holder.pid  # still the app's
        assert _data_files(store_path) == before  # the store and its log were not touched
    finally:
        holder.kill()
        holder.wait()
