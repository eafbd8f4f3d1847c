"""What every ledger reader gives: a Book of sheets, each a stream of rows of plain values
(crm.importing.readers opens one; crm.importing.xlsx_book is the .xlsx kind)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.importing import guard

Row = tuple[Any, ...]


class Book:
    """An opened spreadsheet: its sheet names and a row stream per sheet."""

    kind = ""
    encoding: str | None = None

    def __init__(self, path: Path):
        self.path = path
        self.sheet_names: list[str] = []
        #: sheets the workbook hides (a ledger's own copy of old rows, lookup lists)
        self.hidden_sheets: set[str] = set()

    def rows(self, sheet: str) -> Iterator[Row]:
        raise NotImplementedError

    def estimated_rows(self, sheet: str) -> int | None:
        return None

    def merged(self, sheet: str) -> list[tuple[int, int, int, int]]:
        """Merged ranges (first row, first column, last row, last column; 0-based)."""
        return []

    def hidden_rows(self, sheet: str) -> set[int]:
        """Row numbers (1-based) hidden in the sheet."""
        return set()

    def hidden_columns(self, sheet: str) -> set[int]:
        """Column indexes (0-based) hidden in the sheet."""
        return set()

    def close(self) -> None:
        pass


def damaged(name: str) -> UserError:
    return guard.ImportFileError(
        QT_TRANSLATE_NOOP(
            "Import", "{name} is damaged: it is not a readable Excel workbook."
        ).format(name=name)
    )
