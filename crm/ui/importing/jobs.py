"""The import wizard's background work, as plain functions of a TaskContext (worker thread,
no widgets): read the ledger, plan the import (the dry run), import, write the refused rows,
undo. The services report progress as (done, total); the bar wants a fraction."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from crm.accounts.users import Actor
from crm.db.store import Store
from crm.importing import api
from crm.importing.layouts import remembered
from crm.ui.tasks import TaskContext

Job = Callable[[TaskContext], Any]


def _progress(tc: TaskContext) -> Callable[[int, int], None]:
    return lambda done, total: tc.progress(done / total if total else 0.0)


def read_job(store: Store, path: Path, sheet: str | None = None) -> Job:
    """(table, mapping): the mapping remembered for this layout, else the automatic one."""

    def run(tc: TaskContext) -> tuple[api.Table, list[api.Column], bool]:
        table = api.read_table(path, sheet, progress=_progress(tc), cancelled=tc.cancelled)
        kept = remembered(store, table)
        return table, kept or list(table.columns), kept is not None

    return run


def plan_job(
    store: Store,
    actor: Actor,
    table: api.Table,
    columns: list[api.Column],
    options: api.ImportOptions,
) -> Job:
    def run(tc: TaskContext) -> api.ImportPlan:
        return api.plan_import(
            store,
            actor,
            table,
            columns=columns,
            options=options,
            progress=_progress(tc),
            cancelled=tc.cancelled,
        )

    return run


def import_job(store: Store, actor: Actor, plan: api.ImportPlan, all_or_nothing: bool) -> Job:
    def run(tc: TaskContext) -> api.ImportResult:
        return api.run_import(
            store,
            actor,
            plan,
            all_or_nothing=all_or_nothing,
            progress=_progress(tc),
            cancelled=tc.cancelled,
        )

    return run


def refused_job(plan: api.ImportPlan, path: Path, lang: str) -> Job:
    return lambda _tc: api.write_refused(plan, path, lang=lang)


def undo_job(store: Store, actor: Actor, batch_id: int) -> Job:
    return lambda _tc: api.undo_import(store, actor, batch_id)
