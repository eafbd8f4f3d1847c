"""What writers killed mid-write left in the app's folders (a backup's or a restore's
temporary copy of the store, a dump, an opened attachment) and the scratch folders of apps that
ended (crm.safety.scratch), removed after the window's first frame — on a thread, so a slow disk or share never holds the window up.

The rule is crm.tempfiles.sweep's: only our temporary names, and only those whose writer's lock is
free (the operating system frees it when the writer dies, however it dies). So a backup still
being written by the backup-on-close process, or by another app instance on this computer or
another one sharing the folder, holds its lock and is left alone. Names of earlier versions
(no lock) are removed only from the folders the app owns, once an hour old.

Folders the person chose for exports are swept when the next export goes there
(crm.files.atomic_output), not here: the app does not go looking through them.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from crm.paths import backup_dir, cache_dir, data_dir
from crm.safety.scratch import sweep_scratch
from crm.tempfiles import sweep

if TYPE_CHECKING:
    from crm.db.store import Store

log = logging.getLogger(__name__)
#: where opened attachments are copied (crm.ui.attachments.view.opened_copy_folder)
OPENED = "opened"
#: the lead form's drafts (crm.ui.leads.drafts)
DRAFTS = "drafts"


def app_folders(store: Store | None) -> list[tuple[Path, bool]]:
    """The folders to sweep, each with whether it is the app's own (then the unlocked
    names of earlier versions go too): the store's backups, the backup folders, the data
    folder and its drafts, the store's own folder and the opened attachments' copies."""
    from crm.db.backup_policy import policy_of_file  # late: the store's modules (cold start)

    own = [backup_dir(), data_dir(), data_dir() / DRAFTS]
    theirs: list[Path] = []
    path = getattr(store, "path", None)
    if path is not None:
        policy = policy_of_file(path)  # a plain read-only connection: a damaged store too
        own += [policy.base_folder(), policy.folder_for(path)]
        theirs.append(path.parent)  # the store may sit in a folder the person chose
    opened = cache_dir() / OPENED
    own += [opened, *_subfolders(opened)]
    folders: dict[str, tuple[Path, bool]] = {}
    for folder, legacy in [*((f, True) for f in own), *((f, False) for f in theirs)]:
        key = os.path.normcase(str(folder.resolve()))
        folders.setdefault(key, (folder, legacy))
    return list(folders.values())


def _subfolders(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as it:
            return [Path(e.path) for e in it if e.is_dir(follow_symlinks=False)]
    except OSError:
        return []


def sweep_app_folders(store: Store | None) -> list[Path]:
    """Sweep every folder of ``app_folders``; returns what was removed (each is logged)."""
    gone: list[Path] = []
    for folder, legacy in app_folders(store):
        gone += sweep(folder, legacy=legacy)
    gone += sweep_scratch()
    if gone:
        log.info("removed %d unfinished file(s) left by writers that ended", len(gone))
    return gone


def sweep_in_background(store: Store | None) -> threading.Thread:
    """``sweep_app_folders`` on a daemon thread (the app ending does not wait for it: a
    removal is one system call, never half done)."""

    def run() -> None:
        try:
            sweep_app_folders(store)
        except Exception:  # a bug here must not reach the person: the log keeps it
            log.exception("sweeping unfinished files failed")

    thread = threading.Thread(target=run, name="sweep", daemon=True)
    thread.start()
    return thread
