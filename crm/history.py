"""Reading the audit trail: a lead's history (who, when, field, old → new, in the reader's
language, masked as the reader may see it) and the audit log itself for managers and
administrators, filtered by person, lead, action and day, and exportable to Excel.

A person's entries keep their name after they are disabled: names come from every user,
active or not.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlmodel import Session, col

from crm import audit
from crm import fields as F
from crm.accounts import permissions as P
from crm.accounts.users import Actor
from crm.db.ids import stored_id
from crm.db.models import Activity, AuditLog, Lead, User
from crm.db.store import Store
from crm.errors import NotFound, UserError
from crm.exporting import xlsx
from crm.i18n import QT_TRANSLATE_NOOP, Message, current_language, stored_message
from crm.reference import ReferenceData, reference
from crm.values.amounts import format_amount, format_number

ACTIONS: dict[str, Message] = {
    "create": QT_TRANSLATE_NOOP("History", "created"),
    "update": QT_TRANSLATE_NOOP("History", "changed"),
    "stage": QT_TRANSLATE_NOOP("History", "stage moved"),
    "reopen": QT_TRANSLATE_NOOP("History", "reopened"),
    "undo": QT_TRANSLATE_NOOP("History", "undone"),
    "delete": QT_TRANSLATE_NOOP("History", "deleted"),
    "restore": QT_TRANSLATE_NOOP("History", "restored"),
    "handover": QT_TRANSLATE_NOOP("History", "handed over"),
    "transfer": QT_TRANSLATE_NOOP("History", "handed to another city"),
    "import": QT_TRANSLATE_NOOP("History", "imported"),
    "refused": QT_TRANSLATE_NOOP("History", "refused"),
    "export": QT_TRANSLATE_NOOP("History", "exported"),
    "reveal": QT_TRANSLATE_NOOP("History", "contact shown"),
    "sign_in": QT_TRANSLATE_NOOP("History", "signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("History", "sign-in failed"),
    "disable": QT_TRANSLATE_NOOP("History", "disabled"),
    "enable": QT_TRANSLATE_NOOP("History", "enabled"),
    "password": QT_TRANSLATE_NOOP("History", "password set"),
    "role": QT_TRANSLATE_NOOP("History", "role changed"),
    "close": QT_TRANSLATE_NOOP("History", "week closed"),
    "retire": QT_TRANSLATE_NOOP("History", "retired"),
    "order": QT_TRANSLATE_NOOP("History", "reordered"),
}
#: what an export row's field names (crm.audit.exported's ``what``)
EXPORTS: dict[str, Message] = {
    "leads": QT_TRANSLATE_NOOP("History", "lead list"),
    "audit_log": QT_TRANSLATE_NOOP("History", "audit log"),
}
_COLUMN_FIELD = {column: name for name, column in F.ID_COLUMNS.items()} | {"name": "company_name"}
_MASKED_FIELDS = {"company_name", "name", "project_name", "notes", "credit_code", "origin"}
PAGE = 200


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime
    user_id: int | None
    who: str
    entity: str
    entity_id: int
    action: str
    field: str | None
    old: str
    new: str

    def action_label(self, lang: str | None = None) -> str:
        label = ACTIONS.get(self.action)
        return label.render(lang) if label else self.action

    def field_label(self, lang: str | None = None) -> str:
        if not self.field or self.action == "refused":  # its message says what was tried
            return ""
        if self.action == "export":
            what = EXPORTS.get(self.field)
            return what.render(lang) if what else self.field
        return F.label(_COLUMN_FIELD.get(self.field, self.field)).render(lang)


@dataclass(frozen=True)
class AuditFilter:
    user_id: int | None = None
    lead_id: int | None = None
    action: str | None = None
    day_from: date | None = None
    day_to: date | None = None


@dataclass(frozen=True)
class AuditPage:
    entries: list[Entry]
    total: int


class _Shown:
    """Old and new values in the reader's language: ids as names, stages and flags as words,
    a snapshot of a new record as its fields."""

    def __init__(self, ref: ReferenceData, names: dict[int, str], lang: str):
        self.ref, self.names, self.lang = ref, names, lang
        self.yes = QT_TRANSLATE_NOOP("History", "yes").render(lang)
        self.no = QT_TRANSLATE_NOOP("History", "no").render(lang)

    def value(
        self, field: str | None, raw: str | None, masked: bool, action: str | None = None
    ) -> str:
        if raw is None:
            return ""
        if action == "refused":  # why, in the reader's language (older rows: English text)
            said = stored_message(raw)
            return said.render(self.lang) if said else raw
        if action == "export":
            return self._export(raw)
        name = _COLUMN_FIELD.get(field or "", field or "")
        if masked and name in _MASKED_FIELDS:
            return "***"
        if raw.startswith("{") and field is None:
            return self._record(raw, masked)
        spec = F.FIELDS_BY_NAME.get(name)
        if name in ("owner", "user_id", "owner_id") or (spec and spec.kind == F.USER):
            return self._user(raw)
        if name == "stage" or field in ("furthest_stage", "lost_at_stage"):
            return self.ref.stage_label(raw, self.lang)
        if spec is not None and spec.kind == F.REF:
            return self._label(raw)
        if spec is not None and spec.kind == F.BOOL or field in ("active", "is_admin"):
            return self.yes if raw == "1" else self.no if raw == "0" else raw
        if spec is not None and spec.kind in (F.AMOUNT, F.NUMBER, F.INT):
            return self._number(spec, raw)
        if name == "value":  # a target's figure: 37, not 37.0
            return self._plain_number(raw)
        return raw

    def _plain_number(self, raw: str) -> str:
        try:
            return format_number(float(raw))
        except ValueError:
            return raw

    def _export(self, raw: str) -> str:
        """An export's detail as a person reads it: how many rows, into which file."""
        try:
            detail = json.loads(raw)
        except ValueError:
            return raw
        if not isinstance(detail, dict):
            return raw
        text = (
            QT_TRANSLATE_NOOP("History", "{rows} rows")
            .format(rows=format_number(float(detail.get("rows") or 0)))
            .render(self.lang)
        )
        file = detail.get("file")
        return f"{text} → {file}" if file else text

    def _number(self, spec: F.FieldSpec, raw: str) -> str:
        """800万元 → 1.20亿元 as amounts read everywhere, 15,706 平方米, not 800.0 → 12000.0."""
        try:
            value = float(raw)
        except ValueError:
            return raw
        if spec.kind == F.AMOUNT:
            return format_amount(value, self.lang)
        unit = spec.unit.render(self.lang) if spec.unit else ""
        return f"{format_number(value)} {unit}".strip()

    def _user(self, raw: str) -> str:
        return self.names.get(int(raw), raw) if raw.isdigit() else raw

    def _label(self, raw: str) -> str:
        return self.ref.label(int(raw), self.lang) if raw.isdigit() else raw

    def _record(self, raw: str, masked: bool) -> str:
        try:
            values = json.loads(raw)
        except ValueError:
            return raw
        if not isinstance(values, dict):
            return raw
        parts = []
        for key, value in values.items():
            name = _COLUMN_FIELD.get(str(key), str(key))
            if name not in F.FIELDS_BY_NAME and name not in F.EXTRA_LABELS:
                continue  # bookkeeping (company_id, furthest_stage): no words for a reader
            text = self.value(key, None if value is None else str(value), masked)
            if text:
                parts.append(f"{F.label(name).render(self.lang)}: {text}")
        return "; ".join(parts)


def _names(s: Session) -> dict[int, str]:
    return {uid: name for uid, name in s.execute(select(col(User.id), col(User.display_name)))}


def _entries(
    rows: Iterable[AuditLog], shown: _Shown, names: dict[int, str], masked_ids: set[int]
) -> list[Entry]:
    out: list[Entry] = []
    for r in rows:
        masked = r.entity == "lead" and r.entity_id in masked_ids
        out.append(
            Entry(
                stored_id(r),
                r.at,
                r.user_id,
                names.get(r.user_id, "") if r.user_id is not None else "",
                r.entity,
                r.entity_id,
                r.action,
                r.field,
                shown.value(r.field, r.old, masked, r.action),
                shown.value(r.field, r.new, masked, r.action),
            )
        )
    return out


def lead_history(
    store: Store, actor: Actor, lead_id: int, *, lang: str | None = None
) -> list[Entry]:
    """Everything recorded about one lead, its company and its activities, newest first; a
    confidential project of another city shows no name in its history either."""
    lang = lang or current_language()
    with store.read() as s:
        lead = s.get(Lead, lead_id)
        if lead is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The lead {id} does not exist.").format(id=lead_id)
            )
        masked = lead.confidential and not P.sees_confidential(actor, lead.city_id)
        activities = select(col(Activity.id)).where(col(Activity.lead_id) == lead_id)
        rows = s.execute(
            select(AuditLog)
            .where(
                or_(
                    and_(col(AuditLog.entity) == "lead", col(AuditLog.entity_id) == lead_id),
                    and_(
                        col(AuditLog.entity) == "company",
                        col(AuditLog.entity_id) == lead.company_id,
                    ),
                    and_(
                        col(AuditLog.entity) == "activity", col(AuditLog.entity_id).in_(activities)
                    ),
                ),
                col(AuditLog.action) != "refused",
            )
            .order_by(col(AuditLog.id).desc())
        ).scalars()
        names = _names(s)
        shown = _Shown(reference(store), names, lang)
        out = _entries(rows, shown, names, {lead_id} if masked else set())
    if masked:  # a company's rows name it
        out = [
            e if e.entity != "company" else Entry(**{**e.__dict__, "old": "***", "new": "***"})
            for e in out
        ]
    return out


def _conditions(flt: AuditFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.user_id is not None:
        conds.append(col(AuditLog.user_id) == flt.user_id)
    if flt.lead_id is not None:
        conds += [col(AuditLog.entity) == "lead", col(AuditLog.entity_id) == flt.lead_id]
    if flt.action:
        conds.append(col(AuditLog.action) == flt.action)
    if flt.day_from is not None:
        conds.append(col(AuditLog.at) >= datetime.combine(flt.day_from, time.min, UTC))
    if flt.day_to is not None:
        conds.append(
            col(AuditLog.at) < datetime.combine(flt.day_to + timedelta(days=1), time.min, UTC)
        )
    return conds


def _require_reader(store: Store, actor: Actor) -> Actor:
    with store.read() as s:
        me = P.current(s, actor)
    reason = P.read_audit(me)
    if reason is not None:
        with store.write():
            P.require(reason, me, "read_audit", "audit_log")
    return me


def audit_page(
    store: Store,
    actor: Actor,
    flt: AuditFilter = AuditFilter(),
    *,
    offset: int = 0,
    limit: int = PAGE,
    lang: str | None = None,
) -> AuditPage:
    """One page of the audit log, newest first (managers and administrators)."""
    me = _require_reader(store, actor)
    lang = lang or current_language()
    conds = _conditions(flt)
    with store.read() as s:
        total = s.execute(select(func.count()).select_from(AuditLog).where(*conds)).scalar_one()
        rows = s.execute(
            select(AuditLog)
            .where(*conds)
            .order_by(col(AuditLog.id).desc())
            .offset(offset)
            .limit(limit)
        ).scalars()
        masked = _masked_leads(s, me)
        names = _names(s)
        entries = _entries(rows, _Shown(reference(store), names, lang), names, masked)
    return AuditPage(entries, total)


def _masked_leads(s: Session, me: Actor) -> set[int]:
    if me.privileged:
        return set()
    q = select(col(Lead.id)).where(col(Lead.confidential))
    if me.city_id is not None:
        q = q.where(col(Lead.city_id) != me.city_id)
    return set(s.execute(q).scalars())


def export_audit(
    store: Store, actor: Actor, flt: AuditFilter, path: str | Path, *, lang: str | None = None
) -> int:
    """The filtered audit log as a workbook, or as CSV when ``path`` ends in .csv (its export
    audited in turn); returns the rows."""
    me = _require_reader(store, actor)
    lang = lang or current_language()
    header = [
        m.render(lang)
        for m in (
            QT_TRANSLATE_NOOP("History", "Time"),
            QT_TRANSLATE_NOOP("History", "Person"),
            QT_TRANSLATE_NOOP("History", "Action"),
            QT_TRANSLATE_NOOP("History", "Record"),
            QT_TRANSLATE_NOOP("History", "Record no."),
            QT_TRANSLATE_NOOP("History", "Field"),
            QT_TRANSLATE_NOOP("History", "Old"),
            QT_TRANSLATE_NOOP("History", "New"),
        )
    ]
    rows = []
    offset = 0
    while True:
        page = audit_page(store, me, flt, offset=offset, limit=5000, lang=lang)
        for e in page.entries:
            rows.append(
                [
                    e.at.astimezone().replace(tzinfo=None),
                    e.who,
                    e.action_label(lang),
                    e.entity,
                    e.entity_id,
                    e.field_label(lang),
                    e.old,
                    e.new,
                ]
            )
        offset += 5000
        if offset >= page.total:
            break
    if Path(path).suffix.lower() == ".csv":
        target = _write_csv(Path(path), header, rows)
    else:
        target = _write_xlsx(Path(path), header, rows, lang)
    detail = {k: str(v) for k, v in flt.__dict__.items() if v is not None}
    audit.exported(store, me.id, "audit_log", dict(detail, file=target.name), len(rows))
    return len(rows)


def _write_xlsx(path: Path, header: list[str], rows: list[list[Any]], lang: str) -> Path:
    book = xlsx.Book()
    sheet = book.sheet(QT_TRANSLATE_NOOP("History", "Audit log").render(lang))
    sheet.header(header, widths=[17, 10, 12, 10, 9, 16, 30, 30])
    for row in rows:
        sheet.append(row)
    return book.save(path)


def _csv_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula (= + - @) is written as text."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    """UTF-8 with a byte-order mark (Excel opens Chinese text right), written beside the
    target and moved over it."""
    import csv

    from crm.exporting.xlsx import check_target
    from crm.files import FileFault, atomic_output

    check_target(path)
    try:
        with atomic_output(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f)
            out.writerow(header)
            out.writerows([_csv_cell(v) for v in row] for row in rows)
    except FileFault as exc:
        if isinstance(exc.__cause__, PermissionError):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Export",
                    "{name} cannot be written: it is open in another program or read-only.",
                ).format(name=path.name)
            ) from None
        raise
    return path
