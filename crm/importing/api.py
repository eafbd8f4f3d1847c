"""The import as the app and the command line call it (Qt-free; run it on a worker thread).

    table = read_table(path, sheet=None, progress=…, cancelled=…)   # file → Table (or error)
    plan = plan_import(store, actor, table, columns=None, options=ImportOptions(…))
    plan.rows / plan.counts / row.describe()                        # the dry run: nothing written
    result = run_import(store, actor, plan, all_or_nothing=False, progress=…, cancelled=…)
    write_refused(plan, "refused.xlsx")                             # refused rows to fix
    undo_import(store, actor, result.batch_id)                      # the whole batch back

Errors are crm.errors.UserError subclasses with a translated message (ImportFileError for a
file that cannot be read at all, ImportCancelled, StalePlan); nothing is written when one is
raised.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import col

from crm.db.models import ImportBatch
from crm.db.store import Store
from crm.importing.commit import ImportResult, StalePlan, run_import
from crm.importing.guard import MAX_FILE_BYTES, MAX_ROWS, ImportFileError
from crm.importing.headers import UNIT_LABELS, Column, all_targets, target_label
from crm.importing.plan import Counts, ImportPlan, plan_import, replan
from crm.importing.refused import write_refused
from crm.importing.rowplan import CREATE, REFUSE, SKIP, UPDATE, Choice, ImportOptions, RowPlan
from crm.importing.table import ImportCancelled, Table, read_table
from crm.importing.undo import UndoResult, undo_import


def recent_imports(store: Store, limit: int = 20) -> list[ImportBatch]:
    """The latest imports, newest first (for "undo an import")."""
    with store.read() as s:
        return list(
            s.execute(
                select(ImportBatch).order_by(col(ImportBatch.id).desc()).limit(limit)
            ).scalars()
        )


__all__ = [
    "CREATE",
    "UPDATE",
    "SKIP",
    "REFUSE",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "Choice",
    "Column",
    "Counts",
    "ImportBatch",
    "ImportCancelled",
    "ImportFileError",
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "RowPlan",
    "StalePlan",
    "Table",
    "UndoResult",
    "UNIT_LABELS",
    "all_targets",
    "target_label",
    "plan_import",
    "read_table",
    "recent_imports",
    "replan",
    "run_import",
    "undo_import",
    "write_refused",
]
