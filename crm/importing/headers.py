"""Column headers → import targets, with the unit a header states.

"计划投资额（万元）", "投资额(亿元)", "总投资/亿元" and "Planned investment (10k yuan)" all name
the planned investment; the unit in the header scales bare numbers in that column (a cell's
own unit, "1.2亿", still wins). The matching of a header to its target is
crm.importing.header_match; a Column carries the result and how sure it is.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from crm import fields as F
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.importing import synonyms as S
from crm.values.amounts import FOREIGN_CURRENCIES

#: header unit → crm.values.amounts unit
AMOUNT_UNITS = {
    "元": "元",
    "千元": "千元",
    "万": "万元",
    "万元": "万元",
    "十万元": "十万元",
    "百万": "百万元",
    "百万元": "百万元",
    "千万": "千万元",
    "千万元": "千万元",
    "亿": "亿元",
    "亿元": "亿元",
    "万元/年": "万元",
    "亿元/年": "亿元",
    "万元／年": "万元",
    "yuan": "元",
    "10kyuan": "万元",
    "10kyuan/year": "万元",
    "100myuan": "亿元",
    "rmb10k": "万元",
    "人民币万元": "万元",
    "人民币亿元": "亿元",
    "单位:万元": "万元",
    "单位:亿元": "亿元",
}
#: units that say nothing about scale for us (kept out of the name)
#: crm.values.amounts unit → label; a column without a unit (None) reads bare numbers as 万元
UNIT_LABELS: dict[str, Message] = {
    "万元": QT_TRANSLATE_NOOP("ImportUnits", "10k yuan (万元)"),
    "元": QT_TRANSLATE_NOOP("ImportUnits", "yuan (元)"),
    "千元": QT_TRANSLATE_NOOP("ImportUnits", "thousand yuan (千元)"),
    "十万元": QT_TRANSLATE_NOOP("ImportUnits", "100k yuan (十万元)"),
    "百万元": QT_TRANSLATE_NOOP("ImportUnits", "million yuan (百万元)"),
    "千万元": QT_TRANSLATE_NOOP("ImportUnits", "10 million yuan (千万元)"),
    "亿元": QT_TRANSLATE_NOOP("ImportUnits", "100 million yuan (亿元)"),
}

#: the unit of an amount column whose header names a currency other than RMB (万美元,
#: USD): its amounts are refused, not read as yuan
FOREIGN = "foreign"
UNIT_LABELS[FOREIGN] = QT_TRANSLATE_NOOP(
    "ImportUnits", "a foreign currency: refused (convert to RMB first)"
)

OTHER_UNITS = {
    "亩",
    "万元/亩",
    "10kyuan/mu",
    "平方米",
    "平米",
    "㎡",
    "m²",
    "m2",
    "人",
    "个",
    "名",
    "mu",
    "people",
    "日期",
}
_BRACKET = re.compile(r"[\(\[【〔]([^\)\]】〕]{1,16})[\)\]】〕]")
_SLASH_UNIT = re.compile(r"(?:/|单位[:：]?)\s*([^/]{1,8})$")
#: a currency other than RMB in a header, with its scale and brackets: 万美元, (USD); a code
#: in letters only as a word of its own (not the "eur" of "entrepreneur")
_FOREIGN_UNIT = re.compile(
    r"[\(\[【〔]?(?:千|百|十)?(?:万|亿)?(?:"
    + "|".join(
        rf"(?<![a-z]){re.escape(c)}(?![a-z])" if c.isascii() and c.isalpha() else re.escape(c)
        for c in FOREIGN_CURRENCIES
    )
    + r")[\)\]】〕]?"
)
_DROP = re.compile(r"[\s*＊※:：\"'“”‘’]+")


def key(text: object) -> str:
    """The comparison form of a header or value: NFKC, case-folded, no spaces or marks."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).casefold()
    return _DROP.sub("", s)


def split_unit(header: str) -> tuple[str, str | None]:
    """("投资额(亿元)") → ("投资额", "亿元"); the unit is a crm.values.amounts unit or None."""
    text = key(header)
    unit = None
    for m in list(_BRACKET.finditer(text)):
        inner = m.group(1)
        if inner in AMOUNT_UNITS or inner in OTHER_UNITS or inner.startswith("单位"):
            unit = AMOUNT_UNITS.get(inner.replace("单位", "").lstrip(":"), unit)
            text = text.replace(m.group(0), "")
    slash = _SLASH_UNIT.search(text)
    if slash and (slash.group(1) in AMOUNT_UNITS or slash.group(1) in OTHER_UNITS):
        unit = AMOUNT_UNITS.get(slash.group(1), unit)
        text = text[: slash.start()]
    for suffix in ("(万元)", "万元", "(亿元)", "亿元"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1 and unit is None:
            unit = AMOUNT_UNITS[suffix.strip("()")]
            text = text[: -len(suffix)]
    if _FOREIGN_UNIT.search(text):
        unit = FOREIGN
        text = _FOREIGN_UNIT.sub("", text) or text
    return text, unit


#: how a column's target was found (crm.importing.header_match), or set
EXACT, NORMALISED, FUZZY, MANUAL, REMEMBERED = (
    "exact",
    "normalised",
    "fuzzy",
    "manual",
    "remembered",
)


@dataclass(frozen=True)
class Column:
    """One column of the table: where it is, what its header says, what it imports into, and
    how sure the match of its header is."""

    index: int
    header: str
    target: str | None = None
    #: crm.values.amounts unit of bare numbers in this column (from the header), None = 万元
    unit: str | None = None
    #: how sure the header's match is, 0–1 (1: a known name as written)
    score: float = 0.0
    #: EXACT, NORMALISED, FUZZY (found), MANUAL (chosen by a person), REMEMBERED, "" (none)
    how: str = ""
    #: (target, header of the column that took it): this column also reads as ``target``,
    #: but another column matched it better
    lost_to: tuple[str, str] | None = None

    def with_target(self, target: str | None, unit: str | None = None) -> Column:
        return Column(
            self.index,
            self.header,
            target,
            unit if unit is not None else self.unit,
            1.0 if target is not None else 0.0,
            MANUAL,
        )


def layout_signature(headers: list[str]) -> str:
    """Files of the same layout (same headers in the same order) share this signature."""
    text = "\x1f".join(key(h) for h in headers)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def target_label(target: str | None) -> Message:
    """What the wizard shows for a target in the mapping's choices."""
    if target is None:
        return QT_TRANSLATE_NOOP("Import", "(not imported)")
    if target == S.ID:
        return QT_TRANSLATE_NOOP("Export", "Lead ID")
    if target == S.SIGNED_ON:
        return QT_TRANSLATE_NOOP("Export", "First signed on")
    if target == S.LANDED_ON:
        return QT_TRANSLATE_NOOP("Import", "Registered (landed) on")
    if target == "contact_title":
        return QT_TRANSLATE_NOOP("Export", "Contact's title")
    return F.label(target)


def all_targets() -> list[str]:
    """Every target a column can be mapped to, for the wizard's mapping choices."""
    return [f.name for f in F.LEAD_FIELDS] + [S.ID, S.SIGNED_ON, S.LANDED_ON, *S.CONTACT_TARGETS]
