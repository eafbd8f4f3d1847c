"""The weekly report on the demo store, each step against a floor that does the same work with
the raw library, written here independently of crm's code, in the same run:

* weekly analytics — floor: one hand-written SQL pass per section of the report (headline,
  city × field, funnel, trend, lists, officers, year to date) with sqlite3;
* PDF, .docx, workbook — rendering alone (the analytics timed apart), against reportlab,
  python-docx and rustpy-xlsxwriter producing the same tables and charts from plain lists
  taken out of the layout beforehand; the workbook floor writes the same file (each column's
  format, the styled header, widths, page setup: bench/xlsx_floor.py), and again bare (rows
  only, the floor of before), and with openpyxl's write-only mode, the writer of before;
* the whole workbook and PDF including the analytics, against their goals (3 s, 1.5 s);
* closing a week (its snapshot's size read from the store's page count).

The load average during the run is printed with the results: a noisy machine is said so.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

from bench.common import Result, median_ms

SUITE = "reports"


def _analytics_floor(path: Path, start: date, end: date) -> None:
    """One SQL pass per section, as a person would write it for this schema."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    s, e = start.isoformat(), end.isoformat()
    prev_s = (start - timedelta(days=7)).isoformat()
    trend_s = (start - timedelta(weeks=11)).isoformat()
    year = date(end.year, 1, 1).isoformat()
    q = [
        # headline and city × field × owner: new, signed (count, amount) and landed leads of
        # the week and the week before; new leads, signings and landings per day of the trend
        ("SELECT city_id, field_id, owner_id, date(created_at), count(*) FROM lead "
         "WHERE created_at >= ? AND created_at < date(?, '+1 day') AND deleted_at IS NULL "
         "GROUP BY 1, 2, 3, 4", (trend_s, e)),
        ("SELECT city_id, field_id, owner_id, first_signed_on, count(*), sum(agreed_investment) "
         "FROM lead WHERE first_signed_on BETWEEN ? AND ? AND deleted_at IS NULL "
         "GROUP BY 1, 2, 3, 4", (trend_s, e)),
        ("SELECT city_id, field_id, owner_id, first_landed_on, count(*) FROM lead "
         "WHERE first_landed_on BETWEEN ? AND ? AND deleted_at IS NULL GROUP BY 1, 2, 3, 4",
         (trend_s, e)),
        # activities by officer, city, field and type, this week and the one before
        ("SELECT a.user_id, l.city_id, l.field_id, a.type_id, a.occurred_on >= ?, count(*) "
         "FROM activity a JOIN lead l ON l.id = a.lead_id WHERE a.occurred_on BETWEEN ? AND ? "
         "AND a.deleted_at IS NULL AND l.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5", (s, prev_s, e)),
        # trend: activities per day over 12 weeks
        ("SELECT occurred_on, type_id, count(*) FROM activity WHERE occurred_on BETWEEN ? AND ? "
         "AND deleted_at IS NULL GROUP BY 1, 2", (trend_s, e)),
        # advanced: leads with a forward move in the week
        ("SELECT count(DISTINCT lead_id) FROM stage_change WHERE changed_on BETWEEN ? AND ? "
         "AND from_stage IS NOT NULL", (s, e)),
        # funnel: furthest stage by city, field, owner
        ("SELECT city_id, field_id, owner_id, furthest_stage, count(*) FROM lead "
         "WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4", ()),
        # lists: overdue, stale, signed, landed, key projects moved
        ("SELECT l.id, c.name FROM lead l JOIN company c ON c.id = l.company_id WHERE "
         "l.deleted_at IS NULL AND l.stage NOT IN ('lost', 'operating') AND l.next_followup < ? "
         "ORDER BY l.next_followup LIMIT 500", (e,)),
        ("SELECT l.id, c.name FROM lead l JOIN company c ON c.id = l.company_id WHERE "
         "l.deleted_at IS NULL AND l.stage NOT IN ('lost', 'operating', 'on_hold') AND "
         "coalesce(l.last_activity_on, '0') < date(?, '-30 day') ORDER BY l.last_activity_on "
         "LIMIT 500", (e,)),
        ("SELECT l.id, c.name FROM lead l JOIN company c ON c.id = l.company_id WHERE "
         "l.first_signed_on BETWEEN ? AND ? OR l.first_landed_on BETWEEN ? AND ?", (s, e, s, e)),
        ("SELECT l.id FROM lead l WHERE l.is_key AND l.deleted_at IS NULL AND (l.id IN "
         "(SELECT lead_id FROM stage_change WHERE changed_on BETWEEN ? AND ?) OR l.id IN "
         "(SELECT lead_id FROM activity WHERE occurred_on BETWEEN ? AND ?))", (s, e, s, e)),
        # overdue and stale per owner (state figures)
        ("SELECT owner_id, city_id, field_id, count(*) FROM lead WHERE deleted_at IS NULL AND "
         "stage NOT IN ('lost', 'operating') AND next_followup < ? GROUP BY 1, 2, 3", (e,)),
        # year to date by city and field
        ("SELECT city_id, field_id, count(*), sum(agreed_investment), sum(funds_in_place), "
         "sum(is_hightech), sum(expected_jobs) FROM lead WHERE deleted_at IS NULL AND "
         "first_signed_on BETWEEN ? AND ? GROUP BY 1, 2", (year, e)),
    ]  # fmt: skip
    for sql, args in q:
        con.execute(sql, args).fetchall()
    con.close()


def _plain(layout) -> tuple[list, list]:
    """The layout's printed tables as lists of strings, and its charts as lists of numbers."""
    from crm.reports.layout import cell_text

    tables = []
    for t in layout.tables():
        shown = [i for i, c in enumerate(t.columns) if c.printed]
        if t.printed == 0:
            continue
        rows = [[cell_text(r[i], t.columns[i].kind, layout.lang) for i in shown]
                for r in list(t.rows)[: t.printed_rows]]  # fmt: skip
        tables.append([[t.columns[i].head for i in shown], *rows])
    charts = [(c.kind, c.categories, [s.values for s in c.series]) for c in layout.charts()]
    return tables, charts


def _pdf_floor(tables, charts, font: str, path: Path) -> None:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    cell = ParagraphStyle("c", fontName=font, fontSize=8, wordWrap="CJK")
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8),
                        ("GRID", (0, 0), (-1, -1), 0.4, "#dddddd")])  # fmt: skip
    story = []
    for kind, cats, series in charts:
        d = Drawing(480, 170)
        if kind == "funnel":
            top = max(series[0]) or 1
            for n, (c, v) in enumerate(zip(cats, series[0], strict=True)):
                d.add(Rect(80, 150 - 18 * n, 300 * v / top, 14))
                d.add(String(10, 152 - 18 * n, c, fontName=font, fontSize=8))
        else:
            ch = VerticalBarChart() if kind == "bars" else HorizontalLineChart()
            ch.data, ch.width, ch.height = series or [[0]], 400, 120
            ch.categoryAxis.categoryNames = cats
            ch.categoryAxis.labels.fontName = font
            d.add(ch)
        story.append(d)
    width = A4[0] - 90
    for data in tables:
        n = len(data[0])
        rows = [[Paragraph(str(c), cell) for c in r] for r in data]
        story.append(Table(rows, colWidths=[width / n] * n, repeatRows=1, style=style))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def _docx_floor(tables, charts_png: list[bytes], path: Path) -> None:
    import io

    from docx import Document

    doc = Document()
    for png in charts_png:
        doc.add_picture(io.BytesIO(png))
    for data in tables:
        t = doc.add_table(rows=len(data), cols=len(data[0]))
        for r, row in enumerate(data):
            cells = t.rows[r].cells
            for c, v in enumerate(row):
                cells[c].text = str(v)
    doc.save(str(path))


def _sheets(layout) -> list[tuple[str, list[str], list[list], list, list]]:
    """Each table's head, rows, column kinds and widths, as plain lists."""
    out = []
    for n, t in enumerate(layout.tables()):
        out.append((f"s{n}", [c.head for c in t.columns], [list(r) for r in t.rows],
                    [c.kind for c in t.columns], [c.width or 12 for c in t.columns]))  # fmt: skip
    return out


#: the number format each kind of report column shows (None: text, quote-prefixed)
_KIND_FORMATS = {"id": "0", "count": "#,##0", "wan": "#,##0", "day": "yyyy-mm-dd",
                 "percent": "0.0%"}  # fmt: skip


def _xlsx_floor(sheets, path: Path, bare: bool = False) -> None:
    """The same tables as the same file (bench/xlsx_floor.py: formats, styled header, widths,
    page setup); ``bare``: the rows only, frozen and filtered (the floor of before)."""
    import rustpy_xlsxwriter as rx

    from bench import xlsx_floor

    entries = []
    for name, heads, rows, kinds, widths in sheets:
        keys = [f"{h}#{i}" for i, h in enumerate(heads)]
        records = [dict(zip(keys, r, strict=True)) for r in rows] or [dict.fromkeys(keys)]
        if bare:
            entries.append((name, keys, records, {"freeze_panes": {"row": 1, "col": 0},
                                                  "autofilter": True}))  # fmt: skip
            continue
        formats = xlsx_floor.column_formats(rx, keys, rows, [_KIND_FORMATS.get(k) for k in kinds])
        entries.append((name, keys, records, xlsx_floor.options(rx, name, keys, formats, widths)))
    xlsx_floor.write(rx, entries, str(path))


def _openpyxl(sheets, path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for name, heads, rows, _kinds, _widths in sheets:
        ws = wb.create_sheet(name)
        ws.append(heads)
        for r in rows:
            ws.append(r)
    wb.save(path)


def _load() -> str:
    return Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"


def run(store_path) -> list[Result]:
    from crm.accounts.users import system_actor
    from crm.analytics import Period, weekly_report
    from crm.analytics.weeks import close_week, report_of_week
    from crm.db import open_store
    from crm.i18n import DEFAULT_LANGUAGE
    from crm.reports import chart_png, render_docx, render_pdf, render_xlsx
    from crm.reports.fonts import register
    from crm.reports.layout_build import build_layout

    out = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    store = open_store(store_path, readonly=True)
    today = date.today()
    period = Period.last_complete_week(today)
    lang = DEFAULT_LANGUAGE
    loads = [_load()]
    try:
        analytics = median_ms(lambda: weekly_report(store, period, today=today), repeat=7, warmup=1)
        floor = median_ms(lambda: _analytics_floor(Path(store_path), period.start, period.end),
                          repeat=7, warmup=1)  # fmt: skip
        report = report_of_week(store, period, today=today, with_rows=True)
        tables, charts = _plain(build_layout(report, lang))
        font = register()
        pdf = median_ms(lambda: render_pdf(report, out / "r.pdf", lang=lang), repeat=5, warmup=1)
        pdf_floor = median_ms(lambda: _pdf_floor(tables, charts, font, out / "f.pdf"), repeat=5,
                              warmup=1)  # fmt: skip
        pngs = [chart_png.png(c, 480, 190) for c in build_layout(report, lang).charts()]
        docx = median_ms(lambda: render_docx(report, out / "r.docx", lang=lang), repeat=3, warmup=1)
        docx_floor = median_ms(lambda: _docx_floor(tables, pngs, out / "f.docx"), repeat=3,
                               warmup=1)  # fmt: skip
        sheets = _sheets(build_layout(report, lang))
        xlsx = median_ms(lambda: render_xlsx(report, out / "r.xlsx", lang=lang), repeat=3, warmup=1)
        xlsx_floor = median_ms(lambda: _xlsx_floor(sheets, out / "f.xlsx"), repeat=3, warmup=1)
        xlsx_bare = median_ms(lambda: _xlsx_floor(sheets, out / "b.xlsx", bare=True), repeat=3,
                              warmup=1)  # fmt: skip
        openpyxl = median_ms(lambda: _openpyxl(sheets, out / "o.xlsx"), repeat=1, warmup=0)
        whole_xlsx = median_ms(lambda: render_xlsx(report_of_week(
            store, period, today=today, with_rows=True), out / "w.xlsx", lang=lang), repeat=3,
            warmup=0)  # fmt: skip
        whole_pdf = median_ms(lambda: render_pdf(report_of_week(store, period, today=today),
                                                 out / "w.pdf", lang=lang), repeat=3, warmup=0)  # fmt: skip
        loads.append(_load())
        # closing: on a copy, the week before the last (its own week before not closed)
        copy = out / "close.sqlite"
        shutil.copy(store_path, copy)
        writable = open_store(copy)
        pages = lambda: sqlite3.connect(copy).execute("PRAGMA page_count").fetchone()[0]  # noqa: E731
        before = pages()
        week = Period.last_complete_week(today - timedelta(weeks=1))
        close = median_ms(lambda: close_week(writable, system_actor(writable), week, today=today),
                          repeat=1, warmup=0)  # fmt: skip
        with writable.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        size_mb = (pages() - before) * 4096 / 1e6
        writable.dispose()
        loads.append(_load())
    finally:
        store.dispose()
        shutil.rmtree(out, ignore_errors=True)
    rows = len(report.rows.leads) + len(report.rows.activities)
    note = f" (load {'/'.join(loads)})"
    return [
        Result(SUITE, "weekly analytics (all figures)" + note, analytics, floor,
               "< 500 ms", analytics < 500),
        Result(SUITE, "PDF rendering (layout drawn)", pdf, pdf_floor, "≤ 3× reportlab", None),
        Result(SUITE, "weekly PDF incl. analytics", whole_pdf, None, "< 1.5 s", whole_pdf < 1500),
        Result(SUITE, ".docx rendering", docx, docx_floor, "< 3 s", docx < 3000),
        Result(SUITE, f"workbook rendering ({rows:,} raw rows)", xlsx, xlsx_floor,
               "≤ 1.3× rustpy-xlsxwriter", xlsx <= 1.3 * xlsx_floor),
        Result(SUITE, "  against the bare floor (no formats, widths, page setup)", xlsx,
               xlsx_bare, "for comparison", None),
        Result(SUITE, "  same rows, openpyxl write-only (before)", openpyxl, xlsx_floor,
               "for comparison", None),
        Result(SUITE, "workbook incl. analytics", whole_xlsx, None, "< 3 s", whole_xlsx < 3000),
        Result(SUITE, f"closing a week (snapshot {size_mb:.1f} MB)", close, None,
               "< 5 s, < 20 MB", close < 5000 and size_mb < 20),
    ]  # fmt: skip


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.common import demo_store, env_int, print_table

    print_table(run(sys.argv[1] if len(sys.argv) > 1 else demo_store(
        env_int("BENCH_LEADS", 100_000), env_int("BENCH_ACTIVITIES", 1_000_000))))  # fmt: skip
