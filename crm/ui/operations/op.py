"""The operation helper: one service call, its undo step, its broadcast, its errors."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

import shiboken6
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from crm.changes import Changes
from crm.errors import CrmError
from crm.ui.context import AppContext
from crm.ui.operations.messages import show_failure
from crm.ui.tasks import Task, TaskContext, TaskRunner, inline_context
from crm.ui.widgets.task_strip import TaskStrip

T = TypeVar("T")
E = TypeVar("E", bound=CrmError)


def changes_of(result: object) -> Changes | None:
    """What a service's result says it changed: the Changes itself, or its ``changes``."""
    if isinstance(result, Changes):
        return result
    found = getattr(result, "changes", None)
    return found if isinstance(found, Changes) else None


def broadcast(ctx: AppContext | None, changes: Changes | None) -> None:
    """Tell every view what a write changed (once per write; empty changes are not sent)."""
    if ctx is not None:
        ctx.notify(changes)


def report_bug(ctx: AppContext | None, exc: BaseException) -> None:
    """A bug met on the GUI thread goes to the exception hook (through the window's task
    runner when there is one, which hands it to the same hook)."""
    if ctx is not None:
        ctx.tasks.report_bug(exc)
    else:
        sys.excepthook(type(exc), exc, exc.__traceback__)


def passes(parent: QWidget | None, ctx: AppContext | None, check: Callable[[], object]) -> bool:
    """Validate before acting (GUIDE.md): ``check`` raises a CrmError with the reason (a
    folder that cannot be written …), shown as an Op's failure is. True when it passed."""

    def checked() -> bool:
        check()
        return True

    return Op(parent, ctx, checked).run() is True


class Op(Generic[T]):
    """A write the UI makes: ``Op(parent, ctx, fn)`` then ``.success``, ``.failure``, ``.undo``
    and ``.run()`` (inline: for what is instant, so a form stays snappy) or
    ``.run_in_background(label)`` (the thread pool, progress after half a second: for what may
    be slow). ``fn`` takes nothing and returns the service's result; that result's Changes are
    broadcast once, the undo step (if any) is built from it and pushed without running again.

    Errors: the first ``.failure`` handler whose kind matches a CrmError takes it instead of
    the default message (a special reaction: a conflict offering to reload, errors marked on
    fields); otherwise the error is shown by :func:`show_failure`. Anything else is a bug and
    goes to the exception hook. Nothing is broadcast or pushed on a failure.

    ``ctx`` is None before the window exists (signing in, the first administrator): the Op
    then routes errors the same way but has no views to tell, no undo stack and no worker
    pool (``run`` only)."""

    def __init__(self, parent: QWidget | None, ctx: AppContext | None, fn: Callable[[], T]) -> None:
        self._setup(parent, ctx, lambda _task: fn())

    def _setup(
        self, parent: QWidget | None, ctx: AppContext | None, work: Callable[[TaskContext], T]
    ) -> None:
        self._parent, self._ctx, self._work = parent, ctx, work
        self._on_success: list[Callable[[T], object]] = []
        self._on_failure: list[tuple[type[CrmError], Callable[[Any], object]]] = []
        self._undo: Callable[[T], QUndoCommand | None] | None = None
        self._before_broadcast: list[Callable[[T], object]] = []
        self._on_cancelled: Callable[[], object] | None = None
        self._changes: Callable[[T], Changes | None] = changes_of

    @classmethod
    def with_progress(
        cls, parent: QWidget | None, ctx: AppContext, fn: Callable[[TaskContext], T]
    ) -> Op[T]:
        """An Op whose function reports progress (and may check for a cancel) through the
        TaskContext it is given; meant for ``run_in_background``."""
        op = cls.__new__(cls)
        op._setup(parent, ctx, fn)
        return op

    # ------------------------------------------------------------ the chain
    def success(self, cb: Callable[[T], object]) -> Op[T]:
        """Called with the result after the undo step is pushed and the changes broadcast."""
        self._on_success.append(cb)
        return self

    @overload
    def failure(self, cb: Callable[[CrmError], object]) -> Op[T]: ...
    @overload
    def failure(self, cb: Callable[[E], object], kind: type[E]) -> Op[T]: ...
    def failure(self, cb: Callable[[Any], object], kind: type[CrmError] = CrmError) -> Op[T]:
        """Take errors of ``kind`` (any CrmError when not given) instead of the message."""
        self._on_failure.append((kind, cb))
        return self

    def before_broadcast(self, cb: Callable[[T], object]) -> Op[T]:
        """Called with the result before the changes are broadcast: for what the views must
        find in place when they refresh (a restored store's person, cleared caches)."""
        self._before_broadcast.append(cb)
        return self

    def cancelled(self, cb: Callable[[], object]) -> Op[T]:
        """Called when the user cancelled background work (nothing was written)."""
        self._on_cancelled = cb
        return self

    def undo(self, factory: Callable[[T], QUndoCommand | None]) -> Op[T]:
        """The undo step of this write, built from its result (None: nothing to undo)."""
        self._undo = factory
        return self

    def changes(self, of: Callable[[T], Changes | None]) -> Op[T]:
        """Where the result's Changes are, when it is neither Changes nor has ``changes``."""
        self._changes = of
        return self

    # ------------------------------------------------------------ running
    def run(self) -> T | None:
        """Run inline, on the GUI thread; returns the result, or None when it failed."""
        try:
            result = self._work(inline_context())
        except CrmError as exc:
            self._failed(exc)
            return None
        except Exception as exc:  # a bug: the hook logs it and shows the details
            report_bug(self._ctx, exc)
            return None
        self._succeeded(result)
        return result

    def run_in_background(
        self, label: str = "", *, cancellable: bool = False, progress: bool = True
    ) -> None:
        """Run on the thread pool; the outcome arrives on the GUI thread. The function must
        not touch widgets (it runs on a worker thread). ``progress``: a progress dialog after
        half a second (off for work the user did not ask for)."""
        self._runner().run(
            self._work,
            label=label,
            on_done=self._succeeded,
            on_error=self._failed,
            on_cancelled=self._cancelled,
            cancellable=cancellable,
            show_progress=progress,
        )

    def run_in_strip(self, strip: TaskStrip, label: str) -> Task:
        """Run on the thread pool with the progress shown in a page's own strip (nothing
        modal: the rest of the window stays usable); its cancel button cancels the work."""
        return strip.run(
            self._runner(),
            self._work,
            label=label,
            on_done=self._succeeded,
            on_error=self._failed,
            on_cancelled=self._cancelled,
        )

    def _runner(self) -> TaskRunner:
        if self._ctx is None:
            raise RuntimeError("background work needs the window's task runner (an AppContext)")
        return self._ctx.tasks

    # ------------------------------------------------------------ outcome
    def _alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _succeeded(self, result: T) -> None:
        # the write is done even if its window closed meanwhile: its undo step and its
        # broadcast still belong to the session
        step = self._undo(result) if self._undo is not None else None
        if step is not None and self._ctx is not None:
            self._ctx.undo.push(step)
        for first in self._before_broadcast:
            first(result)
        broadcast(self._ctx, self._changes(result))
        if not self._alive():
            return
        for cb in self._on_success:
            cb(result)

    def _cancelled(self) -> None:
        if self._on_cancelled is not None and self._alive():
            self._on_cancelled()

    def _failed(self, exc: CrmError) -> None:
        if not self._alive():
            return
        for kind, cb in self._on_failure:
            if isinstance(exc, kind):
                cb(exc)
                return
        show_failure(self._parent, exc)
