"""The columns a lead list can be exported with: every lead field (crm.fields) plus the lead id,
the computed columns of the list and the primary contact.

Each column says how its header reads (label and unit in the current language), which Excel
number format its cells take, and what the importer does with it (``target``), so that a file
this module wrote is read back by the importer without any mapping by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm import fields as F
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.importing import synonyms as S

AMOUNT_FORMAT = "#,##0.00"
NUMBER_FORMAT = "#,##0.##"
INT_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


@dataclass(frozen=True)
class ExportColumn:
    key: str
    label: Message
    kind: str
    unit: Message | None = None
    #: what the importer maps this column to (S.READ_ONLY: computed, never imported)
    target: str | None = None
    width: int = 14

    def header(self, lang: str | None = None) -> str:
        text = self.label.render(lang)
        if self.unit is None:
            return text
        unit = self.unit.render(lang)
        return f"{text}（{unit}）" if _is_cjk(text) else f"{text} ({unit})"

    @property
    def number_format(self) -> str | None:
        return {
            F.AMOUNT: AMOUNT_FORMAT,
            F.NUMBER: NUMBER_FORMAT,
            F.INT: INT_FORMAT,
            F.DATE: DATE_FORMAT,
            "datetime": DATETIME_FORMAT,
            "id": "0",
        }.get(self.kind)


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


_WIDTHS = {
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
}
_UNIT_YUAN_PER_MU = QT_TRANSLATE_NOOP("Export", "10k yuan / mu")

EXTRA_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("id", QT_TRANSLATE_NOOP("Export", "Lead ID"), "id", target=S.ID, width=9),
    ExportColumn(
        "first_signed_on",
        QT_TRANSLATE_NOOP("Export", "First signed on"),
        F.DATE,
        target=S.SIGNED_ON,
        width=12,
    ),
    ExportColumn(
        "followup", QT_TRANSLATE_NOOP("Export", "Follow-up state"), "text", target=S.READ_ONLY
    ),
    ExportColumn(
        "last_activity_on",
        QT_TRANSLATE_NOOP("Export", "Last activity"),
        F.DATE,
        target=S.READ_ONLY,
        width=12,
    ),
    ExportColumn(
        "investment_intensity",
        F.label("investment_intensity"),
        F.NUMBER,
        unit=_UNIT_YUAN_PER_MU,
        target=S.READ_ONLY,
    ),
    ExportColumn(
        "tax_intensity",
        F.label("tax_intensity"),
        F.NUMBER,
        unit=_UNIT_YUAN_PER_MU,
        target=S.READ_ONLY,
    ),
    ExportColumn(
        "created_at",
        QT_TRANSLATE_NOOP("Export", "Recorded at"),
        "datetime",
        target=S.READ_ONLY,
        width=17,
    ),
    ExportColumn(
        "updated_at",
        QT_TRANSLATE_NOOP("Export", "Last changed at"),
        "datetime",
        target=S.READ_ONLY,
        width=17,
    ),
    ExportColumn("contact_name", F.label("contact_name"), "text", target="contact_name", width=10),
    ExportColumn(
        "contact_title",
        QT_TRANSLATE_NOOP("Export", "Contact's title"),
        "text",
        target="contact_title",
        width=10,
    ),
    ExportColumn("mobile", F.label("mobile"), "text", target="mobile", width=14),
    ExportColumn("email", F.label("email"), "text", target="email", width=20),
    ExportColumn("wechat", F.label("wechat"), "text", target="wechat", width=14),
)

FIELD_COLUMNS: tuple[ExportColumn, ...] = tuple(
    ExportColumn(f.name, f.label, f.kind, f.unit, f.name, _WIDTHS.get(f.name, 14))
    for f in F.LEAD_FIELDS
)
COLUMNS: dict[str, ExportColumn] = {c.key: c for c in (*FIELD_COLUMNS, *EXTRA_COLUMNS)}
CONTACT_KEYS = ("contact_name", "contact_title", "mobile", "email", "wechat")

#: the default export: the id first, every field, then the contact and computed columns; a
#: file with these columns imports back without changing anything
DEFAULT_COLUMNS: tuple[str, ...] = (
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


def column(key: str) -> ExportColumn:
    try:
        return COLUMNS[key]
    except KeyError:
        raise ValueError(f"unknown export column {key!r}") from None
