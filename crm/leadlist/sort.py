"""Sorting the lead list: the SQL each sort key sorts on (reference lists in their own order,
stages in pipeline order, people and companies by pinyin; empty values last in both
directions, then the newest lead first). The keys themselves are crm.leadlist.columns'."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import UnaryExpression, case
from sqlmodel import SQLModel

from crm import fields as F
from crm.db.models import Company, Lead
from crm.leadlist.columns import LEGACY_KEYS
from crm.leadlist.columns import SORT_KEYS as COLUMN_SORT_KEYS
from crm.pipeline import ALL
from crm.reference import ReferenceData

SORT_KEYS = (*COLUMN_SORT_KEYS, "id")
DEFAULT_SORT: tuple[tuple[str, bool], ...] = (("updated_at", True),)
#: a sort: (key, descending) pairs (a saved view's JSON gives lists of two)
Sort = Sequence[Sequence[Any]]

#: sort keys on the company's columns (the page's id query joins company for them)
COMPANY_SORT_KEYS = tuple(f.name for f in F.LEAD_FIELDS if f.company) + tuple(
    k for k, v in LEGACY_KEYS.items() if v == "company_name"
)
_COMPANY_COLUMNS = {"company_name": "name_sort", "credit_code": "credit_code", "origin": "origin"}


def _order_case(col: Any, order: dict[Any, int]) -> Any:
    if not order:
        return col
    return case(order, value=col)  # no match (an empty value) is NULL: sorted last


def sort_expression(ref: ReferenceData, key: str) -> Any:
    """The SQL expression the list sorts ``key`` on (a column or a CASE over one)."""
    key = LEGACY_KEYS.get(key, key)
    if key not in SORT_KEYS:
        raise ValueError(f"cannot sort by {key!r}")
    if key in _COMPANY_COLUMNS:
        return getattr(Company, _COMPANY_COLUMNS[key])
    if key == "stage":
        return _order_case(Lead.stage, {s: n for n, s in enumerate(ALL)})
    if key == "followup":
        return Lead.next_followup
    spec = F.FIELDS_BY_NAME.get(key)
    if spec is not None and spec.kind == F.REF:
        col = getattr(Lead, F.column_of(key))
        assert spec.ref_kind is not None  # a reference field names its list (crm.fields)
        items = ref.kind(spec.ref_kind, active_only=False)
        return _order_case(col, {i.id: n for n, i in enumerate(items)})
    if spec is not None and spec.kind == F.USER:
        return _order_case(getattr(Lead, F.column_of(key)), ref.user_order)
    return getattr(Lead, key)


def order_by(ref: ReferenceData, sort: Sort | None) -> list[UnaryExpression[Any]]:
    """ORDER BY terms for a sort ((key, descending) pairs), stable across pages."""
    out: list[UnaryExpression[Any]] = []
    for key, descending in sort or DEFAULT_SORT:
        expr = sort_expression(ref, key)
        out.append((expr.desc() if descending else expr.asc()).nulls_last())
    out.append(_ID_DESC)
    return out


# the table's column, not the ORM's (SQLModel's classes do not declare their __table__)
_ID_DESC = SQLModel.metadata.tables["lead"].c.id.desc()
