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
        index=window.page_index("leads") + 1,  # beside My day and the lead list: daily work
    )


def screens(window, app):
    """For python -m crm.ui.screenshots: the calendar by week, and a reminder."""

    def calendar():
        window.show_page("calendar")
        for _ in range(5):
            app.processEvents()
        return window.grab()

    def reminder():
        from crm.followups.reminders import reminder as compute

        n = window._reminders
        n.last = None
        n.notify(compute(window.ctx.store, window.ctx.actor))
        for _ in range(5):
            app.processEvents()
        if n.toast is None:  # a desktop with a tray shows the system's notification
            return window.grab()
        img = n.toast.grab()
        n.toast.hide()
        return img

    return [("follow-up-calendar", calendar), ("reminder", reminder)]
