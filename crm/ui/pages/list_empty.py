"""The lead list's empty state: a blank table says nothing, so when no lead matches, a line
over the table says so, names the search, and offers to clear the search and filters (or,
in an empty store, to add the first lead)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton, QVBoxLayout, QWidget


class ListEmptyState(QWidget):
    """Shown over ``view``'s viewport, centred, while the list is empty."""

    clear_requested = Signal()

    def __init__(self, view: QAbstractScrollArea):
        super().__init__(view.viewport())
        self.setObjectName("listEmptyState")
        self.view = view
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.setSpacing(10)
        self.message = QLabel(self)
        self.message.setObjectName("emptyStateText")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("pageSubtitle")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.clicked.connect(self.clear_requested)
        lay.addStretch(1)
        lay.addWidget(self.message)
        lay.addWidget(self.hint)
        lay.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(1)
        view.viewport().installEventFilter(self)
        self.hide()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())  # type: ignore[attr-defined]
        return False

    def show_for(self, search: str, filtered: bool) -> None:
        """Say why the list is empty: the search, the filters, or no lead at all."""
        if search:
            self.message.setText(self.tr("No lead matches “{text}”.").format(text=search))
        elif filtered:
            self.message.setText(self.tr("No lead matches these filters."))
        else:
            self.message.setText(self.tr("No leads yet."))
        if search or filtered:
            self.hint.setText(
                self.tr(
                    "Check the spelling, search by a shorter part of the name, or clear the "
                    "search and filters to see every lead."
                )
            )
            self.clear_button.setText(self.tr("Clear search and filters"))
        else:
            self.hint.setText(self.tr("Add the first one with New lead (Ctrl+N)."))
        self.clear_button.setVisible(bool(search or filtered))
        self.setGeometry(self.view.viewport().rect())
        self.show()
        self.raise_()
