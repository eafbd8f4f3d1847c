"""The log people can send: one rotating file in the user's log folder, without personal data.

What we log ourselves is about the program (versions, folders, timings, errors), never field
values. What others write into it — exception messages, tracebacks, database errors — goes
through :func:`redact` first: mobile and landline numbers, e-mail addresses, ID-card numbers,
SQL parameters and the user's home folder (which often carries their name) are blanked.
Several copies of the app may share the file; when one cannot rotate it (Windows keeps open
files from being renamed) it goes on writing instead of failing on every line.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import re
from pathlib import Path
from typing import TextIO

from crm import __version__
from crm.paths import is_frozen, locations, log_dir

LOG_FILE = "crm.log"
CRASH_FILE = "crash.log"
MAX_BYTES = 2_000_000
BACKUPS = 4
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_PATTERNS = [
    # SQLAlchemy appends the statement's values to its errors: they are rows of our users
    (re.compile(r"\[parameters: .*?\](?=\n|$|\s*\(Background)", re.S), "[parameters: …]"),
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "<e-mail>"),
    # 18-character resident ID numbers before phones (a phone could match inside one)
    (re.compile(r"(?<!\w)\d{17}[\dXx](?!\w)"), "<id-number>"),
    (re.compile(r"(?<!\d)(\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)"), "<phone>"),
    (re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)"), "<phone>"),
]


def redact(text: str) -> str:
    """``text`` without the personal data a log or a bug report must not carry."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    home = str(Path.home())
    if len(home) > 3:  # "/" or "C:\" is no one's name
        text = text.replace(home, "~")
        if os.sep == "\\":
            text = text.replace(home.replace("\\", "/"), "~")
    return text


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotates like its parent; if the file cannot be renamed (another copy of the app has it
    open on Windows) this process keeps appending to it and stops trying."""

    def doRollover(self) -> None:  # noqa: N802 - logging's name
        try:
            super().doRollover()
        except OSError:
            self.maxBytes = 0  # no more attempts in this process
            if self.stream is None:
                self.stream = self._open()


_handler: logging.Handler | None = None
_crash_file: TextIO | None = None


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating file (once per process) and return its path.
    Hard crashes (a fault in Qt or a driver) are written to crash.log beside it."""
    global _handler, _crash_file
    folder = log_dir()
    path = folder / LOG_FILE
    root = logging.getLogger()
    if _handler is None or Path(getattr(_handler, "baseFilename", "")) != path:
        if _handler is not None:
            root.removeHandler(_handler)
            _handler.close()
        handler = SharedRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
        handler.setFormatter(RedactingFormatter(FORMAT))
        root.addHandler(handler)
        _handler = handler
        if _crash_file is None and not faulthandler.is_enabled():  # e.g. pytest's own
            try:
                _crash_file = open(folder / CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115
                faulthandler.enable(_crash_file)
            except OSError:
                _crash_file = None
    root.setLevel(level)
    quiet_libraries()
    return path


#: libraries whose INFO lines say nothing to support (Alembic: a line per plugin on every
#: start and command)
QUIET_LIBRARIES = ("alembic",)


def quiet_libraries() -> None:
    """Only the warnings of QUIET_LIBRARIES in the log (the app's and the commands')."""
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)


def describe_start() -> str:
    """One line for the top of every session in the log: what runs where (no personal data)."""
    loc = locations()
    return redact(
        f"CRM {__version__} ({'built' if is_frozen() else 'source'}, folders: {loc.mode}) "
        f"Python {platform.python_version()} on {platform.platform()}; data {loc.data}; "
        f"settings {loc.settings}; logs {loc.logs}"
    )


def stop_logging() -> None:
    """Close the file (tests, and before a log folder is removed)."""
    global _handler, _crash_file
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
        _crash_file = None
