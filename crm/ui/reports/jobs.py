"""The Reports page's background work, as plain functions of a TaskContext (they run on a
worker thread and never touch widgets): compute the week's figures once, then render the PDF
or the workbook. Progress runs from 0 to 1 across both parts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from crm.analytics import Period, Scope
from crm.analytics.weeks import report_of_week
from crm.db.store import Store
from crm.ui.tasks import TaskContext

PDF, XLSX, DOCX = "pdf", "xlsx", "docx"
#: share of the progress bar the figures take; the renderer has the rest
ANALYTICS_SHARE = {PDF: 0.35, XLSX: 0.3, DOCX: 0.35}


def report_job(
    store: Store,
    period: Period,
    scope: Scope,
    path: Path,
    kind: str,
    lang: str,
    today: date | None = None,
    figures: list | None = None,
    links: dict | None = None,
) -> Callable[[TaskContext], Path]:
    """The work of writing one report file; the file appears only once complete.

    The report is the circulated one (``viewer=None``): confidential projects appear under
    their codename, as the committee and the command line see them; a closed week's is its
    frozen report. ``figures`` (a list) receives the report's headline and follow-up figures,
    named, for the drill-down beside the preview; ``links`` (a dict, PDF only) each figure
    link's key → (label, Figure), for a click on the figure in the preview."""

    def run(tc: TaskContext) -> Path:
        share = ANALYTICS_SHARE[kind]
        report = report_of_week(
            store,
            period,
            scope,
            today=today or date.today(),
            with_rows=kind == XLSX,
            progress=lambda f: tc.progress(share * f),
            cancelled=tc.cancelled,
        )
        if figures is not None:
            figures[:] = named_figures(report, lang)
        # imported here, on the worker: the PDF renderer loads the CJK font (crm.reports)
        from crm.reports import render_docx, render_pdf, render_xlsx

        renderers: dict[str, Callable[..., Path]] = {
            PDF: render_pdf,
            XLSX: render_xlsx,
            DOCX: render_docx,
        }
        render = renderers[kind]
        extra = {"links": links} if kind == PDF and links is not None else {}
        render(
            report,
            path,
            lang=lang,
            progress=lambda f: tc.progress(share + (1 - share) * f),
            cancelled=tc.cancelled,
            **extra,
        )
        return Path(path)

    return run


def default_name(stem: str, period: Period, scope_label: str | None, kind: str) -> str:
    """大走廊招商周报-2026-W20.pdf, with the scope when it is not everything:
    大走廊招商周报-2026-W20-紫金港科技城.xlsx. Characters Windows refuses are left out."""
    iso = period.start.isocalendar()  # a report is of an ISO week (Period.week)
    parts = [stem, f"{iso.year}-W{iso.week:02d}"] + ([scope_label] if scope_label else [])
    name = "-".join(parts)
    name = "".join(c for c in name if c not in '<>:"/\\|?*').strip()
    return f"{name}.{kind}"


def named_figures(report, lang: str) -> list:
    """(label, Figure) for each figure of the report that has leads or activities behind it:
    the headline, the follow-ups and key projects, and what changed since last week."""
    from crm.analytics.labels import figure_label
    from crm.analytics.week_changes import KIND_LABELS
    from crm.reports import fmt

    out = []
    figs = [(k, f) for k, f in report.headline.items()]
    figs += [("overdue", report.overdue.figure), ("at_risk", report.at_risk),
             ("stale", report.stale.figure), ("key_in_play", report.key_in_play),
             ("key_moved", report.key_moved)]  # fmt: skip
    for key, fig in figs:
        money = key == "signed_investment"
        value = fmt.amount(fig.value, lang) if money else fmt.count(fig.value)
        out.append((f"{figure_label(key, lang)}  {value}", fig))
    if report.changes is not None:
        for kind, fig in report.changes.counts.items():
            if fig.value:
                out.append((f"{KIND_LABELS[kind].render(lang)}  {fmt.count(fig.value)}", fig))
    return [(label, f) for label, f in out if f.leads is not None or f.activities is not None]
