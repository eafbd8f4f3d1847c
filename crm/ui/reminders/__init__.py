"""Follow-ups that reach people: the reminder at start and every hour (notifier.py) and the
follow-up calendar page (calendar_page.py), built when first opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def install(window) -> None:
    from crm.ui.reminders import notifier

    notifier.install(window)

    def make():
        from crm.ui.reminders.calendar_page import CalendarPage

        return CalendarPage(window.ctx, window)

    window.add_page(
        "calendar",
        make,
        "calendar-month-outline",
        lambda: QCoreApplication.translate("CalendarPage", "Calendar"),
    )
