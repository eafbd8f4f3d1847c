"""The lead list's quick filters: a search box that updates as you type, and one-click
filters for city, field, stage, owner, follow-up state, the company's designation, key projects and the leads an import
flagged 需核实 (needs review). A drill-down from a
chart arrives as a base filter, shown as a removable chip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from crm.leadlist.query import LeadFilter
from crm.leads import company_flags
from crm.pipeline import ALL as STAGES
from crm.pipeline.followup import LABELS as FOLLOWUP_LABELS
from crm.pipeline.followup import FollowupState
from crm.ui.context import AppContext
from crm.ui.icons import icon

SEARCH_DELAY_MS = 80


def _least(w: QWidget) -> int:
    """The width a layout gives ``w`` at the least (a set minimum wins over the hint)."""
    return w.minimumWidth() or w.minimumSizeHint().width()


def fit_first_item(combo: QComboBox) -> None:
    """At least as wide as its first item ("All cities", "全部跟进状态") says whole: the bar goes
    to two rows rather than cut what a filter is."""
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    text = combo.itemText(0)
    opt.currentText = text
    fm = combo.fontMetrics()
    # a pixel or two over what the style asks: the style sheet's padding is not in its sum
    contents = QSize(fm.horizontalAdvance(text) + 4, fm.height())
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, contents, combo)
    combo.setMinimumWidth(size.width())


class LazyCombo(QComboBox):
    """A combo box whose items are made when someone first reaches for them (focus, popup,
    wheel): the owners are listed in pinyin order, and the pinyin dictionary (0.2 s to load)
    is not needed for the lead list's first frame."""

    def __init__(self, fill, parent: QWidget | None = None):
        super().__init__(parent)
        self._fill = fill
        self.filled = False

    def ensure_filled(self) -> None:
        if not self.filled:
            self.filled = True
            self._fill()

    def showPopup(self) -> None:  # noqa: N802
        self.ensure_filled()
        super().showPopup()

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.ensure_filled()
        super().focusInEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802
        self.ensure_filled()
        super().wheelEvent(event)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("filterBar")
        self.base = LeadFilter()
        self._base_label = ""
        rows = QVBoxLayout(self)
        rows.setContentsMargins(8, 6, 8, 6)
        rows.setSpacing(6)
        lay = QHBoxLayout()
        lay.setSpacing(6)
        self._second = QHBoxLayout()  # the choices, when the bar is too narrow for one row
        self._second.setSpacing(6)
        rows.addLayout(lay)
        rows.addLayout(self._second)
        self._first = lay
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        lay.addWidget(self.search, 3)
        self.city = self._combo("filterCity")
        self.field = self._combo("filterField")
        self.stage = self._combo("filterStage")
        self.owner = LazyCombo(self._fill_owners, self)
        self._combo("filterOwner", self.owner)
        self.followup = self._combo("filterFollowup")
        self.designation = self._combo("filterDesignation")
        self._choices = (
            self.city,
            self.field,
            self.stage,
            self.owner,
            self.followup,
            self.designation,
        )
        for w in self._choices:
            lay.addWidget(w, 1)
        self._two_rows = False
        self.key = QCheckBox(self)
        self.key.setObjectName("filterKey")
        self.key.toggled.connect(self.changed)
        lay.addWidget(self.key)
        self.review = QCheckBox(self)  # 需核实: what an import kept for a person to check
        self.review.setObjectName("filterNeedsReview")
        self.review.toggled.connect(self.changed)
        lay.addWidget(self.review)
        self.chip = QPushButton(self)
        self.chip.setObjectName("drillChip")
        self.chip.setIcon(icon("close-circle-outline"))
        self.chip.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.chip.clicked.connect(self.clear_base)
        self.chip.hide()
        lay.addWidget(self.chip)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("filterReset")
        self.reset_button.setIcon(icon("filter-remove-outline"))
        self.reset_button.clicked.connect(self.reset)
        lay.addWidget(self.reset_button)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802
        """On a narrow window (a small screen at 150 %) the choices go to a second row rather
        than squeezing the search box or pushing the page wider than the window."""
        super().resizeEvent(event)
        one_row = self._one_row_width()
        two = event.size().width() < one_row
        if two != self._two_rows:
            self._two_rows = two
            target, at = (self._second, 0) if two else (self._first, 1)
            for i, w in enumerate(self._choices):
                target.insertWidget(at + i, w, 1)

    def _one_row_width(self) -> int:
        """The width all of it needs on one row."""
        lay = self.layout()
        assert lay is not None  # made in __init__
        m = lay.contentsMargins()
        parts = [_least(self.search), self.key.sizeHint().width(), self.review.sizeHint().width()]
        parts += [_least(w) for w in self._choices]
        parts += [self.reset_button.sizeHint().width()]
        if self.chip.isVisible():
            parts.append(self.chip.sizeHint().width())
        return sum(parts) + 6 * len(parts) + m.left() + m.right()

    def minimumSizeHint(self):  # noqa: N802
        hint = super().minimumSizeHint()
        if not self._two_rows:  # it may always become two rows: ask only for the wider row
            choices = sum(_least(w) + 6 for w in self._choices)
            hint.setWidth(max(hint.width() - choices, 200))
        return hint

    def _combo(self, name: str, c: QComboBox | None = None) -> QComboBox:
        c = c if c is not None else QComboBox(self)
        c.setObjectName(name)
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        c.setMinimumContentsLength(0)  # fit_first_item sets the least width
        c.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return c

    def _fill(self, combo: QComboBox, all_label: str, items: Sequence[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_label, None)
        for text, value in items:
            combo.addItem(text, value)
        i = combo.findData(current)
        combo.setCurrentIndex(max(0, i))
        combo.blockSignals(False)
        fit_first_item(combo)

    def retranslate(self) -> None:
        ref = self.ctx.ref
        # short enough to be read whole beside the filters; the tooltip says what it searches
        self.search.setPlaceholderText(self.tr("Search leads (Ctrl+F)"))
        self.search.setToolTip(
            self.tr(
                "Searches company names (also by pinyin initials: hw finds 华为), credit "
                "codes, projects, contacts and notes"
            )
        )
        self.search.setAccessibleName(self.tr("Search leads"))
        fm = self.search.fontMetrics()
        # the placeholder whole, beside the magnifier and the clear button
        self.search.setMinimumWidth(fm.horizontalAdvance(self.search.placeholderText()) + 70)
        self._fill(self.city, self.tr("All cities"), [(c.label(), c.id) for c in ref.kind("city")])
        self._fill(
            self.field, self.tr("All fields"), [(f.label(), f.id) for f in ref.kind("field")]
        )
        self._fill(self.stage, self.tr("All stages"), [(ref.stage_label(s), s) for s in STAGES])
        self._fill_owners(everyone=self.owner.filled)
        self._fill(
            self.followup,
            self.tr("Any follow-up"),
            [(self.tr("Overdue (any)"), "late")]
            + [
                (FOLLOWUP_LABELS[s].render(), s.value)
                for s in (
                    FollowupState.DUE,
                    FollowupState.AT_RISK,
                    FollowupState.SCHEDULED,
                    FollowupState.NONE,
                )
            ]
            + [(self.tr("No activity for 30 days"), "stale")],
        )
        self._fill(
            self.designation,
            self.tr("Any designation"),
            [(label.render(), key) for key, (label, _sql) in company_flags.FILTERS.items()],
        )
        for w, name in (
            (self.city, self.tr("City")),
            (self.field, self.tr("Field")),
            (self.stage, self.tr("Stage")),
            (self.owner, self.tr("Owner")),
            (self.followup, self.tr("Follow-up")),
            (self.designation, self.tr("Company designation")),
        ):
            w.setAccessibleName(name)
            w.setToolTip(name)
        self.key.setText(self.tr("Key projects"))
        self.review.setText(self.tr("Needs review"))
        self.review.setToolTip(
            self.tr("Leads an import flagged: a value it could not read is in the notes")
        )
        self.reset_button.setToolTip(self.tr("Clear all filters"))
        self.reset_button.setAccessibleName(self.tr("Clear all filters"))
        self.chip.setText(self._base_label)

    def _fill_owners(self, everyone: bool = True) -> None:
        """ "All owners", "Mine", then (``everyone``) the officers in name order."""
        others = (
            [(u.display_name, u.id) for u in self.ctx.ref.officers() if u.id != self.ctx.actor.id]
            if everyone
            else []
        )
        self._fill(
            self.owner, self.tr("All owners"), [(self.tr("Mine"), self.ctx.actor.id)] + others
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ the filter
    def current(self) -> LeadFilter:
        f = self.base
        ids = lambda c: (c.currentData(),) if c.currentData() is not None else ()  # noqa: E731
        changes: dict = {}
        if self.city.currentData() is not None:
            changes["cities"] = ids(self.city)
        if self.field.currentData() is not None:
            changes["fields"] = ids(self.field)
        if self.stage.currentData() is not None:
            changes["stages"] = ids(self.stage)
        if self.owner.currentData() is not None:
            changes["owners"] = ids(self.owner)
        fu = self.followup.currentData()
        if fu == "late":
            changes["followup"] = (
                FollowupState.OVERDUE,
                FollowupState.OFFICER,
                FollowupState.MANAGER,
                FollowupState.AT_RISK,
            )
        elif fu == "stale":
            changes["stale"] = True
        elif fu is not None:
            changes["followup"] = (FollowupState(fu),)
        if self.designation.currentData() is not None:
            changes["designations"] = (self.designation.currentData(),)
        if self.key.isChecked():
            changes["key_project"] = True
        if self.review.isChecked():
            changes["needs_review"] = True
        text = self.search.text().strip()
        if text:
            changes["search"] = text
        return f.with_(**changes)

    def set_base(self, flt: LeadFilter, label: str) -> None:
        """Show exactly ``flt`` (a drill-down): quick filters are cleared, the chip names it."""
        self.blockSignals(True)
        self._clear_widgets()
        self.base, self._base_label = flt, label
        self.chip.setText(label)
        self.chip.setVisible(bool(label))
        self.blockSignals(False)
        self.changed.emit()

    def clear_base(self) -> None:
        self.base, self._base_label = LeadFilter(), ""
        self.chip.hide()
        self.changed.emit()

    def _clear_widgets(self) -> None:
        for c in self._choices:
            c.setCurrentIndex(0)
        self.key.setChecked(False)
        self.review.setChecked(False)
        self.search.clear()
        self._timer.stop()

    def reset(self) -> None:
        self.blockSignals(True)
        self._clear_widgets()
        self.base, self._base_label = LeadFilter(), ""
        self.chip.hide()
        self.blockSignals(False)
        self.changed.emit()

    def set_from(self, flt: LeadFilter) -> None:
        """Restore a saved view: quick-filter fields go to the widgets, the rest to the base."""
        self.blockSignals(True)
        self._clear_widgets()
        self.owner.ensure_filled()
        for combo, values in (
            (self.city, flt.cities),
            (self.field, flt.fields),
            (self.stage, flt.stages),
            (self.owner, flt.owners),
            (self.designation, flt.designations),
        ):
            if len(values) == 1 and combo.findData(values[0]) >= 0:
                combo.setCurrentIndex(combo.findData(values[0]))
        self.key.setChecked(bool(flt.key_project))
        self.review.setChecked(bool(flt.needs_review))
        self.search.setText(flt.search)
        rest = flt.with_(
            cities=() if len(flt.cities) == 1 else flt.cities,
            fields=() if len(flt.fields) == 1 else flt.fields,
            stages=() if len(flt.stages) == 1 else flt.stages,
            owners=() if len(flt.owners) == 1 else flt.owners,
            designations=() if len(flt.designations) == 1 else flt.designations,
            key_project=None if flt.key_project else flt.key_project,
            needs_review=None if flt.needs_review else flt.needs_review,
            search="",
        )
        self.base = rest
        self.blockSignals(False)
        self.changed.emit()
