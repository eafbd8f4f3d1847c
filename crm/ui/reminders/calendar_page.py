"""The follow-up calendar: a month's grid with the number of follow-ups on each day, and
beside it the follow-ups of the chosen day (month view) or of its week (week view); mine or
every lead I see. A row opens its lead (Enter or a double click)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.followups.reminders import (
    CalendarScope,
    followups_between,
    followups_per_day,
    month_of,
    week_of,
)
from crm.pipeline.followup import FollowupState
from crm.pipeline.followup import label as followup_label
from crm.team_settings import followup_thresholds
from crm.ui.company.models import LEAD_ROLE, RowsModel, TableColumn
from crm.ui.context import AppContext
from crm.ui.noop import QT_TRANSLATE_NOOP

COLUMNS = [
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Date"), lambda r, f: r.next_followup.isoformat()),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Company"), lambda r, f: r.company),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Project"), lambda r, f: r.project_name),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "City"), lambda r, f: f.label(r.city_id)),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Stage"), lambda r, f: f.stage_label(r.stage)),
    TableColumn(QT_TRANSLATE_NOOP("CompanyPage", "Owner"), lambda r, f: f.user_name(r.owner_id)),
]


PROJECT, CITY, OWNER = 2, 3, 5


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class FollowupCalendar(QCalendarWidget):
    """A month grid that shows on each day how many follow-ups fall on it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: dict[date, int] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)

    def set_counts(self, counts: dict[date, int]) -> None:
        self.counts = counts
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
        super().paintCell(painter, rect, qdate)
        n = self.counts.get(_pydate(qdate), 0)
        if not n:
            return
        painter.save()
        late = _pydate(qdate) < date.today()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c2410c" if late else "#1f5f99"))
        size = max(16, rect.height() // 3)
        badge = QRect(rect.right() - size - 2, rect.top() + 2, size, size)
        painter.drawEllipse(badge)
        painter.setPen(QColor("#ffffff"))
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(n) if n < 100 else "99+")
        painter.restore()


class CalendarPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 10)  # as the other pages
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        head.addWidget(self.title)
        head.addSpacing(10)
        head.addWidget(self.subtitle, 1)
        lay.addLayout(head)
        bar = QHBoxLayout()
        self.scope = QComboBox(self)
        self.scope.setObjectName("calendarScope")
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(self.scope)
        self.day_button = QPushButton(self)
        self.week_button = QPushButton(self)
        self.month_button = QPushButton(self)
        self.modes = QButtonGroup(self)
        for i, b in enumerate((self.day_button, self.week_button, self.month_button)):
            b.setCheckable(True)
            self.modes.addButton(b, i)
            bar.addWidget(b)
        self.day_button.setObjectName("calendarDay")
        self.week_button.setObjectName("calendarWeek")
        self.month_button.setObjectName("calendarMonth")
        self.week_button.setChecked(True)
        for b in (self.day_button, self.week_button, self.month_button):
            b.setStyleSheet(
                "QPushButton:checked{background:#1f5f99;color:#ffffff;border-color:#1f5f99}"
            )
        self.modes.idClicked.connect(lambda _i: self.reload_list())
        self.today_button = QPushButton(self)
        self.today_button.clicked.connect(self.go_today)
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        lay.addLayout(bar)
        body = QHBoxLayout()
        self.calendar = FollowupCalendar(self)
        self.calendar.setObjectName("followupCalendar")
        self.calendar.setMinimumWidth(460)
        self.calendar.selectionChanged.connect(self.reload_list)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.reload())
        body.addWidget(self.calendar, 5)
        side = QVBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionTitle")
        side.addWidget(self.heading)
        self.model = RowsModel(COLUMNS, ctx.ref, self)
        self.table = QTableView(self)
        self.table.setObjectName("calendarList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # the short columns as wide as what they say, the company takes the rest (it tells
        # the rows apart); the project is shortened first
        header = self.table.horizontalHeader()
        fit, rest = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for i, mode in enumerate((fit, rest, QHeaderView.ResizeMode.Interactive, fit, fit, fit)):
            header.setSectionResizeMode(i, mode)
        self.table.setColumnWidth(PROJECT, 160)
        self.table.setWordWrap(False)
        self.table.activated.connect(self._open)
        side.addWidget(self.table, 1)
        body.addLayout(side, 7)
        lay.addLayout(body, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()

    # ------------------------------------------------------------ data
    def _scope(self) -> CalendarScope:
        return self.scope.currentData() or CalendarScope()

    def reload(self) -> None:
        self.reload_counts()
        self.reload_list()

    def reload_counts(self) -> None:
        # the grid shows six weeks from the Monday before the 1st: count them all
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start = week_of(first)[0]
        end = start + timedelta(days=41)
        counts = followups_per_day(self.ctx.store, self.ctx.actor, self._scope(), start, end)
        self.calendar.set_counts(counts)

    def range(self) -> tuple[date, date]:
        """The list's days: the chosen day, its week, or the month shown."""
        day = _pydate(self.calendar.selectedDate())
        if self.week_button.isChecked():
            return week_of(day)
        if self.month_button.isChecked():
            return month_of(date(self.calendar.yearShown(), self.calendar.monthShown(), 1))
        return day, day

    def reload_list(self) -> None:
        # my own follow-ups: every row has my city and me, so those columns say nothing
        mine = self._scope().mine
        self.table.setColumnHidden(OWNER, mine)
        self.table.setColumnHidden(CITY, mine and self.ctx.actor.city_id is not None)
        start, end = self.range()
        rows, total = followups_between(self.ctx.store, self.ctx.actor, self._scope(), start, end)
        self.model.set_rows(rows, self.ctx.ref)
        if start == end:
            head = self.tr("{day}: {n} follow-ups").format(day=start.isoformat(), n=total)
        elif self.month_button.isChecked():
            head = self.tr("{month}: {n} follow-ups").format(month=start.strftime("%Y-%m"), n=total)
        else:
            head = self.tr("Week {week} ({start} – {end}): {n} follow-ups").format(
                week=start.isocalendar()[1], start=start.isoformat(), end=end.isoformat(), n=total
            )
        if total > len(rows):
            head += self.tr(" (the first {n} shown)").format(n=len(rows))
        self.heading.setText(head)

    def go_today(self) -> None:
        self.calendar.setSelectedDate(QDate.currentDate())
        self.calendar.showToday()

    def _open(self, index) -> None:
        lead_id = index.data(LEAD_ROLE)
        if lead_id is not None:
            self.ctx.bus.open_lead.emit(lead_id)

    def _on_changed(self, changes) -> None:
        if changes.leads or changes.activities or changes.bulk:
            self.reload()

    # ------------------------------------------------------------ text
    def retranslate(self) -> None:
        current = self.scope.currentIndex()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("My follow-ups"), CalendarScope(mine=True))
        actor = self.ctx.actor
        if actor.city_id is not None:
            self.scope.addItem(
                self.tr("All of {city}").format(city=self.ctx.ref.label(actor.city_id)),
                CalendarScope(mine=False, cities=(actor.city_id,)),
            )
        self.scope.addItem(self.tr("Every lead I see"), CalendarScope(mine=False))
        self.scope.setCurrentIndex(max(0, current))
        self.scope.blockSignals(False)
        self.title.setText(self.tr("Follow-up calendar"))
        self.subtitle.setText(self.tr("Enter or a double-click opens a lead"))
        self.day_button.setText(self.tr("By day"))
        self.week_button.setText(self.tr("By week"))
        self.month_button.setText(self.tr("By month"))
        self.today_button.setText(self.tr("Today"))
        self.calendar.setAccessibleName(self.tr("Follow-ups by day"))
        self.table.setAccessibleName(self.tr("Follow-ups of the chosen days"))
        self.scope.setAccessibleName(self.tr("Whose follow-ups"))
        th = followup_thresholds(self.ctx.store)
        self.calendar.setToolTip(
            self.tr("Blue: follow-ups to come; orange: {late}").format(
                late=followup_label(FollowupState.OVERDUE, th).render()
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
