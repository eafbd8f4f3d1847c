"""A ledger cell as text, the one way every step of the import reads a cell's words; and the
marks offices write for "the same as the row above"."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from typing import Any

from crm.importing.number_formats import ShownNumber

#: "the same as above" as offices write it: 同上, the ditto marks 〃 and ", the English word
#: (and its abbreviation do.); compared once NFKC-folded, case-folded and without spaces
DITTO = frozenset({"同上", "同上行", "同前", "〃", '"', "“", "”", "''", "ditto", "do."})

#: the first characters of DITTO, as typed (before folding): full-width forms too; a caller
#: looping over many cells tells most of them apart by ``c[:1] in DITTO_FIRST`` alone
_FIRST = frozenset("同〃\"“”'dDｄＤ＂＇")
DITTO_FIRST = _FIRST | frozenset(" \t\u3000")


def as_text(raw: Any) -> str:
    """A cell as text: 12.0 → "12", a date → 2026-05-18, 1.2 formatted 0.0"亿元" → 1.2亿元."""
    if isinstance(raw, bool):
        return "是" if raw else "否"
    if isinstance(raw, ShownNumber):
        return raw.shown()
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat(" ")
    if isinstance(raw, date):
        return raw.isoformat()
    return str(raw)


def is_ditto(raw: Any) -> bool:
    """A cell that says "the same as the row above" (DITTO)."""
    if type(raw) is not str or len(raw) > 8:
        return False
    text = raw.strip()
    if not text or text[0] not in _FIRST:  # most cells: no folding needed to tell
        return False
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold() in DITTO
