"""Restore: a stale -wal beside the store (left by a writer that was killed) is not replayed
into the restored file; the store as it was is kept first; a damaged backup is refused and
the store left as it was; the command line and the service reopen the same store."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from crm.cli.main import main
from crm.db import open_store
from crm.db.backup_policy import BackupPolicy
from crm.db.restore import restore_file
from crm.errors import StoreError
from crm.leads.edit import create_lead
from crm.safety import backups
from tests.services import lead_data
from tests.store_state import snapshot

KILLED_WRITER = """
import os, signal, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA journal_mode=WAL")
con.execute("PRAGMA wal_autocheckpoint=0")
for i in range(50):
    con.execute("UPDATE company SET name = name || '!' ")
os.kill(os.getpid(), signal.SIGKILL)
"""


def _leave_stale_wal(path) -> None:
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path)], timeout=60)
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0


def test_restore_with_a_stale_wal_beside_the_store(store, people):
    for i in range(3):
        create_lead(store, people.wang, lead_data(company_name=f"杭州恢复{i}科技有限公司"))
    info = backups.backup_now(store)
    before = snapshot(store)
    create_lead(store, people.wang, lead_data(company_name="杭州之后科技有限公司"))
    path = store.path
    store.dispose()
    _leave_stale_wal(path)
    outcome = restore_file(path, info.path, BackupPolicy())
    assert not path.with_name(path.name + "-wal").exists()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    names = [r[0] for r in con.execute("SELECT name FROM company ORDER BY name")]
    con.close()
    assert not any(n.endswith("!") for n in names)  # the stale log was not replayed
    st = open_store(path)
    try:
        assert snapshot(st) == before
    finally:
        st.dispose()
    # the store as it was (4 leads, and the killed writer's renames) went to a safety backup
    assert outcome.safety_verified and outcome.safety_copy.exists()
    con = sqlite3.connect(outcome.safety_copy)
    assert con.execute("SELECT count(*) FROM lead").fetchone()[0] == 4
    assert con.execute("SELECT count(*) FROM company WHERE name LIKE '%!'").fetchone()[0] > 0
    con.close()


def test_a_damaged_backup_is_refused_and_the_store_kept(store, people, tmp_path):
    create_lead(store, people.wang, lead_data())
    info = backups.backup_now(store)
    with info.path.open("r+b") as fh:
        fh.seek(info.size // 2)
        fh.write(b"\xff" * 8192)
    before = snapshot(store)
    with pytest.raises(StoreError) as err:
        backups.restore_backup(store, people.admin, info.path)
    assert "is damaged" in err.value.render("en")
    assert snapshot(store) == before
    create_lead(store, people.wang, lead_data(company_name="杭州照常科技有限公司"))  # still works


def test_restore_in_the_app_reopens_the_same_store(store, people):
    create_lead(store, people.wang, lead_data())
    info = backups.backup_now(store)
    create_lead(store, people.wang, lead_data(company_name="杭州多余科技有限公司"))
    result = backups.restore_backup(store, people.admin, info.path)
    assert result.changes.bulk and result.outcome.counts["lead"] == 1
    with store.read() as s:
        leads = s.connection().exec_driver_sql("SELECT count(*) FROM lead").scalar_one()
        last = (
            s.connection()
            .exec_driver_sql("SELECT user_id, entity, action FROM audit_log ORDER BY id DESC")
            .first()
        )
    assert leads == 1 and tuple(last) == (people.admin.id, "store", "restore")
    create_lead(store, people.wang, lead_data(company_name="杭州之后二科技有限公司"))


def test_cli_restore_asks_for_yes_and_restores_a_numbered_backup(store, people, capsys):
    create_lead(store, people.wang, lead_data())
    backups.backup_now(store)
    create_lead(store, people.wang, lead_data(company_name="杭州多余科技有限公司"))
    path = store.path
    store.dispose()
    assert main(["--lang", "en", "--db", str(path), "db", "restore", "1"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert main(["--lang", "en", "--db", str(path), "db", "restore", "1", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "(1 leads)" in out
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM lead").fetchone()[0] == 1
    con.close()
    assert main(["--lang", "en", "--db", str(path), "db", "restore", "9", "--yes"]) == 2
    assert "no backup number 9" in capsys.readouterr().err


def test_a_person_newer_than_the_backup_restores_it(store, people):
    """赵六 signed in for the first time after the backup: the restored store does not know
    them, so they are recorded again and the restore's audit row names them (it used to fail
    on the audit row's foreign key after the file was already replaced)."""
    from crm.accounts.users import identify

    create_lead(store, people.wang, lead_data())
    info = backups.backup_now(store)
    newcomer, _ = identify(store, "孙八", None, role="admin")  # restoring is an admin's
    result = backups.restore_backup(store, newcomer, info.path)
    assert (result.actor.display_name, result.actor.role, result.actor.city_id) == (
        "孙八",
        "admin",
        None,
    )
    with store.read() as s:
        last = (
            s.connection()
            .exec_driver_sql(
                "SELECT app_user.display_name, audit_log.action FROM audit_log "
                "JOIN app_user ON app_user.id = audit_log.user_id ORDER BY audit_log.id DESC"
            )
            .first()
        )
    assert tuple(last) == ("孙八", "restore")
    # someone the backup knows keeps their id
    assert backups.restore_backup(store, people.admin, info.path).actor == people.admin
