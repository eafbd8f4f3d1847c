"""Where the CRM keeps things: per-OS user directories and the bundled resources.

Directories come from platformdirs (the well-kept answer to "where does an app keep data on
Windows, macOS and Linux"); ``CRM_DATA_DIR`` overrides them so tests never touch a real profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CorridorCRM"
APP_AUTHOR = "CityWestCorridor"


def data_dir() -> Path:
    """The user's data directory for the CRM (created on demand)."""
    override = os.environ.get("CRM_DATA_DIR")
    path = Path(override) if override else platformdirs.user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Rebuildable files (compiled translations); lives under the data dir when overridden."""
    override = os.environ.get("CRM_DATA_DIR")
    path = (
        Path(override) / "cache" if override else platformdirs.user_cache_path(APP_NAME, APP_AUTHOR)
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_store_path() -> Path:
    """The embedded SQLite store used when neither --db nor CRM_DATABASE_URL is given."""
    return data_dir() / "crm.sqlite"


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
