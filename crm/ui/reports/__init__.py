"""The Reports page (issue 4): the weekly report for the management committee, previewed as
the PDF itself and exported as PDF or Excel. ``install(window)`` adds the page after the
lead list; ``screens`` offers its screenshot."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def install(window) -> None:
    def page():
        from crm.ui.pipeline.common import Drill
        from crm.ui.reports.page import ReportsPage  # with reportlab, when first opened

        built = ReportsPage(window.ctx, window)
        built.panel.drill = Drill(window)  # a figure of the report opens the leads behind it
        return built

    window.add_page(
        "reports",
        page,
        "file-chart-outline",
        lambda: QCoreApplication.translate("ReportsFeature", "Weekly report"),
        index=window.page_index("settings"),
    )


def screens(window, app):
    def reports():
        from PySide6.QtTest import QTest

        from crm.ui.screenshots import _settle

        page = window.page("reports")
        window.show_page("reports")
        _settle(app)
        page.build_preview()
        window.ctx.tasks.wait()
        for _ in range(50):
            _settle(app)
            if page.preview.page_count():
                break
        QTest.qWait(1500)  # the viewer renders pages on its own threads
        return window.grab()

    return [("reports", reports)]
