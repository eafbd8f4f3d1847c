"""Background work (crm.ui.tasks): progress only after a delay, cancel, errors and bugs routed, a task outliving its window."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog

from crm.errors import ParseError
from crm.i18n import QT_TRANSLATE_NOOP


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

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
    assert done == []
