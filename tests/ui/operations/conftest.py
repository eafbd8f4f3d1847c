"""An AppContext of its own for the operation helper: a real store, a real undo stack and
task runner, and a list in place of the exception hook (what reached it)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crm.changes import Changes
from crm.errors import CrmError
from crm.leads import edit as leads
from crm.ui.context import AppContext, ChangeBus
from crm.ui.settings import Settings
from crm.ui.tasks import TaskRunner


class Page(QWidget):
    """A page with a message area (crm.ui.operations.MessageArea)."""

    def __init__(self) -> None:
        super().__init__()
        self.message = QLabel(self)
        self.inner = QWidget(self)  # an operation started deeper in the page
        lay = QVBoxLayout(self)
        lay.addWidget(self.inner)
        lay.addWidget(self.message)
        self.shown: list[CrmError] = []

    def show_failure(self, error: CrmError) -> None:
        self.shown.append(error)
        self.message.setText(error.render())


@dataclass
class Harness:
    ctx: AppContext
    bugs: list[BaseException]
    heard: list[Changes]
    page: Page
    lead_id: int


@pytest.fixture
def harness(qapp, qtbot, store, people, tmp_path) -> Harness:
    bugs: list[BaseException] = []
    page = Page()
    qtbot.addWidget(page)
    ctx = AppContext(
        store=store,
        actor=people.wang,
        tasks=TaskRunner(page, bugs.append),
        undo=QUndoStack(page),
        settings=Settings(str(tmp_path / "ui.ini")),
        bus=ChangeBus(page),
    )
    heard: list[Changes] = []
    ctx.bus.changed.connect(heard.append)
    lead = leads.create_lead(
        store,
        people.wang,
        {
            "company_name": "杭州云帆生物医药有限公司",
            "project_name": "云帆总部",
            "field": "health",
            "city": "zijingang",
            "planned_investment": "5000万",
        },
    )
    return Harness(ctx, bugs, heard, page, lead.lead_id)
