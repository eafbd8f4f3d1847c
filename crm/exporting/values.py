"""Cell values of one exported lead, as the exporter may see them.

How each column reads is decided once (reference ids → labels in the chosen language, users
→ names, yes/no flags → 是/否) and compiled into one function of a row, applied to every row
of the streamed query: the per-row work is one call, its cells inline expressions. Masking follows crm.accounts.permissions: a confidential project
of another city shows its codename only; contacts are masked for those who may not see them.
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, date, datetime

from crm import fields as F
from crm.accounts.permissions import mask_phone, mask_text, sees_confidential, sees_contacts
from crm.accounts.users import Actor
from crm.db.models import Lead
from crm.db.store import Store
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leads.edit import COMPANY_FIELDS
from crm.pipeline.followup import FollowupState
from crm.pipeline.followup import label as followup_label
from crm.pipeline.followup import state as followup_state
from crm.reference import reference
from crm.team_settings import followup_thresholds

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


#: the local zone when it never changes its offset (no summer time, as in China): converting
#: to it is much cheaper than asking the system for each instant
_FIXED_ZONE = None if time.daylight else datetime.now().astimezone().tzinfo


def _local(value: datetime | None) -> datetime | None:
    """Excel has no time zones: instants are written in local time."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(_FIXED_ZONE).replace(tzinfo=None)


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
        #: the cells of one row of the streamed query, as the exporter may see them
        self.row = self._compile()

    def contacts_from(self, rows) -> None:
        """The first contact of every lead (the query is ordered by lead, then contact id)."""
        for lead_id, *values in rows:
            self.contacts.setdefault(lead_id, tuple(values))

    def _expr(self, key: str) -> str:
        """The cell's value as a Python expression of the row ``r`` and ``m`` (the project is
        masked), over the names ``_names`` binds: positions only, never data."""
        if key == "id":
            return f"r[{POS['id']}]"
        if key in _CONTACT_POS:
            return "None"  # filled from the contact below
        if key in ("investment_intensity", "tax_intensity"):
            a = POS["agreed_investment" if key == "investment_intensity" else "expected_tax"]
            b = POS["land_supplied_mu"]
            return f"(round(r[{a}] / r[{b}], 2) if r[{a}] is not None and r[{b}] else None)"
        if key == "followup":
            return f"FN[FS(r[{POS['next_followup']}], r[{POS['stage']}], TODAY, TH)]"
        if key in ("created_at", "updated_at"):
            return f"LOCAL(r[{POS[key]}])"
        if key in ("first_signed_on", "last_activity_on"):
            return f"r[{POS[key]}]"
        spec = F.FIELDS_BY_NAME[key]
        p = POS[F.column_of(key)] if not spec.company else POS[key]
        if key in ("company_name", "project_name"):
            return f"((r[{POS['codename']}] or '***') if m else r[{p}])"
        if key in MASKED:
            return f"(None if m else r[{p}])"
        if spec.kind == F.REF and spec.ref_kind == "stage":
            return f"ST.get(r[{p}], r[{p}])"
        if spec.kind == F.REF:
            return f"LB.get(r[{p}])"
        if spec.kind == F.USER:
            return f"US.get(r[{p}])"
        if spec.kind == F.BOOL:
            return f"(YES if r[{p}] else NO)"
        return f"r[{p}]"

    def _compile(self):
        """One function computing a whole row: its cells are inline expressions, not a call
        each (61 columns × 100,000 rows made the calls a third of an export's time)."""
        conf, city, owner = POS["confidential"], POS["city_id"], POS["owner_id"]
        cells = ", ".join(self._expr(k) for k in self.keys)
        code = [
            "def row(r):",
            f"    m = bool(r[{conf}]) and not SEES(A, r[{city}])",
            "    if m:",
            "        V.redacted += 1",
            f"    out = [{cells}]",
        ]
        contact = [(i, _CONTACT_POS[k], k) for i, k in enumerate(self.keys) if k in _CONTACT_POS]
        if contact:
            code += [
                f"    c = CT.get(r[{POS['id']}])",
                "    if c is not None:",
                f"        if SEES_CT(A, r[{owner}], r[{city}]):",
                *(f"            out[{i}] = c[{j}]" for i, j, _k in contact),
                "        else:",
                "            V.masked_contacts += 1",
                *(f"            out[{i}] = MASK_{k}(c[{j}])" for i, j, k in contact),
            ]
        code.append("    return out")
        names = {
            "SEES": sees_confidential, "SEES_CT": sees_contacts, "A": self.actor, "V": self,
            "CT": self.contacts, "FS": followup_state, "TODAY": self.today, "TH": self.th,
            "FN": {st: followup_label(st, self.th).render(self.lang) for st in FollowupState},
            "LOCAL": _local, "ST": self._stages, "LB": self._labels, "US": self._users,
            "YES": self._yes, "NO": self._no, "round": round, "bool": bool,
            **{f"MASK_{k}": fn for k, fn in _CONTACT_MASK.items()},
        }  # fmt: skip
        exec("\n".join(code), names)  # noqa: S102 - positions and names only, no data
        return names["row"]
