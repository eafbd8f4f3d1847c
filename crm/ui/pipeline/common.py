"""What the pipeline pages share: how an amount reads, how a figure drills down (leads to the
lead list, activities to the activity list), the scope and period pickers, and a titled card."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crm.analytics.figures import Figure
from crm.analytics.period import Period, Scope
from crm.i18n import current_language
from crm.reports import fmt
from crm.ui.context import AppContext
from crm.values.amounts import format_amount

#: the Figure behind a cell (drill-down)
FIGURE_ROLE = Qt.ItemDataRole.UserRole + 10
#: a number to sort or colour by
VALUE_ROLE = Qt.ItemDataRole.UserRole + 11


if TYPE_CHECKING:  # a mixin of QWidget: the type checker sees what it mixes into
    _Page = QWidget
else:
    _Page = object


class RefreshWhenShown(_Page):
    """For a page (mixed in before QWidget) that computes what it shows in the background:
    it computes on its first visit, and again when something it shows changes — at once if
    it is on screen, else on its next visit, so a page nobody opens costs nothing.

    The page names the kinds of change it shows (``crm.changes.Changes`` fields) in
    ``shows_changes``, listens with ``_on_changed``, and calls ``computed()`` at the start of
    its ``refresh()``."""

    shows_changes: tuple[str, ...] = ("leads", "bulk", "reference")
    #: the attribute holding what the page shows (None until a computation succeeded: a visit
    #: after one that failed, say on a locked store, tries again)
    result_attr = ""
    _pending = True  # not computed yet

    def computed(self) -> None:
        self._pending = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if event.spontaneous():
            return
        if self._pending or (self.result_attr and getattr(self, self.result_attr) is None):
            self.refresh()

    def _on_changed(self, changes) -> None:
        if any(getattr(changes, kind) for kind in self.shows_changes):
            self._pending = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError


def amount_text(value: float | None) -> str:
    """4,502万元 / 1.20亿元; RMB 45.02 m / RMB 1.20 bn (crm.values.amounts.format_amount)."""
    return format_amount(value, current_language())


def count_text(value: float | None) -> str:
    return fmt.count(value)


def percent_text(ratio: float | None) -> str:
    return fmt.percent(ratio)


class Drill:
    """Opens what a figure is made of: the lead list filtered to exactly its leads (with a
    removable chip naming it), or the list of its activities."""

    def __init__(self, window):
        self.window = window

    def __call__(self, figure: Figure | None, label: str) -> None:
        if figure is None:
            return
        if figure.leads is not None:
            self.window.drill_down(figure.leads, label)
        elif figure.activities is not None:
            from crm.ui.pipeline.activity_dialog import ActivityListDialog

            dlg = ActivityListDialog(self.window.ctx, figure.activities, label, self.window)
            dlg.open_lead.connect(self.window.open_lead)
            dlg.show()


DrillFn = Callable[[Figure | None, str], None]


class Card(QFrame):
    """A white card with a title line (and room for tools on its right)."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setProperty("cardName", name)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 10)
        lay.setSpacing(6)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        head.addWidget(self.title)
        self.note = QLabel(self)
        self.note.setObjectName("pageSubtitle")
        head.addWidget(self.note, 1)
        self.tools = head
        lay.addLayout(head)
        self.body = lay


class ScopeBar(QWidget):
    """City and field (the analytics' Scope) and, optionally, a period; ``changed`` on any."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, periods: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.period = QComboBox(self)
        self.period.setObjectName("scopePeriod")
        self.period.setVisible(periods)
        self.city = QComboBox(self)
        self.city.setObjectName("scopeCity")
        self.field = QComboBox(self)
        self.field.setObjectName("scopeField")
        for w in (self.period, self.city, self.field):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            w.currentIndexChanged.connect(lambda _i: self.changed.emit())
            lay.addWidget(w)
        self.retranslate()

    def _periods(self) -> list[tuple[str, str]]:
        year = date.today().year
        out = [
            (self.tr("This year ({year})").format(year=year), f"y{year}"),
            (self.tr("Last year ({year})").format(year=year - 1), f"y{year - 1}"),
        ]
        quarter = (date.today().month - 1) // 3 + 1
        for q in range(quarter, 0, -1):
            out.append((self.tr("Q{q} {year}").format(q=q, year=year), f"q{year}-{q}"))
        out.append((self.tr("Last 12 months"), "last12"))
        return out

    def retranslate(self) -> None:
        ref = self.ctx.ref
        for combo, items in (
            (self.period, self._periods()),
            (
                self.city,
                [(self.tr("All cities"), None)] + [(c.label(), c.id) for c in ref.kind("city")],
            ),
            (
                self.field,
                [(self.tr("All fields"), None)] + [(f.label(), f.id) for f in ref.kind("field")],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.period.setAccessibleName(self.tr("Period"))
        self.city.setAccessibleName(self.tr("City"))
        self.field.setAccessibleName(self.tr("Field"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def scope(self) -> Scope:
        return Scope(self.city.currentData(), self.field.currentData())

    def set_scope(self, scope: Scope) -> None:
        self.city.setCurrentIndex(max(0, self.city.findData(scope.city_id)))
        self.field.setCurrentIndex(max(0, self.field.findData(scope.field_id)))

    def chosen_period(self, today: date | None = None) -> Period:
        today = today or date.today()
        key = self.period.currentData() or f"y{today.year}"
        if key.startswith("y"):
            return Period.year(int(key[1:]))
        if key.startswith("q"):
            year, q = (int(x) for x in key[1:].split("-"))
            end = date(year, q * 3 + 1, 1) if q < 4 else date(year + 1, 1, 1)
            return Period(date(year, q * 3 - 2, 1), date.fromordinal(end.toordinal() - 1))
        start = date(today.year - 1, today.month, 1)
        return Period(start, today)

    def describe(self) -> str:
        """The chosen scope in words, for drill-down chips: "未来科技城 · 生命健康"."""
        parts = [w.currentText() for w in (self.city, self.field) if w.currentData() is not None]
        return " · ".join(parts)
