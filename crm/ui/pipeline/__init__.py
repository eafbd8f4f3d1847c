"""The managers' pipeline review (issue 6): the board by stage, the funnel, the dashboard
against the annual targets, the follow-up review and the targets editor. Every figure opens
the lead list filtered to exactly the leads behind it (or, for activities, their list)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from crm.ui.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # imported when the first page is built
    from crm.ui.pipeline.common import Drill

#: key (also the window's attribute for the page), module, class, icon, title: each page is
#: imported and built when first opened
PAGES = (
    ("pipeline_board", "board", "BoardPage", "view-column-outline",
     QT_TRANSLATE_NOOP("PipelineNav", "Pipeline board")),
    ("pipeline_funnel", "funnel_page", "FunnelPage", "filter-variant",
     QT_TRANSLATE_NOOP("PipelineNav", "Funnel")),
    ("pipeline_dashboard", "dashboard_page", "DashboardPage", "view-dashboard-outline",
     QT_TRANSLATE_NOOP("PipelineNav", "Dashboard")),
    ("pipeline_review", "review_page", "ReviewPage", "alarm-light-outline",
     QT_TRANSLATE_NOOP("PipelineNav", "Follow-up review")),
    ("pipeline_targets", "targets_page", "TargetsPage", "target",
     QT_TRANSLATE_NOOP("PipelineNav", "Targets")),
)  # fmt: skip


def install(window) -> None:
    drill: list[Drill] = []  # one Drill for the pages, made with the first of them

    def build(key: str, module: str, name: str):
        cls = getattr(importlib.import_module(f"crm.ui.pipeline.{module}"), name)
        if not drill:
            from crm.ui.pipeline.common import Drill

            drill.append(Drill(window))
        # the board and the review open leads in the window; the others drill down through Drill
        second = window if key in ("pipeline_board", "pipeline_review") else drill[0]
        if key == "pipeline_targets":
            page = cls(window.ctx, window)
        else:
            page = cls(window.ctx, second, window)
        setattr(window, key, page)  # window.pipeline_board …, as the tests and bench reach them
        return page

    for key, module, name, icon_name, title in PAGES:
        window.add_page(
            key,
            lambda key=key, module=module, name=name: build(key, module, name),
            icon_name,
            lambda title=title: QCoreApplication.translate("PipelineNav", title),
            index=window.page_index("settings"),
        )


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
