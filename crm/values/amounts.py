"""Amounts as people type them, in 万元 (ten thousand yuan).

"1.2亿" → 12000, "5000万" → 5000, "3,000" → 3000, "800万元" → 800, "约3亿元" → 30000,
"2,500,000元" → 250. A bare number is in the column's unit (万元 unless a header says
otherwise). Anything else is refused with the reason; nothing is guessed.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from crm.errors import ParseError
from crm.i18n import EN, QT_TRANSLATE_NOOP, Message, current_language

#: unit → multiplier into 万元
UNITS: dict[str, Decimal] = {
    "元": Decimal("0.0001"),
    "千元": Decimal("0.1"),
    "万": Decimal(1),
    "万元": Decimal(1),
    "w": Decimal(1),
    "十万": Decimal(10),
    "十万元": Decimal(10),
    "百万": Decimal(100),
    "百万元": Decimal(100),
    "千万": Decimal(1000),
    "千万元": Decimal(1000),
    "亿": Decimal(10000),
    "亿元": Decimal(10000),
    "十亿": Decimal(100000),
    "百亿": Decimal(1000000),
    # English ledgers, and the app's own English amounts ("RMB 45.0 m", "RMB 1.20 bn")
    "yuan": Decimal("0.0001"),
    "k": Decimal("0.1"),
    "m": Decimal(100),
    "mn": Decimal(100),
    "million": Decimal(100),
    "millionyuan": Decimal(100),
    "bn": Decimal(100000),
    "billion": Decimal(100000),
    "billionyuan": Decimal(100000),
}
#: the largest plausible amount: 10 万亿元 (far above any single project)
MAX_WAN = Decimal(1_000_000_000)
MAX_LENGTH = 40

_APPROX_PREFIX = (
    "大约",
    "约合",
    "约",
    "近",
    "超过",
    "超",
    "逾",
    "不少于",
    "不低于",
    "达",
    "人民币",
    "rmb",
    "cny",
    "¥",
    "￥",
)
_APPROX_SUFFIX = ("左右", "以上", "余", "多", "（人民币）", "(人民币)", "人民币", "rmb", "cny")
#: currencies an amount in RMB must not name (in a cell, or in a column's header)
FOREIGN_CURRENCIES = (
    "美元",
    "美金",
    "usd",
    "us$",
    "$",
    "欧元",
    "eur",
    "€",
    "日元",
    "jpy",
    "英镑",
    "gbp",
    "港元",
    "港币",
    "hkd",
    "外币",
)
_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)(.*)$")
#: 3000-5000万, 1～2亿, 3至5亿
_RANGE = re.compile(r"^\d+(?:\.\d+)?[^\d.]{0,2}[-~～至到]\d")


def _refuse(message: Message) -> ParseError:
    return ParseError(message)


def parse_amount(raw: object, *, unit: str = "万元") -> float | None:
    """Parse an amount into 万元; ``None`` for empty input; ParseError with the reason otherwise.

    ``unit`` is the unit of a bare number (e.g. "亿元" for a column headed 投资额(亿元)).
    """
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise _refuse(QT_TRANSLATE_NOOP("Parse", "not an amount"))
    base = UNITS[unit]
    if isinstance(raw, (int, float, Decimal)):
        try:
            value = Decimal(str(raw)) * base
        except InvalidOperation:
            raise _refuse(QT_TRANSLATE_NOOP("Parse", "not an amount")) from None
        return _checked(value, str(raw))
    text = unicodedata.normalize("NFKC", str(raw)).strip().lower()
    if not text:
        return None
    if len(text) > MAX_LENGTH:
        raise _refuse(QT_TRANSLATE_NOOP("Parse", "too long to be an amount"))
    text = re.sub(r"\s+", "", text)
    if text.startswith("-") or text.startswith("负"):
        raise _refuse(QT_TRANSLATE_NOOP("Parse", "an amount cannot be negative"))
    if any(f in text for f in FOREIGN_CURRENCIES):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Parse", "amounts are in RMB; convert a foreign-currency amount to 万元 first"
            )
        )
    changed = True
    while changed:
        changed = False
        for p in _APPROX_PREFIX:
            if text.startswith(p):
                text, changed = text[len(p) :], True
        for s in _APPROX_SUFFIX:
            if text.endswith(s):
                text, changed = text[: -len(s)], True
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?.*", text):
        text = text.replace(",", "")
    if _RANGE.match(text):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Parse", "'{text}' is a range: write one amount (the one the project plans)"
            ).format(text=str(raw).strip()[:MAX_LENGTH])
        )
    m = _NUMBER.match(text)
    if not m:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Parse", "'{text}' is not an amount: write it like 5000万, 1.2亿 or 3,000"
            ).format(text=str(raw).strip()[:MAX_LENGTH])
        )
    number, suffix = m.groups()
    if suffix:
        if suffix not in UNITS:
            raise _refuse(
                QT_TRANSLATE_NOOP("Parse", "unknown unit '{unit}': use 元, 万元 or 亿元").format(
                    unit=suffix[:10]
                )
            )
        base = UNITS[suffix]
    return _checked(Decimal(number) * base, str(raw))


_PLACES = Decimal("0.0001")


def _checked(value: Decimal, raw: str) -> float:
    if not value.is_finite():
        raise _refuse(QT_TRANSLATE_NOOP("Parse", "not an amount"))
    if value < 0:
        raise _refuse(QT_TRANSLATE_NOOP("Parse", "an amount cannot be negative"))
    if value > MAX_WAN:
        raise _refuse(
            QT_TRANSLATE_NOOP("Parse", "{text} is larger than any project could be").format(
                text=raw.strip()[:MAX_LENGTH]
            )
        )
    return float(value.quantize(_PLACES))


def format_wan(value: float | None, *, decimals: int = 0) -> str:
    """12345.6 → "12,346" (万元, thousands separators); None → ""."""
    if value is None:
        return ""
    return f"{value:,.{decimals}f}"


def format_amount(value: float | None, lang: str | None = None) -> str:
    """An amount of 万元 as a reader says it, the one way the app, the PDF and the workbook
    write amounts in words: 873万元, 4,502万元, 1.20亿元; in English RMB 8.73 m, RMB 45.02 m
    (two decimals of a million are whole 万元), RMB 7.10 bn. None → "—"."""
    if value is None:
        return "—"
    if (lang or current_language()) == EN:
        yuan = value * 10_000
        if abs(yuan) >= 1e9:
            return f"RMB {yuan / 1e9:,.2f} bn"
        return f"RMB {yuan / 1e6:,.2f} m"
    if abs(value) >= 10_000:
        return f"{value / 10_000:,.2f}亿元"
    return f"{value:,.0f}万元" if abs(value) >= 100 else f"{format_number(value)}万元"


def format_number(value: float | None, *, decimals: int = 2) -> str:
    """A quantity with thousands separators and no trailing zeros: 15,706; 12.5; 0.25."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
