"""The fields of a lead, declared once: name, label, kind, group, unit, rules.

The validator, the lead form, the import mapping and the exports all read this table, so a
field added here appears everywhere with the same label and the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm.i18n import QT_TRANSLATE_NOOP, Message

# kinds
TEXT, LONGTEXT, AMOUNT, INT, NUMBER, DATE, BOOL, REF, USER, CREDIT_CODE = (
    "text",
    "longtext",
    "amount",
    "int",
    "number",
    "date",
    "bool",
    "ref",
    "user",
    "credit_code",
)

GROUPS: dict[str, Message] = {
    "company": QT_TRANSLATE_NOOP("Fields", "Company"),
    "designations": QT_TRANSLATE_NOOP("Fields", "Company designations"),
    "project": QT_TRANSLATE_NOOP("Fields", "Project"),
    "expectations": QT_TRANSLATE_NOOP("Fields", "Expected scale"),
    "flags": QT_TRANSLATE_NOOP("Fields", "Flags and policies"),
    "pipeline": QT_TRANSLATE_NOOP("Fields", "Pipeline"),
    "signed": QT_TRANSLATE_NOOP("Fields", "After signing"),
    "confidentiality": QT_TRANSLATE_NOOP("Fields", "Confidentiality"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
}

UNIT_WAN = QT_TRANSLATE_NOOP("Units", "10k yuan")
UNIT_WAN_YEAR = QT_TRANSLATE_NOOP("Units", "10k yuan / year")
UNIT_MU = QT_TRANSLATE_NOOP("Units", "mu")
UNIT_M2 = QT_TRANSLATE_NOOP("Units", "m²")
UNIT_PEOPLE = QT_TRANSLATE_NOOP("Units", "people")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: Message
    kind: str
    group: str
    required: bool = False
    ref_kind: str | None = None
    max_length: int | None = None
    unit: Message | None = None
    #: stored on the company row rather than the lead
    company: bool = False
    #: set by the pipeline (stage moves), not by editing the lead
    pipeline_only: bool = False


LEAD_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "company_name",
        QT_TRANSLATE_NOOP("Fields", "Company name"),
        TEXT,
        "company",
        True,
        max_length=200,
        company=True,
    ),
    FieldSpec(
        "credit_code",
        QT_TRANSLATE_NOOP("Fields", "Unified social credit code"),
        CREDIT_CODE,
        "company",
        company=True,
    ),
    FieldSpec(
        "origin",
        QT_TRANSLATE_NOOP("Fields", "Origin (province or country)"),
        TEXT,
        "company",
        max_length=64,
        company=True,
    ),
    # the designations the committee counts companies by (crm.leads.company_flags): the company's,
    # so every project of a company shows the same
    FieldSpec(
        "fortune500",
        QT_TRANSLATE_NOOP("Fields", "Fortune Global 500"),
        BOOL,
        "designations",
        company=True,
    ),
    FieldSpec(
        "china500",
        QT_TRANSLATE_NOOP("Fields", "China Top 500"),
        BOOL,
        "designations",
        company=True,
    ),
    FieldSpec(
        "listed", QT_TRANSLATE_NOOP("Fields", "Listed company"), BOOL, "designations", company=True
    ),
    FieldSpec(
        "listed_where",
        QT_TRANSLATE_NOOP("Fields", "Listed on"),
        TEXT,
        "designations",
        max_length=64,
        company=True,
    ),
    FieldSpec(
        "unicorn",
        QT_TRANSLATE_NOOP("Fields", "Unicorn"),
        REF,
        "designations",
        ref_kind="unicorn",
        company=True,
    ),
    FieldSpec(
        "srdi",
        QT_TRANSLATE_NOOP("Fields", "Specialised and innovative (专精特新)"),
        REF,
        "designations",
        ref_kind="srdi",
        company=True,
    ),
    FieldSpec(
        "gazelle",
        QT_TRANSLATE_NOOP("Fields", "Gazelle company"),
        BOOL,
        "designations",
        company=True,
    ),
    FieldSpec(
        "project_name",
        QT_TRANSLATE_NOOP("Fields", "Project name"),
        TEXT,
        "project",
        True,
        max_length=200,
    ),
    FieldSpec(
        "business_type",
        QT_TRANSLATE_NOOP("Fields", "Business type"),
        REF,
        "project",
        ref_kind="business_type",
    ),
    FieldSpec(
        "project_type",
        QT_TRANSLATE_NOOP("Fields", "Project type"),
        REF,
        "project",
        ref_kind="project_type",
    ),
    FieldSpec(
        "field", QT_TRANSLATE_NOOP("Fields", "Field"), REF, "project", True, ref_kind="field"
    ),
    FieldSpec(
        "subfield", QT_TRANSLATE_NOOP("Fields", "Sub-field"), REF, "project", ref_kind="subfield"
    ),
    FieldSpec(
        "city", QT_TRANSLATE_NOOP("Fields", "Sci-tech city"), REF, "project", True, ref_kind="city"
    ),
    FieldSpec("owner", QT_TRANSLATE_NOOP("Fields", "Owner"), USER, "project"),
    FieldSpec(
        "source", QT_TRANSLATE_NOOP("Fields", "Source channel"), REF, "project", ref_kind="source"
    ),
    FieldSpec(
        "planned_investment",
        QT_TRANSLATE_NOOP("Fields", "Planned investment"),
        AMOUNT,
        "expectations",
        unit=UNIT_WAN,
    ),
    FieldSpec(
        "registered_capital",
        QT_TRANSLATE_NOOP("Fields", "Registered capital"),
        AMOUNT,
        "expectations",
        unit=UNIT_WAN,
    ),
    FieldSpec(
        "expected_output",
        QT_TRANSLATE_NOOP("Fields", "Expected annual output"),
        AMOUNT,
        "expectations",
        unit=UNIT_WAN_YEAR,
    ),
    FieldSpec(
        "expected_tax",
        QT_TRANSLATE_NOOP("Fields", "Expected annual tax"),
        AMOUNT,
        "expectations",
        unit=UNIT_WAN_YEAR,
    ),
    FieldSpec(
        "land_mu", QT_TRANSLATE_NOOP("Fields", "Land needed"), NUMBER, "expectations", unit=UNIT_MU
    ),
    FieldSpec(
        "floor_space_m2",
        QT_TRANSLATE_NOOP("Fields", "Floor space needed"),
        NUMBER,
        "expectations",
        unit=UNIT_M2,
    ),
    FieldSpec(
        "expected_jobs",
        QT_TRANSLATE_NOOP("Fields", "Expected jobs"),
        INT,
        "expectations",
        unit=UNIT_PEOPLE,
    ),
    FieldSpec(
        "expected_talents",
        QT_TRANSLATE_NOOP("Fields", "High-level talent"),
        INT,
        "expectations",
        unit=UNIT_PEOPLE,
    ),
    FieldSpec("is_key", QT_TRANSLATE_NOOP("Fields", "Key project"), BOOL, "flags"),
    FieldSpec(
        "is_hightech", QT_TRANSLATE_NOOP("Fields", "National high-tech enterprise"), BOOL, "flags"
    ),
    FieldSpec(
        "is_national_rd", QT_TRANSLATE_NOOP("Fields", "National-level R&D platform"), BOOL, "flags"
    ),
    FieldSpec("is_foreign", QT_TRANSLATE_NOOP("Fields", "Foreign-funded"), BOOL, "flags"),
    FieldSpec(
        "policy_industry", QT_TRANSLATE_NOOP("Fields", "Asks for industry policy"), BOOL, "flags"
    ),
    FieldSpec(
        "policy_talent", QT_TRANSLATE_NOOP("Fields", "Asks for talent policy"), BOOL, "flags"
    ),
    FieldSpec(
        "policy_tech",
        QT_TRANSLATE_NOOP("Fields", "Asks for science & technology policy"),
        BOOL,
        "flags",
    ),
    FieldSpec(
        "competing_regions",
        QT_TRANSLATE_NOOP("Fields", "Competing regions"),
        TEXT,
        "flags",
        max_length=200,
    ),
    FieldSpec("first_contact_on", QT_TRANSLATE_NOOP("Fields", "First contact"), DATE, "pipeline"),
    FieldSpec(
        "stage",
        QT_TRANSLATE_NOOP("Fields", "Stage"),
        REF,
        "pipeline",
        ref_kind="stage",
        pipeline_only=True,
    ),
    FieldSpec(
        "stage_date",
        QT_TRANSLATE_NOOP("Fields", "Stage reached on"),
        DATE,
        "pipeline",
        pipeline_only=True,
    ),
    FieldSpec("next_followup", QT_TRANSLATE_NOOP("Fields", "Next follow-up"), DATE, "pipeline"),
    FieldSpec(
        "on_hold_until",
        QT_TRANSLATE_NOOP("Fields", "Look again on"),
        DATE,
        "pipeline",
        pipeline_only=True,
    ),
    FieldSpec(
        "lost_reason",
        QT_TRANSLATE_NOOP("Fields", "Lost reason"),
        REF,
        "pipeline",
        ref_kind="lost_reason",
        pipeline_only=True,
    ),
    FieldSpec(
        "lost_to_region",
        QT_TRANSLATE_NOOP("Fields", "Lost to region"),
        TEXT,
        "pipeline",
        max_length=64,
        pipeline_only=True,
    ),
    FieldSpec(
        "agreed_investment",
        QT_TRANSLATE_NOOP("Fields", "Agreed investment"),
        AMOUNT,
        "signed",
        unit=UNIT_WAN,
    ),
    FieldSpec(
        "funds_in_place",
        QT_TRANSLATE_NOOP("Fields", "Funds in place"),
        AMOUNT,
        "signed",
        unit=UNIT_WAN,
    ),
    FieldSpec(
        "land_supplied_mu",
        QT_TRANSLATE_NOOP("Fields", "Land supplied"),
        NUMBER,
        "signed",
        unit=UNIT_MU,
    ),
    FieldSpec(
        "confidential", QT_TRANSLATE_NOOP("Fields", "Confidential project"), BOOL, "confidentiality"
    ),
    FieldSpec(
        "codename", QT_TRANSLATE_NOOP("Fields", "Codename"), TEXT, "confidentiality", max_length=64
    ),
    FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), LONGTEXT, "notes", max_length=20000),
    FieldSpec("needs_review", QT_TRANSLATE_NOOP("Fields", "Needs review"), BOOL, "notes"),
)

FIELDS_BY_NAME = {f.name: f for f in LEAD_FIELDS}

#: input name → Lead column, for reference and user fields
ID_COLUMNS = {
    "business_type": "business_type_id",
    "project_type": "project_type_id",
    "field": "field_id",
    "subfield": "subfield_id",
    "city": "city_id",
    "owner": "owner_id",
    "source": "source_id",
    "lost_reason": "lost_reason_id",
    "unicorn": "unicorn_id",
    "srdi": "srdi_id",
}


def column_of(name: str) -> str:
    return ID_COLUMNS.get(name, name)


def label(name: str) -> Message:
    spec = FIELDS_BY_NAME.get(name)
    if spec:
        return spec.label
    return EXTRA_LABELS.get(name, Message("Fields", name))


EXTRA_LABELS: dict[str, Message] = {
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "occurred_on": QT_TRANSLATE_NOOP("Fields", "Date"),
    "activity_type": QT_TRANSLATE_NOOP("Fields", "Activity type"),
    "participants": QT_TRANSLATE_NOOP("Fields", "Participants"),
    "next_step": QT_TRANSLATE_NOOP("Fields", "Next step"),
    "contact_name": QT_TRANSLATE_NOOP("Fields", "Contact name"),
    "contacts": QT_TRANSLATE_NOOP("Fields", "Contacts"),
    "lost_at_stage": QT_TRANSLATE_NOOP("Fields", "Lost at stage"),
    "furthest_stage": QT_TRANSLATE_NOOP("Fields", "Furthest stage"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "mobile": QT_TRANSLATE_NOOP("Fields", "Mobile"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "wechat": QT_TRANSLATE_NOOP("Fields", "WeChat"),
    "to_stage": QT_TRANSLATE_NOOP("Fields", "New stage"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note on the move"),
    "duplicate_reason": QT_TRANSLATE_NOOP("Fields", "Reason for a second record"),
    "investment_intensity": QT_TRANSLATE_NOOP("Fields", "Investment intensity"),
    "tax_intensity": QT_TRANSLATE_NOOP("Fields", "Tax intensity"),
    "first_signed_on": QT_TRANSLATE_NOOP("Fields", "First signed on"),
    "first_landed_on": QT_TRANSLATE_NOOP("Fields", "First landed on"),
    "value": QT_TRANSLATE_NOOP("Fields", "Figure"),
    "digest": QT_TRANSLATE_NOOP("Fields", "Fingerprint"),
}
