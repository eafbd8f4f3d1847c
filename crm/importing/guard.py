"""Files from outside are hostile until read (GUIDE.md): what a file is, decided from its bytes,
and the limits checked before any parser sees it.

* The kind comes from the signature, not the extension: ZIP (xlsx), OLE2 compound document
  (xls, or an encrypted xlsx, which Office wraps in OLE2 with EncryptionInfo and
  EncryptedPackage streams), otherwise text (CSV).
* An xlsx is checked in its ZIP directory before a reader opens it: total uncompressed size,
  each member's compression ratio (a zip bomb inflates a few KB into gigabytes) and the
  number of members; no XML part may declare a DTD (entity expansion, external entities);
  each worksheet's rows are counted and its reach bounded (crm.importing.sheet_scan).
* The file is read once: the bytes checked are the bytes parsed (a file changed between the
  check and the read cannot slip past it).
* Limits are documented constants; a file above them is refused with a clear message.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.importing.sheet_scan import SheetShape, has_doctype, scan_sheet

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


def _fail(text: Message, **params: object) -> ImportFileError:
    return ImportFileError(text.format(**params) if params else text)


@dataclass
class Checked:
    """A file that passed the checks: its kind, its bytes, and for an xlsx the shape of each
    worksheet part (crm.importing.sheet_scan)."""

    name: str
    kind: str
    data: bytes
    sheets: dict[str, SheetShape] = field(default_factory=dict)


def check_file(path: str | os.PathLike[str]) -> str:
    """The kind of the file (xlsx, xls or csv) after the checks that need no parsing."""
    return inspect_file(path).kind


def inspect_file(path: str | os.PathLike[str]) -> Checked:
    """Read the file once and check it: kind, limits, hostile content."""
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _fail(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The file {name} is {size} MB; files up to {limit} MB can be imported.",
                ),
                name=name,
                size=size // (1024 * 1024),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        data = p.read_bytes()
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
    except OSError:
        raise vanished(name) from None
    if not data:
        raise _fail(QT_TRANSLATE_NOOP("Import", "The file {name} is empty."), name=name)
    if len(data) > MAX_FILE_BYTES:  # grew since it was measured
        raise vanished(name)
    head = data[:8]
    if head.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                check_zip(z, name)
                sheets = scan_sheets(z, name)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, KeyError, ValueError):
            raise damaged_zip(name) from None
        return Checked(name, XLSX, data, sheets)
    if head.startswith(OLE2_MAGIC):
        check_ole2(data, name)
        return Checked(name, XLS, data)
    if _looks_binary(data):
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name} is not a spreadsheet: import an Excel workbook (.xlsx, .xls) or a CSV file.",
            ),
            name=name,
        )
    if _looks_html(data):  # what many web systems export as "Excel"
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
    return Checked(name, CSV, data)


def _looks_html(data: bytes) -> bool:
    sample = data[:4096].lower()
    text = sample.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")) or (
        text.startswith(b"<") and (b"<table" in sample or b"<html" in sample)
    )


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text has zero bytes
        return False
    if b"\x00" in sample:
        return True
    known = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ", b"Rar!", b"7z\xbc")
    return sample.startswith(known)


def check_zip(z: zipfile.ZipFile, name: str) -> None:
    """Refuse a ZIP that is not a workbook, that would inflate beyond the limits, or whose XML
    declares a DTD."""
    infos = z.infolist()
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
    for info in infos:
        if info.filename.endswith((".xml", ".rels", ".vml")) and has_doctype(z, info.filename):
            raise _fail(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{name} holds XML that no spreadsheet program writes (a document type "
                    "declaration, used to attack readers); it was not opened.",
                ),
                name=name,
            )


def scan_sheets(z: zipfile.ZipFile, name: str) -> dict[str, SheetShape]:
    """Each worksheet part's shape; a sheet with more rows than an import may have is refused
    here, before any reader builds it."""

    def too_many(rows: int) -> NoReturn:
        raise too_many_rows(name, rows)

    return {
        info.filename: scan_sheet(z, info.filename, MAX_ROWS + 1000, too_many)
        for info in z.infolist()
        if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
    }


def _bomb(name: str) -> ImportFileError:
    return _fail(
        QT_TRANSLATE_NOOP(
            "Import",
            "{name} would expand to far more data than a ledger holds (a damaged or malicious "
            "file); it was not opened.",
        ),
        name=name,
    )


def check_ole2(data: bytes, name: str) -> None:
    """An OLE2 file is either a legacy .xls or an encrypted (password-protected) xlsx."""
    from xlrd.compdoc import CompDoc  # late: xlrd loads only for an OLE2 (.xls) file

    try:
        doc = CompDoc(data, logfile=io.StringIO())
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
