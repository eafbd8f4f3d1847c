"""The corridor's published targets for 2025 (DOMAIN.md, from the implementation plan), shown on
the dashboard as context for the annual targets. They measure the whole corridor, not the
projects in this CRM, so no progress is computed against them: the dashboard puts beside two
of them what investment attraction has contributed (signed national-level R&D platforms and
national high-tech enterprises)."""

from __future__ import annotations

from dataclasses import dataclass

from crm.i18n import QT_TRANSLATE_NOOP, Message

PUBLISHED_YEAR = 2025


@dataclass(frozen=True)
class PublishedTarget:
    key: str
    label: Message
    # the target as printed: a number and its unit
    value: Message
    # the CRM's contribution (a lead-list flag of signed projects), when one is comparable
    flag: str | None = None


PUBLISHED: tuple[PublishedTarget, ...] = (
    PublishedTarget(
        "added_value",
        QT_TRANSLATE_NOOP("Corridor", "Industrial added value"),
        QT_TRANSLATE_NOOP("Corridor", "over 400 billion yuan"),
    ),
    PublishedTarget(
        "digital_revenue",
        QT_TRANSLATE_NOOP("Corridor", "Digital-economy core industries' revenue"),
        QT_TRANSLATE_NOOP("Corridor", "over 1 trillion yuan"),
    ),
    PublishedTarget(
        "national_rd",
        QT_TRANSLATE_NOOP("Corridor", "National-level R&D institutions and platforms"),
        QT_TRANSLATE_NOOP("Corridor", "50"),
        flag="national_rd",
    ),
    PublishedTarget(
        "talents",
        QT_TRANSLATE_NOOP("Corridor", "Talents"),
        QT_TRANSLATE_NOOP("Corridor", "over 700,000"),
    ),
    PublishedTarget(
        "hightech",
        QT_TRANSLATE_NOOP("Corridor", "National high-tech enterprises"),
        QT_TRANSLATE_NOOP("Corridor", "over 2,000"),
        flag="hightech",
    ),
    PublishedTarget(
        "innovation_fund",
        QT_TRANSLATE_NOOP("Corridor", "City funding for the corridor's innovation work"),
        QT_TRANSLATE_NOOP("Corridor", "1 billion yuan a year"),
    ),
)
