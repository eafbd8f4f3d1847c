"""The lead list's filter: what a view, a drill-down or a saved view asks for (plain data,
JSON-ready for saved views). crm.leadlist.query turns it into SQL."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from crm.pipeline.followup import FollowupState


@dataclass(frozen=True)
class LeadFilter:
    cities: tuple[int, ...] = ()
    fields: tuple[int, ...] = ()
    subfields: tuple[int, ...] = ()
    stages: tuple[str, ...] = ()
    owners: tuple[int, ...] = ()
    #: not owned by these (a manager's people's leads, without the manager's own)
    not_owners: tuple[int, ...] = ()
    project_types: tuple[int, ...] = ()
    sources: tuple[int, ...] = ()
    business_types: tuple[int, ...] = ()
    key_project: bool | None = None
    hightech: bool | None = None
    national_rd: bool | None = None
    foreign: bool | None = None
    confidential: bool | None = None
    #: the company holds every one of these designations (crm.leads.company_flags.FILTERS' keys)
    designations: tuple[str, ...] = ()
    followup: tuple[FollowupState, ...] = ()
    #: in play and without activity for the stale threshold (30 days)
    stale: bool = False
    created_from: date | None = None
    created_to: date | None = None
    #: first contacted in [first_contact_from, first_contact_to] (the report's new leads)
    first_contact_from: date | None = None
    first_contact_to: date | None = None
    #: flagged 需核实 by an import (True), or not flagged (False)
    needs_review: bool | None = None
    stage_date_from: date | None = None
    stage_date_to: date | None = None
    followup_from: date | None = None
    followup_to: date | None = None
    signed_from: date | None = None
    signed_to: date | None = None
    updated_from: date | None = None
    updated_to: date | None = None
    search: str = ""
    deleted: bool = False
    lead_ids: tuple[int, ...] | None = None
    company_id: int | None = None
    import_batch_id: int | None = None
    #: stage history (crm.pipeline.history; undone moves ignored), for report drill-downs:
    #: the first arrival at reached_stage or a later main stage falls in [reached_from, reached_to]
    reached_stage: str | None = None
    reached_from: date | None = None
    reached_to: date | None = None
    #: a stage move (not the creation) in [moved_from, moved_to]; moved_forward: a move forward
    moved_from: date | None = None
    moved_to: date | None = None
    moved_forward: bool = False
    #: has not reached this stage or a later main one by reached_to (a funnel's drop-off)
    not_reached_stage: str | None = None
    #: lost leads by the stage they were lost at, the reason and the region that won
    #: ("" in lost_to_regions: no region named)
    lost_at_stages: tuple[str, ...] = ()
    lost_reasons: tuple[int, ...] = ()
    lost_to_regions: tuple[str, ...] = ()

    def with_(self, **changes: Any) -> LeadFilter:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (saved views)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v in ((), None, "", False):
                continue
            out[f.name] = (
                [str(x) for x in v]
                if f.name == "followup"
                else (
                    list(v) if isinstance(v, tuple) else v.isoformat() if isinstance(v, date) else v
                )
            )
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LeadFilter:
        kwargs: dict[str, Any] = {}
        known = {f.name: f for f in fields(cls)}
        for k, v in data.items():
            if k not in known:
                continue
            default = known[k].default
            if k == "followup":
                kwargs[k] = tuple(FollowupState(x) for x in v)
            elif isinstance(default, tuple) or k == "lead_ids":
                kwargs[k] = tuple(v)
            elif k.endswith(("_from", "_to")) and v:
                kwargs[k] = date.fromisoformat(v)
            else:
                kwargs[k] = v
        return cls(**kwargs)
