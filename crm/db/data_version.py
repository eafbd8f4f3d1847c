"""Has another process changed a SQLite store? ``PRAGMA data_version`` on a read-only
connection of its own answers without reading any table (the app asks on window focus)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class DataVersion:
    """The store's data version as another connection sees it; None once it cannot be read."""

    def __init__(self, path: str | Path):
        self._path = str(path)
        self._conn: sqlite3.Connection | None = None

    def read(self) -> int | None:
        try:
            if self._conn is None:
                self._conn = sqlite3.connect(
                    f"file:{self._path}?mode=ro", uri=True, check_same_thread=False
                )
            version: int = self._conn.execute("PRAGMA data_version").fetchone()[0]
            return version
        except sqlite3.Error:
            self.close()
            return None

    def close(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            conn.close()
