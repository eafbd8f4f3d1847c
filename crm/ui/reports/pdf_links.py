"""Clicks on the links of the report preview: the PDF marks each figure with a borderless link
to ``crm-drill:<key>`` (crm.reports.pdf_draw); a click on one in the view emits its key, and
the pointer becomes a hand over it, as in a PDF reader.

QPdfView (Qt 6.11) neither follows links nor says where its pages are, so the page under the
pointer is found with the view's own layout rule: each page scaled by the zoom mode at the
screen's logical resolution, centred, stacked from the top margin with the page spacing, moved
by the scroll bars. QPdfLinkModel gives the links of that page in PDF points.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtPdf import QPdfDocument, QPdfLinkModel
from PySide6.QtPdfWidgets import QPdfView

SCHEME = "crm-drill:"
#: a press and its release further apart than this are a drag (selecting, scrolling), not a click
CLICK_SLOP = 4


class LinkClicks(QObject):
    """Watches the view's viewport; ``clicked(key)`` for a click on a ``crm-drill:`` link."""

    clicked = Signal(str)

    def __init__(self, view: QPdfView, document: QPdfDocument):
        super().__init__(view)
        self.view, self.document = view, document
        self.model = QPdfLinkModel(self)
        self.model.setDocument(document)
        self._pressed: QPoint | None = None
        view.viewport().setMouseTracking(True)
        view.viewport().installEventFilter(self)

    def page_rects(self) -> list[QRect]:
        """Each page's rectangle in viewport pixels, as the view lays them out."""
        view, doc = self.view, self.document
        vp = view.viewport().size()
        m = view.documentMargins()
        res = QGuiApplication.primaryScreen().logicalDotsPerInch() / 72.0
        mode = view.zoomMode()
        sizes = []
        for n in range(doc.pageCount()):
            points = doc.pagePointSize(n)
            if mode == QPdfView.ZoomMode.Custom:
                size = QSizeF(points * res * view.zoomFactor()).toSize()
            else:
                size = QSizeF(points * res).toSize()
                fx = (vp.width() - m.left() - m.right()) / max(1, size.width())
                if mode == QPdfView.ZoomMode.FitInView:
                    fy = (vp.height() - m.top() - m.bottom()) / max(1, size.height())
                    fx = min(fx, fy)
                size = QSize(round(size.width() * fx), round(size.height() * fx))
            sizes.append(size)
        total = max((s.width() for s in sizes), default=0) + m.left() + m.right()
        dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
        rects, y = [], m.top()
        for size in sizes:
            x = (max(total, vp.width()) - size.width()) // 2
            rects.append(QRect(QPoint(x - dx, y - dy), size))
            y += size.height() + view.pageSpacing()
        return rects

    def key_at(self, pos: QPoint) -> str | None:
        """The drill key of the link under ``pos`` (viewport pixels), if any."""
        for n, rect in enumerate(self.page_rects()):
            if rect.contains(pos):
                points = self.document.pagePointSize(n)
                scale = points.width() / max(1, rect.width())
                at = QPointF((pos.x() - rect.x()) * scale, (pos.y() - rect.y()) * scale)
                if self.model.page() != n:
                    self.model.setPage(n)
                url = self.model.linkAt(at).url().toString()
                return url[len(SCHEME) :] if url.startswith(SCHEME) else None
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position().toPoint()
        elif kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            pos, pressed, self._pressed = event.position().toPoint(), self._pressed, None
            if pressed is not None and (pos - pressed).manhattanLength() <= CLICK_SLOP:
                key = self.key_at(pos)
                if key:
                    self.clicked.emit(key)
                    return True
        elif kind == QEvent.Type.MouseMove and not event.buttons():
            over = self.key_at(event.position().toPoint()) is not None
            if over:
                self.view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.view.viewport().unsetCursor()
        return False
