"""A ledger cell as text, the one way every step of the import reads a cell's words."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any


def as_text(raw: Any) -> str:
    """A cell as text: 12.0 → "12", a date → 2026-05-18."""
    if isinstance(raw, bool):
        return "是" if raw else "否"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat(" ")
    if isinstance(raw, date):
        return raw.isoformat()
    return str(raw)
