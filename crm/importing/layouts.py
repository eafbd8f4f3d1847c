"""Remembered mappings: a mapping the user corrected is kept in the store (the ``setting``
table, key ``import.layout.<signature>``) and used again for files of the same layout — the
same headers in the same order, as each month's copy of a ledger has."""

from __future__ import annotations

import json

from sqlmodel import Session

from crm import audit
from crm.accounts.users import Actor
from crm.db.models import Setting, utcnow
from crm.db.store import Store
from crm.importing.headers import REMEMBERED, Column, all_targets, key
from crm.importing.table import Table

PREFIX = "import.layout."


def setting_key(table: Table) -> str:
    return PREFIX + table.layout[:40]


def _decode(table: Table, raw: str) -> list[Column] | None:
    try:
        data = json.loads(raw)
        if data.get("headers") != [key(h) for h in table.headers]:
            return None
        known = set(all_targets())
        mapped = {int(i): (t, u) for i, t, u in data["columns"] if t is None or t in known}
    except (ValueError, TypeError, KeyError):
        return None
    out = []
    for col in table.columns:
        target, unit = mapped.get(col.index, (None, None))
        if (target, unit) == (col.target, col.unit):
            out.append(col)  # as the automatic mapping reads it, with its sureness
        else:
            out.append(
                Column(col.index, col.header, target, unit, 1.0 if target else 0.0, REMEMBERED)
            )
    return out


def remembered(store: Store, table: Table) -> list[Column] | None:
    """The mapping remembered for this file's layout, or None."""
    with store.read() as s:
        row = s.get(Setting, setting_key(table))
        return _decode(table, row.value) if row is not None else None


def remember(s: Session, actor: Actor, table: Table, columns: list[Column]) -> None:
    """Keep ``columns`` for this layout, in the caller's transaction (audited)."""
    value = json.dumps(
        {
            "headers": [key(h) for h in table.headers],
            "columns": [[c.index, c.target, c.unit] for c in columns],
        },
        ensure_ascii=False,
    )
    k = setting_key(table)
    row = s.get(Setting, k)
    old = row.value if row is not None else None
    if old == value:
        return
    if row is None:
        s.add(Setting(key=k, value=value, created_by=actor.id, updated_by=actor.id))
    else:
        row.value, row.updated_by, row.updated_at = value, actor.id, utcnow()
    audit.record(s, actor.id, "setting", 0, "update", k, old, value)


def differs_from_auto(table: Table, columns: list[Column]) -> bool:
    auto = {c.index: (c.target, c.unit) for c in table.columns}
    return any(auto.get(c.index) != (c.target, c.unit) for c in columns)
