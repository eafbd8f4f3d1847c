"""The append-only audit log: every write records who, when, what, old → new, in the same
transaction as the write (the session's ``txn`` groups one action's rows)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from crm.db.models import AuditLog
from crm.db.store import Store

#: one encoder for every record (json.dumps builds a new one per call when given options)
JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def text(value: Any) -> str | None:
    """How a value is written in the log's old/new columns (the importer's bulk writer and
    the undo of an import read them back the same way)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(round(value, 4))
    if isinstance(value, (dict, list, tuple)):
        return JSON.encode(value)
    return str(value)


def record(
    s: Session,
    user_id: int | None,
    entity: str,
    entity_id: int,
    action: str,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
) -> None:
    s.add(
        AuditLog(
            user_id=user_id,
            txn=s.info.get("txn", ""),
            entity=entity,
            entity_id=entity_id,
            action=action,
            field=field,
            old=text(old),
            new=text(new),
        )
    )


def created(
    s: Session, user_id: int | None, entity: str, entity_id: int, values: dict[str, Any]
) -> None:
    """One row holding the new record's values."""
    clean = {k: text(v) for k, v in values.items() if v not in (None, "", False)}
    record(s, user_id, entity, entity_id, "create", None, None, clean)


def updated(
    s: Session,
    user_id: int | None,
    entity: str,
    entity_id: int,
    changes: dict[str, tuple[Any, Any]],
    action: str = "update",
) -> None:
    """One row per changed field."""
    for name, (old, new) in changes.items():
        record(s, user_id, entity, entity_id, action, name, old, new)


def exported(
    store: Store, actor_id: int | None, what: str, detail: dict[str, Any], rows: int
) -> bool:
    """An export leaves its trace (who, when, what, which filter, how many rows) in its own
    transaction after the file was written. A store open read-only (another program holds
    it) cannot take the row: False then, and the caller says so."""
    if store.readonly:
        return False
    with store.write() as s:
        record(s, actor_id, "export", 0, "export", what, None, dict(detail, rows=rows))
    return True
