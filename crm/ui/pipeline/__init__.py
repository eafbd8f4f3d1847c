"""The managers' pipeline review (issue 6): the board by stage, the funnel, the dashboard
against the annual targets, the follow-up review and the targets editor. Every figure opens
the lead list filtered to exactly the leads behind it (or, for activities, their list)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def install(window) -> None:
    from crm.ui.pipeline.board import BoardPage
    from crm.ui.pipeline.common import Drill
    from crm.ui.pipeline.dashboard_page import DashboardPage
    from crm.ui.pipeline.funnel_page import FunnelPage
    from crm.ui.pipeline.review_page import ReviewPage
    from crm.ui.pipeline.targets_page import TargetsPage

    ctx = window.ctx
    drill = Drill(window)
    window.pipeline_board = BoardPage(ctx, window, window)
    window.pipeline_funnel = FunnelPage(ctx, drill, window)
    window.pipeline_dashboard = DashboardPage(ctx, drill, window)
    window.pipeline_review = ReviewPage(ctx, window, window)
    window.pipeline_targets = TargetsPage(ctx, window)
    pages = (
        ("pipeline_board", window.pipeline_board, "view-column-outline",
         lambda: QCoreApplication.translate("PipelineNav", "Pipeline board")),
        ("pipeline_funnel", window.pipeline_funnel, "filter-variant",
         lambda: QCoreApplication.translate("PipelineNav", "Funnel")),
        ("pipeline_dashboard", window.pipeline_dashboard, "view-dashboard-outline",
         lambda: QCoreApplication.translate("PipelineNav", "Dashboard")),
        ("pipeline_review", window.pipeline_review, "alarm-light-outline",
         lambda: QCoreApplication.translate("PipelineNav", "Follow-up review")),
        ("pipeline_targets", window.pipeline_targets, "target",
         lambda: QCoreApplication.translate("PipelineNav", "Targets")),
    )  # fmt: skip
    for key, page, icon_name, title in pages:
        window.add_page(key, page, icon_name, title, index=window.page_index("settings"))


def screens(window, app):
    """The board, funnel, dashboard, follow-up review and targets for the screenshots."""

    def page(key):
        def grab():
            from PySide6.QtTest import QTest

            from crm.ui.screenshots import _settle

            window.show_page(key)
            for _ in range(3):  # a page loads in the background, then paints its charts
                _settle(app)
                window.ctx.tasks.wait()
                _settle(app)
                QTest.qWait(150)
            return window.grab()

        return grab

    return [
        ("pipeline-board", page("pipeline_board")),
        ("pipeline-funnel", page("pipeline_funnel")),
        ("dashboard", page("pipeline_dashboard")),
        ("follow-up-review", page("pipeline_review")),
        ("targets", page("pipeline_targets")),
    ]
