"""A store that failed its check stays refused until it is restored or checked sound again.

The verdict is a small note beside the store (``crm.sqlite.damaged``), so every writer — the
app, ``crm import``, another computer's copy of the app — sees it, not only the process that
found the damage. ``keep_aside`` copies the damaged file's bytes (and its -wal) under a
dated name before anything else happens to it, for a specialist or a later salvage.
"""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crm.db.integrity import IntegrityReport
from crm.errors import StoreError
from crm.files import fault, write_text
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.tempfiles import Temporary

log = logging.getLogger(__name__)


class StoreDamaged(StoreError):
    """The store failed its integrity check: it may be read, not written."""


@dataclass(frozen=True)
class DamageNote:
    found_at: str  # local time, ISO
    summary: str  # the first finding, in the language of whoever found it
    kept_at: str | None = None  # where the damaged bytes were copied


def note_path(path: Path) -> Path:
    return path.with_name(path.name + ".damaged")


def damage_note(path: Path | None) -> DamageNote | None:
    if path is None:
        return None
    note = note_path(path)
    if not note.exists():
        return None
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
        return DamageNote(data["found_at"], data.get("summary", ""), data.get("kept_at"))
    except (OSError, ValueError, KeyError, TypeError):
        return DamageNote("?", "")


def mark_damaged(path: Path, report: IntegrityReport, kept_at: Path | None = None) -> DamageNote:
    note = DamageNote(
        datetime.now().isoformat(timespec="seconds"),
        report.summary().render().rstrip("。."),
        str(kept_at) if kept_at else None,
    )
    log.error("store %s failed its check: %s", path, "; ".join(report.raw[:20]))
    try:
        write_text(note_path(path), json.dumps(note.__dict__, ensure_ascii=False))
    except StoreError:
        log.exception("could not record the damage of %s", path)
    return note


def clear_damaged(path: Path) -> None:
    note = note_path(path)
    if note.exists():
        note.unlink()
        log.info("store %s checked sound again; damage note removed", path)


def refusal(path: Path, note: DamageNote) -> StoreDamaged:
    return StoreDamaged(damaged_message(str(path), note))


def damaged_message(name: str, note: DamageNote) -> Message:
    return QT_TRANSLATE_NOOP(
        "Store",
        "The store {name} failed its integrity check ({when}: {what}). Nothing is written "
        "to it: restore a verified backup (crm db restore) or check it again (crm db check).",
    ).format(name=name, when=note.found_at.replace("T", " "), what=note.summary)


def keep_aside(path: Path) -> Path:
    """Copy the store's bytes (and its -wal, which holds its latest changes) to
    ``<name>.damaged-<time>``; returns the copy of the main file."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while dest.exists():  # kept twice in one second (found damaged, then restored): keep both
        n += 1
        dest = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    try:  # each copy under a temporary name first: a copy cut short is never taken for one
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            with Temporary(dest.with_name(dest.name + "-wal")) as tmp:
                shutil.copyfile(wal, tmp.path)
                tmp.commit(sync=True)
        with Temporary(dest) as tmp:
            shutil.copyfile(path, tmp.path)
            tmp.commit(sync=True)
    except OSError as exc:
        raise fault(exc, dest) from exc
    log.warning("damaged store %s kept aside as %s", path, dest)
    return dest
