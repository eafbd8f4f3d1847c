"""Writing a report file safely: the file appears only once complete (a cancelled or failed
report leaves nothing behind, and never half of an older file), and a path that cannot be
written is the user's error with a clear message, checked before any work is done."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.tempfiles import Temporary, sweep


class OutputError(UserError):
    """The report cannot be written where asked."""


def check_writable(path: Path) -> None:
    """Raise OutputError if ``path`` cannot be (over)written."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(
            QT_TRANSLATE_NOOP("Report", "{path} is a folder, not a file.").format(path=str(path))
        )
    if not folder.is_dir():
        raise OutputError(
            QT_TRANSLATE_NOOP("Report", "The folder {folder} does not exist.").format(
                folder=str(folder)
            )
        )
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(
            QT_TRANSLATE_NOOP("Report", "{path} cannot be written: permission denied.").format(
                path=str(path)
            )
        )


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` (crm.tempfiles.Temporary: what a killed writer
    leaves there is swept by the next report or export into that folder); move it into place
    when the block succeeds."""
    check_writable(path)
    sweep(Path(path).parent)
    try:
        with Temporary(path) as tmp:
            yield tmp.path
            tmp.commit()
    except OSError as exc:
        raise OutputError(
            QT_TRANSLATE_NOOP("Report", "{path} cannot be written: {reason}").format(
                path=str(path), reason=exc.strerror or str(exc)
            )
        ) from exc
