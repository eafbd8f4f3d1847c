"""Hostile and broken files: each gives a clear error, writes nothing and does not hang."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from crm.importing import guard
from crm.importing.api import ImportCancelled, ImportFileError, plan_import, read_table, run_import
from tests.importing.helpers import encrypted_xlsx, store_hash
from tests.importing.ledgers import write_ledger


@pytest.fixture
def unchanged(store):
    """The store must be exactly as before when the test ends."""
    before = store_hash(store)
    yield store
    assert store_hash(store) == before


def refused(path, match: str) -> None:
    """The file is refused with a message (checked in English, shown translated)."""
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    message = err.value.message
    assert match in message.render("en")
    assert message.render("zh_CN") != message.render("en")  # the user reads it in Chinese


def test_not_a_spreadsheet(unchanged, tmp_path):
    png = tmp_path / "photo.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    refused(png, "not a spreadsheet")
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    refused(docx, "not an Excel workbook")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    refused(broken, "damaged")
    refused(tmp_path / "missing.xlsx", "does not exist")
    (tmp_path / "empty.csv").write_bytes(b"")
    refused(tmp_path / "empty.csv", "is empty")


def test_empty_workbook(unchanged, tmp_path):
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    refused(path, "has no rows")


def test_password_protected_workbook(unchanged, tmp_path):
    refused(encrypted_xlsx(tmp_path / "secret.xlsx"), "protected by a password")


def test_no_recognisable_header(unchanged, tmp_path):
    path = tmp_path / "numbers.xlsx"
    wb = openpyxl.Workbook()
    for r in range(20):
        wb.active.append([r, r * 2, "某某", None, 3.5])
    wb.save(path)
    refused(path, "No header row was recognised")
    with pytest.raises(ImportFileError) as err:
        read_table(write_ledger(tmp_path / "l.xlsx"), "Sheet9")
    assert "has no sheet Sheet9; it has: 2026年台账, 填表说明" in err.value.message.render("en")


def _million_rows(tmp_path: Path) -> list[Path]:
    """A real 1,000,000-row sheet, with and without its <dimension> element, streamed into
    the ZIP (no gigabyte of memory needed)."""
    template = tmp_path / "t.xlsx"
    openpyxl.Workbook().save(template)
    with zipfile.ZipFile(template) as src:
        members = {n: src.read(n) for n in src.namelist()}
    head = (
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>项目名称</t></is></c></row>'
    ).encode()
    body = [
        "".join(
            f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>公司{n}</t></is></c>'
            f'<c r="C{n}"><v>{n}</v></c></row>'
            for n in range(start, min(start + 100_000, 1_000_001))
        ).encode()
        for start in range(2, 1_000_001, 100_000)
    ]
    out = []
    for dimension in (b'<dimension ref="A1:C1000000"/>', b""):
        path = tmp_path / f"million{len(out)}.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            for name, data in members.items():
                if name != "xl/worksheets/sheet1.xml":
                    z.writestr(name, data)
            with z.open("xl/worksheets/sheet1.xml", "w") as fh:
                fh.write(
                    b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://'
                    b'schemas.openxmlformats.org/spreadsheetml/2006/main">' + dimension + head
                )
                for chunk in body:
                    fh.write(chunk)
                fh.write(b"</sheetData></worksheet>")
        out.append(path)
    return out


def test_a_million_rows_is_refused_before_parsing(unchanged, tmp_path):
    for path in _million_rows(tmp_path):
        refused(path, f"at most {guard.MAX_ROWS}")


def test_reading_streams_with_progress_and_can_be_cancelled(unchanged, tmp_path):
    rows = [
        (
            f"公司{n}",
            None,
            f"项目{n}",
            "数字经济",
            "紫金港",
            n,
            None,
            "在谈",
            None,
            None,
            None,
            None,
            None,
            None,
        )
        for n in range(2000)
    ]
    path = write_ledger(tmp_path / "l.xlsx", rows=rows)
    seen = []
    with pytest.raises(ImportCancelled):
        read_table(path, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: bool(seen))
    assert seen == [(500, 2006)]  # stopped at the first check after the first progress


def test_more_rows_than_the_limit_in_a_csv(unchanged, tmp_path, monkeypatch):
    monkeypatch.setattr(guard, "MAX_ROWS", 1000)
    path = tmp_path / "long.csv"
    path.write_text(
        "企业名称,项目名称\n" + "".join(f"公司{n},项目{n}\n" for n in range(1500)), encoding="utf-8"
    )
    refused(path, "at most 1000")


def test_zip_bomb_disguised_as_xlsx(unchanged, tmp_path):
    path = write_ledger(tmp_path / "bomb.xlsx")
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z,
        z.open("xl/worksheets/sheet9.xml", "w") as fh,
    ):
        chunk = b" " * (1 << 20)
        for _ in range(64):  # 64 MB of spaces: a few tens of KB compressed
            fh.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    refused(path, "expand to far more data")


def test_csv_in_an_unexpected_encoding(unchanged, tmp_path):
    sjis = tmp_path / "japan.csv"
    sjis.write_bytes("会社名,プロジェクト名\nトヨタ自動車,水素エンジン\n".encode("shift_jis"))
    refused(sjis, "not in UTF-8 or GB18030")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("company,project\nSociété Générale,Crédit à Zürich\n".encode("latin-1"))
    refused(latin, "not in UTF-8 or GB18030")


def test_file_deleted_while_importing(store, people, tmp_path):
    path = write_ledger(tmp_path / "l.xlsx")
    table = read_table(path)
    path.unlink()  # gone between the preview and the import: the preview holds the rows
    result = run_import(store, people.zhao, plan_import(store, people.zhao, table))
    assert result.counts.created == 4


def test_file_cut_short_while_being_read(unchanged, tmp_path):
    """The file is read once and its checked bytes parsed: cutting it short while the rows are
    sorted out changes nothing; a file already cut short is damaged."""
    rows = [
        (f"公司{n}", None, f"项目{n}", "数字经济", "紫金港", n, None, "在谈", *[None] * 6)
        for n in range(3000)
    ]
    path = write_ledger(tmp_path / "l.xlsx", rows=rows)
    size = path.stat().st_size

    def truncate(done, total):
        with path.open("r+b") as fh:
            fh.truncate(size // 3)

    assert len(read_table(path, progress=truncate).rows) == 3000
    assert path.stat().st_size == size // 3
    refused(path, "damaged")
