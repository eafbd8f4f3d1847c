"""The names a report prints, taken from the reference lists when the figures are computed.

Renderers take nothing from the database but the analytics result, so the result carries the
names it needs in both languages: cities, fields, stages, business and activity types, and
the officers' display names (staff names are not contact details).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from crm.i18n import EN, QT_TRANSLATE_NOOP, Message, current_language
from crm.reference import RefEntry, ReferenceData

# the cities and fields a table always shows; the others appear when they have figures
CORE_CITY_TAG = "core"
FOCUS_FIELDS = ("internet", "health", "materials")


@dataclass(frozen=True)
class Name:
    zh: str
    en: str

    def __call__(self, lang: str | None = None) -> str:
        return self.en if (lang or current_language()) == EN else self.zh


@dataclass(frozen=True)
class Labels:
    cities: dict[int, Name]
    fields: dict[int, Name]
    stages: dict[str, Name]
    business_types: dict[int, Name]
    activity_types: dict[str, Name]
    users: dict[int, str]
    # ids in the reference lists' order, and those always shown
    city_order: tuple[int, ...]
    field_order: tuple[int, ...]
    core_cities: frozenset[int]
    focus_fields: frozenset[int]

    def city(self, city_id: int | None, lang: str | None = None) -> str:
        n = self.cities.get(city_id) if city_id is not None else None
        return n(lang) if n else ""

    def field(self, field_id: int | None, lang: str | None = None) -> str:
        n = self.fields.get(field_id) if field_id is not None else None
        return n(lang) if n else ""

    def stage(self, code: str | None, lang: str | None = None) -> str:
        n = self.stages.get(code) if code is not None else None
        return n(lang) if n else (code or "")

    def business_type(self, item_id: int | None, lang: str | None = None) -> str:
        n = self.business_types.get(item_id) if item_id is not None else None
        return n(lang) if n else ""

    def activity_type(self, code: str, lang: str | None = None) -> str:
        n = self.activity_types.get(code)
        return n(lang) if n else code

    def user(self, user_id: int | None) -> str:
        return self.users.get(user_id, "") if user_id is not None else ""


def labels_from(ref: ReferenceData) -> Labels:
    def names(kind: str, key: Callable[[RefEntry], Any] = lambda i: i.id) -> dict[Any, Name]:
        return {key(i): Name(i.name_zh, i.name_en) for i in ref.kind(kind, active_only=False)}

    cities = ref.kind("city", active_only=False)
    fields = ref.kind("field", active_only=False)
    return Labels(
        cities=names("city"),
        fields=names("field"),
        stages=names("stage", key=lambda i: i.code),
        business_types=names("business_type"),
        activity_types=names("activity_type", key=lambda i: i.code),
        users={u.id: u.display_name for u in ref.users.values()},
        city_order=tuple(c.id for c in cities),
        field_order=tuple(f.id for f in fields),
        core_cities=frozenset(c.id for c in cities if c.tag == CORE_CITY_TAG),
        focus_fields=frozenset(f.id for f in fields if f.code in FOCUS_FIELDS),
    )


__all__ = ["Labels", "Name", "labels_from", "FIGURE_LABELS", "figure_label"]


# what each figure key is called (the PDF, the workbook and the dashboard use these)
FIGURE_LABELS: dict[str, Message] = {
    "new_leads": QT_TRANSLATE_NOOP("Report", "New leads"),
    "activities": QT_TRANSLATE_NOOP("Report", "Activities"),
    "visits": QT_TRANSLATE_NOOP("Report", "Visits"),
    "calls": QT_TRANSLATE_NOOP("Report", "Calls"),
    "meetings": QT_TRANSLATE_NOOP("Report", "Meetings"),
    "advanced": QT_TRANSLATE_NOOP("Report", "Leads advanced"),
    "signed": QT_TRANSLATE_NOOP("Report", "Projects signed"),
    "landed": QT_TRANSLATE_NOOP("Report", "Projects landed"),
    "signed_investment": QT_TRANSLATE_NOOP("Report", "Signed investment"),
    "overdue": QT_TRANSLATE_NOOP("Report", "Overdue follow-ups"),
    "at_risk": QT_TRANSLATE_NOOP("Report", "At risk"),
    "stale": QT_TRANSLATE_NOOP("Report", "No activity for 30 days"),
    "key_in_play": QT_TRANSLATE_NOOP("Report", "Key projects in play"),
    "key_moved": QT_TRANSLATE_NOOP("Report", "Key projects that moved"),
}


def figure_label(key: str, lang: str | None = None) -> str:
    msg = FIGURE_LABELS.get(key)
    return msg.render(lang) if msg else key


#: shorter names for the heads of dense tables (officers, cities)
FIGURE_SHORT: dict[str, Message] = {
    "new_leads": QT_TRANSLATE_NOOP("Report", "New"),
    "advanced": QT_TRANSLATE_NOOP("Report", "Advanced"),
    "signed": QT_TRANSLATE_NOOP("Report", "Signed"),
    "landed": QT_TRANSLATE_NOOP("Report", "Landed"),
    "overdue": QT_TRANSLATE_NOOP("Report", "Overdue"),
    "stale": QT_TRANSLATE_NOOP("Report", "Quiet 30 days"),
}


def figure_short(key: str, lang: str | None = None) -> str:
    msg = FIGURE_SHORT.get(key)
    return msg.render(lang) if msg else figure_label(key, lang)
