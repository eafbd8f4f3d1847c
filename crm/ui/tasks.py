"""The one helper for slow work (GUIDE.md: interface): it runs a function on the thread pool,
shows progress only after half a second, supports cancel, and hands the result back on the
GUI thread through signals. The function gets a TaskContext and never touches widgets.
(cf. Anki's taskman.py / progress.py, Orange's concurrent.py)"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm.errors import CrmError

PROGRESS_DELAY_MS = 500


class Cancelled(Exception):
    """Raised inside a task (via TaskContext.check) when the user pressed cancel."""


class TaskContext:
    """What the worker function may use: report progress, learn about a cancel."""

    def __init__(self, bridge: _Bridge):
        self._bridge = bridge
        self._cancel = threading.Event()

    def progress(self, fraction: float, text: str = "") -> None:
        self._bridge.progressed.emit(max(0.0, min(1.0, float(fraction))), text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Bridge(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(float, str)


def inline_context() -> TaskContext:
    """A TaskContext for work run on the GUI thread itself: its progress goes nowhere and
    nobody can cancel it."""
    return TaskContext(_Bridge())


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], ctx: TaskContext, bridge: _Bridge):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._ctx, self._bridge = fn, ctx, bridge

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except BaseException as exc:  # handed to the GUI thread, which decides what it is
            self._emit(self._bridge.failed, exc)
        else:
            self._emit(self._bridge.finished, result)

    def _emit(self, signal, value: Any) -> None:
        # the window (and the bridge with it) may be gone: the app closed while this ran
        if not shiboken6.isValid(self._bridge):
            return
        try:
            signal.emit(value)
        except RuntimeError:  # deleted between the check and the emit
            if shiboken6.isValid(self._bridge):
                raise


class Task(QObject):
    """A running task; ``cancel()`` asks it to stop."""

    done = Signal(object)

    def __init__(self, parent: QObject, ctx: TaskContext, bridge: _Bridge):
        super().__init__(parent)
        self.ctx, self.bridge = ctx, bridge
        self.running = True

    def cancel(self) -> None:
        self.ctx._cancel.set()


class TaskRunner(QObject):
    """Runs tasks for one window. ``on_error`` receives user/environment errors (CrmError);
    anything else is a bug and goes to ``on_bug`` (the exception hook)."""

    def __init__(
        self, window: QWidget | None, on_bug: Callable[[BaseException], None] | None = None
    ):
        super().__init__(window)
        self._window = window
        self._on_bug = on_bug
        self._pool = QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def run(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        label: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[CrmError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancellable: bool = True,
        show_progress: bool = True,
    ) -> Task:
        bridge = _Bridge()
        ctx = TaskContext(bridge)
        task = Task(self, ctx, bridge)
        self._running.add(task)
        dialog: list[QProgressDialog] = []

        def show_dialog() -> None:
            if not task.running or not show_progress:
                return
            d = QProgressDialog(
                label, self.tr("Cancel") if cancellable else "", 0, 1000, self._window
            )
            d.setObjectName("taskProgress")
            d.setWindowTitle(label)
            d.setWindowModality(Qt.WindowModality.WindowModal)
            d.setMinimumDuration(0)
            d.setAutoClose(False)
            d.setAutoReset(False)
            if not cancellable:
                d.setCancelButton(None)
            d.canceled.connect(task.cancel)
            d.show()
            dialog.append(d)

        def on_progress(fraction: float, text: str) -> None:
            if dialog:
                dialog[0].setValue(int(fraction * 1000))
                if text:
                    dialog[0].setLabelText(text)

        def finish() -> None:
            self._running.discard(task)
            if shiboken6.isValid(task):
                task.running = False
            if dialog and shiboken6.isValid(dialog[0]):
                dialog[0].close()
                dialog[0].deleteLater()

        def on_finished(result: Any) -> None:
            finish()
            if not shiboken6.isValid(task):  # its window was closed while the work ran
                return
            task.done.emit(result)
            if on_done:
                on_done(result)

        def on_failed(exc: BaseException) -> None:
            finish()
            if not shiboken6.isValid(task) and isinstance(exc, (Cancelled, CrmError)):
                return  # nobody is left to tell; bugs still reach the hook
            if isinstance(exc, Cancelled):
                if on_cancelled:
                    on_cancelled()
            elif isinstance(exc, CrmError) and on_error is not None:
                on_error(exc)
            elif self._on_bug is not None:
                self._on_bug(exc)
            else:
                raise exc

        bridge.progressed.connect(on_progress)
        bridge.finished.connect(on_finished)
        bridge.failed.connect(on_failed)
        QTimer.singleShot(PROGRESS_DELAY_MS, show_dialog)
        self._pool.start(_Runnable(fn, ctx, bridge))
        return task

    def report_bug(self, exc: BaseException) -> None:
        """Hand a bug met on the GUI thread to the same exception hook as a worker's."""
        if self._on_bug is not None:
            self._on_bug(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> int:
        """Ask every running task to stop (the window is closing); returns how many ran."""
        running = [task for task in self._running if shiboken6.isValid(task)]
        for task in running:
            task.cancel()
        return len(running)

    def wait(self, msecs: int = 30000) -> bool:
        """For tests and shutdown: wait for running work to end."""
        return self._pool.waitForDone(msecs)
