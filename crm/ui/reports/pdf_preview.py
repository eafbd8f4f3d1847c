"""The report as the committee will read it: the PDF itself, shown with Qt's PDF viewer
(QPdfDocument + QPdfView), fitted to the width, with page navigation and zoom. Showing the
real file rather than a re-drawing means the preview cannot differ from the export."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm.ui.icons import icon
from crm.ui.reports.pdf_links import LinkClicks

ZOOM_STEP = 1.2


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.prev_page = self._button(
            "previewPreviousPage", "chevron-up", lambda: self.go(self.page() - 1)
        )
        self.page_box = QLineEdit(self)
        self.page_box.setObjectName("previewPage")
        self._page_numbers = QIntValidator(1, 9999, self.page_box)
        self.page_box.setValidator(self._page_numbers)
        self.page_box.setFixedWidth(48)
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_box.returnPressed.connect(lambda: self.go(int(self.page_box.text() or 1) - 1))
        self.of_pages = QLabel(self)
        self.next_page = self._button(
            "previewNextPage", "chevron-down", lambda: self.go(self.page() + 1)
        )
        self.fit_width = self._button(
            "previewFitWidth", "arrow-expand-horizontal", self.zoom_fit_width
        )
        self.fit_page = self._button("previewFitPage", "fit-to-page-outline", self.zoom_fit_page)
        self.zoom_out = self._button(
            "previewZoomOut", "magnify-minus-outline", lambda: self.zoom(1 / ZOOM_STEP)
        )
        self.zoom_in = self._button(
            "previewZoomIn", "magnify-plus-outline", lambda: self.zoom(ZOOM_STEP)
        )
        for w in (self.prev_page, self.page_box, self.of_pages, self.next_page):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.fit_width, self.fit_page, self.zoom_out, self.zoom_in):
            bar.addWidget(w)
        lay.addLayout(bar)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        lay.addWidget(self.view, 1)
        #: ``links.clicked(key)``: a figure's link clicked in the document
        self.links = LinkClicks(self.view, self.document)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.document.pageCountChanged.connect(self._count_changed)
        self._update()
        self.retranslate()

    def _button(self, name: str, icon_name: str, slot) -> QToolButton:
        b = QToolButton(self)
        b.setObjectName(name)
        b.setIcon(icon(icon_name))
        b.clicked.connect(slot)
        return b

    # ------------------------------------------------------------ the document
    def load(self, path: str) -> bool:
        """Show the PDF at ``path`` (the file may be replaced or removed afterwards)."""
        self.document.close()
        ok = self.document.load(path) == QPdfDocument.Error.None_
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.go(0)
        self._update()
        return ok

    def clear(self) -> None:
        self.document.close()
        self._update()

    def page_count(self) -> int:
        return self.document.pageCount()

    def text(self) -> str:
        """All the text of the document (what the committee will read)."""
        return "\n".join(self.document.getAllText(i).text() for i in range(self.page_count()))

    # ------------------------------------------------------------ navigation and zoom
    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go(self, page: int) -> None:
        if 0 <= page < self.page_count() and page != self.page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def zoom_fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def zoom_fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    def _effective_zoom(self) -> float:
        """The zoom a fit mode shows now (the view does not say), from the page's width."""
        if not self.page_count():
            return 1.0
        points = self.document.pagePointSize(0).width()
        pixels = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        dpi = self.logicalDpiX() / 72.0
        return max(0.25, pixels / max(1.0, points * dpi))

    def _count_changed(self, _count: int) -> None:
        if shiboken6.isValid(self.document):  # not while the page is being destroyed
            self._update()

    def _page_changed(self, page: int) -> None:
        self.page_box.setText(str(page + 1))
        self._update()

    def _update(self) -> None:
        n = self.page_count()
        has = n > 0
        self._page_numbers.setTop(max(1, n))
        if not has:
            self.page_box.clear()
        elif not self.page_box.text():
            self.page_box.setText(str(self.page() + 1))
        self.of_pages.setText(self.tr("of {n}").format(n=n))
        for w in (self.page_box, self.fit_width, self.fit_page, self.zoom_in, self.zoom_out):
            w.setEnabled(has)
        self.prev_page.setEnabled(has and self.page() > 0)
        self.next_page.setEnabled(has and self.page() < n - 1)

    def retranslate(self) -> None:
        for b, text in (
            (self.prev_page, self.tr("Previous page")),
            (self.next_page, self.tr("Next page")),
            (self.fit_width, self.tr("Fit to width")),
            (self.fit_page, self.tr("Whole page")),
            (self.zoom_out, self.tr("Zoom out")),
            (self.zoom_in, self.tr("Zoom in")),
        ):
            b.setToolTip(text)
            b.setAccessibleName(text)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.view.setAccessibleName(self.tr("Report preview"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if (
            event.key() == Qt.Key.Key_PageDown
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.go(self.page() + 1)
        elif (
            event.key() == Qt.Key.Key_PageUp
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.go(self.page() - 1)
        else:
            super().keyPressEvent(event)
