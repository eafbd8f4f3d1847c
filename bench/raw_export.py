"""The whole lead export done raw, as a process (the floor of ``crm export leads`` timed from
outside, e.g. with hyperfine or /usr/bin/time): sqlite3 reads every live lead with its company
in the list's default order, and rustpy-xlsxwriter writes them as they come as the same kind of
file (bench/xlsx_floor.py: column formats, styled header, widths, page setup). Nothing from crm
is imported; no labels, masking or contacts (the raw work only).

    python bench/raw_export.py STORE.sqlite OUT.xlsx
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import rustpy_xlsxwriter as rx  # noqa: E402

from bench import xlsx_floor  # noqa: E402

SQL = (
    "SELECT lead.*, company.name, company.credit_code, company.origin FROM lead "
    "JOIN company ON company.id = lead.company_id WHERE lead.deleted_at IS NULL "
    "ORDER BY lead.updated_at DESC, lead.id DESC"
)


def main(store: str, out: str) -> None:
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    cur = con.execute(SQL)
    heads = [f"{d[0]}#{i}" for i, d in enumerate(cur.description)]
    first = cur.fetchmany(2000)
    formats = xlsx_floor.column_formats(rx, heads, first)
    opts = xlsx_floor.options(rx, "Leads", heads, formats, [14.0] * len(heads))

    def records():
        for r in first:
            yield dict(zip(heads, r, strict=True))
        for r in cur:
            yield dict(zip(heads, r, strict=True))

    xlsx_floor.write(rx, [("Leads", heads, records(), opts)], out)
    con.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
