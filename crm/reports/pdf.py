"""The weekly report as a print-ready A4 PDF (reportlab): a cover block with the week and the
unified brand, the brand and "page X of Y" on every page, vector charts, tables that run
across pages with their header repeated, the CJK font embedded as a subset.

``render_pdf(report, path)`` takes the analytics result and nothing else from the database.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.flowables import Flowable

from crm.analytics.weekly import WeeklyReport
from crm.i18n import QT_TRANSLATE_NOOP, current_language, normalise_language
from crm.reports import fmt
from crm.reports.brand import GREY, LINE, NAVY, logo
from crm.reports.output import atomic_path
from crm.reports.pdf_sections import Section
from crm.reports.pdf_style import styles
from crm.reports.progress import IsCancelled, Progress, Steps

MARGIN = 16 * mm
HEADER = 13 * mm
FOOTER = 11 * mm
# rows of each project list printed (the workbook has the rest)
PDF_ROWS = 30


def scope_label(report: WeeklyReport, lang: str) -> str:
    lbl, sc = report.labels, report.scope
    parts = [
        lbl.city(sc.city_id, lang) if sc.city_id else "",
        lbl.field(sc.field_id, lang) if sc.field_id else "",
    ]
    return " · ".join(x for x in parts if x) or QT_TRANSLATE_NOOP(
        "Report", "all cities and fields"
    ).render(lang)


class _Progress(Flowable):
    """An invisible flowable that reports how far the layout got (and lets it be cancelled)."""

    def __init__(self, steps: Steps, fraction: float):
        super().__init__()
        self.steps, self.fraction = steps, fraction
        self.width = self.height = 0

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        self.steps(self.fraction)


def _numbered(report: WeeklyReport, lang: str):
    """A canvas class that, once the page count is known, draws "page X of Y" and the
    running header and footer on every page."""
    title = QT_TRANSLATE_NOOP("Report", "Unified investment attraction · Weekly report").render(
        lang
    )
    period = report.period.label(lang)
    made = (
        QT_TRANSLATE_NOOP("Report", "Generated {when} · {store}")
        .render(lang)
        .format(when=fmt.moment(report.generated_at, lang), store=report.store_name)
    )

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            from crm.reports.fonts import register

            font = register()
            w, h = A4
            top = h - MARGIN + 2
            self.saveState()
            d = logo(14)
            d.drawOn(self, MARGIN, top - 14)
            self.setFont(font, 9)
            self.setFillColor(HexColor(NAVY))
            self.drawString(MARGIN + 19, top - 10, title)
            self.setFillColor(HexColor(GREY))
            self.drawRightString(w - MARGIN, top - 10, period)
            self.setStrokeColor(HexColor(LINE))
            self.setLineWidth(0.6)
            self.line(MARGIN, top - 18, w - MARGIN, top - 18)
            self.line(MARGIN, MARGIN + 4, w - MARGIN, MARGIN + 4)
            self.setFont(font, 7)
            self.drawString(MARGIN, MARGIN - 6, _clip(made, 95))
            self.setFont(font, 8)
            page = (
                QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
                .render(lang)
                .format(page=self._pageNumber, pages=total)
            )
            self.drawRightString(w - MARGIN, MARGIN - 6, page)
            self.restoreState()

    return NumberedCanvas


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else "…" + text[-(n - 1) :]


def render_pdf(
    report: WeeklyReport,
    path: str | Path,
    *,
    lang: str | None = None,
    progress: Progress = None,
    cancelled: IsCancelled = None,
    rows: int = PDF_ROWS,
) -> Path:
    """Write the report to ``path`` (replaced only once complete) and return it."""
    lang = normalise_language(lang or current_language())
    steps = Steps(progress, cancelled)
    steps(0)
    st = styles(lang)
    width = A4[0] - 2 * MARGIN
    s = Section(report, lang, st, width, rows)
    parts = [s.cover(scope_label(report, lang))]
    if not report.empty:
        parts += [
            s.overview(),
            s.city_field(),
            s.funnel(),
            s.trend(),
            s.key_projects(),
            s.projects(
                report.signed,
                QT_TRANSLATE_NOOP("Report", "Newly signed projects").render(lang),
                QT_TRANSLATE_NOOP("Report", "Signed on").render(lang),
                QT_TRANSLATE_NOOP("Report", "No project was signed this period.").render(lang),
                funds=False,
            ),
            s.projects(
                report.landed,
                QT_TRANSLATE_NOOP("Report", "Newly landed projects").render(lang),
                QT_TRANSLATE_NOOP("Report", "Landed on").render(lang),
                QT_TRANSLATE_NOOP("Report", "No project landed this period.").render(lang),
                funds=True,
            ),
            s.followups(),
            s.officers(),
        ]
    parts += [s.ytd(), s.definitions()]
    steps(0.3)
    story = []
    for n, part in enumerate(parts):
        story += part
        story.append(_Progress(steps, 0.3 + 0.65 * (n + 1) / len(parts)))
    doc_title = (
        QT_TRANSLATE_NOOP("Report", "Weekly report").render(lang) + " " + report.period.label(lang)
    )
    with atomic_path(Path(path)) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER,
            bottomMargin=MARGIN + FOOTER,
            title=doc_title,
            author=QT_TRANSLATE_NOOP("Report", "Unified investment attraction").render(lang),
            subject=scope_label(report, lang),
            creator="Corridor CRM",
            invariant=0,
        )
        frame = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(story, canvasmaker=_numbered(report, lang))
    steps(1)
    return Path(path)
