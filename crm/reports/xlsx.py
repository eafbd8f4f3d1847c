"""The weekly report as an Excel workbook, drawn from the report's layout
(crm.reports.layout): a summary sheet — the cover, the written summary and the headline
figures — then a sheet per table of the layout (the city × field tables stacked on one), the
notes, and the period's raw leads and activities ready to filter and pivot. Cells hold values,
not formulas. Written with the app's one workbook writer (crm.exporting.xlsx): every sheet
prints on A4 fitted to one page's width (landscape where wide; the raw leads' many columns on
two pages across), its header row repeated, the report's title in the page header, the
fingerprint of a closed week and the page numbers in the footer.

``render_xlsx(report, path)`` takes the analytics result (computed ``with_rows=True`` for the
raw sheets) and nothing else from the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from crm.analytics.weekly import WeeklyReport
from crm.exporting.xlsx import NOTE, PLAIN, SUBTITLE, TITLE, Book
from crm.i18n import QT_TRANSLATE_NOOP, current_language, normalise_language
from crm.reports.layout import Layout, Table, Text
from crm.reports.layout_build import build_layout
from crm.reports.output import OutputError, atomic_path
from crm.reports.progress import IsCancelled, Progress, Steps

#: rows between two progress reports / cancellation checks in the long sheets
CHUNK = 2000
_STYLES = {"title": TITLE, "subtitle": SUBTITLE, "note": NOTE, "body": PLAIN, "quote": PLAIN}
IDENTITY = "crm:"
#: print setup: a sheet whose columns are wider than this (in characters) prints landscape;
#: one up to ONE_PAGE_CHARS wide is fitted to one page's width (10 pt text at 6 pt or more),
#: a wider one (the raw leads) runs across pages with its first columns repeated
PORTRAIT_CHARS, ONE_PAGE_CHARS = 110, 260


def identity(layout: Layout) -> str | None:
    """The line that names a closed week's report for ``crm report verify``."""
    m = layout.meta
    if not m.get("fingerprint"):
        return None
    return (
        QT_TRANSLATE_NOOP("Report", "Fingerprint {fp}")
        .render(layout.lang)
        .format(fp=m["fingerprint"])
        + f" · {IDENTITY}{m['week']};{m['scope']};{m['lang']};{m['generated']};{m['store']};"
        + m["version"]
    )


def _lines(layout: Layout) -> list[Text]:
    out = list(layout.cover)
    for section in layout.sections:
        if section.key in ("summary", "overview"):
            out += [b for b in section.blocks if isinstance(b, Text)]
    ident = identity(layout)
    if ident:
        out.append(Text(ident, "note"))
    return out


#: a column of a sheet: its head, its kind (the number format) and its width
_Head = tuple[str, str, float]


def _stacked(tables: list[Table], lang: str) -> tuple[list[_Head], Iterable[list[Any]]]:
    """Several tables on one sheet: a first column names each row's table."""
    first = tables[0]
    head = QT_TRANSLATE_NOOP("Report", "Figure").render(lang)
    columns: list[_Head] = [(head, "text", 26), *((c.head, c.kind, c.width) for c in first.columns)]

    def rows() -> Iterator[list[Any]]:
        for t in tables:
            for row in t.rows:
                yield [t.title, *row]

    return columns, rows()


def render_xlsx(
    report: WeeklyReport,
    path: str | Path,
    *,
    lang: str | None = None,
    progress: Progress = None,
    cancelled: IsCancelled = None,
    layout: Layout | None = None,
) -> Path:
    """Write the workbook to ``path`` (replaced only once complete) and return it."""
    lang = normalise_language(lang or current_language())
    steps = Steps(progress, cancelled)
    steps(0)
    layout = layout or build_layout(report, lang)
    book = Book()
    page_title = f"{layout.title} · {layout.period}"
    groups: dict[str, list[Table]] = {}
    for table in layout.tables():
        groups.setdefault(table.sheet or table.title or table.key, []).append(table)
    total = sum(t.count for t in layout.tables()) or 1
    done = 0
    for name, tables in groups.items():
        sheet = book.sheet(name)
        if name == layout.summary_sheet:
            for text in _lines(layout):
                sheet.line(text.text, _STYLES.get(text.style, PLAIN))
        if len(tables) > 1:
            heads, rows = _stacked(tables, lang)
            count = sum(t.count for t in tables)
        else:
            t = tables[0]
            if t.title and t.title != name:
                sheet.line(t.title, SUBTITLE)
            heads = [(c.head, c.kind, c.width) for c in t.columns]
            rows, count = t.rows, t.count
        sheet.header([h for h, _k, _w in heads], widths=[w for *_x, w in heads],
                     formats=[k for _h, k, _w in heads])  # fmt: skip
        wide = sum(w for *_x, w in heads)
        sheet.print_setup(title=page_title, footer=layout.footer, landscape=wide > PORTRAIT_CHARS,
                          across=1 if wide <= ONE_PAGE_CHARS else None)  # fmt: skip
        lo, hi = 0.05 + 0.85 * done / total, 0.05 + 0.85 * (done + count) / total

        def advance(n: int, lo: float = lo, hi: float = hi, count: int = count) -> None:
            steps(lo + (hi - lo) * n / max(1, count))

        sheet.stream(rows, advance, CHUNK)
        done += count
    try:
        with atomic_path(Path(path)) as tmp:
            book.save(tmp)
    except OutputError:
        raise
    steps(1)
    return Path(path)
