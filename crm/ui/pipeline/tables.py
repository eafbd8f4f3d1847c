"""A dense read-only table whose count cells drill down: a click (or Enter) on a cell whose
model gives a Figure (FIGURE_ROLE) asks to open the leads or activities behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from crm.ui.pipeline.common import FIGURE_ROLE


class FigureTable(QTableView):
    figure_activated = Signal(object, object)  # Figure, QModelIndex

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
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

    def wrap_headers(self, height: int = 42) -> None:
        """Headers on two lines when their words do not fit the column (English runs long)."""
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setFixedHeight(height)

    def first_column_wide(self) -> None:
        """Names in the first column take the room; the numbers fit their contents."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

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
