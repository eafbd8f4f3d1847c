"""Files the CRM writes (exports, reports, backups, restored stores): the one way to write them
safely and the one place that turns the operating system's failures into plain words.

A file appears under its real name only once complete: it is written to a temporary name
beside it (crm.tempfiles.Temporary: locked by its writer, swept once that writer is gone),
flushed to disk and renamed over the target, so a full disk, a cancel or a crash never leaves
half a file (nor destroys the older file of that name). Failures (disk full, read-only,
permission denied, locked by another program, path too long) become a :class:`FileFault`
carrying one translated line; anything else is a bug.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crm.errors import StoreError
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.tempfiles import Temporary, sweep

#: Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (the file is open in Excel, WPS …)
_WINDOWS_LOCKED = {32, 33}
_WINDOWS_PATH_TOO_LONG = {206}


class FileFault(StoreError):
    """The environment refused a file operation; the message says why in one line."""


def fault_message(exc: OSError, path: str | os.PathLike[str]) -> Message:
    """What went wrong with ``path``, in plain words, from an OSError."""
    name = str(path)
    code = exc.errno
    winerror = getattr(exc, "winerror", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return QT_TRANSLATE_NOOP(
            "Files", "The disk holding {path} is full; free some space and try again."
        ).format(path=name)
    if winerror in _WINDOWS_LOCKED or code in (errno.EBUSY, getattr(errno, "ETXTBSY", -1)):
        return QT_TRANSLATE_NOOP(
            "Files", "{path} is open in another program; close it there and try again."
        ).format(path=name)
    if code == errno.EROFS:
        return QT_TRANSLATE_NOOP(
            "Files", "{path} is on a read-only disk or share; choose another folder."
        ).format(path=name)
    if code in (errno.EACCES, errno.EPERM):
        return QT_TRANSLATE_NOOP(
            "Files", "{path} cannot be written: permission denied (or the file is read-only)."
        ).format(path=name)
    if code == errno.ENAMETOOLONG or winerror in _WINDOWS_PATH_TOO_LONG:
        return QT_TRANSLATE_NOOP(
            "Files", "The path {path} is too long; choose a shorter folder or file name."
        ).format(path=name)
    if code == errno.ENOENT:
        return QT_TRANSLATE_NOOP("Files", "The folder for {path} does not exist.").format(path=name)
    if code == errno.EISDIR:
        return QT_TRANSLATE_NOOP("Files", "{path} is a folder, not a file.").format(path=name)
    return QT_TRANSLATE_NOOP("Files", "{path} cannot be written: {reason}").format(
        path=name, reason=exc.strerror or str(exc)
    )


def fault(exc: OSError, path: str | os.PathLike[str]) -> FileFault:
    return FileFault(fault_message(exc, path))


@contextmanager
def atomic_output(
    path: str | os.PathLike[str], *, sync: bool = False, sweep_first: bool = True
) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block succeeds it is (flushed and)
    renamed over ``path``. On any failure the temporary file is removed and an OSError
    becomes a :class:`FileFault` naming ``path``. What killed writers left in that folder
    is swept first (our temporary names only: the folder may be the person's)."""
    target = Path(path)
    if sweep_first:
        sweep(target.parent)
    try:
        with Temporary(target) as tmp:
            yield tmp.path
            tmp.commit(sync=sync)
    except OSError as exc:
        raise fault(exc, target) from exc


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """A small text file (JSON sidecars, notes), written atomically (its folder is swept by
    whoever owns it: the note goes beside a file just written)."""
    with atomic_output(path, sweep_first=False) as tmp:
        tmp.write_text(text, encoding="utf-8")
