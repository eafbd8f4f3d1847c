"""What a write changed, so each view refreshes only what it shows (GUIDE.md: one application
signal carries what changed; cf. Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Changes:
    leads: frozenset[int] = field(default_factory=frozenset)
    activities: bool = False
    contacts: bool = False
    companies: bool = False
    reference: bool = False
    users: bool = False
    targets: bool = False
    settings: bool = False
    views: bool = False
    #: a week was closed or reopened, or its summary written
    reports: bool = False
    #: many leads changed (import, undo of an import): reload everything
    bulk: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            leads=self.leads | other.leads,
            activities=self.activities or other.activities,
            contacts=self.contacts or other.contacts,
            companies=self.companies or other.companies,
            reference=self.reference or other.reference,
            users=self.users or other.users,
            targets=self.targets or other.targets,
            settings=self.settings or other.settings,
            views=self.views or other.views,
            reports=self.reports or other.reports,
            bulk=self.bulk or other.bulk,
        )

    @property
    def empty(self) -> bool:
        return self == Changes()

    @classmethod
    def everything(cls) -> Changes:
        """The store as a whole changed (demo data loaded, a backup restored): every view
        shows what the store now holds."""
        # every field but ``leads`` is a flag (Any: the names are read from the class)
        flags: dict[str, Any] = {f: True for f in cls.__dataclass_fields__ if f != "leads"}
        return cls(**flags)


def lead_changed(lead_id: int, **flags: bool) -> Changes:
    return Changes(leads=frozenset({lead_id}), **flags)
