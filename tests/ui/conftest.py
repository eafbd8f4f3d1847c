"""UI fixtures: the real main window on a fresh store, signed in as an officer."""

from __future__ import annotations

import pytest

from crm.ui import i18n as ui_i18n
from crm.ui.app import AppController, make_application
from crm.ui.settings import Settings


@pytest.fixture
def app(qapp):
    make_application()
    ui_i18n.install(qapp, "zh_CN")
    yield qapp
    ui_i18n.install(qapp, "zh_CN")


@pytest.fixture
def controller(app, store, people, tmp_path):
    return AppController(app, store, Settings(str(tmp_path / "ui.ini")))


def activate(w) -> None:
    """Make ``w`` the active window (keyboard shortcuts go to the active window). Offscreen,
    the first activation of a new window can be lost, so ask until it holds."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for _ in range(100):
        if QApplication.activeWindow() is w:
            return
        w.activateWindow()
        QTest.qWait(10)
    raise AssertionError(f"{w.objectName()} did not become the active window")


def close_quietly(w) -> None:
    """Close a main window without the unsaved-changes question (test teardown), and delete
    it now: widgets left waiting for deletion (a test that runs no event loop leaves them)
    crash Qt when the next test sets the application's style sheet again."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    w.ctx.tasks.wait()
    for form in list(w._forms):
        form._drop_draft()
        form._initial = form._raw()
        form.close()
    w.close()
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(controller, people, qtbot, request):
    """The main window of 王五 (an officer of 紫金港), or of the person named by an indirect
    parameter (``@pytest.mark.parametrize("window", ["zhao"], indirect=True)``)."""
    # not qtbot.addWidget: pytest-qt closes those before fixtures end, and a dirty form would
    # then wait for an answer to "unsaved changes?"
    w = controller.build(getattr(people, getattr(request, "param", "wang")))
    w.resize(1366, 768)
    w.show()
    activate(w)
    yield w
    close_quietly(w)


def seed_leads(store, actor, n: int = 3) -> list[int]:
    from crm.accounts.users import system_actor
    from crm.leads import edit as leads
    from tests.services import creator

    # an officer of another city keeps the lead, created for them by a manager
    writer, extra = creator(store, actor, "zijingang", system_actor(store))
    ids = []
    names = [
        "杭州云帆生物医药有限公司",
        "浙江星河智能科技有限公司",
        "上海智源新材料股份有限公司",
        "苏州博远医疗器械有限公司",
        "合肥启明半导体有限公司",
    ]
    for i in range(n):
        r = leads.create_lead(
            store,
            writer,
            extra
            | {
                "company_name": names[i % len(names)] + ("" if i < 5 else str(i)),
                "project_name": f"项目{i}",
                "field": "health",
                "city": "zijingang",
                "planned_investment": f"{1000 * (i + 1)}万",
            },
        )
        ids.append(r.lead_id)
    return ids
