"""The demo's companies: names built as Chinese company names are (words.py), a valid unified
social credit code for most, an origin. Each is written once; a lead names one by its index."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from crm.db import search
from crm.db.bulk import insert_rows
from crm.demo import words
from crm.demo.clock import Clock, StoredInstant
from crm.reference import RefEntry, ReferenceData
from crm.values.credit_code import ALPHABET, check_character
from crm.values.names import normalise_company_name, pinyin_key


@dataclass(frozen=True)
class DemoCompany:
    id: int
    name: str
    brand: str
    credit_code: str | None
    origin: str | None
    subfield: RefEntry | None  # the sub-field its name speaks of, or None
    initials: tuple[str, str]  # crm.db.search.company_initials, read with the name's sort key


_Value = TypeVar("_Value")
#: a company as drawn: (name, brand, credit code, origin, sub-field, created at)
_Drawn = tuple[str, str, str | None, str | None, RefEntry | None, StoredInstant]
#: a company's designations, in DESIGNATION_COLUMNS' order
Designations = tuple[bool, bool, bool, str | None, int | None, int | None, bool]
# the companies' table, for the plain values read and written on the connection
_COMPANIES = SQLModel.metadata.tables["company"]


def weighted(rng: random.Random, pairs: Iterable[tuple[_Value, int]]) -> Callable[[], _Value]:
    """A function drawing one of ``pairs`` ((value, weight), …) by weight."""
    values = [v for v, _w in pairs]
    cum = list(accumulate(w for _v, w in pairs))
    return lambda: rng.choices(values, cum_weights=cum)[0]


def credit_code(rng: random.Random) -> str:
    head = rng.choice("9" * 8 + "15") + rng.choice("1123")
    region = "3301" + rng.choice(("06", "10", "12", "85", "13", "11"))
    org = "".join(rng.choice(ALPHABET) for _ in range(9))
    first17 = head + region + org
    return first17 + check_character(first17)


def brand(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(words.BRANDS)
    first = rng.choice(words.BRAND_FIRST)
    second = rng.choice(words.BRAND_SECOND)
    return first + (second if second != first else rng.choice(words.BRAND_SECOND[:5]))


def add_companies(
    conn: Connection, rng: random.Random, ref: ReferenceData, count: int, clock: Clock
) -> list[DemoCompany]:
    subfields: list[RefEntry | None] = list(ref.kind("subfield"))
    place, form, origin = (
        weighted(rng, words.PLACES),
        weighted(rng, words.LEGAL_FORMS),
        weighted(rng, words.ORIGINS),
    )
    seen: set[str] = set()
    drawn: list[_Drawn] = []
    start = clock.today - 730
    while len(drawn) < count:
        sub = rng.choice(subfields + [None] * 2)
        mark = brand(rng)
        industry = rng.choice(words.INDUSTRY[sub.code if sub else None])
        home = origin() if rng.random() < 0.9 else None
        if home in words.ABROAD:
            name = mark + industry + rng.choice(words.FOREIGN_FORMS)
        else:
            name = place() + mark + industry + form()
        if name in seen:
            continue
        seen.add(name)
        code = credit_code(rng) if rng.random() < 0.85 else None
        day = start + rng.randint(0, 700)
        drawn.append(
            (name, mark, code, home, sub, clock.at(day, rng.randint(1, 10), rng.randint(0, 59)))
        )
    codes: set[str | None] = set()
    rows: list[tuple[object, ...]] = []
    kept_codes: list[str | None] = []
    initials: list[tuple[str, str]] = []
    marks = random.Random(count)  # its own draws: the rest of the demo stays as it was
    for name, _mark, code, home, _sub, stamp in drawn:
        if code in codes:
            code = None
        codes.add(code)
        kept_codes.append(code)
        # both read the name's pinyin: one after the other, the second finds it cached
        rows.append(
            (name, normalise_company_name(name), pinyin_key(name), code, home, 1, stamp, stamp)
            + designations(marks, ref)
        )
        initials.append(search.company_initials(name))
    cols = (
        "name",
        "name_norm",
        "name_sort",
        "credit_code",
        "origin",
        "version",
        "created_at",
        "updated_at",
        *DESIGNATION_COLUMNS,
    )
    company_id = _COMPANIES.c.id
    before = conn.execute(select(company_id).order_by(company_id.desc()).limit(1)).scalar() or 0
    insert_rows(conn, _COMPANIES, cols, rows, prepared=clock.text)
    ids = conn.execute(select(company_id).where(company_id > before).order_by(company_id)).scalars()
    return [
        DemoCompany(cid, name, mark, code, home, sub, ini)
        for cid, (name, mark, _c, home, sub, _s), code, ini in zip(
            ids, drawn, kept_codes, initials, strict=True
        )
    ]


DESIGNATION_COLUMNS = (
    "fortune500",
    "china500",
    "listed",
    "listed_where",
    "unicorn_id",
    "srdi_id",
    "gazelle",
)
_EXCHANGES = (
    "上交所主板",
    "上交所科创板",
    "深交所主板",
    "深交所创业板",
    "北交所",
    "港交所",
    "纳斯达克",
)


def designations(rng: random.Random, ref: ReferenceData) -> Designations:
    """A demo company's designations, about as often as the corridor sees them."""
    listed = rng.random() < 0.08
    unicorn = rng.random()
    srdi = rng.random()
    return (
        rng.random() < 0.02,
        rng.random() < 0.04,
        listed,
        rng.choice(_EXCHANGES) if listed else None,
        None
        if unicorn > 0.05
        else ref.id_of("unicorn", "unicorn" if unicorn < 0.015 else "quasi_unicorn"),
        None if srdi > 0.12 else ref.id_of("srdi", "national" if srdi < 0.03 else "provincial"),
        rng.random() < 0.05,
    )
