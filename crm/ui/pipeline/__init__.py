"""The managers' pipeline review (issue 6): the board by stage, the funnel, the dashboard
against the annual targets, the follow-up review and the targets editor. Every figure opens
the lead list filtered to exactly the leads behind it (or, for activities, their list)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def install(window) -> None:
    from crm.ui.pipeline.board import BoardPage

    ctx = window.ctx
    window.pipeline_board = BoardPage(ctx, window, window)
    window.add_page(
        "pipeline_board",
        window.pipeline_board,
        "view-column-outline",
        lambda: QCoreApplication.translate("PipelineNav", "Pipeline board"),
    )
