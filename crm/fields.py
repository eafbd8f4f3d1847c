"""The fields of a lead, declared once: name, label, kind, group, unit, rules.

The validator, the lead form, the import mapping and the exports all read this table, so a
field added here appears everywhere with the same label and the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm.i18n import QT_TRANSLATE_NOOP, Message

T = QT_TRANSLATE_NOOP

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
    "company": T("Fields", "Company"),
    "project": T("Fields", "Project"),
    "expectations": T("Fields", "Expected scale"),
    "flags": T("Fields", "Flags and policies"),
    "pipeline": T("Fields", "Pipeline"),
    "signed": T("Fields", "After signing"),
    "confidentiality": T("Fields", "Confidentiality"),
    "notes": T("Fields", "Notes"),
}

UNIT_WAN = T("Units", "10k yuan")
UNIT_WAN_YEAR = T("Units", "10k yuan / year")
UNIT_MU = T("Units", "mu")
UNIT_M2 = T("Units", "m²")
UNIT_PEOPLE = T("Units", "people")


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
        T("Fields", "Company name"),
        TEXT,
        "company",
        True,
        max_length=200,
        company=True,
    ),
    FieldSpec(
        "credit_code",
        T("Fields", "Unified social credit code"),
        CREDIT_CODE,
        "company",
        company=True,
    ),
    FieldSpec(
        "origin",
        T("Fields", "Origin (province or country)"),
        TEXT,
        "company",
        max_length=64,
        company=True,
    ),
    FieldSpec("project_name", T("Fields", "Project name"), TEXT, "project", True, max_length=200),
    FieldSpec(
        "business_type", T("Fields", "Business type"), REF, "project", ref_kind="business_type"
    ),
    FieldSpec("project_type", T("Fields", "Project type"), REF, "project", ref_kind="project_type"),
    FieldSpec("field", T("Fields", "Field"), REF, "project", True, ref_kind="field"),
    FieldSpec("subfield", T("Fields", "Sub-field"), REF, "project", ref_kind="subfield"),
    FieldSpec("city", T("Fields", "Sci-tech city"), REF, "project", True, ref_kind="city"),
    FieldSpec("owner", T("Fields", "Owner"), USER, "project"),
    FieldSpec("source", T("Fields", "Source channel"), REF, "project", ref_kind="source"),
    FieldSpec(
        "planned_investment",
        T("Fields", "Planned investment"),
        AMOUNT,
        "expectations",
        unit=UNIT_WAN,
    ),
    FieldSpec(
        "registered_capital",
        T("Fields", "Registered capital"),
        AMOUNT,
        "expectations",
        unit=UNIT_WAN,
    ),
    FieldSpec(
        "expected_output",
        T("Fields", "Expected annual output"),
        AMOUNT,
        "expectations",
        unit=UNIT_WAN_YEAR,
    ),
    FieldSpec(
        "expected_tax",
        T("Fields", "Expected annual tax"),
        AMOUNT,
        "expectations",
        unit=UNIT_WAN_YEAR,
    ),
    FieldSpec("land_mu", T("Fields", "Land needed"), NUMBER, "expectations", unit=UNIT_MU),
    FieldSpec(
        "floor_space_m2", T("Fields", "Floor space needed"), NUMBER, "expectations", unit=UNIT_M2
    ),
    FieldSpec("expected_jobs", T("Fields", "Expected jobs"), INT, "expectations", unit=UNIT_PEOPLE),
    FieldSpec(
        "expected_talents", T("Fields", "High-level talent"), INT, "expectations", unit=UNIT_PEOPLE
    ),
    FieldSpec("is_key", T("Fields", "Key project"), BOOL, "flags"),
    FieldSpec("is_hightech", T("Fields", "National high-tech enterprise"), BOOL, "flags"),
    FieldSpec("is_national_rd", T("Fields", "National-level R&D platform"), BOOL, "flags"),
    FieldSpec("is_foreign", T("Fields", "Foreign-funded"), BOOL, "flags"),
    FieldSpec("policy_industry", T("Fields", "Asks for industry policy"), BOOL, "flags"),
    FieldSpec("policy_talent", T("Fields", "Asks for talent policy"), BOOL, "flags"),
    FieldSpec("policy_tech", T("Fields", "Asks for science & technology policy"), BOOL, "flags"),
    FieldSpec("competing_regions", T("Fields", "Competing regions"), TEXT, "flags", max_length=200),
    FieldSpec("stage", T("Fields", "Stage"), REF, "pipeline", ref_kind="stage", pipeline_only=True),
    FieldSpec("stage_date", T("Fields", "Stage reached on"), DATE, "pipeline", pipeline_only=True),
    FieldSpec("next_followup", T("Fields", "Next follow-up"), DATE, "pipeline"),
    FieldSpec("on_hold_until", T("Fields", "Look again on"), DATE, "pipeline", pipeline_only=True),
    FieldSpec(
        "lost_reason",
        T("Fields", "Lost reason"),
        REF,
        "pipeline",
        ref_kind="lost_reason",
        pipeline_only=True,
    ),
    FieldSpec(
        "lost_to_region",
        T("Fields", "Lost to region"),
        TEXT,
        "pipeline",
        max_length=64,
        pipeline_only=True,
    ),
    FieldSpec(
        "agreed_investment", T("Fields", "Agreed investment"), AMOUNT, "signed", unit=UNIT_WAN
    ),
    FieldSpec("funds_in_place", T("Fields", "Funds in place"), AMOUNT, "signed", unit=UNIT_WAN),
    FieldSpec("land_supplied_mu", T("Fields", "Land supplied"), NUMBER, "signed", unit=UNIT_MU),
    FieldSpec("confidential", T("Fields", "Confidential project"), BOOL, "confidentiality"),
    FieldSpec("codename", T("Fields", "Codename"), TEXT, "confidentiality", max_length=64),
    FieldSpec("notes", T("Fields", "Notes"), LONGTEXT, "notes", max_length=20000),
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
}


def column_of(name: str) -> str:
    return ID_COLUMNS.get(name, name)


def label(name: str) -> Message:
    spec = FIELDS_BY_NAME.get(name)
    if spec:
        return spec.label
    return EXTRA_LABELS.get(name, Message("Fields", name))


EXTRA_LABELS: dict[str, Message] = {
    "summary": T("Fields", "Summary"),
    "occurred_on": T("Fields", "Date"),
    "activity_type": T("Fields", "Activity type"),
    "participants": T("Fields", "Participants"),
    "next_step": T("Fields", "Next step"),
    "contact_name": T("Fields", "Contact name"),
    "title": T("Fields", "Title"),
    "mobile": T("Fields", "Mobile"),
    "email": T("Fields", "E-mail"),
    "wechat": T("Fields", "WeChat"),
    "to_stage": T("Fields", "New stage"),
    "duplicate_reason": T("Fields", "Reason for a second record"),
    "investment_intensity": T("Fields", "Investment intensity"),
    "tax_intensity": T("Fields", "Tax intensity"),
}
