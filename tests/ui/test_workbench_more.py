"""More of the workbench as a user meets it: the deleted-leads view, background work with
progress and cancel, the bug dialog, first-run identity, settings, saved views, columns,
My day's counts and their drill-downs."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog

from crm.errors import ParseError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leadlist.query import LeadFilter, count_leads
from crm.leads import edit as leads
from crm.ui.models.lead_columns import COLUMNS
from tests.ui.conftest import activate, seed_leads


def test_deleted_leads_view_restores_a_lead(window, store, people):
    ids = seed_leads(store, people.wang, 2)
    leads.delete_lead(store, people.wang, ids[0])
    window.show_page("leads")
    window.leads.show_filter(LeadFilter(deleted=True), "已删除")
    assert window.leads.model.total() == 1
    assert window.leads.filters.chip.isVisible() and window.leads.filters.chip.text() == "已删除"
    window.leads.ensure_detail()
    panel = window.leads.detail
    assert panel.restore_button.isVisible() and not panel.edit_button.isEnabled()
    QTest.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert count_leads(store, people.wang, LeadFilter()) == 2
    assert window.leads.model.total() == 0  # no longer among the deleted
    activate(window)
    QTest.keySequence(window, "Ctrl+Z")  # deleted again
    assert count_leads(store, people.wang, LeadFilter()) == 1
    QTest.mouseClick(window.leads.filters.chip, Qt.MouseButton.LeftButton)
    assert window.leads.model.total() == 1 and not window.leads.filters.chip.isVisible()


def test_task_runner_shows_progress_only_after_a_delay_and_cancels(window, qtbot):
    runner = window.ctx.tasks
    started, results, cancelled = threading.Event(), [], []

    def quick(task):
        return 42

    runner.run(quick, label="quick", on_done=results.append)
    runner.wait()
    qtbot.waitUntil(lambda: results == [42], timeout=2000)
    assert window.findChild(QProgressDialog, "taskProgress") is None  # done before 500 ms

    def slow(task):
        started.set()
        for i in range(300):
            task.progress(i / 300, "step")
            task.check()
            time.sleep(0.01)
        return "finished"

    runner.run(
        slow, label="slow", on_done=results.append, on_cancelled=lambda: cancelled.append(True)
    )
    assert started.wait(2)
    qtbot.waitUntil(
        lambda: window.findChild(QProgressDialog, "taskProgress") is not None, timeout=3000
    )
    dialog = window.findChild(QProgressDialog, "taskProgress")
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=3000)
    from PySide6.QtWidgets import QPushButton

    QTest.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # "取消"
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
    assert "finished" not in results


def test_user_errors_from_tasks_go_to_on_error_and_bugs_to_the_hook(window, qtbot):
    errors, bugs = [], []
    window.ctx.tasks._on_bug = bugs.append

    def user_error(task):
        raise ParseError(QT_TRANSLATE_NOOP("Parse", "not an amount"))

    def bug(task):
        raise ZeroDivisionError("boom")

    window.ctx.tasks.run(user_error, on_error=errors.append)
    window.ctx.tasks.run(bug, on_error=errors.append)
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: len(errors) == 1 and len(bugs) == 1, timeout=2000)
    assert errors[0].render() == "不是金额"
    assert isinstance(bugs[0], ZeroDivisionError)


def test_a_bug_is_logged_and_shown_with_copyable_details_and_typing_survives(
    window, tmp_path, qtbot
):
    from crm.ui.errors import BugDialog, ExceptionHook, setup_logging

    log_path = setup_logging()
    hook = ExceptionHook(log_path)
    window.new_lead()
    form = window._forms[-1]
    form.editors["company_name"].focus.setText("正在输入的企业")
    seen = []

    def close_dialog():
        dlg = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, BugDialog) and w.isVisible()
        )
        seen.append(dlg.details.toPlainText())
        dlg.reject()

    QTimer.singleShot(50, close_dialog)
    try:
        raise RuntimeError("unexpected state in a slot")
    except RuntimeError as exc:
        hook.report(exc)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert "RuntimeError: unexpected state in a slot" in seen[0]
    for h in logging.getLogger().handlers:
        h.flush()
    with open(log_path, encoding="utf-8") as fh:
        assert "unexpected state in a slot" in fh.read()
    assert form.isVisible() and form.editors["company_name"].raw() == "正在输入的企业"


@pytest.mark.parametrize("window", ["zhao"], indirect=True)  # a manager sets them
def test_settings_thresholds_and_language_from_the_page(window, store):
    from crm.team_settings import followup_thresholds

    page = window.settings_page
    window.show_page("settings")
    page.spins["officer"].setValue(2)
    page.spins["manager"].setValue(4)
    QTest.mouseClick(page.th_save, Qt.MouseButton.LeftButton)
    assert followup_thresholds(store).officer == 2 and followup_thresholds(store).manager == 4
    page.spins["manager"].setValue(1)  # must increase: refused next to the thresholds
    QTest.mouseClick(page.th_save, Qt.MouseButton.LeftButton)
    assert page.th_error.isVisible() and followup_thresholds(store).manager == 4
    page.language.setCurrentIndex(1)
    QApplication.processEvents()
    assert window.nav.item(1).text() == "Leads" and page.title.text() == "Settings"
    page.language.setCurrentIndex(0)
    QApplication.processEvents()
    assert window.nav.item(1).text() == "线索"


def test_saved_view_restores_filter_sort_and_columns(window, store, people, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    seed_leads(store, people.wang, 3)
    page = window.leads
    window.show_page("leads")
    page.filters.search.setText("生物")
    QTest.qWait(150)
    page.model.sort(
        COLUMNS.index(next(c for c in COLUMNS if c.key == "planned_investment")),
        Qt.SortOrder.DescendingOrder,
    )
    header = page.table.horizontalHeader()
    header.setSectionHidden(2, True)  # hide the project column
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("我的生物医药", True))
    page.save_view()
    page.filters.reset()
    header.setSectionHidden(2, False)
    assert page.model.total() == 3
    from crm.leadlist.saved_views import list_views

    (view,) = list_views(store, people.wang)
    page.apply_view(view)
    QTest.qWait(150)
    assert page.filters.search.text() == "生物" and page.model.total() == 1
    assert page.model.sort_keys == (("planned_investment", True),)
    assert header.isSectionHidden(2)


def test_column_chooser_hides_and_shows_columns(window):
    page = window.leads
    page._fill_columns_menu()
    acts = page.columns_menu.actions()
    credit = next(a for a in acts if a.text() == "统一社会信用代码")
    i = next(i for i, c in enumerate(COLUMNS) if c.key == "credit_code")
    assert page.table.horizontalHeader().isSectionHidden(i)
    credit.trigger()
    assert not page.table.horizontalHeader().isSectionHidden(i)


def test_my_day_counts_drill_down_to_the_same_leads(window, store, people):
    from datetime import date, timedelta

    from crm.followups.activities import log_activity

    ids = seed_leads(store, people.wang, 3)
    log_activity(
        store,
        people.wang,
        ids[0],
        {
            "activity_type": "call",
            "summary": "电话",
            "occurred_on": date.today() - timedelta(days=12),
            "next_followup": date.today() - timedelta(days=8),
        },
    )
    log_activity(
        store,
        people.wang,
        ids[1],
        {"activity_type": "call", "summary": "电话", "next_followup": date.today()},
    )
    window.show_page("my_day")
    page = window.my_day
    page.refresh()
    assert page.numbers["due"].value.text() == "1"
    assert page.numbers["risk"].value.text() == "1"
    assert page.followups.model.total() == 2
    QTest.mouseClick(page.numbers["risk"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.leads
    assert window.leads.model.total() == 1 and window.leads.model.row_at(0).id == ids[0]


def test_a_task_outliving_its_window_is_harmless(app, controller, people, qtbot):
    """Closing a window while its background work runs: the result is dropped quietly."""
    import threading

    from crm.ui.tasks import TaskRunner

    gate, done = threading.Event(), []
    w = controller.build(people.wang)
    runner = TaskRunner(w)
    runner.run(lambda t: gate.wait(5) and "late", on_done=done.append, show_progress=False)
    w.close()
    w.deleteLater()
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
    assert done == []
