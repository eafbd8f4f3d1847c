"""Cell values in the words offices type them: amounts (2个亿, 10亿（一期3亿）, 两亿 …) and
company names (a former name in brackets, a short name without its legal form). Pure
functions of the text; crm.importing.normalise puts their results into a row's values.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from crm.errors import ParseError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.importing.number_formats import ShownNumber
from crm.values.amounts import parse_amount
from crm.values.names import registered_name

#: how a registered name ends: its legal form or kind of body (a short name lacks it)
_FULL_NAME = re.compile(
    r"(公司|集团|企业|合伙|研究院|研究所|研究中心|中心|实验室|大学|学院|医院|事务所|商行|工作室|"
    r"基金|银行|协会|商会|联盟|平台|分行|厂|社|站|所|院|\b(inc|ltd|llc|gmbh|corp|corporation|"
    r"limited|company|co|plc|pte|ag|sa|bv|kk)\b\.?)\s*([(（][^()（）]*[)）])?\s*$",
    re.IGNORECASE,
)
SHORT_NAME = QT_TRANSLATE_NOOP("Import", "not the full registered name (有限公司 …)")
#: a company's former name after its name: （原…）, （曾用名：…）, （前身…）
_FORMER = re.compile(r"^(.+?)\s*[(（]\s*(?:原名?|曾用名|前身)[:：]?[^()（）]+[)）]\s*$")
#: 2个亿: a measure word between the number and its unit
_MEASURE = re.compile(r"(\d)\s*个\s*(亿|千万|百万|万)")
#: a figure revised in place, the old one first: 原0.5亿，现调整为1.2亿 · 0.5亿→1.2亿 · 原计划
#: 5000万元，调整为8000万元 (an old figure, then a word of change or an arrow, then the new)
_REVISED = re.compile(
    r"^(?:原(?:为|计划|定|投资)?[:：]?\s*)?[^,，;；→]*?\d[^,，;；→]*?\s*[,，;；]?\s*"
    r"(?:现(?:已)?(?:调整|变更|更改|改|调)?为?|(?:调整|变更|更改|改|调|更正|修改)为|→|->)"
    r"\s*[:：]?\s*(?P<new>[^,，;；→]*\d[^,，;；→]*?)\s*$"
)
#: 10亿（一期3亿）: an amount followed by a remark in brackets
_REMARK = re.compile(r"^([^()（）]*\d[^()（）]*?)\s*[(（]([^()（）]*)[)）]\s*$")


def amount(raw: Any, unit: str) -> tuple[float | None, str | None]:
    """(万元, the cell's text when a remark of it goes to the notes) of an amount as offices
    write it: "2个亿" is 2亿; "10亿（一期3亿）" is 10亿, its remark in brackets kept; "两亿" in
    Chinese numerals; "原0.5亿，现调整为1.2亿" (a figure revised in place) the new figure, the
    cell kept; anything else as crm.values.amounts reads it (ParseError says why not)."""
    if isinstance(raw, ShownNumber):  # 1.2 shown '1.2亿元' by its format: read as shown
        raw = raw.shown()
    if not isinstance(raw, str):
        return parse_amount(raw, unit=unit), None
    text = _MEASURE.sub(r"\1\2", unicodedata.normalize("NFKC", raw).strip())
    revised = _REVISED.match(text) if len(text) <= 60 else None
    if revised is not None:
        return amount(revised.group("new"), unit)[0], raw.strip()
    words = _IN_WORDS.match(text) if len(text) <= 20 else None
    if words is not None:  # 两亿, 五千万, 一亿五千万: Chinese numerals
        return _amount_in_words(words.group(2), unit), None
    m = _REMARK.match(text)
    if m is None:
        return parse_amount(text, unit=unit), None
    return parse_amount(m.group(1), unit=unit), raw.strip()


#: an amount in Chinese numerals, after a word of approximation, before 元
_IN_WORDS = re.compile(
    r"^(约|大约|近|超过|逾)?([一二两三四五六七八九十][零一二两三四五六七八九十百千万亿]*)(元|人民币)?$"
)


def _amount_in_words(words: str, unit: str) -> float | None:
    """万元 of an amount written in Chinese numerals: with its own 万 or 亿 in yuan, else a
    number in the column's unit."""
    from crm.importing.cn_numerals import chinese_number

    try:
        number = chinese_number(words)
    except ValueError:
        raise ParseError(
            QT_TRANSLATE_NOOP("Parse", "'{text}' is not an amount").format(text=words)
        ) from None
    if "万" in words or "亿" in words:
        return parse_amount(f"{number}元", unit=unit)
    return parse_amount(number, unit=unit)


def company_name(text: str) -> tuple[str, bool]:
    """(the name, whether a bracket after it was taken off: a former name, an English or
    trade name, a （筹）: crm.values.names.registered_name)."""
    former = _FORMER.match(text)
    if former:
        return former.group(1), True
    name, dropped = registered_name(text)
    return name, dropped is not None


def short_name(name: str) -> bool:
    """A name without the legal form or kind of body a registered name ends with."""
    return not _FULL_NAME.search(name)
