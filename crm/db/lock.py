"""One writer per SQLite store: a lock file beside the store says who holds it.

``crm.sqlite.lock`` holds a JSON note (person, computer, process, program, since) and an
operating-system lock (flock / LockFileEx) held as long as the process lives, so a crash
frees it: a note whose lock is free was left by a process that ended without closing, and is
taken over (and logged). Within one process the lock is counted, so opening the same store
twice (a test, a command run from the app) does not lock itself out.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import threading
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from crm.errors import StoreError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.tempfiles import try_lock

log = logging.getLogger(__name__)

APP, CLI = "app", "cli"
_registry: dict[str, StoreLock] = {}
_guard = threading.Lock()


@dataclass(frozen=True)
class Holder:
    person: str
    computer: str
    pid: int
    program: str
    since: str  # local time, ISO

    def describe(self) -> str:
        return f"{self.person} @ {self.computer}, pid {self.pid}, {self.since.replace('T', ' ')}"


class StoreInUse(StoreError):
    """Another process holds the store's writer lock."""

    def __init__(self, path: Path, holder: Holder):
        program = (
            QT_TRANSLATE_NOOP("Lock", "the CRM app")
            if holder.program == APP
            else QT_TRANSLATE_NOOP("Lock", "a crm command")
        )
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Lock",
                "The store {name} is in use by {person} on {computer} ({program}, process "
                "{pid}, since {since}); only one program may write to it at a time.",
            ).format(
                name=str(path),
                person=holder.person,
                computer=holder.computer,
                program=program,
                pid=holder.pid,
                since=holder.since.replace("T", " "),
            )
        )
        self.path, self.holder = path, holder


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _os_lock(fd: int) -> bool:
    # on Windows a byte past the note, so the note stays readable (the byte of every earlier
    # version: two versions of the app must see each other's lock)
    return try_lock(fd, windows_at=1 << 30)


def read_holder(path: Path) -> Holder | None:
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return Holder(**{k: data[k] for k in Holder.__dataclass_fields__})
    except (OSError, ValueError, KeyError, TypeError):
        return None


class StoreLock:
    def __init__(self, path: Path, fd: int, holder: Holder):
        self.path, self.fd, self.holder = path, fd, holder
        self.count = 1
        self.took_over: Holder | None = None

    def update(self, person: str) -> None:
        """Name the person once the app knows who is working."""
        self.holder = Holder(**{**asdict(self.holder), "person": person})
        self._write()

    def _write(self) -> None:
        data = json.dumps(asdict(self.holder), ensure_ascii=False).encode("utf-8")
        os.lseek(self.fd, 0, os.SEEK_SET)
        os.write(self.fd, data)
        os.ftruncate(self.fd, len(data))

    def release(self) -> None:
        with _guard:
            self.count -= 1
            if self.count > 0:
                return
            _registry.pop(_key(self.path), None)
            with contextlib.suppress(OSError):
                lock_path(self.path).unlink()
            with contextlib.suppress(OSError):
                os.close(self.fd)


def _key(path: Path) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def acquire(
    path: Path, *, program: str = APP, person: str | None = None, wait: float = 0.0
) -> StoreLock:
    """Take the writer lock of the store at ``path`` or raise :class:`StoreInUse`.

    ``wait``: seconds to wait while another *command* holds it (commands are short); a lock
    held by the app is reported at once, since nobody knows when it will be closed."""
    with _guard:
        held = _registry.get(_key(path))
        if held is not None:
            held.count += 1
            return held
    deadline = time.monotonic() + wait
    while True:
        lock = _try(path, program, person)
        if isinstance(lock, StoreLock):
            with _guard:
                _registry[_key(path)] = lock
            return lock
        holder = lock
        if holder.program == APP or time.monotonic() >= deadline:
            raise StoreInUse(path, holder)
        time.sleep(0.2)


def _try(path: Path, program: str, person: str | None) -> StoreLock | Holder:
    target = lock_path(path)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
    fd = os.open(target, flags, 0o644)
    if not _os_lock(fd):
        os.close(fd)
        return read_holder(path) or Holder("?", "?", 0, APP, "?")
    try:
        same = os.path.samestat(os.fstat(fd), os.stat(target))
    except OSError:
        same = False
    if not same:  # removed by its releasing owner while we waited: take the new file
        os.close(fd)
        return _try(path, program, person)
    stale = read_holder(path)
    if stale is not None and stale.computer != socket.gethostname():
        # another computer's lock cannot be seen from here (a network share): honour its note
        os.close(fd)
        return stale
    me = Holder(
        person or getpass.getuser(),
        socket.gethostname(),
        os.getpid(),
        program,
        datetime.now().isoformat(timespec="seconds"),
    )
    lock = StoreLock(path, fd, me)
    try:
        lock._write()
    except OSError:  # a full or read-only disk: let go of the lock, leave no empty note
        with contextlib.suppress(OSError):
            target.unlink()
        os.close(fd)
        raise
    if stale is not None:
        lock.took_over = stale
        log.warning(
            "took over the lock of %s left by %s (it ended without closing the store)",
            path,
            stale.describe(),
        )
    return lock
