"""Undo within the session (Ctrl+Z): each command wraps a service call that has already been
done once, and knows its inverse. Stage history and the audit log are never rewritten: an
undo is a new, recorded change."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from crm import pipeline
from crm.errors import CrmError
from crm.followups import activities
from crm.leads import edit as leads
from crm.ui.context import AppContext


class _ServiceCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str):
        super().__init__(text)
        self.ctx = ctx
        self._done_once = True  # pushed after the service already ran
        self.error: CrmError | None = None

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_it)

    def _guard(self, fn) -> None:
        try:
            changes = fn()
        except CrmError as exc:  # e.g. someone else changed the lead meanwhile
            self.error = exc
            self.setObsolete(True)
            self.ctx.bus.undo_failed.emit(exc)
            return
        self.ctx.notify(changes)

    def do(self):  # pragma: no cover - overridden
        raise NotImplementedError

    def undo_it(self):  # pragma: no cover - overridden
        raise NotImplementedError


class EditLeadCommand(_ServiceCommand):
    def __init__(self, ctx: AppContext, text: str, result: leads.SaveResult):
        super().__init__(ctx, text)
        self.lead_id = result.lead_id
        self.version = result.version
        self.before = {k: old for k, (old, _new) in result.changed.items()}
        self.after = {k: new for k, (_old, new) in result.changed.items()}

    def _apply(self, values: dict[str, Any]):
        r = leads.update_lead(
            self.ctx.store, self.ctx.actor, self.lead_id, values, expected_version=self.version
        )
        self.version = r.version
        return r.changes

    def undo_it(self):
        return self._apply(self.before)

    def do(self):
        return self._apply(self.after)


class MoveStageCommand(_ServiceCommand):
    def __init__(
        self, ctx: AppContext, text: str, result: pipeline.MoveResult, params: dict[str, Any]
    ):
        super().__init__(ctx, text)
        self.result = result
        self.params = params
        self.version_after_undo: int | None = None

    def undo_it(self):
        changes = pipeline.revert_move(self.ctx.store, self.ctx.actor, self.result)
        self.version_after_undo = leads.get_lead(
            self.ctx.store, self.ctx.actor, self.result.lead_id
        ).version
        return changes

    def do(self):
        self.result = pipeline.move_stage(
            self.ctx.store,
            self.ctx.actor,
            self.result.lead_id,
            self.result.to_stage,
            expected_version=self.version_after_undo,
            **self.params,
        )
        return self.result.changes


class DeleteLeadCommand(_ServiceCommand):
    def __init__(self, ctx: AppContext, text: str, result: leads.SaveResult):
        super().__init__(ctx, text)
        self.lead_id = result.lead_id
        self.version = result.version

    def undo_it(self):
        r = leads.restore_lead(
            self.ctx.store, self.ctx.actor, self.lead_id, expected_version=self.version
        )
        self.version = r.version
        return r.changes

    def do(self):
        r = leads.delete_lead(
            self.ctx.store, self.ctx.actor, self.lead_id, expected_version=self.version
        )
        self.version = r.version
        return r.changes


class LogActivityCommand(_ServiceCommand):
    def __init__(self, ctx: AppContext, text: str, result: activities.ActivityResult):
        super().__init__(ctx, text)
        self.activity_id = result.activity_id

    def undo_it(self):
        return activities.delete_activity(self.ctx.store, self.ctx.actor, self.activity_id).changes

    def do(self):
        return activities.delete_activity(
            self.ctx.store, self.ctx.actor, self.activity_id, restore=True
        ).changes


class EditActivityCommand(_ServiceCommand):
    """A corrected activity: undo puts the old values back (a new, audited edit)."""

    def __init__(self, ctx: AppContext, text: str, result: activities.ActivityEdit):
        super().__init__(ctx, text)
        self.activity_id, self.version = result.activity_id, result.version
        self.before = {k: old for k, (old, _new) in result.changed.items()}
        self.after = {k: new for k, (_old, new) in result.changed.items()}

    def _apply(self, values: dict[str, Any]):
        r = activities.update_activity(
            self.ctx.store, self.ctx.actor, self.activity_id, values, expected_version=self.version
        )
        self.version = r.version
        return r.changes

    def undo_it(self):
        return self._apply(self.before)

    def do(self):
        return self._apply(self.after)


class DeleteActivityCommand(_ServiceCommand):
    """A deleted activity: undo restores it."""

    def __init__(self, ctx: AppContext, text: str, result: activities.ActivityEdit):
        super().__init__(ctx, text)
        self.activity_id = result.activity_id

    def undo_it(self):
        return activities.delete_activity(
            self.ctx.store, self.ctx.actor, self.activity_id, restore=True
        ).changes

    def do(self):
        return activities.delete_activity(self.ctx.store, self.ctx.actor, self.activity_id).changes


class CreateLeadCommand(_ServiceCommand):
    """Undoing a new lead deletes it (softly); redo restores it."""

    def __init__(self, ctx: AppContext, text: str, result: leads.SaveResult):
        super().__init__(ctx, text)
        self.lead_id = result.lead_id
        self.version = result.version

    def undo_it(self):
        r = leads.delete_lead(
            self.ctx.store, self.ctx.actor, self.lead_id, expected_version=self.version
        )
        self.version = r.version
        return r.changes

    def do(self):
        r = leads.restore_lead(
            self.ctx.store, self.ctx.actor, self.lead_id, expected_version=self.version
        )
        self.version = r.version
        return r.changes


class RestoreLeadCommand(DeleteLeadCommand):
    """Restoring from the deleted leads: undo deletes again."""

    def undo_it(self):
        return DeleteLeadCommand.do(self)

    def do(self):
        return DeleteLeadCommand.undo_it(self)


class RestoreActivityCommand(DeleteActivityCommand):
    """A deleted activity restored from the timeline: undo deletes it again."""

    def undo_it(self):
        return DeleteActivityCommand.do(self)

    def do(self):
        return DeleteActivityCommand.undo_it(self)


class BulkStepCommand(_ServiceCommand):
    """A bulk step on many leads (crm.leads.bulk_steps): one undo takes it all back; redo applies
    the same change to the same leads again."""

    def __init__(self, ctx: AppContext, text: str, result, change):
        super().__init__(ctx, text)
        self.result, self.change = result, change

    def undo_it(self):
        from crm.leads import bulk_steps

        return bulk_steps.undo_bulk(self.ctx.store, self.ctx.actor, self.result)

    def do(self):
        from crm.leads import bulk_steps

        self.result = bulk_steps.bulk_change(
            self.ctx.store, self.ctx.actor, list(self.result.done), self.change
        )
        return self.result.changes
