"""The weekly report on the demo store: the analytics alone, the PDF and the workbook each
including the analytics, against floors measured in the same run:

* PDF floor — reportlab building the same tables alone (the same rows as plain strings in
  plain Tables, the same embedded font; no charts, no styling, no analytics);
* workbook floor — openpyxl writing the same rows in write-only mode (plain values, no
  styles, no analytics).

The funnel for a year (issue 6) is measured with the pipeline pages, in bench_pipeline.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from bench.common import Result, median_ms

SUITE = "reports"


def _pdf_floor(report, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from crm.reports.fonts import register
    from crm.reports.pdf import PDF_ROWS

    font = register()
    lbl = report.labels
    tables = []
    for key in ("new_leads", "signed", "signed_investment", "landed", "activities"):
        t = report.tables[key]
        rows = [
            [lbl.city(c)] + [f"{t.get(c, f).value:,.0f}" for f in (*report.fields, None)]
            for c in (*report.cities, None)
        ]
        tables.append([["", *(lbl.field(f) for f in report.fields), ""], *rows])
    tables.append(
        [
            [
                lbl.stage(s.stage),
                f"{s.reached.value:,}",
                f"{s.entered.value:,}",
                f"{s.conversion or 0:.1%}",
                f"{s.drop_off:,}",
            ]
            for s in report.funnel
        ]
    )
    for lst in (report.key_projects, report.signed, report.landed, report.overdue, report.stale):
        tables.append(
            [["", "", "", "", "", ""]]
            + [
                [
                    r.company + "\n" + r.project,
                    lbl.city(r.city_id),
                    lbl.stage(r.stage),
                    str(r.day or ""),
                    f"{r.amount or 0:,.0f}",
                    lbl.user(r.owner_id),
                ]
                for r in lst.rows[:PDF_ROWS]
            ]
        )
    tables.append(
        [
            [o.name, lbl.city(o.city_id)] + [f"{f.value:,.0f}" for f in o.figures.values()]
            for o in report.officers
        ]
    )
    tables.append(
        [
            [lbl.city(c.city_id)] + [f"{f.value:,.0f}" for f in c.figures.values()]
            for c in report.by_city
        ]
    )
    tables.append(
        [[row.metric, f"{row.actual.value:,.0f}", str(row.target)] for row in report.ytd.rows]
    )
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8)])
    story = [Table(data or [[""]], repeatRows=1, style=style) for data in tables]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def _xlsx_floor(report, lang: str, path: Path) -> None:
    from openpyxl import Workbook

    from crm.reports.xlsx_sheets import Tables

    tables = Tables(report, lang)
    t = tables.t
    from crm.i18n import QT_TRANSLATE_NOOP

    sheets = [
        tables.city_field(), tables.funnel(), tables.trend(),
        tables.projects(report.key_projects, t(QT_TRANSLATE_NOOP("Report", "Key projects")), "", key_projects=True),
        tables.projects(report.signed, "signed", ""), tables.projects(report.landed, "landed", ""),
        tables.projects(report.overdue, "overdue", ""), tables.projects(report.stale, "stale", ""),
        tables.officers(), tables.cities(), tables.targets(), tables.raw_leads(), tables.raw_activities(),
    ]  # fmt: skip
    wb = Workbook(write_only=True)
    for n, sheet in enumerate(sheets):
        ws = wb.create_sheet(f"s{n}")
        ws.append([h for h, _k, _w in sheet.columns])
        for row in sheet.rows:
            ws.append(list(row))
    wb.save(path)


def run(store_path) -> list[Result]:
    from crm.analytics import Period, weekly_report
    from crm.db import open_store
    from crm.i18n import DEFAULT_LANGUAGE
    from crm.reports import render_pdf, render_xlsx

    store = open_store(store_path, readonly=True)
    today = date.today()
    period = Period.last_complete_week(today)
    lang = DEFAULT_LANGUAGE
    out = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    try:
        analytics = median_ms(lambda: weekly_report(store, period, today=today), repeat=7, warmup=1)
        report = weekly_report(store, period, today=today)
        pdf = median_ms(
            lambda: render_pdf(weekly_report(store, period, today=today), out / "r.pdf", lang=lang),
            repeat=5, warmup=1,
        )  # fmt: skip
        pdf_floor = median_ms(lambda: _pdf_floor(report, out / "floor.pdf"), repeat=5, warmup=1)
        with_rows = weekly_report(store, period, today=today, with_rows=True)
        xlsx = median_ms(
            lambda: render_xlsx(
                weekly_report(store, period, today=today, with_rows=True), out / "r.xlsx", lang=lang
            ),
            repeat=3, warmup=0,
        )  # fmt: skip
        xlsx_floor = median_ms(
            lambda: _xlsx_floor(with_rows, lang, out / "floor.xlsx"), repeat=3, warmup=0
        )
    finally:
        store.dispose()
        for p in out.iterdir():
            p.unlink()
        out.rmdir()
    rows = len(with_rows.rows.leads) + len(with_rows.rows.activities)
    return [
        Result(
            SUITE, "weekly analytics (all figures)", analytics, None, "< 500 ms", analytics < 500
        ),
        Result(SUITE, "weekly PDF incl. analytics", pdf, pdf_floor, "< 3 s", pdf < 3000),
        Result(
            SUITE,
            f"workbook incl. analytics ({rows:,} raw rows)",
            xlsx,
            xlsx_floor,
            "< 3 s",
            xlsx < 3000,
        ),
    ]
