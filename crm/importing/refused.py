"""The refused rows as a workbook: the file's own header and cells, then the row number in the
original file and the reason, so the officer fixes them in Excel and imports that file again
(the two added columns are recognised and left out of the mapping)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from crm.exporting import xlsx
from crm.i18n import QT_TRANSLATE_NOOP, current_language
from crm.importing.plan import ImportPlan

ROW_LABEL = QT_TRANSLATE_NOOP("Import", "Row in original file")
REASON_LABEL = QT_TRANSLATE_NOOP("Import", "Why it was refused")
_FORMATS = {datetime: "yyyy-mm-dd", date: "yyyy-mm-dd"}


def write_refused(plan: ImportPlan, path: str | Path, *, lang: str | None = None) -> int:
    """Write the refused rows of ``plan`` to ``path``; returns how many."""
    lang = lang or current_language()
    refused = plan.refused
    headers = list(plan.table.headers)
    width = max([len(headers)] + [len(r.cells) for r in refused])
    headers += [""] * (width - len(headers))
    wb = xlsx.new_workbook()
    sheet = xlsx.SheetWriter(wb, plan.table.sheet or "Sheet1")
    formats = _column_formats(refused, width)
    sheet.header(
        [*headers, ROW_LABEL.render(lang), REASON_LABEL.render(lang)],
        widths=[14] * width + [10, 60],
        formats=[*formats, "0", None],
    )
    for r in refused:
        cells = list(r.cells) + [None] * (width - len(r.cells))
        sheet.append([*cells, r.number, r.reason_text(lang)])
    sheet.finish()
    xlsx.save(wb, path)
    return len(refused)


def _column_formats(rows, width: int) -> list[str | None]:
    """Dates keep a date format; everything else is written as it was read."""
    out: list[str | None] = [None] * width
    for r in rows:
        for i, v in enumerate(r.cells):
            if out[i] is None and type(v) in _FORMATS:
                out[i] = _FORMATS[type(v)]
    return out
