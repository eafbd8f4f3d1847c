"""Cell values of one exported lead, as the exporter may see them.

How each column reads is decided once, from the column registry (reference ids → labels in
the chosen language, users → names, yes/no flags → 是/否, the first contact, local times) and
compiled into one function of a row of the export's query that returns the row's record for
the writer (a dict keyed by the sheet's headers, built in one step): the per-row work is one
call, its cells inline expressions and dict lookups. The query reads only the columns the
chosen export columns need, as the database driver gives them (no per-value conversion by
SQLAlchemy): on SQLite the dates and instants arrive as their stored ISO text and are read
here, inline. Masking follows crm.accounts.permissions: a confidential project of another city shows
its codename only; contacts are masked for those who may not see them.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import Select, func, select, type_coerce
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import NullType
from sqlmodel import SQLModel, col

from crm import fields as F
from crm.accounts.permissions import mask_phone, mask_text, sees_confidential, sees_contacts
from crm.accounts.users import Actor
from crm.db.models import Lead
from crm.db.store import Store
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leadlist.columns import LeadColumn
from crm.leads.edit import COMPANY_FIELDS
from crm.pipeline.followup import FollowupState
from crm.pipeline.followup import label as followup_label
from crm.pipeline.followup import state as followup_state
from crm.reference import reference
from crm.team_settings import followup_thresholds

MASKED = {"company_name", "project_name", "credit_code", "origin", "notes", "listed_where"}
#: the contact columns and the contact's attribute each reads (the lead's first contact)
CONTACT_COLUMNS = {
    "contact_name": "name",
    "contact_title": "title",
    "mobile": "mobile",
    "email": "email",
    "wechat": "wechat",
}
_CONTACT_MASK = {
    "contact_name": mask_text,
    "mobile": mask_phone,
    "email": mask_text,
    "wechat": mask_text,
    "contact_title": lambda v: v,
}
# the tables (SQLModel's classes do not declare their __table__)
_LEAD_TABLE, _COMPANY_TABLE, _CONTACT = (
    SQLModel.metadata.tables[name] for name in ("lead", "company", "contact")
)
#: the compiled row function: a row of the query → the sheet's record
RowFunction = Callable[[Sequence[Any]], dict[str, Any]]


def first_contacts(conds: list[ColumnElement[bool]]) -> Select[*tuple[Any, ...]]:
    """Each exported lead's first contact (the lowest id), in one grouped query: read into a
    dict before the rows (a join of the same per row cost twice as much on SQLite)."""
    first = (
        select(func.min(_CONTACT.c.id))
        .where(_CONTACT.c.lead_id.in_(select(col(Lead.id)).where(*conds)))
        .group_by(_CONTACT.c.lead_id)
    )
    return select(
        *(
            type_coerce(c, NullType())
            for c in (_CONTACT.c.lead_id, *(_CONTACT.c[n] for n in CONTACT_COLUMNS.values()))
        )
    ).where(_CONTACT.c.id.in_(first))


#: the local zone when it never changes its offset (no summer time, as in China): an instant
#: is then its UTC reading plus the offset, much cheaper than asking the system for each one
_FIXED_ZONE = None if time.daylight else datetime.now().astimezone().tzinfo
_FIXED_OFFSET = None if _FIXED_ZONE is None else _FIXED_ZONE.utcoffset(None)


def _local(value: datetime | str | None) -> datetime | None:
    """Excel has no time zones: instants are written in local time (a stored UTC text or an
    aware or naive-UTC datetime)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(_FIXED_ZONE).replace(tzinfo=None)


class RowValues:
    """The export's query columns and the compiled row function for ``specs``."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        specs: Sequence[LeadColumn],
        lang: str,
        today: date,
        *,
        text_dates: bool,
    ) -> None:
        self.actor, self.lang, self.today = actor, lang, today
        #: the driver gives dates and instants as their stored text (SQLite)
        self.text_dates = text_dates
        self.ref = reference(store)
        self.th = followup_thresholds(store)
        self.keys = [c.key for c in specs]
        self.masked_contacts = 0
        self.redacted = 0
        self._yes = QT_TRANSLATE_NOOP("Export", "Yes").render(lang)
        self._no = QT_TRANSLATE_NOOP("Export", "No").render(lang)
        self._labels = {i.id: i.label(lang) for i in self.ref.items.values()}
        self._stages = {i.code: i.label(lang) for i in self.ref.kind("stage", active_only=False)}
        counts = Counter(u.display_name for u in self.ref.users.values())
        self._users = {
            u.id: (u.username if counts[u.display_name] > 1 else u.display_name)
            for u in self.ref.users.values()
        }
        #: the query's columns, in the order the row function reads them
        self._sources: list[tuple[str, str]] = []
        self.contacts = any(k in CONTACT_COLUMNS for k in self.keys)
        #: lead id → its first contact's values (first_contacts), read before the rows
        self.first_contact: dict[int, tuple[Any, ...]] = {}
        self.row: RowFunction | None = None

    # -- the query's columns
    def _at(self, table: str, name: str) -> str:
        """``r[i]``: the query column ``table.name``, added to the query on first need."""
        source = (table, name)
        if source not in self._sources:
            self._sources.append(source)
        return f"r[{self._sources.index(source)}]"

    def columns(self) -> list[ColumnElement[Any]]:
        """The query's columns, as the driver gives them (no SQLAlchemy type conversion)."""
        tables = {"lead": _LEAD_TABLE.c, "company": _COMPANY_TABLE.c}
        return [type_coerce(tables[t][n], NullType()) for t, n in self._sources]

    # -- the cells
    def _day(self, cell: str) -> str:
        return f"({cell} and DAY({cell}))" if self.text_dates else cell

    def _instant(self, cell: str) -> str:
        if self.text_dates and _FIXED_OFFSET is not None:
            return f"({cell} and FROMISO({cell}) + OFFSET)"
        return f"LOCAL({cell})"

    def _expr(self, key: str) -> str:
        """The cell's value as a Python expression of the row ``r``, ``m`` (the project is
        masked) and ``c`` (the contact as the exporter may see it), over the names
        ``compile`` binds: positions and names only, never data."""
        lead = partial(self._at, "lead")
        if key == "id":
            return lead("id")
        if key in CONTACT_COLUMNS:
            return f"c[{list(CONTACT_COLUMNS).index(key)}]"
        if key in ("investment_intensity", "tax_intensity"):
            a = lead("agreed_investment" if key == "investment_intensity" else "expected_tax")
            b = lead("land_supplied_mu")
            return f"(round({a} / {b}, 2) if {a} is not None and {b} else None)"
        if key == "followup":
            return f"FN[FS({self._day(lead('next_followup'))}, {lead('stage')}, TODAY, TH)]"
        if key in ("created_at", "updated_at"):
            return self._instant(lead(key))
        if key in ("first_signed_on", "last_activity_on"):
            return self._day(lead(key))
        spec = F.FIELDS_BY_NAME[key]
        cell = self._at("company", COMPANY_FIELDS[key]) if spec.company else lead(F.column_of(key))
        if key in ("company_name", "project_name"):
            return f"(({lead('codename')} or '***') if m else {cell})"
        if key in MASKED:
            return f"(None if m else {cell})"
        if spec.kind == F.REF and spec.ref_kind == "stage":
            return f"ST.get({cell}, {cell})"
        if spec.kind == F.REF:
            return f"LB.get({cell})"
        if spec.kind == F.USER:
            return f"US.get({cell})"
        if spec.kind == F.BOOL:
            return f"(YES if {cell} else NO)"
        if spec.kind == F.DATE:
            return self._day(cell)
        return cell

    def compile(self, keys: list[str]) -> RowFunction:
        """The row function: a row of the query → the record of the sheet, keyed by ``keys``
        (the sheet's headers). One function whose cells are inline expressions, not a call
        each (61 columns × 100,000 rows made the calls a third of an export's time), and whose
        record is one dict display (no list, no zip)."""
        lead = partial(self._at, "lead")
        conf, city = lead("confidential"), lead("city_id")
        cells = [self._expr(k) for k in self.keys]
        code = ["def row(r):", f"    m = bool({conf}) and not SEES(A, {city})", "    if m:",
                "        V.redacted += 1"]  # fmt: skip
        if self.contacts:
            code += [
                f"    c = CT.get({lead('id')}, NO_CONTACT)",
                f"    if c is not NO_CONTACT and not SEES_CT(A, {lead('owner_id')}, {city}):",
                "        V.masked_contacts += 1",
                "        c = (" + ", ".join(f"MASK_{k}(c[{i}])" for i, k in enumerate(CONTACT_COLUMNS)) + ")",
            ]  # fmt: skip
        # the keys are the sheet's headers, written as string literals (repr) so that the
        # record is built by one instruction
        pairs = ", ".join(f"{k!r}: {v}" for k, v in zip(keys, cells, strict=True))
        code.append(f"    return {{{pairs}}}")
        names: dict[str, Any] = {
            "SEES": sees_confidential, "SEES_CT": sees_contacts, "A": self.actor, "V": self,
            "FS": followup_state, "TODAY": self.today, "TH": self.th,
            "FN": {st: followup_label(st, self.th).render(self.lang) for st in FollowupState},
            "LOCAL": _local, "DAY": date.fromisoformat, "FROMISO": datetime.fromisoformat,
            "OFFSET": _FIXED_OFFSET or timedelta(0), "ST": self._stages, "LB": self._labels,
            "US": self._users, "YES": self._yes, "NO": self._no, "round": round, "bool": bool,
            "NO_CONTACT": (None,) * len(CONTACT_COLUMNS), "CT": self.first_contact,
            **{f"MASK_{k}": fn for k, fn in _CONTACT_MASK.items()},
        }  # fmt: skip
        exec("\n".join(code), names)  # noqa: S102 - positions, names and headers only, no data
        row: RowFunction = names["row"]
        self.row = row
        return row
