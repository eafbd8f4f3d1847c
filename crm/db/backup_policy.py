"""How a store is backed up: where, how often, how many are kept. Kept in the store's setting
table (``backup.policy``) so the app and the command line agree; read here with a plain
read-only connection so that even a store too damaged to open still finds its backups.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from crm.db.backup import folder_for
from crm.db.integrity import connect_readonly
from crm.db.thinning import Limits
from crm.paths import data_dir

POLICY_KEY = "backup.policy"


@dataclass(frozen=True)
class BackupPolicy:
    #: automatic backups while the app runs (before imports, upgrades and restores always)
    enabled: bool = True
    #: a folder the admin chose; None = the data directory's "backups"
    folder: str | None = None
    #: at least this long between two automatic backups
    interval_minutes: int = 60
    daily: int = 12
    weekly: int = 10
    monthly: int = 9

    @property
    def limits(self) -> Limits:
        return Limits(self.daily, self.weekly, self.monthly)

    def base_folder(self) -> Path:
        return Path(self.folder).expanduser() if self.folder else data_dir() / "backups"

    def folder_for(self, store_path: Path) -> Path:
        return folder_for(store_path, self.base_folder())

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> BackupPolicy:
        if not text:
            return cls()
        try:
            data = json.loads(text)
            fields = cls.__dataclass_fields__
            clean = {k: v for k, v in data.items() if k in fields}
            policy = cls(**clean)
            int(policy.interval_minutes), int(policy.daily)  # noqa: B018 - type check
            return policy
        except (ValueError, TypeError, AttributeError):
            return cls()


def policy_of_file(store_path: Path) -> BackupPolicy:
    """The policy stored in the file, or the defaults when it cannot be read."""
    try:
        con = connect_readonly(store_path)
    except sqlite3.Error:
        return BackupPolicy()
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (POLICY_KEY,)).fetchone()
    except sqlite3.Error:
        row = None
    finally:
        con.close()
    return BackupPolicy.from_json(row[0] if row else None)
