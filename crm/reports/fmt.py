"""How the reports write numbers, amounts, changes and days, in Chinese or English.

Amounts are 万元 with thousands separators; from 1 亿 (10,000 万元) on, headline amounts read
better in 亿元 (English: RMB m / bn). Tables keep one unit per column (万元) so they add up.
"""

from __future__ import annotations

from datetime import date, datetime

from crm.analytics.period import MONTHS
from crm.i18n import EN, QT_TRANSLATE_NOOP
from crm.values.amounts import format_amount

WAN_PER_YI = 10_000


def count(value: float | None) -> str:
    return "—" if value is None else f"{int(round(value)):,}"


def wan(value: float | None) -> str:
    """A table cell in 万元: 12,345 (no unit; the column says it)."""
    if value is None:
        return "—"
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.1f}"


def amount(value: float | None, lang: str) -> str:
    """A headline amount with its unit, as the app writes it (crm.values.amounts.format_amount):
    4,502万元 / 709.93亿元; RMB 45.02 m / RMB 70.99 bn."""
    return format_amount(value, lang)


def percent(ratio: float | None, digits: int = 1) -> str:
    return "—" if ratio is None else f"{ratio * 100:.{digits}f}%"


def change(value: float, previous: float | None, *, money: bool = False, lang: str = "") -> str:
    """▲ 12 (+8.5%) / ▼ 3 (−2.0%) / ＝ against the period before; — without one."""
    if previous is None:
        return "—"
    diff = value - previous
    if diff == 0:
        return "＝ 0"
    arrow = "▲" if diff > 0 else "▼"
    size = amount(abs(diff), lang) if money else count(abs(diff))
    if not previous:
        return f"{arrow} {size}"
    return f"{arrow} {size} ({diff / previous * 100:+.1f}%)".replace("-", "−")


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def long_day(value: date, lang: str) -> str:
    """2026年5月18日 / 18 May 2026."""
    if lang == EN:
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    return f"{value.year}年{value.month}月{value.day}日"


def moment(value: datetime, lang: str) -> str:
    """When a report was generated, in local time: 2026年5月18日 09:05 / 18 May 2026 09:05.
    A moment that carries its own offset (a report drawn again to verify it) keeps it."""
    offset = value.utcoffset()
    local = value.astimezone() if offset is None or not offset else value
    return f"{long_day(local.date(), lang)} {local:%H:%M}"


def yes(value: bool, lang: str) -> str:
    return QT_TRANSLATE_NOOP("Report", "Yes").render(lang) if value else ""
