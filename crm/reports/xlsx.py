"""The weekly report as an Excel workbook (openpyxl): a summary sheet with the same figures as
the PDF, one sheet per table, and the period's raw leads and activities ready to filter and
pivot. Cells hold values, not formulas (totals are values too, on marked rows).

``render_xlsx(report, path)`` takes the analytics result (computed ``with_rows=True`` for the
raw sheets) and nothing else from the database. The workbook is streamed (write-only mode),
so a week of a large store writes in seconds.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from crm.analytics.labels import figure_label
from crm.analytics.weekly import WeeklyReport
from crm.i18n import QT_TRANSLATE_NOOP, Message, current_language, normalise_language
from crm.reports import fmt
from crm.reports.output import atomic_path
from crm.reports.pdf import scope_label
from crm.reports.progress import IsCancelled, Progress, Steps
from crm.reports.xlsx_sheets import Sheet, Tables
from crm.reports.xlsx_style import (
    PAPER_A4,
    add_styles,
    data_row,
    header_row,
    safe_text,
    setup_table,
    styled,
    total_cell,
)

HEADLINE = (
    "new_leads",
    "activities",
    "visits",
    "advanced",
    "signed",
    "landed",
    "signed_investment",
)
# rows between two progress reports / cancellation checks in the long sheets
CHUNK = 2000


def _summary(wb: Workbook, report: WeeklyReport, lang: str, footer: str) -> None:
    def t(msg: Message) -> str:
        return msg.render(lang)

    ws = wb.create_sheet(t(QT_TRANSLATE_NOOP("Report", "Summary")))
    for col, width in zip("ABCDE", (36, 18, 18, 18, 14), strict=True):
        ws.column_dimensions[col].width = width
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.left.text, ws.oddFooter.right.text = footer, "&P / &N"

    def line(text: str, style: str) -> None:
        ws.append([safe_text(ws, text, style)])

    line(
        t(QT_TRANSLATE_NOOP("Report", "Unified investment attraction · Weekly report")), "crm_title"
    )
    line(report.period.label(lang), "crm_subtitle")
    line(
        t(QT_TRANSLATE_NOOP("Report", "Scope: {scope}")).format(scope=scope_label(report, lang)),
        "crm_text",
    )
    line(
        t(
            QT_TRANSLATE_NOOP("Report", "Generated {when} from {store}; figures as of {day}.")
        ).format(
            when=fmt.moment(report.generated_at, lang),
            store=report.store_name,
            day=fmt.long_day(report.as_of, lang),
        ),
        "crm_note",
    )
    if report.empty:
        line(
            t(
                QT_TRANSLATE_NOOP(
                    "Report", "There is no data for this scope yet: the store holds no leads."
                )
            ),
            "crm_subtitle",
        )
    ws.append([])
    heads = [
        t(QT_TRANSLATE_NOOP("Report", "Figure")),
        t(QT_TRANSLATE_NOOP("Report", "This period")),
        t(QT_TRANSLATE_NOOP("Report", "Previous period")),
        t(QT_TRANSLATE_NOOP("Report", "Change")),
        t(QT_TRANSLATE_NOOP("Report", "Change %")),
    ]
    ws.append([safe_text(ws, h, "crm_head") for h in heads])
    for key in HEADLINE:
        fig = report.headline[key]
        money = key == "signed_investment"
        name = figure_label(key, lang) + (
            t(QT_TRANSLATE_NOOP("Report", " (10k yuan)")) if money else ""
        )
        style = "crm_wan" if money else "crm_count"
        ws.append(
            [
                safe_text(ws, name, "crm_text"),
                styled(ws, fig.value, style),
                styled(ws, fig.previous, style) if fig.previous is not None else None,
                styled(ws, fig.change, style) if fig.change is not None else None,
                styled(ws, fig.change_ratio, "crm_percent")
                if fig.change_ratio is not None
                else None,
            ]
        )
    ws.append([])
    ws.append(
        [
            safe_text(ws, h, "crm_head")
            for h in (
                t(QT_TRANSLATE_NOOP("Report", "On the report's day")),
                t(QT_TRANSLATE_NOOP("Report", "Value")),
            )
        ]
    )
    state = [
        ("overdue", report.overdue.figure),
        ("at_risk", report.at_risk),
        ("stale", report.stale.figure),
        ("key_in_play", report.key_in_play),
        ("key_moved", report.key_moved),
    ]
    for key, fig in state:
        ws.append(
            [safe_text(ws, figure_label(key, lang), "crm_text"), styled(ws, fig.value, "crm_count")]
        )
    ws.append(
        [
            safe_text(ws, t(QT_TRANSLATE_NOOP("Report", "Leads in scope")), "crm_text"),
            styled(ws, report.leads_in_scope, "crm_count"),
        ]
    )
    ws.append([])
    for note in (
        t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Every cell holds a value, not a formula; total rows are marked. Amounts are in 10k yuan (万元).",
            )
        ),
        t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Confidential projects appear under their codename; contact details never appear in this report.",
            )
        ),
        t(
            QT_TRANSLATE_NOOP(
                "Report",
                "The PDF of the same week shows the same figures; see the sheet Notes for how they are counted.",
            )
        ),
    ):
        line(note, "crm_note")


def _table(wb: Workbook, sheet: Sheet, footer: str, steps: Steps, lo: float, hi: float) -> None:
    ws = wb.create_sheet(sheet.name[:31])
    setup_table(ws, sheet.columns, sheet.count, footer=footer)
    ws.append(header_row(ws, sheet.columns))
    totals = set(sheet.totals)
    for n, values in enumerate(sheet.rows, start=1):
        if n in totals:
            ws.append([total_cell(ws, v) for v in values])
        else:
            ws.append(data_row(ws, values, sheet.columns))
        if n % CHUNK == 0:
            steps(lo + (hi - lo) * n / max(1, sheet.count))


def _notes(wb: Workbook, lang: str) -> None:
    ws = wb.create_sheet(QT_TRANSLATE_NOOP("Report", "Notes").render(lang))
    ws.column_dimensions["A"].width = 120
    ws.append(
        [
            safe_text(
                ws,
                QT_TRANSLATE_NOOP("Report", "How the figures are counted").render(lang),
                "crm_subtitle",
            )
        ]
    )
    for text in (
        QT_TRANSLATE_NOOP("Report", "New leads: leads registered in the period. Leads advanced: leads moved forward along the pipeline in the period (moves that were undone do not count).").render(lang),
        QT_TRANSLATE_NOOP("Report", "Signed: projects whose first signing falls in the period; a project counts once, at its first signing. Landed: projects that first reached 落地 (landed) in the period. Upgrades (升格) and changes of investing entity (更换投资主体) are not new projects and are not counted.").render(lang),
        QT_TRANSLATE_NOOP("Report", "Signed investment: the agreed investment of the projects signed, in 10k yuan (万元). Visits: visits to companies and companies visiting us.").render(lang),
        QT_TRANSLATE_NOOP("Report", "Year to date: funds in place, high-tech enterprises and jobs are those of the projects signed this year (the store keeps no dated history of funds).").render(lang),
        QT_TRANSLATE_NOOP("Report", "Confidential projects appear under their codename; contact details never appear in this report.").render(lang),
    ):  # fmt: skip
        ws.append([safe_text(ws, text, "crm_wrap")])


def render_xlsx(
    report: WeeklyReport,
    path: str | Path,
    *,
    lang: str | None = None,
    progress: Progress = None,
    cancelled: IsCancelled = None,
) -> Path:
    """Write the workbook to ``path`` (replaced only once complete) and return it."""
    lang = normalise_language(lang or current_language())
    steps = Steps(progress, cancelled)
    steps(0)
    tables = Tables(report, lang)
    footer = (
        QT_TRANSLATE_NOOP("Report", "Unified investment attraction · {period}")
        .render(lang)
        .format(period=report.period.label(lang))
    )
    footer = footer.replace("&", "&&")
    wb = Workbook(write_only=True)
    add_styles(wb)
    _summary(wb, report, lang, footer)
    t = tables.t
    sheets = [
        tables.city_field(),
        tables.funnel(),
        tables.trend(),
        tables.projects(
            report.key_projects,
            t(QT_TRANSLATE_NOOP("Report", "Key projects")),
            t(QT_TRANSLATE_NOOP("Report", "Stage date")),
            key_projects=True,
        ),
        tables.projects(
            report.signed,
            t(QT_TRANSLATE_NOOP("Report", "Newly signed")),
            t(QT_TRANSLATE_NOOP("Report", "Signed on")),
        ),
        tables.projects(
            report.landed,
            t(QT_TRANSLATE_NOOP("Report", "Newly landed")),
            t(QT_TRANSLATE_NOOP("Report", "Landed on")),
        ),
        tables.projects(
            report.overdue,
            t(QT_TRANSLATE_NOOP("Report", "Overdue follow-ups")),
            t(QT_TRANSLATE_NOOP("Report", "Due")),
        ),
        tables.projects(
            report.stale,
            t(QT_TRANSLATE_NOOP("Report", "No activity for 30 days")),
            t(QT_TRANSLATE_NOOP("Report", "Last activity")),
        ),
        tables.officers(),
        tables.cities(),
        tables.targets(),
        tables.raw_leads(),
        tables.raw_activities(),
    ]
    weights = [1 + s.count for s in sheets]
    done, whole = 0, sum(weights)
    for sheet, weight in zip(sheets, weights, strict=True):
        lo, hi = 0.05 + 0.85 * done / whole, 0.05 + 0.85 * (done + weight) / whole
        _table(wb, sheet, footer, steps, lo, hi)
        done += weight
        steps(hi)
    _notes(wb, lang)
    with atomic_path(Path(path)) as tmp:
        wb.save(tmp)
    steps(1)
    return Path(path)
