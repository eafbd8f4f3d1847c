"""Files from outside are hostile until read (GUIDE.md): what a file is, decided from its bytes,
and the limits checked before any parser sees it.

* The kind comes from the signature, not the extension: ZIP (xlsx), OLE2 compound document
  (xls, or an encrypted xlsx, which Office wraps in OLE2 with EncryptionInfo and
  EncryptedPackage streams), otherwise text (CSV).
* An xlsx is checked in its ZIP directory before openpyxl opens it: total uncompressed size,
  each member's compression ratio (a zip bomb inflates a few KB into gigabytes) and the
  number of members.
* Limits are documented constants; a file above them is refused with a clear message.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from pathlib import Path

from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP

#: the largest file accepted at all (a 200,000-row ledger is about 20 MB as xlsx)
MAX_FILE_BYTES = 64 * 1024 * 1024
#: the most data rows in one import; above it the file is refused before import (issue 5:
#: "refuses above a documented limit")
MAX_ROWS = 200_000
#: the most columns read from a row (ledgers have 10-60)
MAX_COLUMNS = 256
#: xlsx: what the ZIP members may inflate to, in total
MAX_UNCOMPRESSED = 512 * 1024 * 1024
#: xlsx: no member larger than 1 MB may inflate more than this (XML rarely exceeds 30×)
MAX_RATIO = 200
MAX_MEMBERS = 10_000

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

XLSX, XLS, CSV = "xlsx", "xls", "csv"


class ImportFileError(UserError):
    """The file cannot be imported at all (not a spreadsheet, encrypted, too large …)."""


def _fail(text, **params) -> ImportFileError:
    return ImportFileError(text.format(**params) if params else text)


def check_file(path: str | os.PathLike) -> str:
    """The kind of the file (xlsx, xls or csv) after the checks that need no parsing."""
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise _fail(
            QT_TRANSLATE_NOOP("Import", "The file {name} does not exist."), name=name
        ) from None
    except IsADirectoryError:
        raise _fail(
            QT_TRANSLATE_NOOP("Import", "{name} is a folder, not a file."), name=name
        ) from None
    except PermissionError:
        raise _fail(
            QT_TRANSLATE_NOOP("Import", "The file {name} cannot be read: permission denied."),
            name=name,
        ) from None
    if size == 0:
        raise _fail(QT_TRANSLATE_NOOP("Import", "The file {name} is empty."), name=name)
    if size > MAX_FILE_BYTES:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Import", "The file {name} is {size} MB; files up to {limit} MB can be imported."
            ),
            name=name,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    if head.startswith(ZIP_MAGIC):
        check_zip(p)
        try:
            count_sheet_rows(p)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
            raise damaged_zip(p.name) from None
        return XLSX
    if head.startswith(OLE2_MAGIC):
        check_ole2(p)
        return XLS
    if _looks_binary(p):
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name} is not a spreadsheet: import an Excel workbook (.xlsx, .xls) or a CSV file.",
            ),
            name=name,
        )
    if _looks_html(p):  # what many web systems export as "Excel"
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name} is a web page (HTML), not an Excel workbook, although it is named so: open "
                "it in Excel or WPS and save it as .xlsx, then import that file.",
            ),
            name=name,
        )
    if p.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name} is named as an Excel workbook but holds plain text: save it as a real "
                "workbook, or rename it .csv if it is a CSV file.",
            ),
            name=name,
        )
    return CSV


def _looks_html(p: Path) -> bool:
    with p.open("rb") as fh:
        sample = fh.read(4096).lower()
    text = sample.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")) or (
        text.startswith(b"<") and (b"<table" in sample or b"<html" in sample)
    )


def _looks_binary(p: Path) -> bool:
    with p.open("rb") as fh:
        sample = fh.read(8192)
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text has zero bytes
        return False
    if b"\x00" in sample:
        return True
    known = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ", b"Rar!", b"7z\xbc")
    return sample.startswith(known)


def check_zip(p: Path) -> None:
    """Refuse a ZIP that is not a workbook or that would inflate beyond the limits."""
    name = p.name
    try:
        with zipfile.ZipFile(p) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise damaged_zip(name) from None
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name} is a ZIP archive but not an Excel workbook (.xlsx): open it in Excel and "
                "save it as a workbook.",
            ),
            name=name,
        )
    if len(infos) > MAX_MEMBERS:
        raise _bomb(name)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _bomb(name)
    if total > MAX_UNCOMPRESSED:
        raise _bomb(name)


def count_sheet_rows(p: Path) -> int:
    """The most rows any worksheet of an xlsx has, counted in the decompressed XML stream
    (cheap: no XML parsing). openpyxl reads a sheet whole when it lacks a <dimension>
    element, so an oversized sheet must be refused before openpyxl opens the file."""
    most = 0
    with zipfile.ZipFile(p) as z:
        for info in z.infolist():
            if not info.filename.startswith("xl/worksheets/") or not info.filename.endswith(".xml"):
                continue
            rows, tail = 0, b""
            with z.open(info) as fh:
                while chunk := fh.read(1 << 20):
                    data = tail + chunk
                    rows += data.count(b"</row>") + data.count(b":row>")
                    tail = data[-8:]
                    rows -= tail.count(b"</row>") + tail.count(b":row>")
                    if rows > MAX_ROWS + 1000:
                        raise too_many_rows(p.name, rows)
            most = max(most, rows)
    return most


def _bomb(name: str) -> ImportFileError:
    return _fail(
        QT_TRANSLATE_NOOP(
            "Import",
            "{name} would expand to far more data than a ledger holds (a damaged or malicious "
            "file); it was not opened.",
        ),
        name=name,
    )


def check_ole2(p: Path) -> None:
    """An OLE2 file is either a legacy .xls or an encrypted (password-protected) xlsx."""
    from xlrd.compdoc import CompDoc

    name = p.name
    try:
        doc = CompDoc(p.read_bytes(), logfile=io.StringIO())
    except Exception:  # xlrd raises many kinds on a damaged directory
        raise _fail(
            QT_TRANSLATE_NOOP("Import", "{name} is damaged: it is not a readable Excel workbook."),
            name=name,
        ) from None
    streams = {getattr(d, "name", "") for d in doc.dirlist}
    if {"EncryptionInfo", "EncryptedPackage"} & streams:
        raise encrypted(name)
    if not {"Workbook", "Book"} & streams:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name} is an Office document but not an Excel workbook.",
            ),
            name=name,
        )


def damaged_zip(name: str) -> ImportFileError:
    return _fail(
        QT_TRANSLATE_NOOP("Import", "{name} is damaged: it is not a readable Excel workbook."),
        name=name,
    )


def encrypted(name: str) -> ImportFileError:
    return _fail(
        QT_TRANSLATE_NOOP(
            "Import",
            "{name} is protected by a password: open it in Excel, remove the password (File → "
            "Info → Protect Workbook) and import the saved copy.",
        ),
        name=name,
    )


def too_many_rows(name: str, rows: int) -> ImportFileError:
    return _fail(
        QT_TRANSLATE_NOOP(
            "Import",
            "{name} has {rows} rows; at most {limit} can be imported at once: split the file.",
        ),
        name=name,
        rows=rows,
        limit=MAX_ROWS,
    )


def vanished(name: str) -> ImportFileError:
    return _fail(
        QT_TRANSLATE_NOOP(
            "Import", "The file {name} was moved, deleted or changed while it was being read."
        ),
        name=name,
    )
