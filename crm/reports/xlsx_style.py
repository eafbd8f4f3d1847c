"""The workbook's look and its safety rules, for openpyxl's write-only (streaming) mode.

Every sheet is a table from A1: a styled header row that stays frozen on screen, repeats on
every printed page and carries an autofilter; column widths; number formats for counts, 万元
and dates; A4 page setup fitted to the page width, with page X of Y in the footer. Text that
starts with = + - @ is stored as text (never a formula) and marked so that editing the cell in
Excel keeps it text.
"""

from __future__ import annotations

from collections.abc import Iterable

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from crm.reports.brand import NAVY, PALE

PAPER_A4 = 9  # ECMA-376 paper size code
FORMULA_START = ("=", "+", "-", "@")
ID, COUNT, WAN, DAY, PERCENT, TEXT, WRAP = "id", "count", "wan", "day", "percent", "text", "wrap"
NUMBER_FORMATS = {COUNT: "#,##0", WAN: "#,##0", DAY: "yyyy-mm-dd", PERCENT: "0.0%"}
FONT_NAME = "Microsoft YaHei"  # what Chinese offices have; LibreOffice substitutes its own


def add_styles(wb: Workbook) -> None:
    """Named styles the cells refer to (one definition each in the file)."""
    thin = Side(style="thin", color="DDE3EA")
    head = NamedStyle("crm_head")
    head.font = Font(name=FONT_NAME, bold=True, color="FFFFFF", size=10)
    head.fill = PatternFill("solid", fgColor=NAVY.lstrip("#"))
    head.alignment = Alignment(vertical="center", wrap_text=True)
    head.border = Border(bottom=thin)
    wb.add_named_style(head)
    for name, fmt in (
        ("crm_count", NUMBER_FORMATS[COUNT]),
        ("crm_wan", NUMBER_FORMATS[WAN]),
        ("crm_day", NUMBER_FORMATS[DAY]),
        ("crm_percent", NUMBER_FORMATS[PERCENT]),
    ):
        style = NamedStyle(name, number_format=fmt)
        style.font = Font(name=FONT_NAME, size=10)
        wb.add_named_style(style)
    for name, bold, size, color in (
        ("crm_text", False, 10, "1F2933"),
        ("crm_title", True, 16, NAVY.lstrip("#")),
        ("crm_subtitle", True, 11, NAVY.lstrip("#")),
        ("crm_note", False, 9, "5B6B7C"),
    ):
        style = NamedStyle(name)
        style.font = Font(name=FONT_NAME, bold=bold, size=size, color=color)
        wb.add_named_style(style)
    wrap = NamedStyle("crm_wrap")
    wrap.font = Font(name=FONT_NAME, size=10)
    wrap.alignment = Alignment(wrap_text=True, vertical="top")
    wb.add_named_style(wrap)
    total = NamedStyle("crm_total", number_format=NUMBER_FORMATS[COUNT])
    total.font = Font(name=FONT_NAME, bold=True, size=10)
    total.fill = PatternFill("solid", fgColor=PALE.lstrip("#"))
    wb.add_named_style(total)


def safe_text(ws: WriteOnlyWorksheet, value: str, style: str | None = None) -> WriteOnlyCell:
    """A text cell that is never read as a formula, whatever it starts with."""
    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"  # openpyxl would otherwise store "=…" as a formula
    cell.quotePrefix = True
    if style:
        cell.style = style
    return cell


def styled(ws: WriteOnlyWorksheet, value, style: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value)
    cell.style = style
    return cell


def total_cell(ws: WriteOnlyWorksheet, value) -> WriteOnlyCell | None:
    """A cell of a total row (bold, shaded)."""
    if value is None:
        return None
    return (
        safe_text(ws, value, "crm_total")
        if isinstance(value, str)
        else styled(ws, value, "crm_total")
    )


def value_cell(ws: WriteOnlyWorksheet, value, kind: str):
    """One cell of a data row: ids, dates and plain text go as they are (fast); counts,
    amounts, percentages and wrapped text get their style; formula-like text is made safe."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        if value.startswith(FORMULA_START):
            return safe_text(ws, value, "crm_wrap" if kind == WRAP else None)
        return styled(ws, value, "crm_wrap") if kind == WRAP else value
    style = {COUNT: "crm_count", WAN: "crm_wan", PERCENT: "crm_percent"}.get(kind)
    if style and isinstance(value, int | float):
        return styled(ws, value, style)
    return value  # ids; dates get yyyy-mm-dd from openpyxl itself


def setup_table(
    ws: WriteOnlyWorksheet,
    columns: list[tuple[str, str, float]],
    rows: int,
    *,
    footer: str,
    landscape: bool | None = None,
) -> None:
    """Widths, frozen header, autofilter over the table, print setup. Call before writing.
    ``columns``: (header, kind, width in characters); ``rows``: data rows to come."""
    for n, (_h, _kind, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{rows + 1}"
    ws.print_title_rows = "1:1"
    total = sum(w for _h, _k, w in columns)
    wide = total > 100 if landscape is None else landscape
    ws.page_setup.orientation = "landscape" if wide else "portrait"
    ws.page_setup.paperSize = PAPER_A4
    # about 160 characters fit across a landscape page at a readable size; wider tables
    # print on several pages across, their first columns repeated on each
    across = max(1, round(total / 160))
    ws.page_setup.fitToWidth = across
    if across > 1:
        ws.print_title_cols = "A:B"
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.left.text = footer
    ws.oddFooter.right.text = "&P / &N"


def header_row(ws: WriteOnlyWorksheet, columns: list[tuple[str, str, float]]) -> list:
    return [safe_text(ws, h, "crm_head") for h, _kind, _w in columns]


def data_row(
    ws: WriteOnlyWorksheet, values: Iterable, columns: list[tuple[str, str, float]]
) -> list:
    return [value_cell(ws, v, kind) for v, (_h, kind, _w) in zip(values, columns, strict=True)]
