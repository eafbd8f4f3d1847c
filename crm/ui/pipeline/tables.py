"""A dense read-only table whose count cells drill down: a click (or Enter) on a cell whose
model gives a Figure (FIGURE_ROLE) asks to open the leads or activities behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from crm.ui.pipeline.common import FIGURE_ROLE


class TwoLineHeader(QHeaderView):
    """Column headings broken onto two lines where the column is narrower than the heading:
    Qt's word wrap does not break a CJK heading (5天以上（报领导） was cut on both sides)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.wrap = False  # FigureTable.wrap_headers turns it on (and makes room for 2 lines)

    def initStyleOptionForIndex(self, option, logical_index: int) -> None:  # noqa: N802
        super().initStyleOptionForIndex(option, logical_index)
        if not self.wrap:
            return
        width = self.sectionSize(logical_index) - 14  # its padding and border
        fm = QFontMetrics(heading_font(self))
        if option.text and fm.horizontalAdvance(option.text) > width:
            option.text = two_lines(option.text, fm, width)


def heading_font(header: QHeaderView) -> QFont:
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)  # as app.qss draws the headings
    return font


def two_lines(text: str, fm: QFontMetrics, width: int) -> str:
    """``text`` broken where the first line fills ``width``: at a space when it has one (a word
    is never cut), else between two characters of Chinese; a single word stays whole."""
    if " " in text:
        breaks = [i for i, ch in enumerate(text) if ch == " "]
    elif any("\u4e00" <= ch <= "\u9fff" for ch in text):
        breaks = list(range(1, len(text)))
    else:
        return text
    best = None
    for i in breaks:
        head, tail = text[:i].rstrip(), text[i:].lstrip()
        if not head or not tail:
            continue
        wide = max(fm.horizontalAdvance(head), fm.horizontalAdvance(tail))
        over = fm.horizontalAdvance(head) > width
        if best is None or (over, wide) < best[0]:
            best = ((over, wide), f"{head}\n{tail}")
    return best[1] if best else text


class FigureTable(QTableView):
    figure_activated = Signal(object, object)  # Figure, QModelIndex

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._header = TwoLineHeader(self)
        self.setHorizontalHeader(self._header)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMouseTracking(True)
        self.clicked.connect(self._activate)
        self.activated.connect(self._activate)

    def wrap_headers(self) -> None:
        """Headers on two lines when their words do not fit the column (English runs long);
        the columns sized by first_column_wide then leave room for two lines, not one. The
        height is two lines of the heading's font (a CJK font's lines are taller)."""
        header = self._header
        header.wrap = True
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setFixedHeight(2 * QFontMetrics(heading_font(header)).lineSpacing() + 14)
        self._two_lines = True
        self._fit_first_column()

    def _head_width(self, column: int) -> int:
        """What the column's heading needs: on one line, or on two when headings wrap."""
        header = self.horizontalHeader()
        if not getattr(self, "_two_lines", False):
            return header.sectionSizeHint(column)
        text = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        fm = QFontMetrics(heading_font(header))
        lines = two_lines(text, fm, fm.horizontalAdvance(text) // 2)
        return max(fm.horizontalAdvance(line) for line in lines.split("\n")) + 18

    def first_column_wide(self) -> None:
        """Names in the first column take the room; the numbers fit their contents. When the
        numbers leave too little room, the names keep their own width and the table scrolls
        sideways (a stretched column would be squeezed to nothing)."""
        self._first_wide = True
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fit_first_column()

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.headerDataChanged):
                signal.connect(self._fit_first_column)
        self._fit_first_column()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_first_column()

    def _fit_first_column(self, *_args) -> None:
        if not getattr(self, "_first_wide", False) or self.model() is None:
            return
        header = self.horizontalHeader()
        names = max(self.sizeHintForColumn(0), self._head_width(0), 60)
        widths = [
            max(self.sizeHintForColumn(c), self._head_width(c))
            for c in range(1, self.model().columnCount())
        ]
        for c, width in enumerate(widths, start=1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(c, width)
        numbers = sum(widths)
        if names + numbers <= self.viewport().width():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, names)

    def columns_width(self) -> int:
        """What the columns need side by side (the names theirs, the numbers theirs)."""
        if self.model() is None:
            return 0
        names = max(self.sizeHintForColumn(0), self._head_width(0), 60)
        return names + sum(
            max(self.sizeHintForColumn(c), self._head_width(c))
            for c in range(1, self.model().columnCount())
        )

    def _activate(self, index) -> None:
        figure = index.data(FIGURE_ROLE)
        if figure is not None and (figure.leads is not None or figure.activities is not None):
            self.figure_activated.emit(figure, index)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        drillable = index.isValid() and index.data(FIGURE_ROLE) is not None
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if drillable else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)
