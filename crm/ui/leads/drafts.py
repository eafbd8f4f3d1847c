"""Drafts of the lead form on disk: written while a person types (after a pause), so a crash
loses nothing; offered again at the next start, newest first; dropped once saved or discarded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from crm.files import write_text
from crm.paths import data_dir


def drafts_dir() -> Path:
    d = data_dir() / "drafts"
    d.mkdir(parents=True, exist_ok=True)
    return d


def draft_path(lead_id: int | None) -> Path:
    """One draft per lead (and one for a new lead)."""
    return drafts_dir() / f"lead-{lead_id or 'new'}.json"


def write_draft(lead_id: int | None, values: dict[str, Any]) -> None:
    """The form's values as typed, replacing the previous draft whole (never half a file)."""
    payload = {"lead_id": lead_id, "values": values}
    # a temporary file its writer locks: one a crash left is swept at the next start
    write_text(draft_path(lead_id), json.dumps(payload, ensure_ascii=False, default=str))


def drop_draft(lead_id: int | None) -> None:
    draft_path(lead_id).unlink(missing_ok=True)


def pending_drafts() -> list[dict[str, Any]]:
    """Drafts left by a crash, newest first (the main window offers to reopen them); one that
    cannot be read is removed."""
    out: list[dict[str, Any]] = []
    for p in sorted(
        drafts_dir().glob("lead-*.json"), key=lambda p: p.stat().st_mtime, reverse=True
    ):
        try:
            out.append(json.loads(p.read_text(encoding="utf-8")) | {"path": str(p)})
        except (OSError, ValueError):
            p.unlink(missing_ok=True)
    return out
