"""The workbook floors: rows written by rustpy-xlsxwriter alone, as a developer would write the
file our workbooks are, typed here from what the files hold (read back with openpyxl) — nothing
from crm is imported. "The same work" (issue 16) means the same file: every column's format
(a number format on numbers and dates, the quote prefix on text, so editing a cell keeps it
text), the styled header row, frozen and filtered, the widths, and the page setup (A4
landscape, fitted to the width, header rows repeated, a page header and footer). A floor that
left those out would time a plainer file than ours; ``bare`` keeps that one for comparison.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

#: what a cell's type takes as its format: (number format or None for text)
DAY, INSTANT = "yyyy-mm-dd", "yyyy-mm-dd hh:mm"


def _base(rx):
    return rx.Format().set_font_name("Microsoft YaHei").set_font_size(10)


def column_formats(rx, heads: list[str], rows: list, kinds: list[str | None] | None = None):
    """One Format per column: given ``kinds`` (number formats, None for text), or found from
    the first value of each column (text → quote prefix, numbers and dates their format)."""
    made: dict[Any, Any] = {}

    def fmt(code: str | None):
        if code not in made:
            made[code] = _base(rx).set_quote_prefix() if code is None else (
                _base(rx).set_num_format(code))  # fmt: skip
        return made[code]

    if kinds is None:
        kinds = []
        for i, head in enumerate(heads):
            value = next((r[i] for r in rows if i < len(r) and r[i] is not None), None)
            if isinstance(value, datetime):
                kinds.append(INSTANT if any(r[i] is not None and (r[i].hour or r[i].minute)
                                            for r in rows[:2000]) else DAY)  # fmt: skip
            elif isinstance(value, date):
                kinds.append(DAY)
            elif isinstance(value, int | float) and not isinstance(value, bool):
                kinds.append("0" if i == 0 else "#,##0.00" if "万元" in head else "#,##0.##")
            else:
                kinds.append(None)
    return {h: fmt(k) for h, k in zip(heads, kinds, strict=True)}


def options(rx, name: str, heads: list[str], formats: dict, widths: list[float], top: int = 0):
    """write_worksheets' options of one sheet, as our files carry them."""
    head = (_base(rx).set_bold().set_font_color("#FFFFFF").set_background_color("#163A5F")
            .set_text_wrap().set_align("vcenter").set_border_bottom("thin"))  # fmt: skip
    across = max(1, -(-int(sum(widths)) // 200))
    setup = {"landscape": True, "paper_size": 9, "repeat_rows": top, "fit_to_pages": (across, 0),
             "margins": {"left": 0.4, "right": 0.4, "top": 0.6, "bottom": 0.6},
             "header": f"&L{name}", "footer": "&Lstore.sqlite&R&P / &N"}  # fmt: skip
    if across > 1:
        setup["repeat_columns"] = (0, 1)
    return {
        "header_row": top,
        "header_format": head,
        "freeze_panes": {"row": top + 1, "col": 0},
        "autofilter": True,
        "column_widths": widths,
        "column_formats": formats,
        "page_setup": setup,
    }


def write(rx, sheets: list[tuple[str, list[str], Any, dict]], target) -> None:
    """``sheets``: (name, heads, records, options of the sheet) → one workbook."""
    merged: dict[str, dict] = {}
    for name, _heads, _records, opts in sheets:
        for key, value in opts.items():
            merged.setdefault(key, {})[name] = value
    rx.write_worksheets([(name, records) for name, _h, records, _o in sheets], target, **merged)
