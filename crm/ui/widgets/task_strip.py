"""Progress shown inside a page for background work the page starts by itself (a report
preview, reading a ledger, a dry run): a bar, a line of text and a cancel button that appear
only after half a second, in place of the content being made. Nothing modal: the rest of the
window stays usable. The work itself runs through the one TaskRunner (ctx.tasks)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from crm.errors import CrmError
from crm.ui.tasks import PROGRESS_DELAY_MS, Cancelled, Task, TaskContext, TaskRunner


def cancellable(fn: Callable[[TaskContext], Any]) -> Callable[[TaskContext], Any]:
    """Whatever a service raises once the user has pressed cancel (its own Cancelled,
    ImportCancelled, ExportCancelled …) is the cancel, not an error or a bug."""

    def run(tc: TaskContext) -> Any:
        try:
            return fn(tc)
        except Exception as exc:
            if tc.cancelled():
                raise Cancelled() from exc
            raise

    return run


def while_alive(widget: QWidget, fn: Callable[..., Any] | None) -> Callable[..., None]:
    """``fn`` for a task's callback, skipped if ``widget`` was destroyed meanwhile (the
    window closed while the work ran: its result arrives after the page is gone)."""

    def call(*args: Any) -> None:
        if fn is not None and shiboken6.isValid(widget):
            fn(*args)

    return call


class TaskStrip(QFrame):
    """One task at a time; ``run`` returns the Task (``cancel()`` it to stop)."""

    def __init__(self, parent: QWidget | None = None, name: str = "taskStrip"):
        super().__init__(parent)
        self.setObjectName(name)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName(name + "Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        lay.addWidget(self.text)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.cancel_button)
        self.task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._reveal)
        self.hide()
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def run(
        self,
        tasks: TaskRunner,
        fn: Callable[[TaskContext], Any],
        *,
        label: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[CrmError], None],
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task:
        self.text.setText(label)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        holder: list[Task] = []

        def ended(callback, *args) -> None:
            if not shiboken6.isValid(self):
                return
            if self.task is holder[0]:
                self.task = None
                self._timer.stop()
                self.hide()
            if callback is not None:
                callback(*args)

        task = tasks.run(
            cancellable(fn),
            label=label,
            show_progress=False,
            on_done=lambda r: ended(on_done, r),
            on_error=lambda e: ended(on_error, e),
            on_cancelled=lambda: ended(on_cancelled),
        )
        holder.append(task)
        self.task = task
        task.bridge.progressed.connect(self._progressed)
        self._timer.start(PROGRESS_DELAY_MS)
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _reveal(self) -> None:
        if self.busy:
            self.show()

    def _progressed(self, fraction: float, text: str) -> None:
        if self.task is None or self.sender() is not self.task.bridge:
            return  # a task this strip has moved on from
        self.bar.setValue(int(fraction * 1000))
        if text:
            self.text.setText(text)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
