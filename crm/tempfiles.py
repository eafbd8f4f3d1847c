"""Our temporary files: a file is written under ``.<final name>.<8 hex>.crm-<tag>`` beside its
target and renamed over it once complete (crm.files.atomic_output uses it).

A writer killed mid-write (power cut, task manager, logout) leaves its temporary file behind,
a whole store's size for a backup. So its writer holds an operating-system lock on it
(flock / LockFileEx) from its creation until it is renamed, and the system frees the lock
when the process dies, however it dies. ``sweep(folder)`` removes only files with our name
whose lock it can take (their writer is gone), with the journals SQLite kept beside them —
never a file another process or computer is still writing, never a file that is not ours.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import time
import uuid
from pathlib import Path

log = logging.getLogger(__name__)


#: a temporary file of ours (and the journals SQLite keeps beside one it writes)
_OURS = re.compile(r"^\.(?P<final>.+)\.[0-9a-f]{8}\.crm-[a-z]+(?P<companion>-journal|-wal|-shm)?$")
#: the name earlier versions gave (no lock held): swept by age, in the app's own folders only
_LEGACY = re.compile(r"^\..+\.[0-9a-f]{8}\.(?:part|restore)(?:-journal|-wal|-shm)?$")
#: a legacy temporary file this old belongs to a writer that died: one in progress is
#: written, checked and renamed within minutes
LEGACY_STALE_SECONDS = 3600
#: Windows only: a file written to in the last minute is left alone. A file open there
#: cannot be renamed, so the writer lets go of its lock just before renaming: this covers
#: that moment (POSIX writers rename while they hold it)
WINDOWS_GRACE_SECONDS = 60.0
#: on a file system without locks, a temporary file untouched this long is a dead writer's
#: (a backup's copy is written, checked and renamed within minutes)
NO_LOCKS_STALE_SECONDS = 24 * 3600
#: where the Windows lock sits: far past the end of any file, clear of SQLite's own lock
#: bytes (from 1 GiB) and of the pages it writes
_WINDOWS_LOCK_AT = 1 << 62


def temporary_beside(path: Path, tag: str = "part") -> Path:
    """A hidden name in the same folder (same disk, so the rename is atomic), that
    ``sweep`` knows as ours."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.crm-{tag}")


def is_temporary(name: str) -> bool:
    """Is ``name`` one of our temporary files (or a journal of one)?"""
    return _OURS.match(name) is not None


class NoLocks(OSError):
    """The file system has no locks (some network or FUSE mounts)."""


def try_lock(fd: int, *, windows_at: int = _WINDOWS_LOCK_AT) -> bool:
    """Take the exclusive lock of an open file without waiting; False when a process
    (this one included, through another descriptor) holds it. Raises NoLocks where the
    file system has none. On Windows the lock is of one byte at ``windows_at`` (the store's
    own lock file keeps the byte it always used: crm.db.lock)."""
    if os.name == "nt":
        import msvcrt  # Windows only

        os.lseek(fd, windows_at, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]  # Windows only
        except OSError:
            return False
        return True
    import fcntl  # POSIX only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:  # ENOLCK, EOPNOTSUPP, ENOSYS …
        raise NoLocks(exc.errno, exc.strerror) from exc
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


class Temporary:
    """A temporary file beside ``target``, created and locked at once; ``commit`` renames it
    over the target. Used as a context manager: on leaving, the lock is let go and the file
    removed unless it was committed."""

    def __init__(self, target: str | os.PathLike[str], tag: str = "part"):
        self.target = Path(target)
        self.path, fd = self._create(tag)
        self._fd: int | None = fd

    def _create(self, tag: str) -> tuple[Path, int]:
        for _attempt in range(5):
            path = temporary_beside(self.target, tag)
            flags = os.O_CREAT | os.O_EXCL | os.O_RDWR | getattr(os, "O_BINARY", 0)
            fd = os.open(path, flags, 0o666)  # as open() makes files (the umask applies)
            # a sweep may have taken the file in the instant before the lock: then it is
            # gone (or another file by now), and a new name is taken
            try:
                locked = try_lock(fd)
            except NoLocks:  # written all the same; a sweep goes by its age there
                locked = True
            if locked and _same_file(fd, path):
                return path, fd
            os.close(fd)
        raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), str(self.target))

    def commit(self, *, sync: bool = False) -> Path:
        """Rename the (complete) file over the target; flushed to disk first with ``sync``."""
        if sync:
            fsync_file(self.path)
        if os.name == "nt":  # a file open there cannot be renamed (WINDOWS_GRACE_SECONDS)
            self._release()
        os.replace(self.path, self.target)
        if sync:
            fsync_folder(self.target.parent)
        self._release()
        return self.target

    def _release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing lets go of the lock
            self._fd = None

    def discard(self) -> None:
        """Remove the file (and what SQLite kept beside it) if it was not committed; a
        file that cannot be removed now is a dead writer's for the next sweep."""
        for p in (self.path, *_companions(self.path)):
            with contextlib.suppress(OSError):
                p.unlink(missing_ok=True)
        self._release()

    def __enter__(self) -> Temporary:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.discard()


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm")]


def sweep(folder: str | os.PathLike[str], *, legacy: bool = False) -> list[Path]:
    """Remove from ``folder`` our temporary files whose writer is gone (their lock is free)
    and the journals beside them; with ``legacy`` (folders the app owns) also the unlocked
    names of earlier versions once older than LEGACY_STALE_SECONDS. Nothing else is touched.
    Each removal is logged (one line each); a folder that cannot be read is left as it is."""
    gone: list[Path] = []
    try:
        with os.scandir(folder) as it:
            names = sorted(e.name for e in it if e.name.startswith("."))
    except OSError:
        return gone
    now = time.time()
    # the temporary files first, then the journals left without one
    ours = [(n, m) for n in names if (m := _OURS.match(n)) is not None]
    ours.sort(key=lambda t: bool(t[1].group("companion")))
    for name, m in ours:
        path = Path(folder, name)
        try:
            if path.is_symlink() or not path.is_file():
                continue
            if m.group("companion"):
                removed = _orphan(path, m.group("companion"), now)
            else:
                removed = _dead_writer(path, now)
        except FileNotFoundError:
            continue  # renamed into place or removed meanwhile
        except OSError as exc:
            log.warning("could not remove the unfinished file %s: %s", path, exc)
            continue
        gone += removed
    if legacy:
        gone += _legacy(folder, [n for n in names if _LEGACY.match(n)], now)
    for path in gone:
        log.info("removed %s, left unfinished by a writer that ended", path)
    return gone


def _legacy(folder: str | os.PathLike[str], names: list[str], now: float) -> list[Path]:
    gone = []
    for name in names:
        path = Path(folder, name)
        try:
            if path.is_file() and now - path.stat().st_mtime > LEGACY_STALE_SECONDS:
                path.unlink()
                gone.append(path)
        except OSError as exc:
            log.warning("could not remove the unfinished file %s: %s", path, exc)
    return gone


def _dead_writer(path: Path, now: float) -> list[Path]:
    """Remove ``path`` and its journals if no process holds its lock; what was removed."""
    if os.name == "nt" and now - path.stat().st_mtime < WINDOWS_GRACE_SECONDS:
        return []
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        try:
            if not try_lock(fd):
                return []  # a live writer (here or on another computer)
        except NoLocks:  # no telling who writes it: only a file untouched for a day goes
            if now - os.fstat(fd).st_mtime < NO_LOCKS_STALE_SECONDS:
                return []
        gone = [c for c in _companions(path) if c.exists()]
        for companion in gone:
            companion.unlink()
        if os.name == "nt":  # an open file cannot be removed there
            os.close(fd)
            fd = -1
        path.unlink()  # POSIX: while holding the lock, so no writer can take it meanwhile
        return [path, *gone]
    finally:
        if fd >= 0:
            os.close(fd)


def _orphan(path: Path, companion: str, now: float) -> list[Path]:
    """A journal whose temporary file is gone (its writer died as that was removed)."""
    main = path.with_name(path.name[: -len(companion)])
    if main.exists() or now - path.stat().st_mtime < WINDOWS_GRACE_SECONDS:
        return []
    path.unlink()
    return [path]


def fsync_file(path: Path) -> None:
    """Flush a closed file's data to the disk (a backup is only a backup once it is there)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
