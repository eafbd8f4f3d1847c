"""Helpers shared by the import and export tests: a fingerprint of everything a store holds,
LibreOffice conversions, and hostile files crafted byte by byte."""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import subprocess
import uuid
from pathlib import Path

from sqlalchemy import text

from crm.db.models import SQLModel
from tests.tools import require_tool


def store_rows(store, tables=None) -> dict[str, list]:
    """Every row of every table (and the search index), in primary-key order."""
    out = {}
    with store.engine.connect() as c:
        for table in SQLModel.metadata.sorted_tables:
            if tables and table.name not in tables:
                continue
            pk = ", ".join(col.name for col in table.primary_key.columns)
            # the traces a refusal or an export leave on purpose are not stored data
            where = (
                " WHERE action NOT IN ('refused', 'export')" if table.name == "audit_log" else ""
            )
            out[table.name] = [
                tuple(r)
                for r in c.execute(text(f"SELECT * FROM {table.name}{where} ORDER BY {pk}"))
            ]
        if tables is None:
            fts = "lead_fts" if store.is_sqlite else "lead_search"
            key = "rowid" if store.is_sqlite else "lead_id"
            out[fts] = [
                tuple(r) for r in c.execute(text(f"SELECT {key}, * FROM {fts} ORDER BY {key}"))
            ]
    return out


def store_hash(store) -> str:
    return hashlib.sha256(repr(store_rows(store)).encode()).hexdigest()


def convert(sources: list[Path], fmt: str, outdir: Path) -> list[Path]:
    """Convert files with LibreOffice headless (its own profile, so parallel runs do not
    collide); without LibreOffice the test skips, or fails in CI (tests/tools.py)."""
    soffice = require_tool("soffice")
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / f".lo-{uuid.uuid4().hex[:8]}"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(outdir)},
    )
    shutil.rmtree(profile, ignore_errors=True)
    ext = fmt.split(":")[0]
    out = [outdir / (p.stem + "." + ext) for p in sources]
    for p in out:
        assert p.exists(), f"LibreOffice did not write {p.name}"
    return out


def encrypted_xlsx(path: Path) -> Path:
    """An OLE2 compound file with EncryptionInfo and EncryptedPackage streams: the container
    Office writes for a password-protected .xlsx (MS-OFFCRYPTO)."""
    sector = 512
    end, free, fat_sect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    info = (
        b"\x04\x00\x04\x00\x40\x00\x00\x00" + b'<?xml version="1.0"?><encryption '
        b'xmlns="http://schemas.microsoft.com/office/2006/encryption"/>'
    ).ljust(4096, b"\0")
    package = struct.pack("<Q", 1234) + os.urandom(4088)
    # sectors: 0 FAT, 1 directory, 2-9 EncryptionInfo, 10-17 EncryptedPackage
    fat = [fat_sect, end] + list(range(3, 10)) + [end] + list(range(11, 18)) + [end]
    fat += [free] * (sector // 4 - len(fat))
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into("<I", header, 76, 0)
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, free)

    def entry(name: str, kind: int, left, right, child, start, size) -> bytes:
        e = bytearray(128)
        raw = (name + "\0").encode("utf-16-le")
        e[0 : len(raw)] = raw
        struct.pack_into("<HBB", e, 64, len(raw), kind, 1)
        struct.pack_into("<III", e, 68, left, right, child)
        struct.pack_into("<IQ", e, 116, start, size)
        return bytes(e)

    directory = (
        entry("Root Entry", 5, nostream, nostream, 1, end, 0)
        + entry("EncryptionInfo", 2, nostream, 2, nostream, 2, len(info))
        + entry("EncryptedPackage", 2, nostream, nostream, nostream, 10, len(package))
        + bytes(128)
    )
    path.write_bytes(
        bytes(header) + struct.pack(f"<{len(fat)}I", *fat) + directory + info + package
    )
    return path
