"""The weekly report's one layout: its sections, in order, and in each the texts, tables and
charts with their figures, labels and units — described once, Qt-free, in plain data. The PDF,
the workbook and the .docx only draw it (crm.reports.pdf, .xlsx, .docx): adding a figure to the
report is one change in ``crm.reports.layout_build``, and every output carries it.

How a value reads is also said once (``cell_text``): counts with thousands separators, amounts
in 万元 as numbers under a head that names the unit, percentages, ISO dates. The workbook keeps
numbers as numbers with the matching number formats.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from crm.analytics.figures import Figure
from crm.reports import fmt

ID, COUNT, WAN, DAY, PERCENT, TEXT, WRAP = "id", "count", "wan", "day", "percent", "text", "wrap"
#: text styles
TITLE, SUBTITLE, BODY, NOTE, QUOTE = "title", "subtitle", "body", "note", "quote"


@dataclass(frozen=True)
class Column:
    head: str
    kind: str = TEXT
    #: width in characters (the workbook's unit; printed tables share the page by it)
    width: float = 12
    #: False: in the workbook only (ids, detail columns a printed page has no room for)
    printed: bool = True
    #: index of a column printed in small type under this one (a project under its company)
    sub: int | None = None


@dataclass
class Table:
    key: str
    title: str | None
    columns: list[Column]
    rows: Iterable[list[Any]]
    count: int
    #: data rows (0-based) that are totals
    totals: tuple[int, ...] = ()
    #: rows the printed outputs show (None: all; 0: workbook only); the rest in the workbook
    printed: int | None = None
    #: workbook sheet; tables naming the same sheet are stacked on it under a first column
    #: holding each table's title
    sheet: str | None = None
    #: the figures behind the cells, for the drill-down of the preview (same shape as rows)
    figures: list[list[Figure | None]] | None = None
    #: many narrow number columns: printed with smaller heads
    dense: bool = False
    #: a progress bar beside a percent column: (column, share of the year elapsed)
    bars: tuple[int, float] | None = None
    #: said under the table when it is cut in print
    cut_note: str | None = None

    @property
    def printed_rows(self) -> int:
        return self.count if self.printed is None else min(self.printed, self.count)


@dataclass(frozen=True)
class Text:
    text: str
    style: str = BODY


@dataclass(frozen=True)
class Kpi:
    key: str
    label: str
    value: float
    kind: str
    below: str
    figure: Figure | None = None


@dataclass(frozen=True)
class Kpis:
    items: list[Kpi]


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float]


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    #: funnel (horizontal bars, a category each), bars (grouped columns), lines
    kind: str
    categories: list[str]
    series: list[Series]
    x_label: str = ""
    y_label: str = ""
    #: a note per category printed at the bar's end (the funnel's conversions)
    notes: list[str] = field(default_factory=list)
    #: half the page wide (two side by side)
    half: bool = False


Block = Text | Kpis | Table | Chart


@dataclass
class Section:
    key: str
    title: str
    blocks: list[Block]


@dataclass
class Layout:
    """The report as drawn: cover lines, then sections; ``footer`` and ``fingerprint`` on
    every page; ``sheet_name`` the workbook's first sheet."""

    title: str
    period: str
    cover: list[Text]
    sections: list[Section]
    footer: str
    fingerprint: str | None
    meta: dict[str, str]
    summary_sheet: str
    notes_sheet: str
    lang: str

    def tables(self) -> list[Table]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table)]

    def charts(self) -> list[Chart]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Chart)]


def cell_text(value: Any, kind: str, lang: str) -> str:
    """How a cell reads in print."""
    if value is None or value == "":
        return "" if kind in (TEXT, WRAP, DAY) else "—"
    if kind in (COUNT, ID):
        return fmt.count(value) if kind == COUNT else str(value)
    if kind == WAN:
        return fmt.wan(value)
    if kind == PERCENT:
        return fmt.percent(value)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def kpi_text(kpi: Kpi, lang: str) -> str:
    """A headline tile's value: amounts with their unit (万元, 亿元 / RMB m)."""
    return fmt.amount(kpi.value, lang) if kpi.kind == WAN else fmt.count(kpi.value)
