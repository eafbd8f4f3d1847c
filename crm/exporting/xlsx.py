"""Writing a styled table to .xlsx with openpyxl's write-only mode (streaming, so 100,000 rows
take the time openpyxl needs and little memory): a bold header on the brand colour, frozen,
with an autofilter; column widths; number formats per column (万元 amounts, dates).

Text that starts with = + - @ (or reads like an Excel error such as #N/A) is written as text
with Excel's quote prefix, never as a formula: a company name like "=HYPERLINK(…)" in a ledger
must not run when a colleague opens the export (CSV/formula injection). The file is written
beside the target and moved over it at the end, so a failed export leaves no half file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP

BRAND = "1F4E79"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor=BRAND)
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
HEADER_BORDER = Border(bottom=Side(style="thin", color="808080"))
FORMULA_START = ("=", "+", "-", "@")
_ERROR_LIKE = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_START) or text in _ERROR_LIKE


class _Worksheet(WriteOnlyWorksheet):
    """openpyxl's write-only sheet, taking our preset styled cells as they are: openpyxl's own
    row builder finds a cell object only by failing to convert it (an exception and a repr per
    cell), which costs more than writing it."""

    def _values_to_row(self, values, row_idx):
        cell = WriteOnlyCell(self)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if type(value) is Cell:
                value.column, value.row = col_idx, row_idx
                yield value
                continue
            cell.value = value
            cell.column, cell.row = col_idx, row_idx
            yield cell
            if cell.has_style:  # a date got its number format: the next value needs a new cell
                cell = WriteOnlyCell(self)


class SheetWriter:
    """One sheet of a write-only workbook: header first, then rows, then ``save``."""

    def __init__(self, wb: Workbook, title: str):
        self.wb = wb
        self.ws = _Worksheet(parent=wb, title=title[:31])
        wb._add_sheet(self.ws)
        self._cells: list[WriteOnlyCell | None] = []
        self.width = 0
        self.count = 0

    def header(
        self,
        labels: Sequence[str],
        *,
        widths: Sequence[int | None] = (),
        formats: Sequence[str | None] = (),
        freeze: str = "A2",
    ) -> None:
        self.width = len(labels)
        for i, w in enumerate(widths, start=1):
            if w:
                self.ws.column_dimensions[get_column_letter(i)].width = w
        self.ws.freeze_panes = freeze
        self.ws.auto_filter.ref = f"A1:{get_column_letter(max(self.width, 1))}1"
        row = []
        for label in labels:
            cell = WriteOnlyCell(self.ws, value=None)
            self._set_text(cell, str(label))
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            cell.alignment, cell.border = HEADER_ALIGN, HEADER_BORDER
            row.append(cell)
        self.ws.append(row)
        self.ws.row_dimensions[1].height = 30
        formats = list(formats) + [None] * (self.width - len(formats))
        self._cells = []
        for fmt in formats:
            if fmt is None:
                self._cells.append(None)
            else:
                cell = WriteOnlyCell(self.ws)
                cell.number_format = fmt  # one style per column, set once and reused
                self._cells.append(cell)

    def append(self, values: Sequence[Any]) -> None:
        row: list[Any] = []
        for value, cell in zip(values, self._cells, strict=False):
            if isinstance(value, str):
                if value and (value[0] in "=+-@#") and is_formula_like(value):
                    row.append(self._text_cell(value))
                    continue
                row.append(value)
            elif value is None or cell is None:
                row.append(value)
            else:
                cell.value = value
                row.append(cell)
        self.ws.append(row)
        self.count += 1

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.append(values)

    def finish(self) -> None:
        """Widen the autofilter over the rows written."""
        last = get_column_letter(max(self.width, 1))
        self.ws.auto_filter.ref = f"A1:{last}{self.count + 1}"

    def discard(self) -> None:
        """Abandon the sheet (cancel, error): close openpyxl's stream and drop its temp file."""
        _abandon(self.ws)

    def _text_cell(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws)
        self._set_text(cell, text)
        cell.quotePrefix = True
        return cell

    @staticmethod
    def _set_text(cell: WriteOnlyCell, text: str) -> None:
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", text)
        cell.data_type = "s"  # never a formula, never an error value


def _abandon(ws) -> None:
    """Close a write-only sheet's stream and drop its temporary file. Left open, openpyxl's
    generators are closed by the garbage collector at exit, inside lxml's writer, which prints
    "Exception ignored … LxmlSyntaxError" tracebacks after the user's one-line message."""
    with contextlib.suppress(Exception):
        ws.close()
    writer = getattr(ws, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


def abandon(wb: Workbook) -> None:
    """Give up a write-only workbook that will not be saved (every sheet, see _abandon)."""
    for ws in wb.worksheets:
        if isinstance(ws, WriteOnlyWorksheet):
            _abandon(ws)


def new_workbook() -> Workbook:
    wb = Workbook(write_only=True)
    wb.properties.creator = "Corridor CRM"
    return wb


def check_target(path: str | os.PathLike) -> None:
    """Refuse a workbook path whose folder is not there, before any work is done for it (the
    command line checks its output paths first; save checks again)."""
    target = Path(path)
    if not target.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Export", "The folder {folder} does not exist.").format(
                folder=str(target.parent)
            )
        )


def save(wb: Workbook, path: str | os.PathLike) -> Path:
    """Write beside ``path``, then move over it (no half-written file on failure)."""
    target = Path(path)
    try:
        check_target(target)
    except UserError:
        abandon(wb)
        raise
    tmp = target.with_name(f".{target.name}.partial")
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except PermissionError:
        abandon(wb)
        _discard(tmp)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Export", "{name} cannot be written: it is open in another program or read-only."
            ).format(name=target.name)
        ) from None
    except OSError as exc:
        abandon(wb)
        _discard(tmp)
        raise UserError(
            QT_TRANSLATE_NOOP("Export", "{name} cannot be written: {reason}").format(
                name=target.name, reason=exc.strerror or str(exc)
            )
        ) from None
    except BaseException:
        abandon(wb)
        _discard(tmp)
        raise
    return target


def _discard(p: Path) -> None:
    with contextlib.suppress(OSError):
        p.unlink()
