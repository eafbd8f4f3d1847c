"""The lead list's columns, derived from crm.leadlist.columns (the one registry of lead columns):
the header in the current language, how a row shows by the column's kind, the width, and what
it sorts by. Only how a value looks on screen is decided here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt

from crm import fields as F
from crm.leadlist import columns as LC
from crm.leadlist.query import LeadRow
from crm.leads import company_flags
from crm.pipeline.followup import LABELS, FollowupState
from crm.pipeline.followup import label as followup_label
from crm.reference import ReferenceData
from crm.team_settings import FollowupThresholds
from crm.ui.noop import QT_TRANSLATE_NOOP
from crm.values.amounts import format_wan

Show = Callable[[LeadRow, ReferenceData, FollowupThresholds], Any]


@dataclass(frozen=True)
class Column:
    key: str
    spec: LC.LeadColumn
    show: Show
    sort: str | None
    numeric: bool
    visible: bool
    width: int
    #: how a compact table (a card of My day) shows it, when shorter than ``show``
    compact: Show | None = None

    def title(self, compact: bool = False) -> str:
        short = COMPACT_HEADERS.get(self.key) if compact else None
        return QCoreApplication.translate(CTX, short) if short else self.spec.header()

    @property
    def align(self) -> Qt.AlignmentFlag:
        base = Qt.AlignmentFlag.AlignVCenter
        return base | (Qt.AlignmentFlag.AlignRight if self.numeric else Qt.AlignmentFlag.AlignLeft)


def _day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _attr(key: str) -> str:
    """The LeadRow attribute a column reads."""
    return "company" if key == "company_name" else F.column_of(key)


def _shower(col: LC.LeadColumn) -> Show:
    """How a row shows in this column, by the column's kind (the one switch on kinds)."""
    key, kind = col.key, col.kind
    get = _attr(key)
    if key == "is_key":
        return lambda r, f, t: "★" if r.is_key else ""
    if kind == F.REF and key == "stage":
        return lambda r, f, t: f.stage_label(r.stage)
    if kind == F.REF:
        return lambda r, f, t: f.label(getattr(r, get))
    if kind == F.USER:
        return lambda r, f, t: f.user_name(getattr(r, get))
    if kind == F.AMOUNT:
        return lambda r, f, t: format_wan(getattr(r, get))
    if kind in (F.DATE, LC.DATETIME):
        return lambda r, f, t: _day(getattr(r, get))
    if kind == LC.FOLLOWUP:
        return lambda r, f, t: followup_label(r.followup, t).render()
    if kind == LC.DESIGNATIONS:
        return lambda r, f, t: company_flags.text(r.designations, f)
    if kind == LC.DAYS:
        return lambda r, f, t: str((date.today() - r.stage_date).days)
    if kind == F.BOOL:
        return lambda r, f, t: "✓" if getattr(r, get) else ""
    return lambda r, f, t: getattr(r, get) or ""


class _Followed(Protocol):
    """What the compact follow-up reads of a row (a LeadRow; a state alone for the widths)."""

    @property
    def followup(self) -> FollowupState: ...


def _followup_compact(r: _Followed, t: FollowupThresholds) -> str:
    """逾期 5+ 天 rather than 逾期 5+ 天，已告知领导; nothing scheduled is a dash."""
    if r.followup == FollowupState.NONE:
        return "—"
    if r.followup == FollowupState.MANAGER:
        return LABELS[FollowupState.OFFICER].format(days=t.manager).render()
    return followup_label(r.followup, t).render()


CTX = "LeadColumns"
#: shorter headings of a compact table (My day's cards), English source in context LeadColumns
COMPACT_HEADERS = {
    "next_followup": QT_TRANSLATE_NOOP("LeadColumns", "Due"),
    "last_activity_on": QT_TRANSLATE_NOOP("LeadColumns", "Last contact"),
}
#: how a compact table shows a column, where shorter than the list
_COMPACT: dict[str, Show] = {
    "company_name": lambda r, f, t: ("★ " if r.is_key else "") + r.company,
    "followup": lambda r, f, t: _followup_compact(r, t),
}


def _column(spec: LC.LeadColumn) -> Column:
    return Column(
        spec.key,
        spec,
        _shower(spec),
        spec.sort,
        spec.numeric,
        spec.shown,
        spec.list_width,
        _COMPACT.get(spec.key),
    )


COLUMNS: tuple[Column, ...] = tuple(_column(c) for c in LC.list_columns())
BY_KEY = {c.key: c for c in COLUMNS}
