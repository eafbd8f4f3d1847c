"""The columns a lead list can be exported with — crm.leadlist.columns' registry — and the Excel
number format each kind of column takes. A file written with the default columns is read back
by the importer without any mapping by hand (each column's ``target``)."""

from __future__ import annotations

from crm import fields as F
from crm.leadlist.columns import COLUMNS as _ALL
from crm.leadlist.columns import (
    CONTACT_KEYS,
    DATETIME,
    EXPORT_ORDER,
    ID,
    NOT_EXPORTED,
    LeadColumn,
)
from crm.leadlist.columns import column as _column

AMOUNT_FORMAT = "#,##0.00"
NUMBER_FORMAT = "#,##0.##"
INT_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
_FORMATS = {
    F.AMOUNT: AMOUNT_FORMAT,
    F.NUMBER: NUMBER_FORMAT,
    F.INT: INT_FORMAT,
    F.DATE: DATE_FORMAT,
    DATETIME: DATETIME_FORMAT,
    ID: "0",
}

COLUMNS: dict[str, LeadColumn] = {k: c for k, c in _ALL.items() if k not in NOT_EXPORTED}
DEFAULT_COLUMNS: tuple[str, ...] = EXPORT_ORDER

__all__ = ["COLUMNS", "CONTACT_KEYS", "DEFAULT_COLUMNS", "column", "number_format"]


def number_format(col: LeadColumn) -> str | None:
    return _FORMATS.get(col.kind)


def column(key: str) -> LeadColumn:
    col = _column(key)
    if col.key in NOT_EXPORTED:
        raise ValueError(f"unknown export column {key!r}")
    return col
