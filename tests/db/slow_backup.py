"""A backup to be killed mid-write (tests/db/test_backup_leftovers.py):
``python -m tests.db.slow_backup STORE [crm db backup arguments…]``.

It runs the real command — by default the app's backup on close, ``crm --db STORE db backup
--on-close`` — in this process, with one change: SQLite's online backup copies the store a
page at a time, and after the first pages it prints ``copying`` and waits (for the SIGKILL
the test sends). So the kill lands in the middle of the copy, whatever the machine's load:
the temporary file exists, holds part of the store, and is still held by its writer.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from crm.cli.main import main
from crm.db import backup


class SlowSource:
    """The store's read-only connection, whose ``backup`` stops after its first step."""

    def __init__(self, con: sqlite3.Connection):
        self._con = con

    def backup(self, target: sqlite3.Connection, **_kw: Any) -> None:
        def progress(_status: int, _remaining: int, _total: int) -> None:
            print("copying", flush=True)
            while True:  # the test kills this process now
                time.sleep(1)

        self._con.backup(target, pages=4, progress=progress)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


def slow_connect(path: Path) -> SlowSource:
    return SlowSource(_connect(path))


_connect = backup.connect_readonly
backup.connect_readonly = slow_connect  # type: ignore[assignment]

if __name__ == "__main__":
    store, *rest = sys.argv[1:]
    sys.exit(main(["--db", store, "db", "backup", *(rest or ["--on-close"])]))
