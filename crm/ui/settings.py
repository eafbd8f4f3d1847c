"""Personal interface settings, declared once with their types and defaults (a thin wrapper
over QSettings, cf. Vorta's store/settings.py). Team-wide settings live in the store.

Some settings belong to a store (who you are in it, the page you left it on): they are kept
per store, under the store the app has open (``use_store``). Those written before stores
could be switched count for the default store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from crm.paths import settings_file


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    #: kept for each store apart (a user id means someone else in another store)
    per_store: bool = False


LANGUAGE = Setting("ui/language", str, "zh_CN")
USER_ID = Setting("ui/user_id", int, 0, per_store=True)
WINDOW_GEOMETRY = Setting("ui/window_geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("ui/window_state", QByteArray, QByteArray())
LEADS_SPLITTER = Setting("ui/leads_splitter", QByteArray, QByteArray())
PAGE = Setting("ui/page", str, "my_day", per_store=True)
#: the store the app opens when started without --db (the one open when it was closed)
LAST_STORE = Setting("stores/last", str, "")
#: stores opened from the File menu, most recent first
RECENT_STORES = Setting("stores/recent", list, [])


class Settings:
    """Typed access; the file lives where crm.paths says (the user's settings folder, the
    portable folder, or CRM_DATA_DIR so tests stay private)."""

    def __init__(self, path: str | None = None):
        self._q = QSettings(path or str(settings_file()), QSettings.Format.IniFormat)
        self._store: str | None = None
        #: the store opened without --db: it reads what was written before stores had scopes
        self.default_store: str | None = None

    def use_store(self, describe: str) -> None:
        """Per-store settings from now on belong to the store ``describe`` names."""
        self._store = describe

    def _key(self, s: Setting, store: str | None) -> str:
        return f"store-{scope_of(store)}/{s.key}" if s.per_store and store else s.key

    def get(self, s: Setting, *, store: str | None = None) -> Any:
        """The value (for per-store settings: of the store open, or of ``store``)."""
        store = store or self._store
        value = self._q.value(self._key(s, store))
        if value is None and s.per_store and store is not None and store == self.default_store:
            value = self._q.value(s.key)
        if value is None:
            value = s.default
        if s.type is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return s.default
        if s.type is bool:
            return value in (True, "true", "1", 1)
        if s.type is QByteArray and not isinstance(value, QByteArray):
            return s.default
        if s.type is list:
            return [value] if isinstance(value, str) else list(value or [])
        return value

    def set(self, s: Setting, value: Any, *, store: str | None = None) -> None:
        self._q.setValue(self._key(s, store or self._store), value)

    def raw(self, key: str, default: Any = None) -> Any:
        return self._q.value(key, default)

    def set_raw(self, key: str, value: Any) -> None:
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()


def scope_of(describe: str) -> str:
    """A short, stable name for a store (its path or URL) usable in a settings key."""
    return hashlib.sha1(describe.encode("utf-8")).hexdigest()[:12]
