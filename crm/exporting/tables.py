"""Any table the app shows (the dashboard, the funnel, the follow-up review, an activity list)
to .xlsx with the app's one writer (crm.exporting.xlsx): one sheet per table, its values as
the person sees them (the views mask what the person may not see before anything reaches
here), numbers as numbers, printed on A4 landscape fitted to the width with the table's title
in the page header and the store's name in the footer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from crm.exporting.xlsx import NOTE, SUBTITLE, Book


@dataclass
class TableData:
    title: str
    headers: list[str]
    rows: list[Sequence[Any]]
    #: Excel number formats or column kinds (crm.exporting.xlsx.KIND_FORMATS); None: text
    formats: list[str | None] = field(default_factory=list)
    note: str = ""


def export_tables(path: str | Path, tables: list[TableData], *, title: str, footer: str) -> Path:
    """Write ``tables`` (one sheet each) to ``path``, replaced only once complete."""
    book = Book()
    for t in tables:
        sheet = book.sheet(t.title)
        sheet.line(t.title, SUBTITLE)
        if t.note:
            sheet.line(t.note, NOTE)
        widths = [max(8, min(40, max([len(str(h)) * 1.6] + [len(str(r[i])) * 1.2 for r in t.rows[:200]
                                                              if i < len(r) and r[i] is not None])))
                  for i, h in enumerate(t.headers)]  # fmt: skip
        formats = t.formats or [_kind(t.rows, i) for i in range(len(t.headers))]
        sheet.header(t.headers, widths=widths, formats=formats)
        sheet.print_setup(title=f"{title} · {t.title}", footer=footer)
        sheet.extend(t.rows)
    return book.save(path)


def _kind(rows: list[Sequence[Any]], column: int) -> str | None:
    """A column of numbers gets thousands separators; dates their ISO format."""
    values = [r[column] for r in rows if column < len(r) and r[column] is not None]
    if values and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "#,##0" if all(float(v).is_integer() for v in values) else "#,##0.0"
    if values and all(isinstance(v, date) for v in values):
        return "yyyy-mm-dd"
    return None
