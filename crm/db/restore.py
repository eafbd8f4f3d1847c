"""Putting a backup in place of a SQLite store, safely.

1. the backup is checked (integrity_check, a CRM store of a schema this app knows);
2. the current store is copied aside first: a verified backup when it is sound, its raw bytes
   (and -wal) when it is damaged;
3. the backup is copied beside the store under a temporary name and checked again there;
4. the store's stale ``-wal``/``-shm`` are removed — a WAL left beside a restored file would be
   replayed into it and corrupt it — and the copy is renamed over the store.

The caller holds the store's writer lock and has closed its own connections.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from crm.db import backup as bk
from crm.db.backup_policy import BackupPolicy
from crm.db.health import clear_damaged, damage_note, keep_aside
from crm.db.integrity import check_file, connect_readonly
from crm.errors import StoreError
from crm.files import fault
from crm.i18n import QT_TRANSLATE_NOOP
from crm.tempfiles import Temporary, is_temporary

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreOutcome:
    backup: Path
    counts: dict[str, int]
    #: where the store as it was went: a verified backup, or the damaged bytes kept aside
    safety_copy: Path
    safety_verified: bool


def check_backup(backup: Path) -> tuple[dict[str, int], str | None]:
    """The backup's counts and schema, or StoreError saying why it cannot be restored."""
    from crm.db import migrate  # late: Alembic, loaded only when a backup is checked

    name = str(backup)
    if is_temporary(backup.name):  # what a killed backup left: never restored
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Restore",
                "{name} is what an unfinished backup left, not a backup; choose another one.",
            ).format(name=name)
        )
    if not backup.is_file():
        raise StoreError(
            QT_TRANSLATE_NOOP("Restore", "There is no backup {name}.").format(name=name)
        )
    report = check_file(backup, full=True)
    if not report.ok:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Restore", "The backup {name} is damaged ({what}); choose another one."
            ).format(name=name, what=report.summary())
        )
    con = connect_readonly(backup)
    try:
        counts, revision, _audit = bk._facts(con)
    finally:
        con.close()
    if revision is None or "lead" not in counts:
        raise StoreError(
            QT_TRANSLATE_NOOP("Restore", "{name} is not a backup of a CRM store.").format(name=name)
        )
    if revision not in migrate.known_revisions():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Restore",
                "The backup {name} was made by a newer version of the CRM (schema {rev}); "
                "update the app to restore it.",
            ).format(name=name, rev=revision)
        )
    return counts, revision


def safety_copy(store_path: Path, policy: BackupPolicy) -> tuple[Path, bool]:
    """The store as it is now, before it is replaced: (copy, verified)."""
    if not store_path.exists():
        return store_path, False
    if damage_note(store_path) is None and check_file(store_path, full=False).ok:
        try:
            info = bk.take_backup(store_path, policy.folder_for(store_path), bk.BEFORE_RESTORE)
            return info.path, True
        except StoreError as exc:
            log.warning(
                "safety backup of %s did not verify (%s); keeping its bytes", store_path, exc
            )
    return keep_aside(store_path), False


def restore_file(store_path: Path, backup: Path, policy: BackupPolicy) -> RestoreOutcome:
    counts, _revision = check_backup(backup)
    safety, verified = safety_copy(store_path, policy)
    try:
        with Temporary(store_path, "restore") as tmp:  # locked while written (crm.tempfiles)
            _copy_checked(backup, tmp.path)
            for suffix in ("-wal", "-shm", "-journal"):
                stale = store_path.with_name(store_path.name + suffix)
                if stale.exists():
                    stale.unlink()
                    log.info("removed %s before restoring %s", stale, store_path)
            tmp.commit(sync=True)
    except OSError as exc:
        raise fault(exc, store_path) from exc
    clear_damaged(store_path)
    log.warning("store %s restored from %s (safety copy %s)", store_path, backup, safety)
    return RestoreOutcome(backup, counts, safety, verified)


def _copy_checked(backup: Path, tmp: Path) -> None:
    src = connect_readonly(backup)
    try:
        out = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            src.backup(out)
            if [r[0] for r in out.execute("PRAGMA integrity_check(20)")] != ["ok"]:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Restore",
                        "The copy of {name} failed its check; the store was left as it was.",
                    ).format(name=str(backup))
                )
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()
