"""The app's side of data safety, without Qt: opening a store for the app (who holds it, a
damage found before, where it lives) and the quick check after the window is shown.

``open_for_app`` opens for writing when it can; the app asks the person before falling back to
read-only (``readonly=True`` on the second call). ``check_open_store`` runs quick_check on the
open store; on a failure it keeps the damaged bytes aside, records the verdict (so every other
writer refuses too) and turns the Store read-only.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from crm.db import backup as bk
from crm.db import interrupt
from crm.db import lock as store_lock
from crm.db.backup_policy import policy_of_file
from crm.db.health import (
    DamageNote,
    StoreDamaged,
    damage_note,
    damaged_message,
    keep_aside,
    mark_damaged,
)
from crm.db.integrity import IntegrityReport, check_file
from crm.db.location import location_warning
from crm.db.store import Store, open_store
from crm.errors import StoreError
from crm.i18n import Message

log = logging.getLogger(__name__)


@dataclass
class Opened:
    store: Store
    #: it failed its check before: open read-only, restore offered
    damaged: DamageNote | None = None
    #: a crashed process's lock was taken over
    took_over: store_lock.Holder | None = None
    #: a network share or a cloud-sync folder
    warning: Message | None = None


def open_for_app(target: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> Opened:
    """Open the store for the app. Raises StoreInUse when another program holds it (the app
    asks, then calls again with ``readonly=True``) and StoreError when it cannot be opened."""
    try:
        store = open_store(target, readonly=readonly)
    except StoreDamaged:
        store = open_store(target, readonly=True)
        note = damage_note(store.path)
        store.damaged = damaged_message(str(store.path), note) if note else None
        try:  # hold the lock all the same, so this app may restore it (a file: only SQLite
            # reports damage)
            store.lock = (
                store_lock.acquire(store.path, program=store_lock.APP)
                if store.path is not None
                else None
            )
        except (StoreError, OSError):
            store.lock = None
        return Opened(store, damaged=note, warning=location_warning(store.path))
    took_over = store.lock.took_over if store.lock is not None else None
    return Opened(store, took_over=took_over, warning=location_warning(store.path))


@dataclass
class Verdict:
    report: IntegrityReport
    note: DamageNote | None = None
    kept_at: Path | None = None
    newest_backup: bk.BackupInfo | None = None


def check_open_store(store: Store) -> Verdict | None:
    """quick_check the open store (run it on a worker thread). None for a server store, and
    when the app closed during the check (crm.db.interrupt)."""
    if store.path is None:
        return None
    report = check_file(store.path, full=False)
    if interrupt.stopping():  # interrupted by the app closing: that says nothing of the file
        return None
    if report.ok:
        return Verdict(report)
    kept = None
    try:
        kept = keep_aside(store.path)
    except StoreError:
        log.exception("could not keep the damaged store %s aside", store.path)
    note = mark_damaged(store.path, report, kept)
    store.damaged = damaged_message(str(store.path), note)
    return Verdict(report, note, kept, newest_backup(store.path))


def newest_backup(store_path: Path) -> bk.BackupInfo | None:
    return bk.newest_verified(policy_of_file(store_path).folder_for(store_path))


def name_holder(store: Store, person: str) -> None:
    """The lock names the person once the app knows who is working."""
    if store.lock is not None:
        store.lock.update(person)
