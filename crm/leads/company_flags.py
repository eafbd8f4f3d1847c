"""The designations the committee counts companies by (世界500强, 中国500强, 上市公司 and where,
独角兽/准独角兽, 专精特新 and its level, 瞪羚): their short labels for lists and reports, the
lead list's filter on them, and the words ledgers use for their levels.

They are the company's, not a project's (crm.fields declares them with ``company=True``): a
company is 世界500强 for each of its projects, and the committee counts companies, so every
project of a company shows the same designations and an edit on one shows on all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlmodel import col

from crm.db.models import Company, Lead
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.reference import ReferenceData

#: the company's designation fields (crm.fields), in the form's order
DESIGNATIONS = (
    "fortune500",
    "china500",
    "listed",
    "listed_where",
    "unicorn",
    "srdi",
    "gazelle",
)

#: what the lead list filters by: key → (short label, SQL condition on company)
FILTERS: dict[str, tuple[Message, Any]] = {
    "fortune500": (
        QT_TRANSLATE_NOOP("Designations", "Global 500"),
        col(Company.fortune500).is_(True),
    ),
    "china500": (QT_TRANSLATE_NOOP("Designations", "China 500"), col(Company.china500).is_(True)),
    "listed": (QT_TRANSLATE_NOOP("Designations", "Listed"), col(Company.listed).is_(True)),
    "unicorn": (
        QT_TRANSLATE_NOOP("Designations", "Unicorn or quasi-unicorn"),
        col(Company.unicorn_id).is_not(None),
    ),
    "srdi": (
        QT_TRANSLATE_NOOP("Designations", "SRDI (专精特新)"),
        col(Company.srdi_id).is_not(None),
    ),
    "gazelle": (QT_TRANSLATE_NOOP("Designations", "Gazelle"), col(Company.gazelle).is_(True)),
}

#: short labels of the levels, by reference code (the lists' full names are long for a table)
_LEVELS = {
    ("unicorn", "unicorn"): QT_TRANSLATE_NOOP("Designations", "Unicorn"),
    ("unicorn", "quasi_unicorn"): QT_TRANSLATE_NOOP("Designations", "Quasi-unicorn"),
    ("srdi", "national"): QT_TRANSLATE_NOOP("Designations", "SRDI little giant"),
    ("srdi", "provincial"): QT_TRANSLATE_NOOP("Designations", "Provincial SRDI"),
}
_LISTED_ON = QT_TRANSLATE_NOOP("Designations", "Listed ({where})")

#: how ledgers write a level when not by its name: cell text (in the comparison form of
#: crm.importing.headers.key: case-folded, no spaces, quotes or marks) → reference code
ALIASES: dict[str, dict[str, str]] = {
    "unicorn": {
        "是": "unicorn",
        "yes": "unicorn",
        "独角兽企业": "unicorn",
        "准独角兽企业": "quasi_unicorn",
        "潜在独角兽": "quasi_unicorn",
        "quasiunicorn": "quasi_unicorn",
    },
    "srdi": {
        "小巨人": "national",
        "国家级": "national",
        "国家级小巨人": "national",
        "专精特新小巨人": "national",
        "国家级专精特新小巨人": "national",
        "national": "national",
        "littlegiant": "national",
        "省级": "provincial",
        "省级专精特新": "provincial",
        "浙江省专精特新": "provincial",
        "provincial": "provincial",
    },
}
_MARKS = str.maketrans("", "", " -_\"“”'‘’「」")


def alias(kind: str, raw: object) -> str | None:
    """The reference code a ledger's word for a level stands for, if it is one."""
    words = ALIASES.get(kind)
    if not words or raw is None:
        return None
    return words.get(str(raw).strip().casefold().translate(_MARKS))


def codes(values: dict[str, Any], ref: ReferenceData) -> tuple[str, ...]:
    """The designations in ``values`` (input names → clean values, as crm.leads.edit.lead_values
    gives them) as language-free codes, in the form's order: a report frozen with them is
    printed later in either language. ``listed:港交所``, ``srdi:national`` …"""
    out = [key for key in ("fortune500", "china500") if values.get(key)]
    if values.get("listed") or values.get("listed_where"):
        where = values.get("listed_where")
        out.append(f"listed:{where}" if where else "listed")
    for kind in ("unicorn", "srdi"):
        item = ref.get(values.get(kind))
        if item is not None:
            out.append(f"{kind}:{item.code}")
    if values.get("gazelle"):
        out.append("gazelle")
    return tuple(out)


def code_labels(found: tuple[str, ...] | list[str], lang: str | None = None) -> list[str]:
    """Short labels of designation codes: 世界500强, 上市（港交所）, 准独角兽 …"""
    out = []
    for code in found:
        head, _sep, rest = code.partition(":")
        if head == "listed" and rest:
            out.append(_LISTED_ON.format(where=rest).render(lang))
        elif head in ("unicorn", "srdi"):
            short = _LEVELS.get((head, rest))
            out.append(short.render(lang) if short else rest)
        elif head in FILTERS:
            out.append(FILTERS[head][0].render(lang))
    return out


def labels(values: dict[str, Any], ref: ReferenceData, lang: str | None = None) -> list[str]:
    """Short labels of the designations in ``values``: 世界500强, 上市（港交所）…"""
    return code_labels(codes(values, ref), lang)


def text(values: dict[str, Any], ref: ReferenceData, lang: str | None = None) -> str:
    """The designations as one cell: 世界500强 · 上市（港交所）"""
    return " · ".join(labels(values, ref, lang))


#: the company's columns the labels are read from (lists and reports select these)
COLUMNS = (
    col(Company.fortune500),
    col(Company.china500),
    col(Company.listed),
    col(Company.listed_where),
    col(Company.unicorn_id),
    col(Company.srdi_id),
    col(Company.gazelle),
)


def from_columns(row: Sequence[Any]) -> dict[str, Any]:
    """Input names → values from the COLUMNS of a row, in that order."""
    return dict(zip(DESIGNATIONS, row, strict=True))


def condition(keys: tuple[str, ...]) -> ColumnElement[bool]:
    """SQL on ``lead``: its company holds every designation named (FILTERS' keys)."""
    return col(Lead.company_id).in_(select(col(Company.id)).where(*(FILTERS[k][1] for k in keys)))
