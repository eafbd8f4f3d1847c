"""The import itself: the dry run's decisions carried out in ONE transaction.

Inside the transaction the rows are decided again against the store as it is now; if anything
differs from the preview the user saw (someone added the same company meanwhile), nothing is
written and the user is asked to look at the preview again. A cancel, a crash or any error
rolls everything back: the store is exactly as before. The batch (file, sheet, counts) is
recorded, every created lead carries the batch and its row, and an audit row ties the
transaction to the batch so the import can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlmodel import Session

from crm import audit
from crm.accounts.users import Actor
from crm.changes import Changes
from crm.db import search
from crm.db.backup import BEFORE_IMPORT
from crm.db.health import StoreDamaged
from crm.db.ids import stored_id
from crm.db.models import Contact, ImportBatch, Lead, utcnow
from crm.db.store import Store
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.importing import layouts, writer
from crm.importing.officers import create_officer
from crm.importing.plan import Counts, ImportPlan, decide, load_view
from crm.importing.rowplan import CREATE, UPDATE, RowPlan
from crm.importing.table import ImportCancelled
from crm.leads.contacts import masked_values
from crm.leads.edit import apply_update
from crm.pipeline import apply_move
from crm.reference import ReferenceData, invalidate, reference
from crm.safety.backups import backup_before

PIPELINE_COLUMNS = {
    "stage": "stage",
    "stage_date": "stage_date",
    "on_hold_until": "on_hold_until",
    "lost_reason": "lost_reason_id",
    "lost_to_region": "lost_to_region",
}


class StalePlan(UserError):
    """The store changed between the dry run and the import."""


@dataclass(frozen=True)
class ImportResult:
    #: None when there was nothing to create or update (nothing is recorded then)
    batch_id: int | None
    counts: Counts
    created_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    #: the people the import made: name → user id
    officers: dict[str, int] = field(default_factory=dict)


def run_import(
    store: Store,
    actor: Actor,
    plan: ImportPlan,
    *,
    all_or_nothing: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Carry out ``plan``. With ``all_or_nothing`` a single refused row imports nothing."""
    counts = plan.counts
    if all_or_nothing and counts.refused:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Import", "{count} rows are refused, so nothing was imported (all or nothing)."
            ).format(count=counts.refused)
        )
    ref = reference(store)
    total = counts.created + counts.updated
    if total == 0:  # re-importing an unchanged file (or our own export) changes nothing
        return ImportResult(None, counts)

    def tick(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)

    tick(0)
    if store.damaged is not None:  # refused before the backup is even tried
        raise StoreDamaged(store.damaged)
    backup_before(store, BEFORE_IMPORT)  # data safety: an import can be undone, a file too
    with writer.paused_gc(), store.write() as s:
        view = load_view(s, ref, actor, plan)
        rows = plan.rows
        if view != plan.view:  # the store moved since the preview: decide again, and stop
            rows = decide(store, actor, plan, view)  # if any row would now go another way
            _check_unchanged(plan.rows, rows)
        batch = ImportBatch(
            file_name=str(plan.table.path)[-400:],
            sheet=plan.table.sheet[:200],
            created_count=counts.created,
            updated_count=counts.updated,
            skipped_count=counts.skipped,
            refused_count=counts.refused,
            created_by=actor.id,
            updated_by=actor.id,
        )
        s.add(batch)
        s.flush()
        batch_id = stored_id(batch)
        audit.record(
            s,
            actor.id,
            "import_batch",
            batch_id,
            "import",
            None,
            None,
            writer.batch_record(plan.table.file_name, plan.table.sheet, counts),
        )
        if layouts.differs_from_auto(plan.table, plan.columns):
            layouts.remember(s, actor, plan.table, plan.columns)
        s.flush()
        creates = [r for r in rows if r.action == CREATE]
        officers = _create_officers(s, actor, plan, creates)
        conn = s.connection()
        log = writer.AuditRows(actor, s.info["txn"])
        created = writer.create_leads(conn, actor, log, view, creates, batch_id, tick)
        log.flush(conn)
        updated: list[int] = []
        for n, r in enumerate((r for r in rows if r.action == UPDATE), start=1):
            updated.append(_update(s, ref, actor, r))
            if n % 200 == 0:
                tick(len(created) + n)
        s.flush()
        search.reindex(conn, updated)
        tick(total)
    store.cache.pop("company_names", None)  # crm.leads.dedup's fuzzy index: new names arrived
    if officers:
        invalidate(store)  # new people: the owner lists and names
    return ImportResult(
        batch_id,
        counts,
        created,
        updated,
        Changes(leads=frozenset(created + updated), companies=True, bulk=True),
        officers,
    )


def _create_officers(
    s: Session, actor: Actor, plan: ImportPlan, creates: list[RowPlan]
) -> dict[str, int]:
    """The people the ledger names who have no account, made officers of their rows' city
    (crm.importing.officers.create_officer), and their rows given to them."""
    made: dict[str, int] = {}
    for name, city_id in plan.new_officers.items():
        made[name] = create_officer(s, actor, name, city_id)
    for r in creates:
        if r.new_officer is not None:
            r.clean["owner"] = made[r.new_officer]
    return made


def _check_unchanged(before: list[RowPlan], now: list[RowPlan]) -> None:
    moved = [
        a.number
        for a, b in zip(before, now, strict=True)
        if (a.action, a.lead_id) != (b.action, b.lead_id)
    ]
    if moved:
        raise StalePlan(
            QT_TRANSLATE_NOOP(
                "Import",
                "The leads changed since the preview (rows {rows}); nothing was imported. Run "
                "the preview again.",
            ).format(rows=", ".join(map(str, moved[:10])))
        )


def _update(s: Session, ref: ReferenceData, actor: Actor, r: RowPlan) -> int:
    """Carry out an update row; returns the lead's id."""
    ex = r.existing
    if ex is None:  # the planner gives every update row its lead
        raise RuntimeError(f"row {r.number} updates no lead")
    plain = {k: new for k, (_old, new) in r.changes.items() if k not in PIPELINE_COLUMNS}
    if plain:
        apply_update(s, ref, actor, ex.lead_id, plain, expected_version=ex.version, reindex=False)
    lead = s.get(Lead, ex.lead_id)
    if lead is None:  # a lead removed since the preview changes the plan: StalePlan first
        raise RuntimeError(f"lead {ex.lead_id} of row {r.number} is gone")
    lead_id = stored_id(lead)
    fixes = {k: v for k, v in r.changes.items() if k in PIPELINE_COLUMNS}
    if fixes:
        for name, (_old, new) in fixes.items():
            setattr(lead, PIPELINE_COLUMNS[name], new)
        audit.updated(
            s, actor.id, "lead", lead_id, {PIPELINE_COLUMNS[k]: v for k, v in fixes.items()}
        )
    if r.move:
        apply_move(s, actor, lead, r.move)
    if r.contact:
        c = Contact(lead_id=lead_id, created_by=actor.id, updated_by=actor.id, **r.contact)
        s.add(c)
        s.flush()
        audit.created(
            s,
            actor.id,
            "contact",
            stored_id(c),
            masked_values(r.contact) | {"lead_id": lead_id},
        )
    lead.updated_by, lead.updated_at = actor.id, utcnow()
    s.flush()
    return lead_id


__all__ = ["run_import", "ImportResult", "StalePlan"]
