"""The names of files kept with leads (crm.attachments.files): what a person may type, how a file's
own name is mended to be safe on every system the team uses (no folders, none of the
characters Windows forbids, no device name, not too long), and which names are programs."""

from __future__ import annotations

import re
from pathlib import PurePath

from crm.i18n import QT_TRANSLATE_NOOP, Message

#: the longest name kept (the column's length)
MAX_NAME = 200
#: names a program runs rather than shows: opened only after a warning
EXECUTABLE = frozenset(
    [
        ".exe",
        ".com",
        ".bat",
        ".cmd",
        ".msi",
        ".msp",
        ".scr",
        ".pif",
        ".cpl",
        ".ps1",
        ".psm1",
        ".vbs",
        ".vbe",
        ".js",
        ".jse",
        ".wsf",
        ".wsh",
        ".hta",
        ".jar",
        ".lnk",
        ".reg",
        ".dll",
        ".sys",
        ".sh",
        ".bash",
        ".command",
        ".app",
        ".run",
        ".bin",
        ".py",
        ".pyw",
        ".pl",
        ".rb",
        ".apk",
    ]
)
#: what Windows forbids in a file name, and control characters
_FORBIDDEN = re.compile(r'[<>:"|?*\x00-\x1f]')
_SEPARATORS = re.compile(r"[/\\]")
_DEVICES = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{d}{n}" for d in ("com", "lpt") for n in range(1, 10)]
)


def is_executable(name: str) -> bool:
    return PurePath(name.lower()).suffix in EXECUTABLE


def name_problem(name: str) -> Message | None:
    """Why a name a person typed cannot be kept (None: it can)."""
    if not name.strip():
        return QT_TRANSLATE_NOOP("Attachments", "a file needs a name")
    if _SEPARATORS.search(name):
        return QT_TRANSLATE_NOOP("Attachments", "a name cannot contain / or \\ (a folder)")
    if _FORBIDDEN.search(name):
        return QT_TRANSLATE_NOOP(
            "Attachments", 'a name cannot contain < > : " | ? * (Windows forbids them)'
        )
    if name != name.rstrip(" ."):
        return QT_TRANSLATE_NOOP("Attachments", "a name cannot end with a dot or a space")
    if name.split(".")[0].strip().lower() in _DEVICES:
        return QT_TRANSLATE_NOOP("Attachments", "{name} is a device name on Windows").format(
            name=name.split(".")[0]
        )
    if len(name) > MAX_NAME:
        return QT_TRANSLATE_NOOP("Attachments", "a name has at most {n} characters").format(
            n=MAX_NAME
        )
    return None


def safe_name(raw: str) -> str:
    """A file's own name made safe to keep (for a file chosen from disk: nobody typed it, so
    it is mended rather than refused): the last part of a path, forbidden characters as _,
    no trailing dots or spaces, a device name prefixed, too long a name shortened before its
    extension. An empty result is "attachment"."""
    name = _SEPARATORS.split(raw)[-1]
    name = _FORBIDDEN.sub("_", name).rstrip(" .").strip()
    if not name or set(name) <= {"."}:
        name = "attachment"
    if name.split(".")[0].lower() in _DEVICES:
        name = "_" + name
    if len(name) > MAX_NAME:
        suffix = PurePath(name).suffix
        suffix = suffix if len(suffix) <= 16 else ""
        name = name[: MAX_NAME - len(suffix)].rstrip(" .") + suffix
    return name
