"""Creating, editing, deleting (softly) and restoring leads, and reading one for its form.

One company may have several projects, but the pool is shared: creating a lead for a company
someone already follows raises DuplicateError naming them, unless a reason for the second
record is given (it is kept in the audit log).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, col, select

from crm import audit
from crm import fields as F
from crm.accounts import permissions as P
from crm.accounts.permissions import contacts_on_request, sees_confidential, sees_contacts
from crm.accounts.users import SYSTEM_USERNAME, Actor
from crm.changes import Changes, lead_changed
from crm.db import search
from crm.db.ids import stored_id
from crm.db.models import Company, Contact, Lead, utcnow
from crm.db.store import Store
from crm.errors import (
    ConflictError,
    DuplicateError,
    FieldConflict,
    FieldError,
    NotFound,
    ValidationError,
)
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leads.company_flags import DESIGNATIONS
from crm.leads.contacts import masked_copy
from crm.leads.validation import clean_lead
from crm.pipeline import new_lead, record_arrival
from crm.reference import ReferenceData, reference
from crm.values.names import normalise_company_name, pinyin_key
from crm.values.text import clean_text

#: input name → company column, for the fields stored on the company
COMPANY_FIELDS = {
    f.name: "name" if f.name == "company_name" else F.column_of(f.name)
    for f in F.LEAD_FIELDS
    if f.company
}
SEARCHED = {"company_name", "credit_code", "project_name", "codename", "notes"}


@dataclass(frozen=True)
class SaveResult:
    lead_id: int
    version: int
    company_id: int
    #: input name → (old, new) for what this save changed
    changed: dict[str, tuple[Any, Any]]
    changes: Changes


@dataclass
class LeadDetail:
    id: int
    version: int
    company_id: int
    #: input names (crm.fields) → clean values (ids for references)
    values: dict[str, Any]
    masked: bool
    contacts_visible: bool
    contacts: list[Contact] = field(default_factory=list)
    created_at: datetime | None = None
    created_by: int | None = None
    updated_at: datetime | None = None
    updated_by: int | None = None
    deleted: bool = False
    first_signed_on: date | None = None
    last_activity_on: date | None = None
    lost_at_stage: str | None = None
    #: the contacts are masked until the reader asks to see them (crm.leads.contacts.reveal_contacts)
    contacts_on_request: bool = False

    @property
    def display_name(self) -> str:
        name = self.values.get("codename") if self.masked else self.values.get("company_name")
        return str(name or "")


def _not_found(lead_id: int) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Errors", "The lead {id} does not exist.").format(id=lead_id))


def lead_values(lead: Lead, company: Company) -> dict[str, Any]:
    """The lead's clean values keyed by input name."""
    out: dict[str, Any] = {}
    for spec in F.LEAD_FIELDS:
        if spec.company:
            out[spec.name] = getattr(company, COMPANY_FIELDS[spec.name])
        else:
            out[spec.name] = getattr(lead, F.column_of(spec.name))
    return out


def _resolve_company(s: Session, clean: dict[str, Any], actor: Actor) -> tuple[Company, bool]:
    """The company this input names (by credit code, then normalised name), or a new one."""
    code = clean.get("credit_code")
    name = clean["company_name"]
    norm = normalise_company_name(name)
    company = None
    if code:
        company = s.exec(select(Company).where(col(Company.credit_code) == code)).first()
    if company is None:
        candidates = s.exec(select(Company).where(col(Company.name_norm) == norm)).all()
        # a name given without a code is the company known by that name, with a code or not
        # (one pool: "create anyway" adds a lead to it, never a second company)
        company = next((c for c in candidates if not code or c.credit_code in (None, code)), None)
        if company is not None and code and company.credit_code is None:
            company.credit_code = code
            company.updated_by = actor.id
    if company is not None:
        added = added_designations(company, clean)
        if added:
            changed = {c: (getattr(company, c), value) for c, value in added.items()}
            for c, value in added.items():
                setattr(company, c, value)
            company.updated_by, company.updated_at = actor.id, utcnow()
            audit.updated(s, actor.id, "company", stored_id(company), changed)
        return company, False
    values = {
        column: clean[name]
        for name, column in COMPANY_FIELDS.items()
        if name not in ("company_name", "credit_code") and clean.get(name) is not None
    }
    company = Company(
        name=name,
        name_norm=norm,
        name_sort=pinyin_key(name),
        credit_code=code,
        created_by=actor.id,
        updated_by=actor.id,
        **values,
    )
    s.add(company)
    s.flush()
    audit.created(
        s, actor.id, "company", stored_id(company), {"name": name, "credit_code": code, **values}
    )
    return company, True


def added_designations(company: Company, clean: dict[str, Any]) -> dict[str, Any]:
    """Designations a new project's input gives a company it finds already known: only what
    is added (a flag ticked, a level or exchange where none was); a new project never takes
    a designation away (that is an edit of the company's projects)."""
    out: dict[str, Any] = {}
    for name in DESIGNATIONS:
        column, value = COMPANY_FIELDS[name], clean.get(name)
        if value not in (None, False, "") and getattr(company, column) in (None, False, ""):
            out[column] = value
    return out


def insert_lead(
    s: Session,
    store: Store,
    actor: Actor,
    clean: dict[str, Any],
    *,
    duplicate_reason: str | None = None,
    import_batch_id: int | None = None,
    import_row: int | None = None,
) -> tuple[Lead, Company]:
    """Write one validated lead in the caller's transaction (the one place a lead is created
    one by one; the importer's bulk writer checks the same rule per row)."""
    actor = P.current(s, actor)
    owner = clean.get("owner") or actor.id
    P.require(
        P.create_lead(actor, clean.get("city"), owner, reference(store).user_city(owner)),
        actor,
        "create_lead",
        "lead",
    )
    company, new_company = _resolve_company(s, clean, actor)
    if not new_company:
        live = s.exec(
            select(col(Lead.id)).where(
                col(Lead.company_id) == stored_id(company), col(Lead.deleted_at).is_(None)
            )
        ).first()
        if live is not None and not duplicate_reason:
            # late: the fuzzy matcher (rapidfuzz) loads only when a duplicate is possible,
            # never before the window's first frame (crm.ui.startup.LATER_LIBRARIES)
            from crm.leads.dedup import duplicate_message, find_duplicates

            report = find_duplicates(
                store,
                actor,
                name=clean["company_name"],
                credit_code=clean.get("credit_code"),
                session=s,
                similar=False,
            )
            raise DuplicateError(duplicate_message(report), report)
    values = {F.column_of(k): v for k, v in clean.items() if not F.FIELDS_BY_NAME[k].company}
    values.setdefault("owner_id", actor.id)
    values.update(new_lead(values))
    lead = Lead(
        company_id=stored_id(company),
        created_by=actor.id,
        updated_by=actor.id,
        import_batch_id=import_batch_id,
        import_row=import_row,
        **values,
    )
    s.add(lead)
    s.flush()
    record_arrival(s, actor, lead)
    record = dict(values, company_id=stored_id(company))
    if duplicate_reason:
        record["duplicate_reason"] = duplicate_reason
    audit.created(s, actor.id, "lead", stored_id(lead), record)
    return lead, company


def create_lead(
    store: Store,
    actor: Actor,
    data: dict[str, Any],
    *,
    duplicate_reason: str | None = None,
    today: date | None = None,
) -> SaveResult:
    """Validate and create a lead (and its company if new) in one transaction."""
    ref = reference(store)
    clean = clean_lead(ref, data, today=today)
    reason = clean_text(duplicate_reason, 200)
    with store.write() as s:
        lead, company = insert_lead(s, store, actor, clean, duplicate_reason=reason)
        search.reindex(s.connection(), [stored_id(lead)])
        changed = {k: (None, v) for k, v in clean.items() if v not in (None, "", False)}
    _forget_names(store)
    return SaveResult(
        stored_id(lead),
        lead.version,
        stored_id(company),
        changed,
        lead_changed(stored_id(lead), companies=True),
    )


def update_lead(
    store: Store,
    actor: Actor,
    lead_id: int,
    data: dict[str, Any],
    *,
    expected_version: int | None = None,
    transfer_reason: str | None = None,
    base: dict[str, Any] | None = None,
) -> SaveResult:
    """Apply the given fields; only what differs is written (and audited). A new city is a
    hand-over (流转): a manager's step with ``transfer_reason``. With ``expected_version``
    and the values the form started from (``base``), a save after someone else's merges
    the fields only one of them changed (crm.leads.edit._merged)."""
    ref = reference(store)
    try:
        with store.write() as s:
            result = apply_update(
                s,
                ref,
                actor,
                lead_id,
                data,
                expected_version=expected_version,
                transfer_reason=clean_text(transfer_reason, 200),
                base=base,
            )
    except StaleDataError:
        raise ConflictError("lead", lead_id) from None
    if {"company_name", "credit_code"} & result.changed.keys():
        _forget_names(store)
    return result


def apply_update(
    s: Session,
    ref: ReferenceData,
    actor: Actor,
    lead_id: int,
    data: dict[str, Any],
    *,
    expected_version: int | None = None,
    reindex: bool = True,
    transfer_reason: str | None = None,
    base: dict[str, Any] | None = None,
) -> SaveResult:
    """update_lead in the caller's transaction (the importer batches these). With
    ``reindex=False`` the caller rebuilds the search documents of the leads it touched."""
    lead, company = _load(s, lead_id)
    actor = P.current(s, actor)
    P.require(P.edit_lead(actor, lead.owner_id, lead.city_id), actor, "edit_lead", "lead", lead_id)
    current = lead_values(lead, company)
    clean = clean_lead(ref, data, current=current)
    if expected_version is not None and lead.version != expected_version:
        clean = _merged(lead, current, clean, base)
    changed = {k: (current[k], v) for k, v in clean.items() if current[k] != v}
    if not changed:
        return SaveResult(stored_id(lead), lead.version, stored_id(company), {}, Changes())
    _check_handover(ref, actor, lead, changed, transfer_reason)
    _apply_company(s, ref, actor, company, changed, lead_id)
    for name, (_old, new) in changed.items():
        if not F.FIELDS_BY_NAME[name].company:
            setattr(lead, F.column_of(name), new)
    lead.updated_by, lead.updated_at = actor.id, utcnow()
    s.flush()
    audit.updated(
        s,
        actor.id,
        "lead",
        stored_id(lead),
        {F.column_of(k): v for k, v in changed.items() if not F.FIELDS_BY_NAME[k].company},
    )
    if "city" in changed:
        audit.record(
            s, actor.id, "lead", stored_id(lead), "transfer", "reason", None, transfer_reason
        )
    if reindex and SEARCHED & changed.keys():
        ids = s.exec(select(col(Lead.id)).where(col(Lead.company_id) == stored_id(company))).all()
        search.reindex(s.connection(), {i for i in ids if i is not None} | {stored_id(lead)})
    return SaveResult(
        lead_id,
        lead.version,
        stored_id(company),
        changed,
        lead_changed(lead_id, companies=bool(COMPANY_FIELDS.keys() & changed.keys())),
    )


def transfer_lead(
    store: Store,
    actor: Actor,
    lead_id: int,
    city: object,
    reason: str,
    *,
    owner: object = None,
    expected_version: int | None = None,
) -> SaveResult:
    """Hand a lead to another city (流转), and to a person there if given: a manager's step,
    with the reason in the audit log."""
    data: dict[str, Any] = {"city": city}
    if owner is not None:
        data["owner"] = owner
    return update_lead(
        store, actor, lead_id, data, expected_version=expected_version, transfer_reason=reason
    )


def _merged(
    lead: Lead, current: dict[str, Any], clean: dict[str, Any], base: dict[str, Any] | None
) -> dict[str, Any]:
    """Someone saved the lead since this person opened it. With the values the form started
    from (``base``), a field changed by only one of the two merges without asking: this
    person's change is kept where the stored value is still the starting one, the other's
    where this person left it as it was. Fields both changed, to different values, are a
    conflict the person decides; without ``base`` any save is."""
    if base is None:
        raise ConflictError("lead", stored_id(lead), version=lead.version)
    clashes = []
    out = {}
    for name, mine in clean.items():
        start, stored = base.get(name, current[name]), current[name]
        if mine in (start, stored):
            continue  # this person did not change it, or both made the same change
        if stored == start:
            out[name] = mine  # only this person changed it
        else:
            clashes.append(FieldConflict(name, start, stored, mine))
    if clashes:
        raise ConflictError("lead", stored_id(lead), tuple(clashes), lead.version)
    return out


def _check_handover(
    ref: ReferenceData,
    actor: Actor,
    lead: Lead,
    changed: dict[str, Any],
    transfer_reason: str | None,
) -> None:
    """Giving a lead to another person or city is a manager's explicit step (流转 with a
    reason), never a side effect of an edit."""
    if "owner" in changed:
        owner = ref.user(lead.owner_id)
        someone = owner is not None and owner.username != SYSTEM_USERNAME
        reason = P.reassign(actor, lead.city_id, someone, changed["owner"][1])
        P.require(reason, actor, "reassign", "lead", stored_id(lead))
    if "city" in changed:
        P.require(P.manage_lead(actor, lead.city_id), actor, "transfer", "lead", stored_id(lead))
        if not transfer_reason:
            raise ValidationError(
                [
                    FieldError(
                        "city",
                        F.label("city"),
                        QT_TRANSLATE_NOOP(
                            "Errors", "handing a lead to another city needs a reason"
                        ),
                    )
                ]
            )


def _apply_company(
    s: Session,
    ref: ReferenceData,
    actor: Actor,
    company: Company,
    changed: dict[str, tuple[Any, Any]],
    lead_id: int,
) -> None:
    company_changes = {COMPANY_FIELDS[k]: v for k, v in changed.items() if k in COMPANY_FIELDS}
    if not company_changes:
        return
    if "credit_code" in company_changes and company_changes["credit_code"][1]:
        other = s.exec(
            select(Company).where(
                col(Company.credit_code) == company_changes["credit_code"][1],
                col(Company.id) != stored_id(company),
            )
        ).first()
        if other is not None:
            raise ValidationError(
                [
                    FieldError(
                        "credit_code",
                        F.label("credit_code"),
                        QT_TRANSLATE_NOOP("Errors", "already belongs to {company}").format(
                            company=other.name
                        ),
                    )
                ]
            )
    for column, (_old, new) in company_changes.items():
        setattr(company, column, new)
    if "name" in company_changes:
        company.name_norm = normalise_company_name(company.name)
        company.name_sort = pinyin_key(company.name)
    company.updated_by, company.updated_at = actor.id, utcnow()
    audit.updated(s, actor.id, "company", stored_id(company), company_changes)


def _load(s: Session, lead_id: int) -> tuple[Lead, Company]:
    lead = s.get(Lead, lead_id)
    if lead is None:
        raise _not_found(lead_id)
    company = s.get(Company, lead.company_id)
    if company is None:  # the foreign key keeps it: a damaged store
        raise RuntimeError(f"lead {lead_id} names company {lead.company_id}, which is missing")
    return lead, company


def delete_lead(
    store: Store, actor: Actor, lead_id: int, *, expected_version: int | None = None
) -> SaveResult:
    """Soft delete: the lead leaves every list and report, and can be restored."""
    return _set_deleted(store, actor, lead_id, expected_version, deleted=True)


def restore_lead(
    store: Store, actor: Actor, lead_id: int, *, expected_version: int | None = None
) -> SaveResult:
    return _set_deleted(store, actor, lead_id, expected_version, deleted=False)


def _set_deleted(
    store: Store, actor: Actor, lead_id: int, expected_version: int | None, *, deleted: bool
) -> SaveResult:
    with store.write() as s:
        lead, company = _load(s, lead_id)
        if expected_version is not None and lead.version != expected_version:
            raise ConflictError("lead", lead_id)
        if (lead.deleted_at is not None) == deleted:
            return SaveResult(stored_id(lead), lead.version, stored_id(company), {}, Changes())
        actor = P.current(s, actor)
        if deleted:
            reason = P.edit_lead(actor, lead.owner_id, lead.city_id)
        else:
            reason = P.restore_lead(actor, lead.city_id, lead.deleted_by)
        P.require(reason, actor, "delete_lead" if deleted else "restore_lead", "lead", lead_id)
        old = lead.deleted_at
        lead.deleted_at = utcnow() if deleted else None
        lead.deleted_by = actor.id if deleted else None
        lead.updated_by, lead.updated_at = actor.id, utcnow()
        s.flush()
        audit.record(
            s,
            actor.id,
            "lead",
            stored_id(lead),
            "delete" if deleted else "restore",
            "deleted_at",
            old,
            lead.deleted_at,
        )
        version = lead.version
    _forget_names(store)
    return SaveResult(lead_id, version, stored_id(company), {}, lead_changed(lead_id))


def get_lead(store: Store, actor: Actor, lead_id: int) -> LeadDetail:
    """One lead for its form and detail page, masked as the actor may see it."""
    with store.read() as s:
        lead, company = _load(s, lead_id)
        values = lead_values(lead, company)
        masked = lead.confidential and not sees_confidential(actor, lead.city_id)
        visible = sees_contacts(actor, lead.owner_id, lead.city_id)
        contacts = list(
            s.exec(select(Contact).where(col(Contact.lead_id) == lead_id).order_by(col(Contact.id)))
        )
    if masked:
        for name in (
            "company_name",
            "credit_code",
            "project_name",
            "notes",
            "origin",
            "listed_where",
        ):
            values[name] = None
    on_request = visible and contacts_on_request(actor, lead.owner_id, lead.city_id)
    if not visible or on_request:
        contacts = [masked_copy(c) for c in contacts]
    return LeadDetail(
        stored_id(lead),
        lead.version,
        lead.company_id,
        values,
        masked,
        visible,
        contacts,
        lead.created_at,
        lead.created_by,
        lead.updated_at,
        lead.updated_by,
        lead.deleted_at is not None,
        lead.first_signed_on,
        lead.last_activity_on,
        lead.lost_at_stage,
        on_request,
    )


def _forget_names(store: Store) -> None:
    store.cache.pop("company_names", None)
