"""What a store holds, for "nothing stored changed" assertions: row counts and a content hash
of every table (search index included), on SQLite and PostgreSQL alike. The audit rows of
refused actions are left out: a refusal changes nothing but leaves that trace on purpose."""

from __future__ import annotations

import hashlib

from sqlalchemy import column, inspect, select, table, text

from crm.db.store import Store


def table_names(store: Store) -> list[str]:
    names = inspect(store.engine).get_table_names()
    return sorted(n for n in names if not n.startswith(("sqlite_", "lead_fts_")))


def counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as c:
        return {
            t: c.execute(text(f'SELECT count(*) FROM "{t}"{_KEPT.get(t, "")}')).scalar_one()
            for t in table_names(store)
        }


#: rows a refusal writes on purpose (crm.db.store: the refused action's audit row)
_KEPT = {"audit_log": " WHERE action <> 'refused'"}


def content_hash(store: Store, tables: list[str] | None = None) -> str:
    """A hash over every row of every table (rows sorted, so order of storage is irrelevant)."""
    h = hashlib.sha256()
    with store.engine.connect() as c:
        for name in tables or table_names(store):
            if name == "lead_fts":
                rows = c.execute(text("SELECT rowid, pub, doc, people FROM lead_fts")).all()
            else:
                cols = [col["name"] for col in inspect(store.engine).get_columns(name)]
                t = table(name, *[column(n) for n in cols])
                q = select(t)
                if name == "audit_log":
                    q = q.where(t.c.action != "refused")
                rows = c.execute(q).all()
            h.update(name.encode())
            for row in sorted(repr(tuple(r)) for r in rows):
                h.update(row.encode())
    return h.hexdigest()


def snapshot(store: Store) -> tuple[dict[str, int], str]:
    return counts(store), content_hash(store)
