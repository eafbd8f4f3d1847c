"""Scratch folders: files the app writes only for itself while it runs (the weekly report's
preview PDFs), in ``<cache>/<kind>/<8 hex>/``.

The app ends without Python's teardown (crm.ui.startup._exit) and may be killed, so a folder
is never sure to be removed by the process that made it. Beside each, ``<8 hex>.lock`` is
locked by its process for as long as it lives (crm.tempfiles.try_lock); ``sweep_scratch`` removes
the folders whose lock is free — their process ended — and never one of a running app.

Earlier versions made ``crm-preview-*`` folders in the system's temporary folder, which
Windows never empties: those are removed once a week old (no app writes there any more).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from crm.paths import cache_dir
from crm.tempfiles import NoLocks, try_lock

log = logging.getLogger(__name__)
LOCK = ".lock"  # the suffix of the lock file beside a folder
#: the scratch folders' kinds (each a folder of the cache)
PREVIEW = "preview"
KINDS = (PREVIEW,)
#: earlier versions' preview folders (tempfile.mkdtemp(prefix=…)) and how old they must be
LEGACY_PREFIX = "crm-preview-"
LEGACY_AGE_SECONDS = 7 * 24 * 3600
#: the locks this process holds: their descriptors stay open until it ends
_held: list[int] = []


def scratch_folder(kind: str) -> Path:
    """A new, empty folder of ``kind`` for this process (its lock held until it ends)."""
    folder = cache_dir() / kind / uuid.uuid4().hex[:8]
    folder.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(_lock_of(folder), os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o666)
    try:
        try_lock(fd)  # a new file nobody else knows: always taken where locks exist
    except NoLocks:  # then never swept (the cache is on a disk without locks)
        log.warning("scratch folder %s could not be locked", folder)
    _held.append(fd)
    folder.mkdir()
    return folder


def _lock_of(folder: Path) -> Path:
    return folder.with_name(folder.name + LOCK)


def sweep_scratch(kinds: tuple[str, ...] = KINDS) -> list[Path]:
    """Remove the scratch folders whose process ended (and old ones of earlier versions);
    returns them, each logged."""
    gone = []
    for kind in kinds:
        for lock in (cache_dir() / kind).glob(f"*{LOCK}"):
            folder = lock.with_name(lock.name[: -len(LOCK)])
            if _ended(lock) and _remove(folder, lock):
                gone.append(folder)
    now = time.time()
    for f in _subfolders(Path(tempfile.gettempdir()), LEGACY_PREFIX):
        try:
            if now - f.stat().st_mtime > LEGACY_AGE_SECONDS and _remove(f):
                gone.append(f)
        except OSError:
            continue
    return gone


def _subfolders(folder: Path, prefix: str = "") -> list[Path]:
    try:
        with os.scandir(folder) as it:
            return [
                Path(e.path)
                for e in it
                if e.name.startswith(prefix) and e.is_dir(follow_symlinks=False)
            ]
    except OSError:
        return []


def _ended(lock: Path) -> bool:
    try:
        fd = os.open(lock, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        return try_lock(fd)
    except NoLocks:
        return False
    finally:
        os.close(fd)


def _remove(folder: Path, lock: Path | None = None) -> bool:
    """The folder, then its lock file (so a sweep cut short is finished by the next one)."""
    try:
        if folder.exists():
            shutil.rmtree(folder)
        if lock is not None:
            lock.unlink()
    except OSError as exc:
        log.warning("could not remove %s: %s", folder, exc)
        return False
    log.info("removed %s, the scratch folder of an app that ended", folder)
    return True
