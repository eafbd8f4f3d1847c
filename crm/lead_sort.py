"""Sorting the lead list: the keys a view may sort by, and the SQL each sorts on (reference
lists in their own order, stages in pipeline order, people and companies by pinyin; empty
values last in both directions, then the newest lead first)."""

from __future__ import annotations

from sqlalchemy import case

from crm.db.models import Company, Lead
from crm.pipeline import ALL
from crm.reference import ReferenceData

SORT_KEYS = (
    "company",
    "project_name",
    "credit_code",
    "city",
    "field",
    "subfield",
    "stage",
    "stage_date",
    "owner",
    "planned_investment",
    "agreed_investment",
    "funds_in_place",
    "next_followup",
    "followup",
    "last_activity_on",
    "is_key",
    "source",
    "project_type",
    "business_type",
    "created_at",
    "updated_at",
    "id",
)
DEFAULT_SORT = (("updated_at", True),)

#: sort keys on the company's columns (the page's id query joins company for them)
COMPANY_SORT_KEYS = ("company", "credit_code")


def _order_case(col, order: dict[int, int]):
    if not order:
        return col
    return case(order, value=col)  # no match (an empty value) is NULL: sorted last


def sort_expression(ref: ReferenceData, key: str):
    if key == "company":
        return Company.name_sort
    if key == "credit_code":
        return Company.credit_code
    kinds = {
        "city": ("city", Lead.city_id),
        "field": ("field", Lead.field_id),
        "subfield": ("subfield", Lead.subfield_id),
        "source": ("source", Lead.source_id),
        "project_type": ("project_type", Lead.project_type_id),
        "business_type": ("business_type", Lead.business_type_id),
    }
    if key in kinds:
        kind, col = kinds[key]
        return _order_case(col, {i.id: n for n, i in enumerate(ref.kind(kind, active_only=False))})
    if key == "stage":
        return _order_case(Lead.stage, {s: n for n, s in enumerate(ALL)})
    if key == "owner":
        return _order_case(Lead.owner_id, ref.user_order)
    if key == "followup":
        return Lead.next_followup
    if key not in SORT_KEYS:
        raise ValueError(f"cannot sort by {key!r}")
    return getattr(Lead, key)


def order_by(ref: ReferenceData, sort) -> list:
    """ORDER BY terms for a sort ((key, descending) pairs), stable across pages."""
    out = []
    for key, descending in sort or DEFAULT_SORT:
        expr = sort_expression(ref, key)
        out.append((expr.desc() if descending else expr.asc()).nulls_last())
    out.append(_ID_DESC)
    return out


_ID_DESC = Lead.__table__.c.id.desc()
