"""Writing the new leads of an import in bulk, in the caller's transaction.

What crm.leads.edit.insert_lead does for one lead — resolve or create the company, insert the lead
with its first stage-history row, audit both, index it for search — done for all rows at once:
a handful of multi-row INSERTs instead of several statements per row, so a 10,000-row ledger
goes in within the time it takes openpyxl to read it. The audit rows have the same shape as
insert_lead's, so history and undo read them alike.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from crm import fields as F
from crm.accounts.users import Actor
from crm.audit import JSON
from crm.audit import text as audit_text
from crm.db import search
from crm.db.bulk import insert_rows
from crm.db.models import Lead, utcnow
from crm.importing import synonyms as S
from crm.importing.matching import StoreView
from crm.importing.rowplan import RowPlan
from crm.leads.company_flags import DESIGNATIONS
from crm.leads.contacts import masked_values
from crm.leads.edit import COMPANY_FIELDS
from crm.pipeline import new_lead
from crm.values.names import normalise_company_name, pinyin_initials, pinyin_key

if TYPE_CHECKING:  # the planner imports this module
    from crm.importing.plan import Counts

CHUNK = 1000
# the tables the bulk writes go to (SQLModel's classes do not declare their __table__)
_LEAD_TABLE = SQLModel.metadata.tables["lead"]
_COMPANY_TABLE = SQLModel.metadata.tables["company"]
_CONTACT_TABLE = SQLModel.metadata.tables["contact"]
_AUDIT_TABLE = SQLModel.metadata.tables["audit_log"]
_STAGE_CHANGE_TABLE = SQLModel.metadata.tables["stage_change"]
_LEAD_COLUMNS = [c.name for c in _LEAD_TABLE.columns if c.name != "id"]
_LEAD_DEFAULTS = {
    name: (f.default if f.default is not None and repr(f.default) != "PydanticUndefined" else None)
    for name, f in Lead.model_fields.items()
    if name != "id"
}
_AUDIT_COLUMNS = ("at", "user_id", "txn", "entity", "entity_id", "action", "field", "old", "new")


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold Python's cycle collector while tens of thousands of rows are built: it would
    otherwise walk every object alive (the whole ledger) again and again, for nothing — these
    objects form no cycles. Collection resumes, and catches up, when the block ends."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _text(v: object) -> str | None:
    """crm.audit's text of a value, the common types first (tens of thousands per import)."""
    t = type(v)
    if t is str:
        return cast(str, v)  # exactly a str (a subclass goes to crm.audit)
    if t is int:
        return str(v)
    if t is bool:
        return "1" if v else "0"
    return audit_text(v)


#: an audit row as AuditRows collects it (_AUDIT_COLUMNS' order)
AuditRow = tuple[datetime, int, str, str, int, str, str | None, str | None, str | None]
#: a company this import creates, as a row of its insert (its "id" set once inserted)
NewCompany = dict[str, Any]
#: a company a lead belongs to: a stored one's id, or one this import creates
CompanyRef = int | NewCompany


class AuditRows:
    """Audit rows collected for one bulk INSERT (same shape as crm.audit writes)."""

    def __init__(self, actor: Actor, txn: str):
        self.actor, self.txn = actor, txn
        self.rows: list[AuditRow] = []
        self.at = utcnow()

    def created(self, entity: str, entity_id: int, values: dict[str, Any]) -> None:
        # the values crm.audit.created keeps, encoded as it encodes them
        clean = {k: _text(v) for k, v in values.items() if v not in (None, "", False)}
        self.add(entity, entity_id, "create", None, None, JSON.encode(clean))

    def add(
        self,
        entity: str,
        entity_id: int,
        action: str,
        field: str | None,
        old: object,
        new: object,
    ) -> None:
        self.rows.append(
            (
                self.at,
                self.actor.id,
                self.txn,
                entity,
                entity_id,
                action,
                field,
                _text(old),
                _text(new),
            )
        )

    def flush(self, conn: Connection) -> None:
        if self.rows:
            insert_rows(conn, _AUDIT_TABLE, _AUDIT_COLUMNS, self.rows)
            self.rows = []


class Companies:
    """The company each new lead belongs to, resolved as crm.leads.edit does: by credit code, then
    by normalised name among companies without another code (any of them for a name given
    without a code); new ones inserted in bulk."""

    def __init__(self, view: StoreView):
        self.by_code: dict[str, CompanyRef] = dict(view.by_code)
        self.by_name: dict[str, list[tuple[CompanyRef, str | None]]] = {
            k: list(v) for k, v in view.by_name.items()
        }
        self.pending: list[NewCompany] = []
        self.code_updates: list[tuple[int, str]] = []
        #: designations a row gives a known company: (company id, column, value)
        self.designations: list[tuple[int, str, Any]] = []

    def resolve(self, clean: dict[str, Any]) -> CompanyRef:
        """The company of a new lead: a known company's id, or the new company's row."""
        code, name = clean.get("credit_code"), clean["company_name"]
        norm = normalise_company_name(name)
        if code and code in self.by_code:  # a stored company, or one an earlier row makes
            return self._known(self.by_code[code], clean)
        for i, (cid, other) in enumerate(self.by_name.get(norm, [])):
            if not code or other in (None, code):  # a name alone: the company by that name
                if code and other is None:
                    self.by_name[norm][i] = (cid, code)
                    if isinstance(cid, int):
                        self.code_updates.append((cid, code))
                    else:
                        cid["credit_code"] = code
                    self.by_code[code] = cid
                return self._known(cid, clean)
        new = {"name": name, "name_norm": norm, "credit_code": code, "origin": clean.get("origin")}
        new.update({col: clean.get(key) for key, col in _DESIGNATIONS.items()})
        self.pending.append(new)
        self.by_name.setdefault(norm, []).append((new, code))
        if code:
            self.by_code[code] = new
        return new

    def _known(self, cid: CompanyRef, clean: dict[str, Any]) -> CompanyRef:
        """A company already resolved: a known one takes the designations a row adds (as
        crm.leads.edit.added_designations); one new in this import takes them at its insert."""
        for key, col in _DESIGNATIONS.items():
            value = clean.get(key)
            if value in (None, False, ""):
                continue
            if isinstance(cid, int):
                self.designations.append((cid, col, value))
            elif cid.get(col) in (None, False, ""):
                cid[col] = value
        return cid


#: the designation inputs → company columns (crm.leads.company_flags)
_DESIGNATIONS = {k: COMPANY_FIELDS[k] for k in DESIGNATIONS}


def create_leads(
    conn: Connection,
    actor: Actor,
    audit: AuditRows,
    view: StoreView,
    rows: list[RowPlan],
    batch_id: int,
    tick: Callable[[int], None],
) -> list[int]:
    """Insert the leads of ``rows`` (action create); returns their ids in row order."""
    now = utcnow()
    companies = Companies(view)
    links = [companies.resolve(r.clean) for r in rows]
    _insert_companies(conn, actor, audit, companies, now)
    for updated_id, code in companies.code_updates:
        conn.execute(
            _COMPANY_TABLE.update().where(_COMPANY_TABLE.c.id == updated_id),
            {"credit_code": code, "updated_by": actor.id, "updated_at": now},
        )
        audit.add("company", updated_id, "update", "credit_code", None, code)
    _add_designations(conn, actor, audit, companies, now)
    lead_rows: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    bookkeeping = dict(
        version=1,
        created_at=now,
        updated_at=now,
        created_by=actor.id,
        updated_by=actor.id,
        import_batch_id=batch_id,
    )
    for r, link in zip(rows, links, strict=True):
        company_id = link if isinstance(link, int) else link["id"]
        values = _lead_values(r, actor)
        record = dict(values, company_id=company_id)  # what crm.leads.edit.insert_lead audits
        if r.reason:
            record["duplicate_reason"] = r.reason
        records.append(record)
        row = _LEAD_DEFAULTS | values | bookkeeping
        row["company_id"], row["import_row"] = company_id, r.number
        lead_rows.append(row)
    ids = _insert_leads(conn, lead_rows, batch_id, tick)
    history: list[tuple[object, ...]] = []
    for lead_id, values, record in zip(ids, lead_rows, records, strict=True):
        history.append(
            (
                lead_id,
                None,
                values["stage"],
                values["stage_date"],
                now,
                actor.id,
                values["lost_reason_id"],
                values["on_hold_until"],
            )
        )
        audit.created("lead", lead_id, record)
    insert_rows(
        conn,
        _STAGE_CHANGE_TABLE,
        (
            "lead_id",
            "from_stage",
            "to_stage",
            "changed_on",
            "at",
            "user_id",
            "lost_reason_id",
            "on_hold_until",
        ),
        history,
    )
    contacts = _insert_contacts(conn, actor, audit, rows, ids, now, batch_id)
    docs: list[tuple[int, str, str, str]] = []
    for lead_id, r in zip(ids, rows, strict=True):
        c = r.clean
        contact = contacts.get(lead_id)
        docs.append(
            (
                lead_id,
                *search.lead_documents(
                    c["company_name"],
                    c.get("credit_code"),
                    c["project_name"],
                    c.get("codename"),
                    c.get("notes"),
                    [contact] if contact else (),
                ),
            )
        )
    search.write_documents(conn, docs, new=True)
    return ids


def _insert_leads(
    conn: Connection, rows: list[dict[str, Any]], batch_id: int, tick: Callable[[int], None]
) -> list[int]:
    """Plain multi-row inserts (the fastest path each driver has), then the new ids read
    back by (batch, row): unique, since every row of a batch is imported once."""
    for i in range(0, len(rows), CHUNK):
        chunk = rows[i : i + CHUNK]
        insert_rows(
            conn, _LEAD_TABLE, _LEAD_COLUMNS, [[r[c] for c in _LEAD_COLUMNS] for r in chunk]
        )
        tick(i + len(chunk))
    table = _LEAD_TABLE
    found = dict(
        conn.execute(
            select(table.c.import_row, table.c.id).where(table.c.import_batch_id == batch_id)
        ).all()
    )
    return [found[r["import_row"]] for r in rows]


_COMPANY_COLUMNS = (
    "name",
    "name_norm",
    "name_sort",
    "credit_code",
    "origin",
    *_DESIGNATIONS.values(),
    "version",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
)


def _insert_companies(
    conn: Connection, actor: Actor, audit: AuditRows, companies: Companies, now: datetime
) -> None:
    """Plain multi-row inserts, then the ids read back: the rows of this transaction are the
    companies created by this actor at this very instant, one per (name, credit code)."""
    if not companies.pending:
        return
    rows: list[tuple[object, ...]] = []
    for c in companies.pending:
        sort_key = pinyin_key(c["name"])
        pinyin_initials(c["name"])  # now, while the name's words are in pinyin's cache
        rows.append(
            (
                c["name"],
                c["name_norm"],
                sort_key,
                c["credit_code"],
                c["origin"],
                *(
                    c[col] if c[col] is not None else _UNSET.get(col)
                    for col in _DESIGNATIONS.values()
                ),
                1,
                now,
                now,
                actor.id,
                actor.id,
            )
        )
    table = _COMPANY_TABLE
    insert_rows(conn, table, _COMPANY_COLUMNS, rows)
    found = {
        (norm, code): cid
        for cid, norm, code in conn.execute(
            select(table.c.id, table.c.name_norm, table.c.credit_code).where(
                table.c.created_at == now, table.c.created_by == actor.id
            )
        )
    }
    if len(found) != len(rows):  # cannot happen unless the clock stood still: stop, roll back
        raise RuntimeError("new companies could not be told apart")
    for c in companies.pending:
        c["id"] = cid = found[(c["name_norm"], c["credit_code"])]
        audit.created(
            "company",
            cid,
            {
                "name": c["name"],
                "credit_code": c["credit_code"],
                "origin": c["origin"],
                **{col: c[col] for col in _DESIGNATIONS.values() if c[col]},
            },
        )


#: a designation no row gave: the column's value for "not designated"
_UNSET = {col: False for col in ("fortune500", "china500", "listed", "gazelle")}


def _add_designations(
    conn: Connection, actor: Actor, audit: AuditRows, companies: Companies, now: datetime
) -> None:
    """Known companies take the designations the import's rows add (never take one away)."""
    table = _COMPANY_TABLE
    for cid, col, value in companies.designations:
        unset = table.c[col].is_(None) if col not in _UNSET else table.c[col].is_(False)
        done = conn.execute(
            table.update().where(table.c.id == cid, unset),
            {col: value, "updated_by": actor.id, "updated_at": now},
        )
        if done.rowcount:
            audit.add("company", cid, "update", col, _UNSET.get(col), value)


#: input name → lead column, for the fields stored on the lead (not the company)
_LEAD_INPUTS = {f.name: F.column_of(f.name) for f in F.LEAD_FIELDS if not f.company}


def _lead_values(r: RowPlan, actor: Actor) -> dict[str, Any]:
    """The lead's column values as crm.leads.edit.insert_lead derives them from the clean input."""
    values = {_LEAD_INPUTS[k]: v for k, v in r.clean.items() if k in _LEAD_INPUTS}
    values.setdefault("owner_id", actor.id)
    values.update(new_lead(values, r.values.get(S.SIGNED_ON)))
    return values


#: a new contact's (name, title, mobile, email, wechat), for the lead's search document
ContactWords = tuple[str, str | None, str | None, str | None, str | None]


def _insert_contacts(
    conn: Connection,
    actor: Actor,
    audit: AuditRows,
    rows: list[RowPlan],
    ids: list[int],
    now: datetime,
    batch_id: int,
) -> dict[int, ContactWords]:
    out: dict[int, ContactWords] = {}
    items: list[dict[str, Any]] = []
    for lead_id, r in zip(ids, rows, strict=True):
        if r.contact:
            c = r.contact
            items.append(
                {
                    "lead_id": lead_id,
                    "name": c["name"],
                    "title": c.get("title"),
                    "mobile": c.get("mobile"),
                    "email": c.get("email"),
                    "wechat": c.get("wechat"),
                    "note": None,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                    "created_by": actor.id,
                    "updated_by": actor.id,
                }
            )
            out[lead_id] = (
                c["name"],
                c.get("title"),
                c.get("mobile"),
                c.get("email"),
                c.get("wechat"),
            )
    if items:
        cols = list(items[0])
        insert_rows(conn, _CONTACT_TABLE, cols, [[i[c] for c in cols] for i in items])
        contact, lead = _CONTACT_TABLE, _LEAD_TABLE
        by_lead = dict(  # each new lead has at most this one contact
            conn.execute(
                select(contact.c.lead_id, contact.c.id)
                .join(lead, lead.c.id == contact.c.lead_id)
                .where(lead.c.import_batch_id == batch_id)
            ).all()
        )
        for item in items:
            cid = by_lead[item["lead_id"]]
            shown = masked_values(
                {k: item[k] for k in ("name", "title", "mobile", "email", "wechat")}
            )
            audit.created("contact", cid, shown | {"lead_id": item["lead_id"]})
    return out


def batch_record(file_name: str, sheet: str, counts: Counts) -> str:
    return json.dumps(
        {
            "file": file_name,
            "sheet": sheet,
            "created": counts.created,
            "updated": counts.updated,
            "skipped": counts.skipped,
            "refused": counts.refused,
        },
        ensure_ascii=False,
    )
