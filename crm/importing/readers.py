"""Reading the cells of a ledger: .xlsx (crm.importing.xlsx_book: python-calamine, cached
formula values), .xls (xlrd) and .csv (UTF-8 with or without BOM, UTF-16 with BOM,
GB18030/GBK; the delimiter detected). A number whose format shows its unit (1.2 shown
'1.2亿元') comes as crm.importing.number_formats.ShownNumber from either workbook kind. Every reader yields rows as tuples of plain values (str,
int, float, bool, date, datetime, None). The file is read once, by the guard, and the readers
parse the bytes it checked.

Formulas are never evaluated: calamine and openpyxl (``data_only=True``) return the value Excel
or LibreOffice cached when the file was saved, xlrd reads cached values only.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.importing import guard
from crm.importing import number_formats as NF
from crm.importing.book import Book, Row, damaged
from crm.importing.xlsx_book import XlsxBook


class XlsBook(Book):
    kind = guard.XLS

    def __init__(self, path: Path, data: bytes):
        super().__init__(path)
        import xlrd  # late: loaded only for a .xls ledger

        try:
            # formatting_info: the merged ranges, hidden rows, columns and sheets (an .xls
            # holds at most 65,536 rows: the extra detail costs little)
            self._wb = xlrd.open_workbook(
                file_contents=data, on_demand=True, formatting_info=True, logfile=io.StringIO()
            )
        except xlrd.XLRDError as exc:
            if "encrypt" in str(exc).lower():
                raise guard.encrypted(path.name) from exc
            raise damaged(path.name) from exc
        except Exception as exc:
            raise damaged(path.name) from exc
        self.sheet_names = self._wb.sheet_names()
        #: cell style (XF) → the words its number format shows (crm.importing.number_formats)
        self._xf_words: dict[int, NF.Words] = {}
        for index, xf in enumerate(self._wb.xf_list):
            fmt = self._wb.format_map.get(xf.format_key)
            words = NF.words_of(fmt.format_str) if fmt is not None else None
            if words is not None:
                self._xf_words[index] = words
        visibility = getattr(self._wb, "_sheet_visibility", None) or []
        self.hidden_sheets = {n for n, v in zip(self.sheet_names, visibility, strict=False) if v}

    def estimated_rows(self, sheet: str) -> int | None:
        rows: int = self._wb.sheet_by_name(sheet).nrows  # xlrd is untyped
        return rows

    def merged(self, sheet: str) -> list[tuple[int, int, int, int]]:
        # xlrd's ranges are half-open (row_lo, row_hi, col_lo, col_hi)
        ws = self._wb.sheet_by_name(sheet)
        return [(r1, c1, r2 - 1, c2 - 1) for r1, r2, c1, c2 in ws.merged_cells]

    def hidden_rows(self, sheet: str) -> set[int]:
        ws = self._wb.sheet_by_name(sheet)
        return {r + 1 for r, info in ws.rowinfo_map.items() if info.hidden}

    def hidden_columns(self, sheet: str) -> set[int]:
        ws = self._wb.sheet_by_name(sheet)
        return {c for c, info in ws.colinfo_map.items() if info.hidden}

    def rows(self, sheet: str) -> Iterator[Row]:
        import xlrd  # late: loaded only for a .xls ledger

        ws = self._wb.sheet_by_name(sheet)
        mode = self._wb.datemode
        words = self._xf_words
        for r in range(ws.nrows):
            out: list[object] = []
            for c, (ctype, value) in enumerate(
                zip(ws.row_types(r), ws.row_values(r), strict=False)
            ):
                if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    out.append(None)
                elif ctype == xlrd.XL_CELL_DATE:
                    try:
                        out.append(xlrd.xldate.xldate_as_datetime(value, mode))
                    except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                        out.append(value)
                elif ctype == xlrd.XL_CELL_BOOLEAN:
                    out.append(bool(value))
                elif ctype == xlrd.XL_CELL_NUMBER and words:
                    out.append(NF.shown(value, words.get(ws.cell_xf_index(r, c))))
                else:
                    out.append(value)
            yield _trimmed(tuple(out[: guard.MAX_COLUMNS]))

    def close(self) -> None:
        self._wb.release_resources()


class CsvBook(Book):
    kind = guard.CSV

    def __init__(self, path: Path, data: bytes):
        super().__init__(path)
        self.text, self.encoding = decode(data, path.name)
        self.delimiter = sniff_delimiter(self.text)
        self.sheet_names = [path.stem or "CSV"]

    def estimated_rows(self, sheet: str) -> int | None:
        return self.text.count("\n") + 1

    def rows(self, sheet: str) -> Iterator[Row]:
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter)
        try:
            for row in reader:
                yield _trimmed(tuple((c if c.strip() else None) for c in row[: guard.MAX_COLUMNS]))
        except csv.Error as exc:
            raise damaged(self.path.name) from exc


def _trimmed(row: Row) -> Row:
    """Without the empty cells at the end (formatted but empty columns)."""
    end = len(row)
    while end and (row[end - 1] is None or row[end - 1] == ""):
        end -= 1
    return row if end == len(row) else row[:end]


def decode(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8 (BOM or not), UTF-16 with BOM, else GB18030 — each strictly; anything else is
    refused rather than read as mojibake."""
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise unknown_encoding(name) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise unknown_encoding(name) from None
    if not _plausible_chinese(text):
        raise unknown_encoding(name)
    return text, "gb18030"


def _plausible_chinese(text: str) -> bool:
    """GB18030 decodes most byte soup; real GBK ledgers use GB2312's common characters, text
    in Latin-1, Shift-JIS or Big5 read as GB18030 mostly does not."""
    wide = [c for c in text[:20000] if ord(c) > 0x7F]
    if not wide:
        return True
    common = 0
    for c in wide:
        try:
            c.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common >= 0.8 * len(wide)


def unknown_encoding(name: str) -> UserError:
    return guard.ImportFileError(
        QT_TRANSLATE_NOOP(
            "Import",
            "{name} is not in UTF-8 or GB18030 (GBK) text: in Excel, save it as "
            '"CSV UTF-8" or as a workbook and import that.',
        ).format(name=name)
    )


def sniff_delimiter(text: str) -> str:
    """The delimiter used most consistently on the first lines (comma if none)."""
    lines = [ln for ln in text[:65536].splitlines()[:30] if ln.strip()]
    best, best_score = ",", 0.0
    for d in (",", "\t", ";", "|"):
        counts = sorted(len(re.findall(re.escape(d), ln)) for ln in lines)
        if not counts:
            continue
        median = counts[len(counts) // 2]
        if median > best_score:
            best, best_score = d, median
    return best


def open_book(path: str | Path) -> Book:
    """Read and check the file (guard) and open its bytes with the reader they call for."""
    p = Path(path)
    checked = guard.inspect_file(p)
    if checked.kind == guard.XLSX:
        return XlsxBook(p, checked)
    if checked.kind == guard.XLS:
        return XlsBook(p, checked.data)
    return CsvBook(p, checked.data)


__all__ = ["Book", "open_book", "decode", "sniff_delimiter", "Row"]
