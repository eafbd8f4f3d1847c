"""Undo steps for writes already done.

An Op runs the write first (it may run in the background, it may fail and show its message,
and its first call often differs from a replay: a duplicate's reason, the base values a
conflict is judged by), then builds the step from the write's result and pushes it.
``QUndoStack.push`` calls ``redo()`` as it pushes; a step starts in the *done* state, so that
call finds the store already as redo would leave it and has nothing to do. The state then
follows the store: ``undo()`` takes the write back (done → undone), a later ``redo()`` applies
it again (undone → done). Each replay is a new, recorded change (stage history and the audit
log are never rewritten), broadcast like any write; a replay the store refuses (someone else
changed the lead meanwhile) makes the step obsolete and says why in the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from crm.changes import Changes
from crm.errors import CrmError
from crm.ui.context import AppContext
from crm.ui.operations.op import broadcast


class UndoStep(QUndoCommand):
    """Subclasses say how to take the write back (``take_back``) and how to apply it again
    (``apply_again``); each returns the Changes of what it wrote."""

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.done = True  # built from a write that has been done
        self.error: CrmError | None = None

    def redo(self) -> None:
        if self.done:  # push(): the write this step was built from is the first redo
            return
        if self._replay(self.apply_again):
            self.done = True

    def undo(self) -> None:
        if not self.done:
            return
        if self._replay(self.take_back):
            self.done = False

    def _replay(self, fn: Callable[[], Changes]) -> bool:
        try:
            changes = fn()
        except CrmError as exc:  # e.g. someone else changed the lead meanwhile
            self.error = exc
            self.setObsolete(True)
            self.ctx.bus.undo_failed.emit(exc)
            return False
        except Exception as exc:  # a bug: to the hook, and the step goes (its state is unknown)
            self.setObsolete(True)
            self.ctx.tasks.report_bug(exc)
            return False
        broadcast(self.ctx, changes)
        return True

    def take_back(self) -> Changes:
        raise NotImplementedError

    def apply_again(self) -> Changes:
        raise NotImplementedError
