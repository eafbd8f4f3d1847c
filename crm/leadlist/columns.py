"""Every column a table of leads can have, declared once: the lead list (its headers, widths,
which show by default, what each sorts by), the Excel export (header, width, order) and what
the importer fills from a column of that name. The lead fields (crm.fields) give most of them
their label, kind and unit; the computed columns (the lead id, the follow-up state, days in the
stage, the first signing, the contact person …) are declared here.

A column's key is the lead field's name where it shows one, so the list, the sort, the export
and the import all say ``company_name`` for the same column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crm import fields as F
from crm.i18n import QT_TRANSLATE_NOOP, Message

#: import targets that are not lead fields: the lead id of our own export, the signing day, and
#: the computed columns of an export, which are never imported
ID_TARGET, SIGNED_ON, READ_ONLY = "id", "signed_on", "read_only"
CONTACT_KEYS = ("contact_name", "contact_title", "mobile", "email", "wechat")
#: kinds of the computed columns (the lead fields' kinds are crm.fields')
ID, DATETIME, FOLLOWUP, DAYS = "id", "datetime", "followup", "days"
#: the company's designations in one cell (crm.leads.company_flags); exported as their own columns
DESIGNATIONS = "designations"
DESIGNATION_FIELDS = tuple(f.name for f in F.LEAD_FIELDS if f.group == "designations")
NUMERIC_KINDS = (F.AMOUNT, F.NUMBER, F.INT, ID, DAYS)

UNIT_WAN_PER_MU = QT_TRANSLATE_NOOP("Units", "10k yuan / mu")


@dataclass(frozen=True)
class LeadColumn:
    key: str
    label: Message
    kind: str
    unit: Message | None = None
    #: what the importer maps a column of this header to (READ_ONLY: computed, never imported)
    target: str | None = None
    #: the sort key the list sorts this column by (crm.leadlist.sort); None: not sortable
    sort: str | None = None
    #: width in the lead list at 100 % (pixels); 0: not a column of the list
    list_width: int = 0
    #: shown in the lead list until a person chooses otherwise
    shown: bool = False
    #: width in an exported workbook (characters)
    export_width: int = 14

    def header(self, lang: str | None = None) -> str:
        """The label with its unit: 计划投资额（万元）, Planned investment (10k yuan)."""
        text = self.label.render(lang)
        if self.unit is None:
            return text
        unit = self.unit.render(lang)
        return f"{text}（{unit}）" if _is_cjk(text) else f"{text} ({unit})"

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS

    @property
    def field(self) -> F.FieldSpec | None:
        return F.FIELDS_BY_NAME.get(self.key)


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


# the list: (width in pixels, shown by default); the fields not named here are not list columns
_LIST: dict[str, tuple[int, bool]] = {
    "is_key": (64, True),
    "company_name": (240, True),
    "project_name": (200, True),
    "designations": (150, True),
    "city": (120, True),
    "field": (90, True),
    "subfield": (110, True),
    "needs_review": (64, False),
    "first_contact_on": (100, False),
    "stage": (70, True),
    "stage_date": (110, True),
    "days_in_stage": (80, False),
    "owner": (80, True),
    "planned_investment": (150, True),
    "agreed_investment": (150, False),
    "funds_in_place": (150, False),
    "next_followup": (100, True),
    "followup": (130, True),
    "last_activity_on": (110, True),
    "source": (100, False),
    "project_type": (110, False),
    "business_type": (100, False),
    "credit_code": (170, False),
    "created_at": (130, False),
    "updated_at": (130, False),
}
#: the list's columns, in their order
LIST_ORDER: tuple[str, ...] = tuple(_LIST)

_EXPORT_WIDTHS = {
    "company_name": 30,
    "project_name": 30,
    "credit_code": 22,
    "notes": 40,
    "origin": 14,
    "competing_regions": 18,
    "field": 12,
    "subfield": 16,
    "city": 14,
    "stage": 8,
    "first_contact_on": 12,
    "needs_review": 8,
}
#: what the list sorts a column by when it is not the column's own key
_SORT_BY = {"days_in_stage": "stage_date"}
#: lead fields the list cannot sort by (long text)
_UNSORTED = {F.LONGTEXT}


def _field_column(spec: F.FieldSpec) -> LeadColumn:
    width, shown = _LIST.get(spec.name, (0, False))
    return LeadColumn(
        spec.name,
        spec.label,
        spec.kind,
        spec.unit,
        target=spec.name,
        sort=None if spec.kind in _UNSORTED else spec.name,
        list_width=width,
        shown=shown,
        export_width=_EXPORT_WIDTHS.get(spec.name, 14),
    )


def _computed(
    key: str, label: Message, kind: str, target: str = READ_ONLY, **kw: Any
) -> LeadColumn:
    width, shown = _LIST.get(key, (0, False))
    return LeadColumn(
        key,
        label,
        kind,
        target=target,
        sort=kw.pop("sort", key),
        list_width=width,
        shown=shown,
        **kw,
    )


COMPUTED: tuple[LeadColumn, ...] = (
    _computed("id", QT_TRANSLATE_NOOP("Fields", "Lead ID"), ID, ID_TARGET, export_width=9),
    _computed(
        "first_signed_on",
        QT_TRANSLATE_NOOP("Fields", "First signed on"),
        F.DATE,
        SIGNED_ON,
        export_width=12,
    ),
    _computed("followup", QT_TRANSLATE_NOOP("Fields", "Follow-up state"), FOLLOWUP),
    _computed(
        "last_activity_on",
        QT_TRANSLATE_NOOP("Fields", "Last activity"),
        F.DATE,
        export_width=12,
    ),
    _computed(
        "days_in_stage",
        QT_TRANSLATE_NOOP("Fields", "Days in stage"),
        DAYS,
        sort=_SORT_BY["days_in_stage"],
    ),
    _computed(
        "investment_intensity",
        F.label("investment_intensity"),
        F.NUMBER,
        unit=UNIT_WAN_PER_MU,
        sort=None,
    ),
    _computed("tax_intensity", F.label("tax_intensity"), F.NUMBER, unit=UNIT_WAN_PER_MU, sort=None),
    _computed(DESIGNATIONS, F.GROUPS["designations"], DESIGNATIONS, sort=None, export_width=24),
    _computed("created_at", QT_TRANSLATE_NOOP("Fields", "Recorded at"), DATETIME, export_width=17),
    _computed(
        "updated_at", QT_TRANSLATE_NOOP("Fields", "Last changed at"), DATETIME, export_width=17
    ),
    _computed(
        "contact_name", F.label("contact_name"), F.TEXT, "contact_name", sort=None, export_width=10
    ),
    _computed(
        "contact_title",
        QT_TRANSLATE_NOOP("Fields", "Contact's title"),
        F.TEXT,
        "contact_title",
        sort=None,
        export_width=10,
    ),
    _computed("mobile", F.label("mobile"), F.TEXT, "mobile", sort=None),
    _computed("email", F.label("email"), F.TEXT, "email", sort=None, export_width=20),
    _computed("wechat", F.label("wechat"), F.TEXT, "wechat", sort=None),
)

COLUMNS: dict[str, LeadColumn] = {
    c.key: c for c in (*(_field_column(f) for f in F.LEAD_FIELDS), *COMPUTED)
}
#: the sort keys of the list (what its sortable columns sort by)
SORT_KEYS: tuple[str, ...] = (*dict.fromkeys(key for k in LIST_ORDER if (key := COLUMNS[k].sort)),)

#: the default export: the id first, every field, then the contact and computed columns; a
#: file with these columns imports back without changing anything
EXPORT_ORDER: tuple[str, ...] = (
    "id",
    *(f.name for f in F.LEAD_FIELDS),
    "first_signed_on",
    *CONTACT_KEYS,
    "followup",
    "last_activity_on",
    "investment_intensity",
    "tax_intensity",
    "created_at",
    "updated_at",
)
#: columns of the list that an export leaves out: computed on the day, not a stored value
NOT_EXPORTED = frozenset({"days_in_stage"})
#: keys older versions used for the same columns (saved views keep them)
LEGACY_KEYS = {"company": "company_name"}


def column(key: str) -> LeadColumn:
    try:
        return COLUMNS[LEGACY_KEYS.get(key, key)]
    except KeyError:
        raise ValueError(f"unknown lead column {key!r}") from None


def list_columns() -> list[LeadColumn]:
    return [COLUMNS[k] for k in LIST_ORDER]


def export_columns(list_keys: list[str]) -> list[str]:
    """The export's columns for the list's visible ones, the lead id first (so the file imports
    back as updates of these leads, never as duplicates)."""
    out = [ID]
    for key in list_keys:
        key = LEGACY_KEYS.get(key, key)
        for one in DESIGNATION_FIELDS if key == DESIGNATIONS else (key,):
            if one not in NOT_EXPORTED and one not in out:
                out.append(one)
    return out
