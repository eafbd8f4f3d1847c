"""Choosing the report's ISO week: previous / next buttons, or type "2026-W20" (also
"2026W20", "2026-20") and press Enter. The days of the week are spelled out beside it, so
nobody has to know which dates W20 covers. A week that does not exist is said inline."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from crm.analytics import Period
from crm.errors import ParseError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.ui.icons import icon
from crm.ui.widgets.inputs import ErrorLabel


def week_text(period: Period) -> str:
    iso = period.start.isocalendar()  # the picker holds ISO weeks (Period.week)
    return f"{iso.year}-W{iso.week:02d}"


class WeekPicker(QWidget):
    """Holds one week (a Period); ``changed`` fires when the user picks another."""

    changed = Signal(object)  # Period

    def __init__(self, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weekPicker")
        self._today = today
        self._period = Period.last_complete_week(self.today())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.prev_button = QToolButton(self)
        self.prev_button.setObjectName("weekPrevious")
        self.prev_button.setIcon(icon("chevron-left"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.edit = QLineEdit(self)
        self.edit.setObjectName("weekEdit")
        self.edit.setMaxLength(10)
        self.edit.setFixedWidth(92)
        self.edit.editingFinished.connect(self._typed)
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("weekNext")
        self.next_button.setIcon(icon("chevron-right"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.days = QLabel(self)
        self.days.setObjectName("weekDays")
        self.error = ErrorLabel(self)
        for w in (self.prev_button, self.edit, self.next_button, self.days, self.error):
            lay.addWidget(w)
        self._show()
        self.retranslate()

    def today(self) -> date:
        return self._today or date.today()

    def period(self) -> Period:
        return self._period

    def set_period(self, period: Period) -> None:
        changed = period != self._period
        self._period = period
        self.error.show_message(None)
        self._show()
        if changed:
            self.changed.emit(period)

    def step(self, weeks: int) -> None:
        start = self._period.start + timedelta(weeks=weeks)
        if weeks > 0 and start > self.today():
            return
        self.set_period(Period.week_of(start))

    def _typed(self) -> None:
        text = self.edit.text().strip()
        if text == week_text(self._period):
            return
        try:
            period = Period.parse_week(text)
        except ParseError as exc:
            self.error.show_message(exc.message)
            return
        if period.start > self.today():
            self.error.show_message(
                QT_TRANSLATE_NOOP("WeekPicker", "{week} has not started yet.").format(
                    week=week_text(period)
                )
            )
            return
        self.set_period(period)

    def _show(self) -> None:
        self.edit.setText(week_text(self._period))
        self.days.setText(self._period.label())
        self.next_button.setEnabled(self._period.start + timedelta(weeks=1) <= self.today())

    def retranslate(self) -> None:
        self.prev_button.setToolTip(self.tr("Previous week"))
        self.prev_button.setAccessibleName(self.tr("Previous week"))
        self.next_button.setToolTip(self.tr("Next week"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.edit.setAccessibleName(self.tr("ISO week"))
        self.edit.setToolTip(self.tr("Type a week like 2026-W20 and press Enter"))
        self.days.setText(self._period.label())
        self.error.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
