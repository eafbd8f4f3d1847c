"""What every page needs, passed in (GUIDE.md: no god window reachable from everywhere):
the store, the acting user, the task runner, the undo stack, settings, and the change bus —
after a write, one signal carries what changed and each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from crm.accounts.users import Actor
from crm.changes import Changes
from crm.db.store import Store
from crm.reference import ReferenceData, reference
from crm.ui.settings import Settings
from crm.ui.tasks import TaskRunner


class ChangeBus(QObject):
    changed = Signal(object)  # Changes
    #: an undo/redo could not be applied (CrmError): shown in the status bar
    undo_failed = Signal(object)
    #: a page asks to open a lead (lead id)
    open_lead = Signal(int)
    #: a status-bar message
    message = Signal(str)
    #: open another store (a file path): File ▸ New store…, Open store…, Recent stores
    open_store = Signal(str)


@dataclass
class AppContext:
    store: Store
    actor: Actor
    tasks: TaskRunner
    undo: QUndoStack
    settings: Settings
    bus: ChangeBus

    def notify(self, changes: Changes | None) -> None:
        """Broadcast what a write changed. Widgets do not call this: their writes go through
        crm.ui.operations, which broadcasts once per write."""
        if changes is not None and not changes.empty:
            self.bus.changed.emit(changes)

    @property
    def ref(self) -> ReferenceData:
        return reference(self.store)
