"""How a circulated document (a report, an export) names the store it came from."""

from __future__ import annotations

from pathlib import Path

from crm.db.store import Store


def store_label(store: Store) -> str:
    """How a circulated document names its store: the file's name, or the team server's host
    and database, never a local path or a URL (with its user name)."""
    if store.path is not None:
        return Path(store.path).name
    url = store.url
    host = url.host or "localhost"
    return f"{host}/{url.database}" if url.database else host
