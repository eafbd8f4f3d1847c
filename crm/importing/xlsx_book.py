""".xlsx ledgers: python-calamine (Rust, pandas' own engine for Excel) reads each sheet in one
pass, ten times faster than openpyxl; openpyxl's streaming reader takes a sheet whose cells
could span more than crm.importing.sheet_scan.MAX_DENSE_CELLS (a stray value far off to the
right or below), which calamine would build as one dense block.

Both read the value a formula had when the file was saved, never the formula, and never
evaluate anything. The merged cells come from calamine, hidden rows and columns from the scan
the guard made of the same bytes (crm.importing.guard.inspect_file); the numbers whose format
shows a unit from the styles (crm.importing.number_formats), looked for only in a workbook
that has such a format.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from crm.errors import UserError
from crm.importing import guard
from crm.importing import number_formats as NF
from crm.importing.book import Book, Row, damaged
from crm.importing.sheet_scan import MAX_DENSE_CELLS, SheetShape, exact_reach, sheet_parts

#: (first row, first column, last row, last column), 0-based, inclusive
Merge = tuple[int, int, int, int]


class XlsxBook(Book):
    kind = guard.XLSX

    def __init__(self, path: Path, checked: guard.Checked):
        super().__init__(path)
        import python_calamine as pc  # late: the reader loads with its first .xlsx

        self._data = checked.data
        try:
            self._wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(checked.data))
            meta = self._wb.sheets_metadata
        except pc.PasswordError as exc:
            raise guard.encrypted(path.name) from exc
        except Exception as exc:  # calamine's XML, ZIP and format errors
            raise damaged(path.name) from exc
        self.sheet_names = [m.name for m in meta if m.typ == pc.SheetTypeEnum.WorkSheet]
        self.hidden_sheets = {
            m.name for m in meta if m.visible != pc.SheetVisibleEnum.Visible
        } & set(self.sheet_names)
        with zipfile.ZipFile(io.BytesIO(checked.data)) as z:
            parts = sheet_parts(z)
            #: cell style → the words its number format shows (empty: none shows any)
            self._styles = _styles(z, path.name)
        self._shapes: dict[str, SheetShape | None] = {
            name: checked.sheets.get(parts.get(name, "")) for name in self.sheet_names
        }
        self._parts = parts
        self._rows: dict[str, list[Row]] = {}
        self._merged: dict[str, list[Merge]] = {}

    # ------------------------------------------------------------ reading
    def _dense_ok(self, sheet: str) -> bool:
        """May calamine build this sheet as one block?"""
        shape = self._shapes.get(sheet)
        if shape is None:
            return False
        if shape.dense_cells() <= MAX_DENSE_CELLS:
            return True
        if shape.unknown or shape.cells != shape.cells_placed:
            return False
        with zipfile.ZipFile(io.BytesIO(self._data)) as z:
            return exact_reach(z, self._parts[sheet]) <= MAX_DENSE_CELLS

    def _load(self, sheet: str) -> list[Row]:
        rows = self._rows.get(sheet)
        if rows is not None:
            return rows
        if self._dense_ok(sheet):
            rows, merged = self._calamine(sheet)
        else:
            rows, merged = list(self._streamed(sheet)), []
        end = len(rows)
        while end and not rows[end - 1]:  # a stray cell past the columns read leaves these
            end -= 1
        del rows[end:]
        if self._styles:
            self._show_units(sheet, rows)
        self._rows[sheet], self._merged[sheet] = rows, merged
        return rows

    def _calamine(self, sheet: str) -> tuple[list[Row], list[Merge]]:
        try:
            ws = self._wb.get_sheet_by_name(sheet)
            cells = ws.to_python(skip_empty_area=False)
            merged = [(a, b, c, d) for (a, b), (c, d) in ws.merged_cell_ranges or ()]
        except Exception as exc:
            raise damaged(self.path.name) from exc
        limit = guard.MAX_COLUMNS
        return [_plain(row, limit) for row in cells], merged

    def _streamed(self, sheet: str) -> Iterator[Row]:
        """openpyxl's read-only reader: row by row, never more than one row in memory."""
        import openpyxl  # late: openpyxl is slow to load and rarely needed

        try:
            wb = openpyxl.load_workbook(
                io.BytesIO(self._data), read_only=True, data_only=True, keep_links=False
            )
            try:
                ws = wb[sheet]
                for row in ws.iter_rows(values_only=True, max_col=guard.MAX_COLUMNS):
                    yield _plain(row, guard.MAX_COLUMNS)
            finally:
                wb.close()
        except (zipfile.BadZipFile, OSError, EOFError, KeyError, zlib.error) as exc:
            raise damaged(self.path.name) from exc
        except UserError:
            raise
        except Exception as exc:  # XML errors, defusedxml refusals …
            raise damaged(self.path.name) from exc

    def _show_units(self, sheet: str, rows: list[Row]) -> None:
        """Each number whose format shows words, as the cell shows it (number_formats)."""
        try:
            with zipfile.ZipFile(io.BytesIO(self._data)) as z:
                cells = NF.xlsx_cells(z.read(self._parts[sheet]), self._styles)
        except (KeyError, zipfile.BadZipFile, zlib.error) as exc:
            raise damaged(self.path.name) from exc
        for (r, c), words in cells.items():
            if r < len(rows) and c < len(rows[r]):
                row = rows[r]
                rows[r] = (*row[:c], NF.shown(row[c], words), *row[c + 1 :])

    def rows(self, sheet: str) -> Iterator[Row]:
        return iter(self._load(sheet))

    def estimated_rows(self, sheet: str) -> int | None:
        return len(self._load(sheet))

    def merged(self, sheet: str) -> list[Merge]:
        self._load(sheet)
        return self._merged.get(sheet, [])

    def hidden_rows(self, sheet: str) -> set[int]:
        shape = self._shapes.get(sheet)
        return shape.hidden_rows if shape else set()

    def hidden_columns(self, sheet: str) -> set[int]:
        shape = self._shapes.get(sheet)
        return shape.hidden_columns if shape else set()

    def close(self) -> None:
        self._wb.close()
        self._rows.clear()


def _styles(z: zipfile.ZipFile, file_name: str) -> dict[int, NF.Words]:
    """The cell styles whose number format shows words ({} without a styles part)."""
    names = z.namelist()
    name = "xl/styles.xml" if "xl/styles.xml" in names else None
    name = name or next((n for n in names if n.lower().endswith("/styles.xml")), None)
    if name is None:
        return {}
    try:
        return NF.xlsx_styles(z.read(name))
    except (SyntaxError, ValueError, zlib.error) as exc:  # XML errors, defusedxml refusals
        raise damaged(file_name) from exc


def _plain(row: Sequence[object], limit: int) -> Row:
    """A row as plain values: None for an empty cell, no empty cells at the end."""
    cells = row[:limit]
    blank = cells.count("")
    if cells.count(None) + blank == len(cells):  # in C: most of a sparse sheet
        return ()
    end = len(cells)
    while cells[end - 1] is None or cells[end - 1] == "":
        end -= 1
    if not blank:  # no empty text to turn into None: no Python loop over the cells
        return tuple(cells[:end])
    return tuple([None if c == "" else c for c in cells[:end]])


__all__ = ["XlsxBook", "Merge"]
