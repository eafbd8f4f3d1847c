"""Annual targets to and from Excel: admins fill the year's targets in a workbook, as they are
used to, and import it; or export what is set to circulate or edit it.

One sheet, one row per year × city × field, one column per metric (amounts in 万元; "1.2亿"
is understood on import). An empty city or field means all of them ("全部" / "All"); an empty
cell means no target. Importing a year makes its targets exactly the sheet's (the caller
confirms first). The file is hostile until read (GUIDE.md): its kind and size are checked
before openpyxl sees it, openpyxl reads it read-only (defusedxml installed), only a bounded
number of rows and columns is read, and formula-like text is written back as text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm.db.label import store_label
from crm.db.store import Store
from crm.errors import ParseError, UserError
from crm.exporting.xlsx import Book
from crm.i18n import EN, QT_TRANSLATE_NOOP, ZH, Message
from crm.importing.guard import XLSX, check_file
from crm.reference import reference
from crm.targets.annual import AMOUNT_METRICS, METRIC_LABELS, METRICS, TargetKey, list_targets
from crm.values.amounts import parse_amount
from crm.values.text import parse_int, parse_number

#: a targets workbook is small; anything larger is not one
MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 2000
MAX_COLUMNS = 40
HEADS: dict[str, Message] = {
    "year": QT_TRANSLATE_NOOP("Targets", "Year"),
    "city": QT_TRANSLATE_NOOP("Targets", "Sci-tech city"),
    "field": QT_TRANSLATE_NOOP("Targets", "Field"),
}
ALL = QT_TRANSLATE_NOOP("Targets", "All")
UNIT = QT_TRANSLATE_NOOP("Targets", "(10k yuan)")
_ALL_WORDS = {"", "全部", "all", "全走廊", "合计", "total", "*"}
#: the other ways ledgers head the columns (compared like headers: no unit, any width or case)
SYNONYMS = {
    "year": ("年份", "年"),
    "city": ("城市", "三城", "区域"),
    "field": ("产业领域", "三大领域"),
    "signed_projects": ("签约项目数", "签约数", "签约个数"),
    "signed_investment": ("签约投资额", "协议投资额", "签约金额", "协议投资"),
    "landed_projects": ("落地项目数", "落地数"),
    "funds_in_place": ("资金到位", "到位资金额"),
    "hightech_enterprises": ("国家高新技术企业", "高新企业", "国高企业"),
    "jobs": ("就业", "新增就业", "就业岗位"),
}


class TargetSheetError(UserError):
    """The workbook cannot be imported; ``problems`` lists what is wrong, row by row."""

    def __init__(self, message: Message, problems: list[Message] | None = None):
        super().__init__(message)
        self.problems = problems or []


@dataclass
class TargetSheet:
    """What a workbook holds: {year → {(city, field, metric) → value}}."""

    years: dict[int, dict[TargetKey, float]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.years.values())


def _norm(text: object) -> str:
    """Header or cell text compared loosely: width, case, spacing and a unit in brackets."""
    text = unicodedata.normalize("NFKC", str(text or "")).strip().casefold()
    text = re.sub(r"\s*\(.*$", "", text)  # NFKC makes （ a (
    return re.sub(r"\s+", " ", text).strip()


def _heads() -> dict[str, str]:
    """{normalised header text (either language, or the code) → column key}."""
    out = {}
    for key, msg in (*HEADS.items(), *METRIC_LABELS.items()):
        for lang in (ZH, EN):
            out[_norm(msg.render(lang))] = key
        out[_norm(key)] = key
    for key, words in SYNONYMS.items():
        out.update((_norm(w), key) for w in words)
    return out


def export_targets(store: Store, path: str | Path, year: int) -> int:
    """Write ``year``'s targets (and empty rows for the usual city × field cells, to fill in);
    returns the number of targets written. Written with the app's one workbook writer
    (crm.exporting.xlsx): text stays text, the sheet prints on A4 fitted to the width."""
    ref = reference(store)
    targets = list_targets(store, year)
    set_ = {(t.city_id, t.field_id, t.metric): t.value for t in targets}
    core = [c.id for c in ref.kind("city") if c.tag == "core"]
    focus = [f.id for f in ref.kind("field") if f.code in ("internet", "health", "materials")]
    cells: list[tuple[int | None, int | None]] = [(None, None)]
    cells += [(c, None) for c in core] + [(c, f) for c in core for f in focus]
    cells += sorted(
        {(c, f) for c, f, _m in set_} - set(cells), key=lambda k: (k[0] or 0, k[1] or 0)
    )
    book = Book()
    title = QT_TRANSLATE_NOOP("Targets", "Targets").render()
    sheet = book.sheet(title)
    heads = [HEADS["year"].render(), HEADS["city"].render(), HEADS["field"].render()]
    for m in METRICS:
        label = METRIC_LABELS[m].render()
        heads.append(f"{label} {UNIT.render()}" if m in AMOUNT_METRICS else label)
    sheet.header(
        heads,
        widths=[14, 14, 14] + [16] * len(METRICS),
        formats=["0", None, None]
        + ["#,##0.##" if m in AMOUNT_METRICS else "#,##0" for m in METRICS],
    )
    sheet.print_setup(title=f"{title} {year}", footer=store_label(store))
    for city, fld in cells:
        sheet.append(
            [
                year,
                ref.label(city) if city is not None else ALL.render(),
                ref.label(fld) if fld is not None else ALL.render(),
                *(set_.get((city, fld, m)) for m in METRICS),
            ]
        )
    book.save(path)
    return len(targets)


def read_targets(store: Store, path: str | Path) -> TargetSheet:
    """The targets a workbook holds; TargetSheetError (with every problem) if any is wrong."""
    p = Path(path)
    if p.is_file() and p.stat().st_size > MAX_BYTES:
        raise TargetSheetError(
            QT_TRANSLATE_NOOP("Targets", "{name} is too large to be a targets workbook.").format(
                name=p.name
            )
        )
    try:
        kind = check_file(p)
    except UserError as exc:  # not a spreadsheet, damaged, a zip bomb …
        raise TargetSheetError(exc.message) from None
    if kind != XLSX:
        raise TargetSheetError(
            QT_TRANSLATE_NOOP("Targets", "{name} is not an Excel workbook (.xlsx).").format(
                name=p.name
            )
        )
    from openpyxl import load_workbook  # late: openpyxl is slow to load

    wb = load_workbook(str(p), read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        rows = list(ws.iter_rows(max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS, values_only=True))
    finally:
        wb.close()
    if len(rows) > MAX_ROWS + 1:
        raise TargetSheetError(
            QT_TRANSLATE_NOOP("Targets", "{name} has more than {limit} rows.").format(
                name=p.name, limit=MAX_ROWS
            )
        )
    return _parse(store, rows, p.name)


def _parse(store: Store, rows: list[tuple[Any, ...]], name: str) -> TargetSheet:
    heads = _heads()
    columns: dict[int, str] = {}
    start = 0
    for n, row in enumerate(rows[:10]):
        found = {
            i: heads[_norm(v)] for i, v in enumerate(row) if v is not None and _norm(v) in heads
        }
        if "year" in found.values() and set(found.values()) & set(METRICS):
            columns, start = found, n + 1
            break
    if not columns:
        raise TargetSheetError(
            QT_TRANSLATE_NOOP(
                "Targets",
                "{name} has no header row with a Year column and at least one target column.",
            ).format(name=name)
        )
    ref = reference(store)
    sheet = TargetSheet()
    problems: list[Message] = []
    for n, row in enumerate(rows[start:], start + 1):
        cells = {key: row[i] if i < len(row) else None for i, key in columns.items()}
        if all(v is None or str(v).strip() == "" for v in cells.values()):
            continue

        def fail(key: str, problem: Message, n: int = n) -> None:
            label = HEADS.get(key) or METRIC_LABELS[key]
            problems.append(
                QT_TRANSLATE_NOOP("Targets", "Row {row}, {column}: {problem}").format(
                    row=n, column=label, problem=problem
                )
            )

        try:
            year = parse_int(str(cells.get("year") or "").replace("年", "").strip() or None)
        except ParseError as exc:
            fail("year", exc.message)
            continue
        if year is None or not 2000 <= year <= 2100:
            fail("year", QT_TRANSLATE_NOOP("Targets", "must be a year between 2000 and 2100"))
            continue
        scope: list[int | None] = []
        for key in ("city", "field"):
            raw = cells.get(key)
            item = None
            if _norm(raw) not in _ALL_WORDS:
                item = ref.resolve(key, str(raw).strip())
                if item is None:
                    fail(key, QT_TRANSLATE_NOOP("Errors", "is not a known value"))
            scope.append(item.id if item else None)
        values = sheet.years.setdefault(year, {})
        for m in METRICS:
            raw = cells.get(m)
            try:
                value = parse_amount(raw) if m in AMOUNT_METRICS else parse_number(raw)
            except ParseError as exc:
                fail(m, exc.message)
                continue
            if value is None:
                continue
            target = (scope[0], scope[1], m)
            if target in values:
                fail(m, QT_TRANSLATE_NOOP("Targets", "this target is already on an earlier row"))
            values[target] = value
    # a year whose rows are all empty is left alone (a blank template never clears a year)
    sheet.years = {y: v for y, v in sheet.years.items() if v}
    if problems:
        raise TargetSheetError(
            QT_TRANSLATE_NOOP("Targets", "{name}: {count} problems; nothing was imported.").format(
                name=name, count=len(problems)
            ),
            problems,
        )
    return sheet
