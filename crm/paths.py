"""Where the CRM keeps things: the user's data, settings, logs, backups and caches, and the
bundled resources.

Three layouts, chosen once per start:

* **per user** (the default): platformdirs' directories for this OS user (on Windows under
  ``%LOCALAPPDATA%\\CityWestCorridor\\CorridorCRM``), never beside the executable, which may sit
  in a read-only Program Files;
* **portable**: a built app with a ``portable.txt`` beside its executable keeps everything in
  one folder next to it (``data`` or the folder the file's first line names, relative to the
  executable) — for a shared drive or a USB stick;
* **override**: ``CRM_DATA_DIR`` puts everything under one folder (tests, scripts, benchmarks).

A folder that cannot be created or written raises :class:`~crm.errors.StoreError` naming it.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    from crm.errors import StoreError
    from crm.i18n import Message

APP_NAME = "CorridorCRM"
APP_AUTHOR = "CityWestCorridor"
PORTABLE_MARKER = "portable.txt"
SETTINGS_FILE = "ui-settings.ini"
USER, PORTABLE, OVERRIDE = "user", "portable", "override"


def is_frozen() -> bool:
    """True in the PyInstaller build."""
    return bool(getattr(sys, "frozen", False))


def install_dir() -> Path | None:
    """The folder holding the built app's executable (None when run from source)."""
    return Path(sys.executable).resolve().parent if is_frozen() else None


def portable_root() -> Path | None:
    """The one folder of a portable build, or None: a ``portable.txt`` beside the executable
    turns it on; its first non-comment line may name the folder (relative to the executable)."""
    home = install_dir()
    if home is None:
        return None
    marker = home / PORTABLE_MARKER
    if not marker.is_file():
        return None
    try:
        lines = marker.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    named = next((s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")), "")
    return (home / named).resolve() if named else home / "data"


@dataclass(frozen=True)
class Locations:
    """Every folder the CRM writes to, for one start (About, ``crm about``, the log)."""

    mode: str  # USER, PORTABLE or OVERRIDE
    data: Path
    settings: Path  # the settings file
    logs: Path
    backups: Path
    cache: Path


def locations() -> Locations:
    """Where things go, without creating anything."""
    override = os.environ.get("CRM_DATA_DIR")
    root = Path(override).expanduser() if override else portable_root()
    if root is not None:
        return Locations(
            mode=OVERRIDE if override else PORTABLE,
            data=root,
            settings=root / SETTINGS_FILE,
            logs=root / "logs",
            backups=root / "backups",
            cache=root / "cache",
        )
    data = platformdirs.user_data_path(APP_NAME, APP_AUTHOR)
    return Locations(
        mode=USER,
        data=data,
        settings=platformdirs.user_config_path(APP_NAME, APP_AUTHOR) / SETTINGS_FILE,
        logs=platformdirs.user_log_path(APP_NAME, APP_AUTHOR),
        backups=data / "backups",
        cache=platformdirs.user_cache_path(APP_NAME, APP_AUTHOR),
    )


def _folder(path: Path) -> Path:
    """``path``, created if needed; a clear error naming it if that is impossible."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise folder_error(path, exc) from None
    if not path.is_dir():
        raise folder_error(path, OSError(errno.ENOTDIR, "not a folder"))
    return path


def data_dir() -> Path:
    """The user's data directory for the CRM (created on demand)."""
    return _folder(locations().data)


def cache_dir() -> Path:
    """Rebuildable files (compiled translations)."""
    return _folder(locations().cache)


def log_dir() -> Path:
    return _folder(locations().logs)


def backup_dir() -> Path:
    """Where automatic and manual backups of the default store go."""
    return _folder(locations().backups)


def settings_file() -> Path:
    """The personal settings file; its folder is created on demand. A settings file left in
    the data folder by an earlier version (before settings had their own folder) moves here."""
    loc = locations()
    _folder(loc.settings.parent)
    legacy = loc.data / SETTINGS_FILE
    if legacy != loc.settings and legacy.is_file() and not loc.settings.exists():
        try:
            legacy.replace(loc.settings)
        except OSError:
            return legacy  # keep using it where it is rather than lose it
    return loc.settings


def default_store_path() -> Path:
    """The embedded SQLite store used when neither --db nor CRM_DATABASE_URL is given."""
    return data_dir() / "crm.sqlite"


def check_writable() -> Locations:
    """At start: every folder the app writes to exists and takes a new file; else a clear
    error naming the first one that does not."""
    loc = locations()
    for folder in dict.fromkeys((loc.data, loc.settings.parent, loc.logs)):
        _folder(folder)
        try:
            with tempfile.TemporaryFile(dir=folder, prefix=".write-test-"):
                pass
        except OSError as exc:
            raise folder_error(folder, exc) from None
    return loc


def folder_error(folder: Path, exc: OSError) -> StoreError:
    """The StoreError for a folder the CRM cannot use, with the reason in plain words."""
    from crm.errors import StoreError  # late: crm.errors → crm.i18n → crm.paths
    from crm.i18n import QT_TRANSLATE_NOOP

    reason: Message | str
    if exc.errno in (errno.EACCES, errno.EPERM):
        reason = QT_TRANSLATE_NOOP("Paths", "permission denied")
    elif exc.errno == errno.EROFS:
        reason = QT_TRANSLATE_NOOP("Paths", "the drive is read-only")
    elif exc.errno == errno.ENOSPC:
        reason = QT_TRANSLATE_NOOP("Paths", "the disk is full")
    elif exc.errno in (errno.ENOTDIR, errno.EEXIST):
        reason = QT_TRANSLATE_NOOP("Paths", "a file of that name is in the way")
    else:
        reason = exc.strerror or str(exc)  # the system's own words
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Paths",
            "The CRM cannot write to its folder {folder}: {reason}. Its data, settings and logs "
            "are kept there; ask your administrator for write access to it.",
        ).format(folder=str(folder), reason=reason)
    )


def _resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return Path(__file__).resolve().parent / "resources"  # installed as crm.resources


def resource(*parts: str) -> Path:
    """A bundled resource (fonts, translations, brand, icons), from a checkout, an installed
    package or a frozen build alike."""
    return _resource_root().joinpath(*parts)
