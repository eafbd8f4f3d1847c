"""Which leads a bulk step applies to: the rows picked with shift and ctrl (counted from the
selection's ranges, read as ids only when a step runs — a shift-click over 50,000 rows fetches
nothing), or "all N matching" the filter, not only the rows fetched so far (their ids and
versions from SQL, crm.leadlist.query.matching_versions)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QItemSelectionRange, QObject, Signal
from PySide6.QtWidgets import QTableView

from crm.leadlist.query import matching_versions
from crm.ui.models.lead_table import LeadTableModel


class LeadSelection(QObject):
    changed = Signal()

    def __init__(self, table: QTableView, model: LeadTableModel):
        super().__init__(table)
        self.table, self.model = table, model
        #: every lead of the filter (id → version) once "select all N matching" was chosen
        self.all_matching: dict[int, int] | None = None
        self._selecting = False
        table.selectionModel().selectionChanged.connect(self._picked)
        model.modelReset.connect(self._reset)

    def _picked(self, *_args) -> None:
        if not self._selecting:
            self.all_matching = None  # a click of one's own ends "all matching"
        self.changed.emit()

    def _reset(self) -> None:
        self.all_matching = None
        self.changed.emit()

    def count(self) -> int:
        if self.all_matching is not None:
            return len(self.all_matching)
        return sum(bottom - top + 1 for top, bottom in self._bands())

    def _bands(self) -> list[tuple[int, int]]:
        """The selected rows as (top, bottom) bands."""
        # a QList at runtime; PySide6's stub does not say it iterates
        ranges = cast(Iterable[QItemSelectionRange], self.table.selectionModel().selection())
        return _merge([(r.top(), r.bottom()) for r in ranges])

    def versions(self) -> dict[int, int]:
        """The chosen leads with the version the list showed (the step refuses a lead saved
        by someone since)."""
        if self.all_matching is not None:
            return dict(self.all_matching)
        out: dict[int, int] = {}
        for top, bottom in self._bands():
            out.update(self.model.versions_in(top, bottom))
        return out

    def select_all_matching(self) -> None:
        m = self.model
        self.all_matching = matching_versions(m.ctx.store, m.ctx.actor, m.filter)
        self._selecting = True
        try:
            self.table.selectAll()
        finally:
            self._selecting = False
        self.changed.emit()

    def clear(self) -> None:
        self.all_matching = None
        current = self.table.currentIndex()
        self.table.clearSelection()
        if current.isValid():  # the lead shown beside the list stays the chosen one
            self.table.selectRow(current.row())
        self.changed.emit()


def _merge(bands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching row bands as one (ctrl-clicks add bands that may overlap)."""
    out: list[tuple[int, int]] = []
    for top, bottom in sorted(bands):
        if out and top <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], bottom))
        else:
            out.append((top, bottom))
    return out
