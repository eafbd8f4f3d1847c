"""Reading a ledger nobody shaped for the importer, and comparing each row with what a person
recorded reading it (tests/fixtures/ledgers/<name>.expected.json, see the README there).

``read_as_imported`` gives, for every row number the importer saw, the same keys the expected
file has; ``compare`` lists the differences, leaving out the ones listed in ``ACCEPTED`` (each
with the reason it is judged the expectation's reading, not a fault of the import).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from crm.importing.api import ImportOptions, plan_import, read_table
from crm.reference import reference

KEYS = (
    "company",
    "credit_code",
    "project",
    "field",
    "city",
    "officer",
    "stage",
    "planned_investment_wan",
    "first_contact",
    "needs_review",
)


@dataclass
class Read:
    """One row as the import reads it."""

    is_data: bool
    action: str | None = None
    values: dict | None = None
    #: the cells kept out of the lead (crm.importing.review.Kept), for ACCEPTED to tell why
    kept: tuple = ()


def load_expected(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def _iso(v) -> str | None:
    return v.isoformat() if isinstance(v, date) else v


def read_as_imported(store, actor, path: Path, today: date, sheet: str | None = None):
    """(table, plan, {row number: Read}) for the ledger at ``path``."""
    table = read_table(path, sheet)
    plan = plan_import(store, actor, table, options=ImportOptions(today=today))
    ref = reference(store)
    out: dict[int, Read] = {i.number: Read(False) for i in table.ignored}
    for r in plan.rows:
        v = dict(r.values)
        c = r.clean or {}
        merged = {**v, **c}

        def code(name, merged=merged):
            item = ref.get(merged.get(name)) if merged.get(name) is not None else None
            return item.code if item is not None else None

        owner = merged.get("owner")
        officer = r.new_officer or (ref.user(owner).display_name if owner is not None else None)
        if officer is None:
            officer = v.get("_unknown_owner")
        out[r.number] = Read(
            True,
            r.action,
            {
                "company": merged.get("company_name"),
                "credit_code": merged.get("credit_code"),
                "project": merged.get("project_name"),
                "field": code("field"),
                "city": code("city"),
                "officer": officer,
                "stage": merged.get("stage"),
                "planned_investment_wan": merged.get("planned_investment"),
                "first_contact": _iso(merged.get("first_contact_on")),
                # a later row about a company an earlier row brings in is not imported a
                # second time: the preview names the earlier row (the person's "review")
                "needs_review": r.needs_review
                or (r.action == "refuse")
                or (r.action == "skip" and r.duplicate_of_row is not None),
            },
            tuple(r.kept),
        )
    return table, plan, out


def compare(expected: list[dict], got: dict[int, Read], accepted) -> list[tuple[int, str, str]]:
    """Every difference ``accepted(expected row, key, value read, Read)`` does not accept, as
    (row, key, 'row N key: expected X, read Y'); key "rows" for a row read as the wrong kind."""
    out = []
    for e in expected:
        n = e["row"]
        read = got.get(n)
        if not e["is_data"]:
            if read is not None and read.is_data:
                out.append((n, "rows", f"row {n}: a {e.get('kind')} row read as data"))
            continue
        if read is None or not read.is_data:
            out.append((n, "rows", f"row {n}: a data row left out"))
            continue
        for k in KEYS:
            want, have = e.get(k), read.values[k]
            if isinstance(want, (int, float)) and isinstance(have, (int, float)):
                same = abs(float(want) - float(have)) < 0.01
            else:
                same = want == have
            if not same and not accepted(e, k, have, read):
                out.append((n, k, f"row {n} {k}: expected {want!r}, read {have!r}"))
    return out
