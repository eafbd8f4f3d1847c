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
        names = max(self.sizeHintForColumn(0), header.sectionSizeHint(0), 60)
        numbers = sum(
            max(self.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(1, self.model().columnCount())
        )
        if names + numbers <= self.viewport().width():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, names)

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
