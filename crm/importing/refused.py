"""The refused rows as a workbook: the file's own header and cells, then the row number in the
original file and the reason, so the officer fixes them in Excel and imports that file again
(the two added columns are recognised and left out of the mapping)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from crm import fields as F
from crm.exporting import xlsx
from crm.i18n import ZH, current_language
from crm.importing.headers import AMOUNT_UNITS, split_unit
from crm.importing.number_formats import ShownNumber
from crm.importing.plan import ImportPlan
from crm.importing.refused_labels import REASON_LABEL, ROW_LABEL
from crm.importing.rowplan import RowPlan

_FORMATS = {datetime: "yyyy-mm-dd", date: "yyyy-mm-dd"}


def write_refused(plan: ImportPlan, path: str | Path, *, lang: str | None = None) -> int:
    """Write the refused rows of ``plan`` to ``path``; returns how many."""
    lang = lang or current_language()
    refused = plan.refused
    headers = list(plan.table.headers)
    width = max([len(headers)] + [len(r.cells) for r in refused])
    headers += [""] * (width - len(headers))
    # what the file said outside its columns goes with them, so the fixed rows import the
    # same way: the unit stated above the table (or chosen in the wizard) into the header
    for col in plan.columns:
        spec = F.FIELDS_BY_NAME.get(col.target or "")
        if (
            spec is not None
            and spec.kind == F.AMOUNT
            and col.unit in AMOUNT_UNITS.values()
            and col.index < width
            and split_unit(headers[col.index])[1] is None
        ):
            headers[col.index] = f"{headers[col.index]}（{col.unit}）"
    # … and the city the title named, as a column of its own when the file has none
    city = None
    if plan.default_city_name and "city" not in {c.target for c in plan.columns}:
        city = plan.default_city_name
    wb = xlsx.new_workbook()
    sheet = xlsx.SheetWriter(wb, plan.table.sheet or "Sheet1")
    formats = _column_formats(refused, width)
    extra = [F.label("city").render(ZH)] if city else []
    sheet.header(
        [*headers, *extra, ROW_LABEL.render(lang), REASON_LABEL.render(lang)],
        widths=[14] * (width + len(extra)) + [10, 60],
        formats=[*formats, *[None] * len(extra), "0", None],
    )
    for r in refused:
        # a number whose format showed its unit goes back as shown ('1.2亿元'), not as 1.2
        cells = [c.shown() if isinstance(c, ShownNumber) else c for c in r.cells]
        cells += [None] * (width - len(r.cells))
        sheet.append([*cells, *([city] if city else []), r.number, r.reason_text(lang)])
    sheet.finish()
    xlsx.save(wb, path)
    return len(refused)


def _column_formats(rows: Sequence[RowPlan], width: int) -> list[str | None]:
    """Dates keep a date format; everything else is written as it was read."""
    out: list[str | None] = [None] * width
    for r in rows:
        for i, v in enumerate(r.cells):
            if out[i] is None and type(v) in _FORMATS:
                out[i] = _FORMATS[type(v)]
    return out
