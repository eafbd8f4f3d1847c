"""One way the UI writes (GUIDE.md "One way the UI writes"; Anki's CollectionOp is the model).

A widget hands a service call to :class:`Op` and says only what is special to it::

    Op(self, ctx, lambda: leads.update_lead(ctx.store, ctx.actor, lead_id, data))
        .undo(lambda r: EditLeadCommand(ctx, self.tr("edit lead"), r))
        .failure(self._show_field_errors, ValidationError)
        .success(lambda r: self.accept())
        .run()

The Op runs the call (inline, or on the thread pool with ``run_in_background``), pushes one undo
step built from the result, broadcasts the result's Changes once, and routes errors: a user's or
the environment's (CrmError) is shown next to where it happened (messages.py), anything else is a
bug for the exception hook. Undo steps (undo_step.py) replay through the same routing."""

from crm.ui.operations.messages import MessageArea, show_failure
from crm.ui.operations.op import Op, broadcast, passes
from crm.ui.operations.undo_step import UndoStep

__all__ = ["MessageArea", "Op", "UndoStep", "broadcast", "passes", "show_failure"]
