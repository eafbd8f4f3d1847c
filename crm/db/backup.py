"""Verified backups of a SQLite store: SQLite's online backup into a temporary file, flushed to
disk, checked with integrity_check, then renamed into place with a small JSON note beside it
(time, kind, size, counts, schema); thinned after each new one (crm.db.thinning).

A store's backups live in ``<folder>/<store name>-<hash of its path>/`` so two stores that share
a name never mix their backups; ``<folder>`` is the data directory's ``backups`` or the one the
admin chose (crm.db.backup_policy).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import re
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from crm.db import interrupt
from crm.db.integrity import connect_readonly
from crm.db.thinning import Limits, obsolete
from crm.errors import StoreError
from crm.files import fault, write_text
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.tempfiles import Temporary, sweep

log = logging.getLogger(__name__)

AUTO, MANUAL, BEFORE_IMPORT, BEFORE_UPGRADE, BEFORE_RESTORE = (
    "auto",
    "manual",
    "import",
    "upgrade",
    "restore",
)
KINDS = {
    AUTO: QT_TRANSLATE_NOOP("Backup", "automatic"),
    MANUAL: QT_TRANSLATE_NOOP("Backup", "by hand"),
    BEFORE_IMPORT: QT_TRANSLATE_NOOP("Backup", "before an import"),
    BEFORE_UPGRADE: QT_TRANSLATE_NOOP("Backup", "before an upgrade"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backup", "before a restore"),
}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z]+)(?:-\d+)?\.sqlite$")
COUNTED = ("lead", "activity", "contact")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time
    kind: str
    size: int
    counts: dict[str, int]
    verified: bool
    revision: str | None = None
    #: the newest audit row it holds: a store with the same one has not changed since
    audit_max: int | None = None

    @property
    def kind_label(self) -> Message:
        return KINDS.get(self.kind, KINDS[MANUAL])


def folder_for(store_path: Path, base: Path) -> Path:
    resolved = os.path.normcase(str(Path(store_path).resolve()))
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    return Path(base) / f"{Path(store_path).stem}-{digest}"


def audit_max(con: sqlite3.Connection) -> int | None:
    try:
        newest: int | None = con.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        return newest
    except sqlite3.DatabaseError:
        return None


def _facts(con: sqlite3.Connection) -> tuple[dict[str, int], str | None, int | None]:
    counts = {}
    for table in COUNTED:
        with contextlib.suppress(sqlite3.DatabaseError):
            counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    try:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except (sqlite3.DatabaseError, TypeError):
        revision = None
    return counts, revision, audit_max(con)


def copy_verified(source: Path, dest: Path) -> tuple[dict[str, int], str | None, int | None]:
    """Online backup of ``source`` to ``dest`` through a temporary file (locked while it is
    written: crm.tempfiles.Temporary), verified and synced; raises StoreError (nothing left
    behind) if it cannot be made or does not verify. What killed copies left in that folder
    goes first (our temporary names only: ``crm db backup FILE`` writes to the person's)."""
    sweep(dest.parent)
    try:
        # created first: the folder's faults (read-only, full, too long) name the backup
        with Temporary(dest) as tmp:
            facts = _copy(source, tmp.path)
            tmp.commit(sync=True)
        return facts
    except OSError as exc:
        raise fault(exc, dest) from exc
    except sqlite3.DatabaseError as exc:
        mapped = _copy_fault(exc, source, dest)
        if mapped is None:
            raise
        raise mapped from exc


def _copy(source: Path, tmp: Path) -> tuple[dict[str, int], str | None, int | None]:
    src = connect_readonly(source)
    try:
        out = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            src.backup(out)  # one step: a consistent snapshot while others keep writing
            out.execute("PRAGMA cache_size=-131072")
            with interrupt.watching(out):  # the app closing abandons the backup
                interrupt.refuse_if_stopping()
                rows = [r[0] for r in out.execute("PRAGMA integrity_check(20)")]
            if rows != ["ok"]:
                log.error("backup of %s failed verification: %s", source, rows)
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Backup",
                        "The backup of {name} failed its check, so it was not kept: the "
                        "store itself may be damaged (run crm db check).",
                    ).format(name=str(source))
                )
            facts = _facts(out)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()
    return facts


def _copy_fault(exc: sqlite3.DatabaseError, source: Path, dest: Path) -> StoreError | None:
    """Whose fault a failed copy is: a full or read-only disk is the backup's (the store is
    only read), a damaged page is the store's."""
    from crm.db.store import translate_db_error  # late: store → migrate → backup

    text = str(exc).lower()
    if "full" in text:
        return fault(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), dest)
    if "readonly" in text or "read-only" in text:
        return fault(OSError(errno.EROFS, os.strerror(errno.EROFS)), dest)
    return translate_db_error(exc, str(source))


def take_backup(
    store_path: Path, folder: Path, kind: str = MANUAL, *, limits: Limits | None = None
) -> BackupInfo:
    """A verified backup of the store into ``folder`` (its own subfolder, see folder_for),
    then thinning of the older ones when ``limits`` are given."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fault(exc, folder) from exc
    sweep_leftovers(folder)  # first: the space a killed backup held is needed for this one
    now = datetime.now()
    name = f"{Path(store_path).stem}-{now:%Y%m%d-%H%M%S}-{kind}.sqlite"
    dest = folder / name
    n = 1
    while dest.exists():  # two backups in one second (before an import, then by hand)
        n += 1
        dest = folder / name.replace(f"-{kind}.", f"-{kind}-{n}.")
    counts, revision, audit = copy_verified(Path(store_path), dest)
    info = BackupInfo(dest, now, kind, dest.stat().st_size, counts, True, revision, audit)
    note = {**asdict(info), "path": dest.name, "taken_at": now.isoformat(timespec="seconds")}
    note["store"] = str(store_path)
    try:
        write_text(_note(dest), json.dumps(note, ensure_ascii=False))
    except StoreError:
        with contextlib.suppress(OSError):
            dest.unlink()
        raise
    log.info("backup of %s written to %s (%s bytes)", store_path, dest, info.size)
    if limits is not None:
        thin(folder, limits, now)
    return info


def _note(path: Path) -> Path:
    return path.with_name(path.name[: -len(".sqlite")] + ".json")


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (from their notes; the file's own facts when
    a note is missing, then unverified)."""
    if not folder.is_dir():
        return []
    out = []
    with os.scandir(folder) as entries:
        for entry in entries:
            m = _NAME.match(entry.name)
            if not m or not entry.is_file():
                continue
            path = Path(entry.path)
            info = _read_note(path)
            stat = entry.stat()
            if info is None:
                kind = m.group("kind")
                when = datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")
                info = BackupInfo(path, when, kind, stat.st_size, {}, False)
            out.append((info.taken_at, stat.st_mtime_ns, info))
    out.sort(key=lambda t: t[:2], reverse=True)  # two in one second: the later file first
    return [info for _t, _m, info in out]


def _read_note(path: Path) -> BackupInfo | None:
    try:
        data = json.loads(_note(path).read_text(encoding="utf-8"))
        return BackupInfo(
            path,
            datetime.fromisoformat(data["taken_at"]),
            data["kind"],
            int(data["size"]),
            {k: int(v) for k, v in data.get("counts", {}).items()},
            bool(data.get("verified")),
            data.get("revision"),
            data.get("audit_max"),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def thin(folder: Path, limits: Limits, now: datetime | None = None) -> list[Path]:
    """Delete the backups the thinning rule no longer keeps; returns the backups deleted."""
    backups = list_backups(folder)
    gone = obsolete([(b.path, b.taken_at) for b in backups], now or datetime.now(), limits)
    for path in gone:
        for p in (path, _note(path)):
            try:
                p.unlink(missing_ok=True)
            except OSError:
                log.exception("could not remove the old backup %s", p)
    return gone


def newest_verified(folder: Path) -> BackupInfo | None:
    return next((b for b in list_backups(folder) if b.verified), None)


def sweep_leftovers(folder: Path) -> list[Path]:
    """Remove what backups killed mid-write left in their folder (each a whole store's
    size, which nothing else would ever remove): crm.tempfiles.sweep, with the unlocked names of
    earlier versions once an hour old (the folder is the app's own)."""
    return sweep(folder, legacy=True)
