"""Personal interface settings, declared once with their types and defaults (a thin wrapper
over QSettings, cf. Vorta's store/settings.py). Team-wide settings live in the store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from crm.paths import settings_file


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


LANGUAGE = Setting("ui/language", str, "zh_CN")
USER_ID = Setting("ui/user_id", int, 0)
WINDOW_GEOMETRY = Setting("ui/window_geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("ui/window_state", QByteArray, QByteArray())
LEADS_SPLITTER = Setting("ui/leads_splitter", QByteArray, QByteArray())
PAGE = Setting("ui/page", str, "my_day")


class Settings:
    """Typed access; the file lives where crm.paths says (the user's settings folder, the
    portable folder, or CRM_DATA_DIR so tests stay private)."""

    def __init__(self, path: str | None = None):
        self._q = QSettings(path or str(settings_file()), QSettings.Format.IniFormat)

    def get(self, s: Setting) -> Any:
        value = self._q.value(s.key, s.default)
        if value is None:
            return s.default
        if s.type is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return s.default
        if s.type is bool:
            return value in (True, "true", "1", 1)
        if s.type is QByteArray and not isinstance(value, QByteArray):
            return s.default
        return value

    def set(self, s: Setting, value: Any) -> None:
        self._q.setValue(s.key, value)

    def raw(self, key: str, default: Any = None) -> Any:
        return self._q.value(key, default)

    def set_raw(self, key: str, value: Any) -> None:
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()
