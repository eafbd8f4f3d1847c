"""The weekly report as a print-ready A4 PDF (reportlab), drawn from the report's layout
(crm.reports.layout): a cover block with the week and the unified brand, the written summary
on the first page, the brand and "page X of Y" on every page, the store named by its file or
server name and a closed week's fingerprint in every footer, vector charts, tables that run
across pages with their header repeated, the CJK font embedded as a subset.

``render_pdf(report, path)`` takes the analytics result and nothing else from the database.
The document's keywords name the week, scope, language, moment and fingerprint, so that
``crm report verify`` can draw the same report again and compare it with a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.flowables import Flowable

from crm.analytics.weekly import WeeklyReport
from crm.i18n import QT_TRANSLATE_NOOP, current_language, normalise_language
from crm.reports.brand import GREY, LINE, NAVY, logo
from crm.reports.fonts import register
from crm.reports.layout import Layout
from crm.reports.layout_build import build_layout, scope_label
from crm.reports.output import atomic_path
from crm.reports.pdf_draw import Drawer, Links
from crm.reports.pdf_style import styles
from crm.reports.progress import IsCancelled, Progress, Steps

MARGIN = 16 * mm
HEADER = 13 * mm
FOOTER = 11 * mm
# rows of each project list printed (the workbook has the rest)
PDF_ROWS = 30


class _Progress(Flowable):  # type: ignore[misc]  # reportlab ships no types: Flowable is Any
    """An invisible flowable that reports how far the layout got (and lets it be cancelled)."""

    def __init__(self, steps: Steps, fraction: float) -> None:
        super().__init__()
        self.steps, self.fraction = steps, fraction
        self.width = self.height = 0

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.steps(self.fraction)


def _numbered(layout: Layout, lang: str) -> type[Canvas]:
    """A canvas class that, once the page count is known, draws "page X of Y" and the
    running header and footer on every page."""
    title = QT_TRANSLATE_NOOP("Report", "Unified investment attraction · Weekly report").render(
        lang
    )
    period = layout.period
    made = layout.footer

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no types: Canvas is Any
        # reportlab's own arguments, passed on as they come
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            #: each page's canvas state, drawn once the page count is known
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
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
            self.drawString(MARGIN, MARGIN - 6, _clip(made, 110))
            self.setFont(font, 8)
            page = (
                QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
                .render(lang)
                .format(page=self._pageNumber, pages=total)
            )
            self.drawRightString(w - MARGIN, MARGIN - 6, page)
            self.restoreState()

    return NumberedCanvas


def _keywords(layout: Layout) -> str:
    """ASCII keywords naming the report (read back by crm.reports.verify)."""
    m = layout.meta
    return "crm-weekly;" + ";".join(f"{k}={m[k]}" for k in sorted(m))


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
    links: Links | None = None,
) -> Path:
    """Write the report to ``path`` (replaced only once complete) and return it.

    ``links`` (a dict) receives each figure link's key → (label, Figure): the preview opens
    the leads behind a figure clicked in the PDF."""
    lang = normalise_language(lang or current_language())
    steps = Steps(progress, cancelled)
    steps(0)
    st = styles(lang)
    width = A4[0] - 2 * MARGIN
    layout = build_layout(report, lang, rows)
    draw = Drawer(st, width, lang)
    # sections with nothing to print (the workbook's raw rows) leave no trace in the PDF
    parts = [draw.cover(layout.cover)] + [x for x in map(draw.section, layout.sections) if x]
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
            keywords=_keywords(layout),
            author=QT_TRANSLATE_NOOP("Report", "Unified investment attraction").render(lang),
            subject=scope_label(report, lang),
            creator="Corridor CRM",
            invariant=1,
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
        doc.build(story, canvasmaker=_numbered(layout, lang))
    if links is not None:
        links.clear()
        links.update(draw.links)
    steps(1)
    return Path(path)
