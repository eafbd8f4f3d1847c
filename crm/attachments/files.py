"""Files kept with a lead (the agreement, 可研报告, photos): in the store itself, so they are on
the team server with the lead, in every backup, and gone when the lead is purged.

A file goes in and comes out in pieces of ``CHUNK`` bytes (``attachment_chunk``), never whole
in memory; a list of attachments reads only their names and sizes. Nothing from outside is
trusted: the size is checked before reading (and while reading: a file may grow), an empty
file is refused, and the name is made safe for every system the team uses — no folders, none
of the characters Windows forbids, no device name, not too long. An executable is kept like
any file; crm.ui opens it only after a warning, and only with the system's viewer.

Who may: whoever may edit the lead adds, renames and deletes (crm.accounts.permissions.edit_lead);
whoever sees the lead by name lists and reads (a confidential project of another city is
seen by codename only, its files not at all).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlmodel import Session, SQLModel, col

from crm import audit
from crm.accounts import permissions as P
from crm.accounts.users import Actor
from crm.attachments.names import (  # noqa: F401 - the names' rules, used from here too
    EXECUTABLE,
    MAX_NAME,
    is_executable,
    name_problem,
    safe_name,
)
from crm.changes import Changes, lead_changed
from crm.db.ids import stored_id
from crm.db.models import Attachment, AttachmentChunk, Lead
from crm.db.store import Store
from crm.errors import FieldError, NotFound, UserError, ValidationError
from crm.files import atomic_output
from crm.i18n import QT_TRANSLATE_NOOP, Message

#: bytes per stored piece
CHUNK = 1024 * 1024
_CHUNKS = SQLModel.metadata.tables["attachment_chunk"]
#: the largest file kept (a scanned agreement or a phone's photos fit; a video does not)
MAX_BYTES = 50 * 1024 * 1024
NAME_LABEL = QT_TRANSLATE_NOOP("Attachments", "File name")


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    lead_id: int
    name: str
    size: int
    sha256: str
    created_at: datetime
    created_by: int | None

    @property
    def executable(self) -> bool:
        return is_executable(self.name)


@dataclass(frozen=True)
class AddResult:
    attachment: AttachmentInfo
    #: the name was changed to be safe (the original had a folder, a forbidden character …)
    renamed_from: str | None
    changes: Changes


def format_size(size: int) -> str:
    """1.2 MB, 820 KB, 12 B (decimal units, as file managers show them)."""
    for unit, step in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= step:
            return f"{size / step:.1f} {unit}"
    return f"{size} B"


# ------------------------------------------------------------------ access


def _lead_for(s: Session, actor: Actor, lead_id: int, *, write: bool) -> Lead:
    lead = s.get(Lead, lead_id)
    if lead is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The lead {id} does not exist.").format(id=lead_id)
        )
    if lead.confidential and not P.sees_confidential(actor, lead.city_id):
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Attachments", "The files of a confidential project are not shown outside it."
            )
        )
    if write:
        reason = P.edit_lead(actor, lead.owner_id, lead.city_id)
        P.require(reason, actor, "edit_attachments", "lead", lead_id)
    return lead


def _info(a: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        stored_id(a), a.lead_id, a.name, a.size, a.sha256, a.created_at, a.created_by
    )


def list_attachments(store: Store, actor: Actor, lead_id: int) -> list[AttachmentInfo]:
    """A lead's files, newest first: names and sizes, no content."""
    with store.read() as s:
        _lead_for(s, actor, lead_id, write=False)
        rows = s.execute(
            select(Attachment)
            .where(col(Attachment.lead_id) == lead_id)
            .order_by(col(Attachment.created_at).desc(), col(Attachment.id).desc())
        ).scalars()
        return [_info(a) for a in rows]


def count_attachments(store: Store, lead_id: int) -> int:
    with store.read() as s:
        return int(
            s.execute(select(func.count()).where(col(Attachment.lead_id) == lead_id)).scalar_one()
        )


# ------------------------------------------------------------------ in


def _unreadable(path: Path, exc: OSError) -> UserError:
    """A file that cannot be read, in plain words (its name, and why)."""
    reason: Message | str
    if isinstance(exc, IsADirectoryError):
        reason = QT_TRANSLATE_NOOP("Attachments", "it is a folder")
    elif isinstance(exc, FileNotFoundError):
        reason = QT_TRANSLATE_NOOP("Attachments", "the file no longer exists")
    elif isinstance(exc, PermissionError):
        reason = QT_TRANSLATE_NOOP("Attachments", "permission denied")
    else:
        reason = exc.strerror or str(exc)
    return UserError(
        QT_TRANSLATE_NOOP("Attachments", "{name} cannot be attached: {reason}.").format(
            name=path.name, reason=reason
        )
    )


def add_file(
    store: Store,
    actor: Actor,
    lead_id: int,
    path: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> AddResult:
    """Keep the file at ``path`` with the lead, read and stored piece by piece in one
    transaction (a failure stores nothing)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise IsADirectoryError(21, "is a folder", str(path))
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    _check_size(path.name, size)
    name = safe_name(path.name)
    digest = hashlib.sha256()
    with store.write() as s:
        _lead_for(s, actor, lead_id, write=True)
        row = Attachment(lead_id=lead_id, name=name, size=0, sha256="", created_by=actor.id)
        s.add(row)
        s.flush()
        total, seq = 0, 0
        try:
            with path.open("rb") as f:
                while piece := f.read(CHUNK):
                    total += len(piece)
                    _check_size(path.name, total)  # the file grew while it was read
                    digest.update(piece)
                    s.execute(
                        _CHUNKS.insert(),
                        {"attachment_id": stored_id(row), "seq": seq, "data": piece},
                    )
                    seq += 1
                    if progress is not None:
                        progress(total, size)
        except OSError as exc:
            raise _unreadable(path, exc) from exc
        _check_size(path.name, total)
        row.size, row.sha256 = total, digest.hexdigest()
        s.flush()
        audit.created(
            s,
            actor.id,
            "attachment",
            stored_id(row),
            {"lead_id": lead_id, "name": name, "size": total},
        )
        info = _info(row)
    return AddResult(info, None if name == path.name else path.name, lead_changed(lead_id))


def _check_size(name: str, size: int) -> None:
    if size == 0:
        raise UserError(
            QT_TRANSLATE_NOOP("Attachments", "{name} is empty; nothing was attached.").format(
                name=name
            )
        )
    if size > MAX_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Attachments",
                "{name} is {size}; a file kept with a lead is at most {limit}. "
                "Nothing was attached.",
            ).format(name=name, size=format_size(size), limit=format_size(MAX_BYTES))
        )


# ------------------------------------------------------------------ out


def _attachment(s: Session, actor: Actor, attachment_id: int, *, write: bool) -> Attachment:
    a = s.get(Attachment, attachment_id)
    if a is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Attachments", "The file {id} is no longer kept.").format(
                id=attachment_id
            )
        )
    _lead_for(s, actor, a.lead_id, write=write)
    return a


def pieces(store: Store, actor: Actor, attachment_id: int) -> Iterator[bytes]:
    """The file's bytes, piece by piece (one piece in memory at a time)."""
    with store.read() as s:
        _attachment(s, actor, attachment_id, write=False)
        q = (
            select(col(AttachmentChunk.data))
            .where(col(AttachmentChunk.attachment_id) == attachment_id)
            .order_by(col(AttachmentChunk.seq))
            .execution_options(yield_per=1)
        )
        for (data,) in s.execute(q):
            yield bytes(data)


def read_bytes(store: Store, actor: Actor, attachment_id: int) -> bytes:
    """The whole file (small files and tests; a file is saved with ``save_to``)."""
    return b"".join(pieces(store, actor, attachment_id))


def save_to(store: Store, actor: Actor, attachment_id: int, dest: str | Path) -> Path:
    """Write the file to ``dest`` (a temporary name renamed when complete), checked against
    its digest: a store that no longer holds the same bytes says so."""
    dest = Path(dest)
    digest = hashlib.sha256()
    with store.read() as s:
        expected = _attachment(s, actor, attachment_id, write=False).sha256
    with atomic_output(dest) as tmp, tmp.open("wb") as out:
        for piece in pieces(store, actor, attachment_id):
            digest.update(piece)
            out.write(piece)
    if digest.hexdigest() != expected:
        dest.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Attachments", "The stored file {name} is damaged; it was not opened."
            ).format(name=dest.name)
        )
    return dest


# ------------------------------------------------------------------ changes


def rename_attachment(store: Store, actor: Actor, attachment_id: int, name: str) -> Changes:
    name = name.strip()
    problem = name_problem(name)
    if problem is not None:
        raise ValidationError([FieldError("name", NAME_LABEL, problem)])
    with store.write() as s:
        a = _attachment(s, actor, attachment_id, write=True)
        if a.name == name:
            return Changes()
        audit.record(s, actor.id, "attachment", stored_id(a), "update", "name", a.name, name)
        a.name = name
        lead_id = a.lead_id
    return lead_changed(lead_id)


def delete_attachment(store: Store, actor: Actor, attachment_id: int) -> Changes:
    """Remove the file from the store (it stays in the backups taken before)."""
    with store.write() as s:
        a = _attachment(s, actor, attachment_id, write=True)
        lead_id = a.lead_id
        audit.record(s, actor.id, "attachment", stored_id(a), "delete", "name", a.name, None)
        s.execute(delete(AttachmentChunk).where(col(AttachmentChunk.attachment_id) == a.id))
        s.delete(a)
    return lead_changed(lead_id)
