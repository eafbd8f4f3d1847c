"""Reminders at start and every hour: the person's due and late follow-ups as a desktop
notification (the system tray's; where a desktop has no tray, a small notice of our own at the
bottom right of the screen), whose "open" shows those leads in the lead list.

Nothing of it runs before the window is shown: the first check waits for the window's first
paint and a moment more, and the query runs on the task runner, so the time to the window is
what it was. A later check notifies again only when a follow-up is due that the last
notification did not name (or on a new day): a reminder that repeats itself every hour is one
people learn to ignore.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

#: after the window's first paint (ms): the start's other work goes first
START_DELAY_MS = 2000
HOUR_MS = 60 * 60 * 1000
#: how long a notification stays (ms)
SHOWN_MS = 20000


class Toast(QFrame):
    """A notification of our own, for desktops without a system tray."""

    def __init__(self, parent: QWidget, on_open):
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("reminderToast")
        self.setStyleSheet(
            "#reminderToast{background:#ffffff;border:1px solid #c7d2de;border-radius:6px}"
            "#reminderTitle{font-weight:600;font-size:14px;color:#1f2933}"
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        self.title = QLabel(self)
        self.title.setObjectName("reminderTitle")
        lay.addWidget(self.title)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setFixedWidth(340)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.dismiss = QPushButton(self)
        self.dismiss.clicked.connect(self.hide)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("reminderOpen")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.hide)
        self.open_button.clicked.connect(on_open)
        row.addWidget(self.dismiss)
        row.addWidget(self.open_button)
        lay.addLayout(row)
        self._timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._timer.timeout.connect(self.hide)

    def show_reminder(self, r) -> None:
        """Show the reminder ``r`` (crm.followups.reminders), in the window's language now and
        after a switch while it is shown."""
        self._reminder = r
        self._retranslate()
        anchor = self.parentWidget() or self
        area = anchor.screen().availableGeometry()
        self.move(area.right() - self.width() - 16, area.bottom() - self.height() - 16)
        self.show()
        self.raise_()
        self._timer.start()

    def _retranslate(self) -> None:
        r = getattr(self, "_reminder", None)
        if r is not None:
            self.title.setText(r.title().render())
            self.text.setText(r.body())
        self.dismiss.setText(self.tr("Later"))
        self.open_button.setText(self.tr("Open"))
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class Notifier(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.last: tuple[date, frozenset[int]] | None = None
        self.current = None
        self.tray: QSystemTrayIcon | None = None
        self.toast: Toast | None = None
        self.hourly = QTimer(self, interval=HOUR_MS)
        self.hourly.timeout.connect(self.check)
        # timers of its own (not QTimer.singleShot with a bound method): they die with the
        # window, so a window closed within the delay is never asked about
        self.first = QTimer(self, singleShot=True, interval=START_DELAY_MS)
        self.first.timeout.connect(self.check)
        self._started = False
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.Paint and not self._started:
            self._started = True
            self.window.removeEventFilter(self)
            self.first.start(START_DELAY_MS)
            self.hourly.start()
        return False

    def check(self) -> None:
        from crm.followups.reminders import reminder

        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.tasks.run(
            lambda _t: reminder(store, actor),
            on_done=self.notify,
            on_error=lambda exc: log.warning("reminders: %s", exc.render()),
            cancellable=False,
            show_progress=False,
        )

    def notify(self, r) -> None:
        if r.empty:
            return
        seen = (r.today, r.lead_ids)
        if self.last is not None and self.last[0] == r.today and r.lead_ids <= self.last[1]:
            return  # nothing the last notification did not name
        self.last, self.current = seen, r
        title, text = r.title().render(), r.body()
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            tray = self._tray()
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)
        else:
            if self.toast is None:
                self.toast = Toast(self.window, self.open)
            self.toast.show_reminder(r)

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
            self.tray.messageClicked.connect(self.open)
            self.tray.activated.connect(lambda _reason: self.open())
            self.tray.show()
        return self.tray

    def open(self) -> None:
        """Show the leads the reminder counted in the lead list, in front."""
        r = self.current
        if r is None:
            return
        if r.team is not None and r.flagged and (r.due or r.overdue):
            self.window.show_page("my_day")  # both lists, as the reminder counted them
        else:
            flt = r.mine if (r.due or r.overdue or r.team is None) else r.team
            self.window.drill_down(flt, r.title().render())
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()


def install(window) -> None:
    # nothing here reads the store (the first check runs after the first paint, through
    # check()): the constructor cannot meet a store's error
    window._reminders = Notifier(window)
