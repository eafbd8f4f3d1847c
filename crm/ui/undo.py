"""Undo within the session (Ctrl+Z): each step is built from the result of a write that has
been done (crm.ui.operations.UndoStep: pushed in the done state, never re-run by the push) and
knows how to take it back and apply it again. Stage history and the audit log are never
rewritten: an undo is a new, recorded change."""

from __future__ import annotations

from typing import Any

from crm import pipeline
from crm.changes import Changes
from crm.followups import activities
from crm.leads import bulk_steps
from crm.leads import edit as leads
from crm.ui.context import AppContext
from crm.ui.operations import UndoStep


class EditLeadCommand(UndoStep):
    def __init__(self, ctx: AppContext, text: str, result: leads.SaveResult):
        super().__init__(ctx, text)
        self.lead_id = result.lead_id
        self.version = result.version
        self.before = {k: old for k, (old, _new) in result.changed.items()}
        self.after = {k: new for k, (_old, new) in result.changed.items()}

    def _apply(self, values: dict[str, Any]) -> Changes:
        r = leads.update_lead(
            self.ctx.store, self.ctx.actor, self.lead_id, values, expected_version=self.version
        )
        self.version = r.version
        return r.changes

    def take_back(self) -> Changes:
        return self._apply(self.before)

    def apply_again(self) -> Changes:
        return self._apply(self.after)


class MoveStageCommand(UndoStep):
    def __init__(
        self, ctx: AppContext, text: str, result: pipeline.MoveResult, params: dict[str, Any]
    ):
        super().__init__(ctx, text)
        self.result = result
        self.params = params
        self.version_after_undo: int | None = None

    def take_back(self) -> Changes:
        changes = pipeline.revert_move(self.ctx.store, self.ctx.actor, self.result)
        self.version_after_undo = leads.get_lead(
            self.ctx.store, self.ctx.actor, self.result.lead_id
        ).version
        return changes

    def apply_again(self) -> Changes:
        self.result = pipeline.move_stage(
            self.ctx.store,
            self.ctx.actor,
            self.result.lead_id,
            self.result.to_stage,
            expected_version=self.version_after_undo,
            **self.params,
        )
        return self.result.changes


class DeleteLeadCommand(UndoStep):
    def __init__(self, ctx: AppContext, text: str, result: leads.SaveResult):
        super().__init__(ctx, text)
        self.lead_id = result.lead_id
        self.version = result.version

    def _restore(self) -> Changes:
        r = leads.restore_lead(
            self.ctx.store, self.ctx.actor, self.lead_id, expected_version=self.version
        )
        self.version = r.version
        return r.changes

    def _delete(self) -> Changes:
        r = leads.delete_lead(
            self.ctx.store, self.ctx.actor, self.lead_id, expected_version=self.version
        )
        self.version = r.version
        return r.changes

    def take_back(self) -> Changes:
        return self._restore()

    def apply_again(self) -> Changes:
        return self._delete()


class CreateLeadCommand(DeleteLeadCommand):
    """Undoing a new lead deletes it (softly); redo restores it."""

    def take_back(self) -> Changes:
        return self._delete()

    def apply_again(self) -> Changes:
        return self._restore()


class RestoreLeadCommand(CreateLeadCommand):
    """Restoring from the deleted leads: undo deletes again, redo restores."""


class LogActivityCommand(UndoStep):
    def __init__(
        self,
        ctx: AppContext,
        text: str,
        result: activities.ActivityResult | activities.ActivityEdit,
    ):
        super().__init__(ctx, text)
        self.activity_id = result.activity_id

    def _delete(self) -> Changes:
        return activities.delete_activity(self.ctx.store, self.ctx.actor, self.activity_id).changes

    def _restore(self) -> Changes:
        return activities.delete_activity(
            self.ctx.store, self.ctx.actor, self.activity_id, restore=True
        ).changes

    def take_back(self) -> Changes:
        return self._delete()

    def apply_again(self) -> Changes:
        return self._restore()


class DeleteActivityCommand(LogActivityCommand):
    """A deleted activity: undo restores it."""

    def take_back(self) -> Changes:
        return self._restore()

    def apply_again(self) -> Changes:
        return self._delete()


class RestoreActivityCommand(LogActivityCommand):
    """A deleted activity restored from the timeline: undo deletes it again."""


class EditActivityCommand(UndoStep):
    """A corrected activity: undo puts the old values back (a new, audited edit)."""

    def __init__(self, ctx: AppContext, text: str, result: activities.ActivityEdit):
        super().__init__(ctx, text)
        self.activity_id, self.version = result.activity_id, result.version
        self.before = {k: old for k, (old, _new) in result.changed.items()}
        self.after = {k: new for k, (_old, new) in result.changed.items()}

    def _apply(self, values: dict[str, Any]) -> Changes:
        r = activities.update_activity(
            self.ctx.store, self.ctx.actor, self.activity_id, values, expected_version=self.version
        )
        self.version = r.version
        return r.changes

    def take_back(self) -> Changes:
        return self._apply(self.before)

    def apply_again(self) -> Changes:
        return self._apply(self.after)


class BulkStepCommand(UndoStep):
    """A bulk step on many leads (crm.leads.bulk_steps): one undo takes it all back; redo applies
    the same change to the same leads again."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        result: bulk_steps.BulkResult,
        change: bulk_steps.BulkChange,
    ):
        super().__init__(ctx, text)
        self.result, self.change = result, change

    def take_back(self) -> Changes:
        return bulk_steps.undo_bulk(self.ctx.store, self.ctx.actor, self.result)

    def apply_again(self) -> Changes:
        self.result = bulk_steps.bulk_change(
            self.ctx.store, self.ctx.actor, list(self.result.done), self.change
        )
        return self.result.changes
