"""Undoing an import as a batch: the leads it created are removed (with their history, contacts
and search documents, and their companies if nothing else refers to them), the leads and
companies it updated get their old values back from the audit rows of the import's
transaction, and stage moves are reversed in the stage history (history is added to, never
rewritten). One transaction; refused if the import's leads were changed since, so nobody's
later work is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Table, delete, func, select
from sqlmodel import Session, SQLModel, col

from crm import audit
from crm.accounts import permissions as P
from crm.accounts.users import Actor
from crm.changes import Changes
from crm.db import search
from crm.db.ids import stored_id
from crm.db.models import (
    Activity,
    AuditLog,
    Company,
    Contact,
    ImportBatch,
    Lead,
    StageChange,
    utcnow,
)
from crm.db.store import Store
from crm.errors import NotFound, UserError
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.pipeline import record_reversal
from crm.pipeline.rules import UNDO_IMPORT_NOTE
from crm.values.names import normalise_company_name, pinyin_key

_RESTORED_ACTIONS = ("update", "stage", "reopen")


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    removed: int
    restored: int
    changes: Changes = field(default_factory=Changes)


# the tables whose columns say how an audit row's text reads back
_TABLES = {e: SQLModel.metadata.tables[e] for e in ("lead", "company")}


def _typed(table: Table, column: str, text: str | None) -> Any:
    """An audit row's text back into the column's type."""
    if text is None:
        return None
    col_type = table.c[column].type
    col_type = getattr(col_type, "impl", col_type)
    if isinstance(col_type, Boolean):
        return text == "1"
    if isinstance(col_type, DateTime):
        return datetime.fromisoformat(text)
    if isinstance(col_type, Date):
        return date.fromisoformat(text)
    if isinstance(col_type, Float):
        return float(text)
    if isinstance(col_type, Integer):
        return int(text)
    return text


def _refuse(text: Message) -> UserError:
    return UserError(text)


def undo_import(store: Store, actor: Actor, batch_id: int) -> UndoResult:
    with store.write() as s:
        batch = s.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Import", "There is no import {id}.").format(id=batch_id)
            )
        actor = P.current(s, actor)
        P.require(
            P.undo_import(actor, batch.created_by), actor, "undo_import", "import_batch", batch_id
        )
        if batch.undone_at is not None:
            raise _refuse(
                QT_TRANSLATE_NOOP("Import", "The import {id} was already undone.").format(
                    id=batch_id
                )
            )
        txn = s.execute(
            select(col(AuditLog.txn)).where(
                col(AuditLog.entity) == "import_batch",
                col(AuditLog.entity_id) == batch_id,
                col(AuditLog.action) == "import",
            )
        ).scalar_one()
        rows = list(
            s.execute(
                select(AuditLog).where(col(AuditLog.txn) == txn).order_by(col(AuditLog.id))
            ).scalars()
        )
        created: dict[str, list[int]] = {
            e: [r.entity_id for r in rows if r.entity == e and r.action == "create"]
            for e in ("lead", "company", "contact")
        }
        changes = [
            r for r in rows if r.action in _RESTORED_ACTIONS and r.entity in ("lead", "company")
        ]
        updated = sorted({r.entity_id for r in changes if r.entity == "lead"})
        _check_untouched(s, stored_id(rows[-1]), created, updated)
        for r in reversed(changes):
            _restore(s, actor, r)
        _remove_leads(s, created["lead"])
        s.execute(delete(Contact).where(col(Contact.id).in_(created["contact"] or [-1])))
        _remove_orphans(s, created["company"])
        batch.undone_at, batch.updated_by, batch.updated_at = utcnow(), actor.id, utcnow()
        audit.record(
            s,
            actor.id,
            "import_batch",
            batch_id,
            "undo",
            None,
            None,
            f"{len(created['lead'])} removed, {len(updated)} restored",
        )
        for lead_id in created["lead"]:
            audit.record(s, actor.id, "lead", lead_id, "undo", "deleted", None, "import undone")
        s.flush()
        search.reindex(s.connection(), updated)
    store.cache.pop("company_names", None)  # crm.leads.dedup's fuzzy index
    return UndoResult(
        batch_id,
        len(created["lead"]),
        len(updated),
        Changes(leads=frozenset(created["lead"] + updated), companies=True, bulk=True),
    )


def _check_untouched(
    s: Session, last_id: int, created: dict[str, list[int]], updated: list[int]
) -> None:
    """Refuse if anything happened to the import's leads after it."""
    leads = created["lead"] + updated
    later = 0
    for i in range(0, len(leads), 500):
        chunk = leads[i : i + 500]
        later += s.execute(
            select(func.count())
            .select_from(AuditLog)
            .where(
                col(AuditLog.id) > last_id,
                col(AuditLog.entity) == "lead",
                col(AuditLog.entity_id).in_(chunk),
            )
        ).scalar_one()
    for i in range(0, len(created["lead"]), 500):
        later += s.execute(
            select(func.count())
            .select_from(Activity)
            .where(col(Activity.lead_id).in_(created["lead"][i : i + 500]))
        ).scalar_one()
    if later:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Import",
                "Leads of this import were changed after it ({count} changes); undo those first "
                "or edit the leads by hand. Nothing was undone.",
            ).format(count=later)
        )


def _restore(s: Session, actor: Actor, r: AuditLog) -> None:
    obj: Lead | Company | None = (
        s.get(Lead, r.entity_id) if r.entity == "lead" else s.get(Company, r.entity_id)
    )
    if obj is None or r.field is None:
        return
    old = _typed(_TABLES["lead" if isinstance(obj, Lead) else "company"], r.field, r.old)
    current = getattr(obj, r.field)
    setattr(obj, r.field, old)
    if isinstance(obj, Company) and r.field == "name":
        obj.name_norm, obj.name_sort = normalise_company_name(old), pinyin_key(old)
    obj.updated_by, obj.updated_at = actor.id, utcnow()
    audit.record(s, actor.id, r.entity, r.entity_id, "undo", r.field, current, old)
    if isinstance(obj, Lead) and r.field == "stage" and r.action in ("stage", "reopen"):
        record_reversal(s, actor, stored_id(obj), current, old, UNDO_IMPORT_NOTE)
    s.flush()


def _remove_leads(s: Session, ids: list[int]) -> None:
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        search.remove(s.connection(), chunk)
        s.execute(delete(StageChange).where(col(StageChange.lead_id).in_(chunk)))
        s.execute(delete(Contact).where(col(Contact.lead_id).in_(chunk)))
        s.execute(delete(Lead).where(col(Lead.id).in_(chunk)))


def _remove_orphans(s: Session, company_ids: list[int]) -> None:
    for i in range(0, len(company_ids), 500):
        chunk = company_ids[i : i + 500]
        used = set(
            s.execute(select(col(Lead.company_id)).where(col(Lead.company_id).in_(chunk))).scalars()
        )
        gone = [c for c in chunk if c not in used]
        if gone:
            s.execute(delete(Company).where(col(Company.id).in_(gone)))
