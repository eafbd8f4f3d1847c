"""The columns of lead tables: key, translated header, how a row shows, how it sorts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from crm.amounts import format_wan
from crm.followup import LABELS, FollowupState
from crm.followup import label as followup_label
from crm.lead_query import LeadRow
from crm.reference import ReferenceData
from crm.team_settings import FollowupThresholds

CTX = "LeadColumns"


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English source, translated in context LeadColumns
    show: Callable[[LeadRow, ReferenceData, FollowupThresholds], Any]
    sort: str | None = None
    numeric: bool = False
    visible: bool = True
    width: int = 100
    #: how a compact table (a card of My day) shows it, when shorter than ``show``
    compact: Callable[[LeadRow, ReferenceData, FollowupThresholds], Any] | None = None
    #: its heading in a compact table, when shorter (English source, context LeadColumns)
    compact_header: str | None = None

    def title(self, compact: bool = False) -> str:
        text = self.compact_header if compact and self.compact_header else self.header
        return QCoreApplication.translate(CTX, text)

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


def _wan(value: float | None) -> str:
    return format_wan(value)


def _followup_compact(r: LeadRow, t: FollowupThresholds) -> str:
    """逾期 5+ 天 rather than 逾期 5+ 天，已告知领导; nothing scheduled is a dash."""
    if r.followup == FollowupState.NONE:
        return "—"
    if r.followup == FollowupState.MANAGER:
        return LABELS[FollowupState.OFFICER].format(days=t.manager).render()
    return followup_label(r.followup, t).render()


def _days_in_stage(r: LeadRow) -> str:
    return str((date.today() - r.stage_date).days)


COLUMNS: tuple[Column, ...] = (
    Column(
        "is_key",
        QT_TRANSLATE_NOOP("LeadColumns", "Key"),
        lambda r, f, t: "★" if r.is_key else "",
        "is_key",
        width=40,
    ),
    Column(
        "company",
        QT_TRANSLATE_NOOP("LeadColumns", "Company"),
        lambda r, f, t: r.company,
        "company",
        width=240,
        compact=lambda r, f, t: ("★ " if r.is_key else "") + r.company,
    ),
    Column(
        "project_name",
        QT_TRANSLATE_NOOP("LeadColumns", "Project"),
        lambda r, f, t: r.project_name,
        "project_name",
        width=200,
    ),
    Column(
        "city",
        QT_TRANSLATE_NOOP("LeadColumns", "City"),
        lambda r, f, t: f.label(r.city_id),
        "city",
        width=110,
    ),
    Column(
        "field",
        QT_TRANSLATE_NOOP("LeadColumns", "Field"),
        lambda r, f, t: f.label(r.field_id),
        "field",
        width=90,
    ),
    Column(
        "subfield",
        QT_TRANSLATE_NOOP("LeadColumns", "Sub-field"),
        lambda r, f, t: f.label(r.subfield_id),
        "subfield",
        width=110,
    ),
    Column(
        "stage",
        QT_TRANSLATE_NOOP("LeadColumns", "Stage"),
        lambda r, f, t: f.stage_label(r.stage),
        "stage",
        width=70,
    ),
    Column(
        "stage_date",
        QT_TRANSLATE_NOOP("LeadColumns", "Since"),
        lambda r, f, t: _day(r.stage_date),
        "stage_date",
        width=95,
    ),
    Column(
        "days_in_stage",
        QT_TRANSLATE_NOOP("LeadColumns", "Days in stage"),
        lambda r, f, t: _days_in_stage(r),
        "stage_date",
        numeric=True,
        visible=False,
        width=70,
    ),
    Column(
        "owner",
        QT_TRANSLATE_NOOP("LeadColumns", "Owner"),
        lambda r, f, t: f.user_name(r.owner_id),
        "owner",
        width=80,
    ),
    Column(
        "planned_investment",
        QT_TRANSLATE_NOOP("LeadColumns", "Planned (10k yuan)"),
        lambda r, f, t: _wan(r.planned_investment),
        "planned_investment",
        numeric=True,
        width=120,
    ),
    Column(
        "agreed_investment",
        QT_TRANSLATE_NOOP("LeadColumns", "Agreed (10k yuan)"),
        lambda r, f, t: _wan(r.agreed_investment),
        "agreed_investment",
        numeric=True,
        visible=False,
        width=120,
    ),
    Column(
        "funds_in_place",
        QT_TRANSLATE_NOOP("LeadColumns", "Funds in place (10k yuan)"),
        lambda r, f, t: _wan(r.funds_in_place),
        "funds_in_place",
        numeric=True,
        visible=False,
        width=130,
    ),
    Column(
        "next_followup",
        QT_TRANSLATE_NOOP("LeadColumns", "Next follow-up"),
        lambda r, f, t: _day(r.next_followup),
        "next_followup",
        width=100,
        compact_header=QT_TRANSLATE_NOOP("LeadColumns", "Due"),
    ),
    Column(
        "followup",
        QT_TRANSLATE_NOOP("LeadColumns", "Follow-up"),
        lambda r, f, t: followup_label(r.followup, t).render(),
        "followup",
        width=130,
        compact=lambda r, f, t: _followup_compact(r, t),
    ),
    Column(
        "last_activity_on",
        QT_TRANSLATE_NOOP("LeadColumns", "Last activity"),
        lambda r, f, t: _day(r.last_activity_on),
        "last_activity_on",
        width=100,
        compact_header=QT_TRANSLATE_NOOP("LeadColumns", "Last contact"),
    ),
    Column(
        "source",
        QT_TRANSLATE_NOOP("LeadColumns", "Source"),
        lambda r, f, t: f.label(r.source_id),
        "source",
        visible=False,
        width=100,
    ),
    Column(
        "project_type",
        QT_TRANSLATE_NOOP("LeadColumns", "Project type"),
        lambda r, f, t: f.label(r.project_type_id),
        "project_type",
        visible=False,
        width=110,
    ),
    Column(
        "business_type",
        QT_TRANSLATE_NOOP("LeadColumns", "Business type"),
        lambda r, f, t: f.label(r.business_type_id),
        "business_type",
        visible=False,
        width=100,
    ),
    Column(
        "credit_code",
        QT_TRANSLATE_NOOP("LeadColumns", "Credit code"),
        lambda r, f, t: r.credit_code or "",
        "credit_code",
        visible=False,
        width=170,
    ),
    Column(
        "created_at",
        QT_TRANSLATE_NOOP("LeadColumns", "Created"),
        lambda r, f, t: _day(r.created_at),
        "created_at",
        visible=False,
        width=130,
    ),
    Column(
        "updated_at",
        QT_TRANSLATE_NOOP("LeadColumns", "Updated"),
        lambda r, f, t: _day(r.updated_at),
        "updated_at",
        visible=False,
        width=130,
    ),
)
BY_KEY = {c.key: c for c in COLUMNS}
