"""Cell values of one exported lead, as the exporter may see them.

One getter per column is built once (reference ids → labels in the chosen language, users →
names, yes/no flags → 是/否), then applied to every row of the streamed query, so the
per-row work is a list comprehension. Masking follows crm.permissions: a confidential project
of another city shows its codename only; contacts are masked for those who may not see them.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from typing import Any

from crm import fields as F
from crm.db.models import Lead
from crm.db.store import Store
from crm.followup import FollowupState
from crm.followup import label as followup_label
from crm.followup import state as followup_state
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leads import COMPANY_FIELDS
from crm.permissions import mask_phone, mask_text, sees_confidential, sees_contacts
from crm.reference import reference
from crm.team_settings import followup_thresholds
from crm.users import Actor

_LEAD = [c.name for c in Lead.__table__.columns if c.name != "deleted_by"]
POS = {name: i for i, name in enumerate(_LEAD)}
#: the company's fields, read after the lead's columns (crm.exporting.leads.SELECTED)
COMPANY_KEYS = tuple(COMPANY_FIELDS)
POS.update({key: len(_LEAD) + i for i, key in enumerate(COMPANY_KEYS)})
MASKED = {"company_name", "project_name", "credit_code", "origin", "notes", "listed_where"}
_CONTACT_POS = {"contact_name": 0, "contact_title": 1, "mobile": 2, "email": 3, "wechat": 4}
_CONTACT_MASK = {
    "contact_name": mask_text,
    "mobile": mask_phone,
    "email": mask_text,
    "wechat": mask_text,
    "contact_title": lambda v: v,
}


def _local(value: datetime | None) -> datetime | None:
    """Excel has no time zones: instants are written in local time."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().replace(tzinfo=None)


class RowValues:
    def __init__(self, store: Store, actor: Actor, specs, lang: str, today: date):
        self.actor, self.lang, self.today = actor, lang, today
        self.ref = reference(store)
        self.th = followup_thresholds(store)
        self.keys = [c.key for c in specs]
        self.contacts: dict[int, tuple] = {}
        self.masked_contacts = 0
        self.redacted = 0
        self._yes = QT_TRANSLATE_NOOP("Export", "Yes").render(lang)
        self._no = QT_TRANSLATE_NOOP("Export", "No").render(lang)
        labels = {i.id: i.label(lang) for i in self.ref.items.values()}
        self._labels = labels
        self._stages = {i.code: i.label(lang) for i in self.ref.kind("stage", active_only=False)}
        counts = Counter(u.display_name for u in self.ref.users.values())
        self._users = {
            u.id: (u.username if counts[u.display_name] > 1 else u.display_name)
            for u in self.ref.users.values()
        }
        self._getters = [self._getter(k) for k in self.keys]
        self._needs_contacts = any(k in _CONTACT_POS for k in self.keys)

    def contacts_from(self, rows) -> None:
        """The first contact of every lead (the query is ordered by lead, then contact id)."""
        for lead_id, *values in rows:
            self.contacts.setdefault(lead_id, tuple(values))

    def _getter(self, key: str):
        if key == "id":
            return lambda r, m: r[POS["id"]]
        if key in _CONTACT_POS:
            return None  # filled in row()
        if key in ("investment_intensity", "tax_intensity"):
            num = POS["agreed_investment" if key == "investment_intensity" else "expected_tax"]
            land = POS["land_supplied_mu"]
            return lambda r, m: (
                round(r[num] / r[land], 2) if r[num] is not None and r[land] else None
            )
        if key == "followup":
            names = {st: followup_label(st, self.th).render(self.lang) for st in FollowupState}
            nf, stage = POS["next_followup"], POS["stage"]
            return lambda r, m: names[followup_state(r[nf], r[stage], self.today, self.th)]
        if key in ("created_at", "updated_at"):
            p = POS[key]
            return lambda r, m: _local(r[p])
        if key in ("first_signed_on", "last_activity_on"):
            p = POS[key]
            return lambda r, m: r[p]
        spec = F.FIELDS_BY_NAME[key]
        p = POS[F.column_of(key)] if not spec.company else POS[key]
        if key in ("company_name", "project_name"):
            codename = POS["codename"]
            return lambda r, m: (r[codename] or "***") if m else r[p]
        if key in MASKED:
            return lambda r, m: None if m else r[p]
        if spec.kind == F.REF and spec.ref_kind == "stage":
            return lambda r, m: self._stages.get(r[p], r[p])
        if spec.kind == F.REF:
            labels = self._labels
            return lambda r, m: labels.get(r[p]) if r[p] is not None else None
        if spec.kind == F.USER:
            return lambda r, m: self._users.get(r[p])
        if spec.kind == F.BOOL:
            yes, no = self._yes, self._no
            return lambda r, m: yes if r[p] else no
        return lambda r, m: r[p]

    def row(self, r) -> list[Any]:
        masked = bool(r[POS["confidential"]]) and not sees_confidential(
            self.actor, r[POS["city_id"]]
        )
        if masked:
            self.redacted += 1
        out = [g(r, masked) if g is not None else None for g in self._getters]
        if self._needs_contacts:
            contact = self.contacts.get(r[POS["id"]])
            if contact is not None:
                visible = sees_contacts(self.actor, r[POS["owner_id"]], r[POS["city_id"]])
                if not visible:
                    self.masked_contacts += 1
                for i, key in enumerate(self.keys):
                    if key in _CONTACT_POS:
                        v = contact[_CONTACT_POS[key]]
                        out[i] = v if visible else _CONTACT_MASK[key](v)
        return out
