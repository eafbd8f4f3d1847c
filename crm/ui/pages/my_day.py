"""My day (我的工作台): the officer's follow-ups due today and overdue (3/5/7-day levels),
leads idle for 30 days, and what changed recently. Managers also see what is escalated to
them. Enter or a double-click opens the lead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.followups.reminders import needs_you
from crm.leadlist.query import LeadFilter, count_leads
from crm.team_settings import followup_thresholds
from crm.ui.context import AppContext
from crm.ui.models import column_widths
from crm.ui.models.lead_columns import BY_KEY
from crm.ui.models.lead_table import ID_ROLE, LeadTableModel

# cards: the key-project star goes before the company (its compact form), which takes the
# width the other columns leave; each card shows only the columns its question needs, so
# the company keeps enough of its name to tell two rows apart (新宇互动娱… twice was not)
_COMPACT = tuple(BY_KEY[k] for k in ("company_name", "stage", "next_followup", "followup"))
_STALE = tuple(BY_KEY[k] for k in ("company_name", "stage", "last_activity_on", "next_followup"))
_RECENT = tuple(BY_KEY[k] for k in ("company_name", "stage", "next_followup", "followup"))
#: below this page width the cards stand one under the other (a small screen at 150 %)
ONE_COLUMN = 1000
_TEAM = tuple(BY_KEY[k] for k in ("company_name", "owner", "next_followup", "followup"))


class _Section(QFrame):
    open_lead = Signal(int)

    def __init__(
        self, ctx: AppContext, name: str, sort, parent: QWidget | None = None, columns=_COMPACT
    ):
        super().__init__(parent)
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        lay.addWidget(self.title)
        self.model = LeadTableModel(ctx, columns, self, compact=True)
        self.model.sort_keys = sort
        self.table = QTableView(self)
        self.table.setObjectName(name)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.columns = columns
        self.ctx = ctx
        self.table.horizontalHeader().setMinimumSectionSize(36)
        self._size_columns()
        self.empty = QLabel(self)
        self.empty.setObjectName("pageSubtitle")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.model.modelReset.connect(self._show_empty)
        self.table.doubleClicked.connect(
            lambda idx: self.open_lead.emit(self.model.data(idx, ID_ROLE))
        )
        self.table.activated.connect(lambda idx: self.open_lead.emit(self.model.data(idx, ID_ROLE)))
        lay.addWidget(self.table)
        lay.addWidget(self.empty, 1)

    def _size_columns(self) -> None:
        """Dates, stages and states as wide as what they can say in the language shown; the
        company takes what is left, so the card needs no horizontal scrolling."""
        th = followup_thresholds(self.ctx.store)
        column_widths.fit(self.table, self.columns, self.ctx.ref, th, stretch=0, compact=True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._size_columns()
        super().changeEvent(event)

    def set_filter(self, flt: LeadFilter) -> None:
        self.model.set_query(flt)

    def _show_empty(self) -> None:
        empty = self.model.total() == 0
        self.table.setVisible(not empty)
        self.empty.setVisible(empty)


class _Number(QFrame):
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        self.value = QLabel("0", self)
        self.value.setObjectName("bigNumber")
        self.caption = QLabel(self)
        self.caption.setObjectName("pageSubtitle")
        lay.addWidget(self.value)
        lay.addWidget(self.caption)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self.clicked.emit()
        super().mouseReleaseEvent(event)


class MyDayPage(QWidget):
    open_lead = Signal(int)
    drill_down = Signal(object, str)  # LeadFilter, label

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("myDayPage")
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 10)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        lay.addWidget(self.title)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        lay.addWidget(self.subtitle)
        numbers = QHBoxLayout()
        # a manager's third tile counts their people's follow-ups flagged to them (what the
        # list below shows and the reminder adds); an officer's, their own at risk
        self.manages = needs_you(ctx.actor).flagged is not None
        third = "escalated" if self.manages else "risk"
        self.numbers = {k: _Number(self) for k in ("due", "late", third, "stale")}
        for key, w in self.numbers.items():
            w.clicked.connect(lambda k=key: self._drill(k))
            numbers.addWidget(w)
        lay.addLayout(numbers)
        grid = self.grid = QGridLayout()
        self._one_column: bool | None = None
        self.followups = _Section(ctx, "myFollowups", (("next_followup", False),), self)
        self.escalated = _Section(ctx, "escalated", (("next_followup", False),), self, _TEAM)
        self.stale = _Section(ctx, "myStale", (("last_activity_on", False),), self, _STALE)
        self.recent = _Section(ctx, "myRecent", (("updated_at", True),), self, _RECENT)
        if not self.manages:  # managers: what is flagged to them comes first
            self.escalated.hide()
        self._arrange(False)
        for s in (self.followups, self.escalated, self.stale, self.recent):
            s.open_lead.connect(self.open_lead)
        lay.addLayout(grid, 1)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.refresh()

    def _arrange(self, one_column: bool) -> None:
        """Two columns of cards; on a narrow page one column, each card tall enough to read
        (the page then scrolls)."""
        if one_column == self._one_column:
            return
        self._one_column = one_column
        grid = self.grid
        cards = [self.followups, self.stale, self.recent]
        if self.manages:
            cards.insert(0, self.escalated)  # a manager's first concern, top left
        for card in cards:
            grid.removeWidget(card)
            card.setMinimumHeight(260 if one_column else 0)
        if one_column:
            for i, card in enumerate(cards):
                grid.addWidget(card, i, 0)
            grid.setColumnStretch(1, 0)
        elif self.manages:
            for i, card in enumerate(cards):
                grid.addWidget(card, i % 2, i // 2)
        else:
            grid.addWidget(self.followups, 0, 0)
            grid.addWidget(self.stale, 1, 0)
            grid.addWidget(self.recent, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 0 if one_column else 1)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(event.size().width() < ONE_COLUMN)

    def _filters(self) -> dict[str, LeadFilter]:
        """What each tile and card counts: the one "needs you" rule (crm.followups.reminders)."""
        rule = needs_you(self.ctx.actor)
        out = {
            "followups": rule.mine,
            "due": rule.due,
            "late": rule.overdue,
            "risk": rule.at_risk,
            "stale": rule.stale,
            "recent": LeadFilter(owners=(self.ctx.actor.id,)),
        }
        if rule.flagged is not None:
            out["escalated"] = rule.flagged
        return out

    def refresh(self) -> None:
        f = self._filters()
        self.followups.set_filter(f["followups"])
        self.stale.set_filter(f["stale"])
        self.recent.set_filter(f["recent"])
        if self.manages:
            self.escalated.set_filter(f["escalated"])
        for key in self.numbers:
            self.numbers[key].value.setText(
                f"{count_leads(self.ctx.store, self.ctx.actor, f[key]):,}"
            )

    def _changed(self, ch) -> None:
        if ch.settings:  # the thresholds the captions name
            self.retranslate()
        if ch.leads or ch.bulk or ch.settings:
            self.refresh()

    def _drill(self, key: str) -> None:
        self.drill_down.emit(self._filters()[key], self.numbers[key].caption.text())

    def retranslate(self) -> None:
        a = self.ctx.actor
        th = followup_thresholds(self.ctx.store)
        self.title.setText(self.tr("My day"))
        self.subtitle.setText(
            self.tr("{name} · {city}").format(
                name=a.display_name, city=self.ctx.ref.label(a.city_id) or self.tr("Committee")
            )
        )
        self.numbers["due"].caption.setText(self.tr("Follow-ups due today"))
        self.numbers["late"].caption.setText(self.tr("Overdue follow-ups"))
        if "risk" in self.numbers:
            self.numbers["risk"].caption.setText(
                self.tr("At risk ({n}+ days overdue)").format(n=th.at_risk)
            )
        else:
            self.numbers["escalated"].caption.setText(
                self.tr("Flagged to you ({n}+ days overdue)").format(n=th.manager)
            )
        self.numbers["stale"].caption.setText(self.tr("No activity for 30 days"))
        self.followups.title.setText(self.tr("Yours: due today and overdue"))
        self.escalated.title.setText(
            self.tr("Your people's follow-ups flagged to you ({n}+ days overdue)").format(
                n=th.manager
            )
        )
        self.stale.title.setText(self.tr("No activity for 30 days"))
        self.recent.title.setText(self.tr("Recently changed"))
        self.followups.empty.setText(self.tr("None of your own follow-ups is due or overdue."))
        self.escalated.empty.setText(self.tr("Nothing of your people's is flagged to you."))
        self.stale.empty.setText(
            self.tr("Every lead of yours has had activity in the last 30 days.")
        )
        self.recent.empty.setText(self.tr("No leads of yours yet."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)
