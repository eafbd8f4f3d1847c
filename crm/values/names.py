"""Company names: the normalised form used to recognise one company written many ways, and
pinyin keys for sorting and initials search.

DOMAIN.md: two names are the same company once 有限公司, 股份, (杭州), spaces and brackets are
normalised. Full-width and half-width forms are folded (NFKC) first, so （杭州） equals (杭州).
Pinyin comes from pypinyin (a well-kept dictionary; polyphonic characters in names are its job,
not ours).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

_PLACES = (
    "中国|浙江|杭州|上海|北京|天津|重庆|江苏|南京|苏州|无锡|合肥|安徽|深圳|广州|广东|福建|厦门|"
    "山东|青岛|济南|湖北|武汉|湖南|长沙|四川|成都|陕西|西安|河南|郑州|河北|辽宁|大连|沈阳|吉林|"
    "黑龙江|江西|南昌|山西|云南|贵州|广西|海南|内蒙古|宁夏|新疆|西藏|青海|甘肃|香港|澳门|台湾|"
    "宁波|温州|绍兴|嘉兴|湖州|金华|台州|余杭|西湖|临安|临平|富阳|滨江|萧山|拱墅|上城|钱塘|"
    "china|hangzhou|shanghai|beijing|shenzhen|zhejiang"
)
#: a bracketed place: (杭州), (浙江省), (余杭区), (China) …
_BRACKETED_PLACE = re.compile(
    r"[\(\[\{【〔「]\s*(?:" + _PLACES + r")(?:省|市|区|县|自治区|特别行政区)?\s*[\)\]\}】〕」]"
)
_BRACKETED_ANY_ADMIN = re.compile(
    r"[\(\[\{【〔「]\s*[^\)\]\}】〕」]{1,6}(?:省|市|区|县)\s*[\)\]\}】〕」]"
)
_LEGAL_FORMS = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "股份公司",
    "责任公司",
    "合伙企业(有限合伙)",
    "(有限合伙)",
    "有限合伙",
    "公司",
)
_LATIN_FORMS = re.compile(
    r"\b(co|company|ltd|limited|inc|incorporated|corp|corporation|llc|gmbh|plc|sa|ag)\b\.?"
)
#: whitespace, unless it separates two Latin words ("yunfan tech" keeps its word boundary)
_SPACE = re.compile(r"\s+(?![a-z0-9])|(?<![a-z0-9])\s+")
_DROP = re.compile(r"[\s\(\)\[\]\{\}【】〔〕「」<>《》.,，、·'\"&_\-–—/\\:;!?]+")


@lru_cache(maxsize=65536)
def normalise_company_name(name: str | None) -> str:
    """The comparison key of a company name ("" for empty input)."""
    if not name:
        return ""
    text = _SPACE.sub("", unicodedata.normalize("NFKC", name).strip().lower())
    text = _BRACKETED_PLACE.sub(" ", text)
    text = _BRACKETED_ANY_ADMIN.sub(" ", text)
    text = _LATIN_FORMS.sub(" ", text)
    text = _DROP.sub("", text)
    for form in _LEGAL_FORMS:
        form = _DROP.sub("", form)
        if text.endswith(form) and len(text) > len(form):
            text = text[: -len(form)]
    text = text.replace("股份", "")
    return text


#: how a Chinese registered name ends: its legal form
_ENDS_IN_FORM = re.compile(r"[\u4e00-\u9fff].*(?:公司|集团|企业|合伙[)）])$")
#: a bracket that says the company is being set up (（筹）, （筹建中）)
_BEING_SET_UP = re.compile(r"^(?:筹|筹建|筹备|筹建中|筹备中|拟设立|拟注册)$")
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")


def registered_name(name: str) -> tuple[str, str | None]:
    """(the name a company is registered under, the bracket taken off it or None).

    A bracket after a Chinese name that already ends in its legal form is no part of that
    name when it holds the company's English or trade name ('…有限公司（Hangzhou … Co., Ltd.）',
    '…有限公司(Brightway Tech)') or says the company is being set up ('（筹）': the name it
    will be registered under). A bracket in Chinese that is part of the name ('（有限合伙）'),
    a place ('（杭州）') or a name without its legal form is left as written."""
    text = name.strip()
    if not text.endswith((")", "）")) or len(text) > 200:
        return name, None
    opening = max(text.rfind("("), text.rfind("（"))
    inner = text[opening + 1 : -1].strip()
    before = text[:opening].rstrip()
    if opening <= 0 or not inner or any(c in inner for c in "()（）"):
        return name, None
    if not _ENDS_IN_FORM.search(before):
        return name, None
    if _HAS_CJK.search(inner) is None or _BEING_SET_UP.match(inner):
        return before, inner
    return name, None


# pypinyin reads a name in context (长风 alone is "zhang feng", in 宁波长风 "chang feng"): it
# segments the text into words, then converts each word. Segmenting is cheap and conversion is
# not, so words are converted once and cached; the result equals lazy_pinyin(text, style).
# pypinyin loads its dictionaries on import (a third of a second): only when first needed, so
# opening a store or running a migration does not pay for it.
NORMAL, FIRST_LETTER = "normal", "first_letter"


@cache
def _pypinyin() -> tuple[Any, Any, dict[str, Any]]:
    # late: pypinyin's dictionaries take a while to load, and most starts sort nothing
    from pypinyin import Style
    from pypinyin.converter import DefaultConverter
    from pypinyin.core import Pinyin

    styles = {NORMAL: Style.NORMAL, FIRST_LETTER: Style.FIRST_LETTER}
    return Pinyin(), DefaultConverter(), styles


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_pypinyin()[0].seg(text))


@lru_cache(maxsize=65536)
def _word_pinyin(word: str, style: str) -> tuple[str, ...]:
    _segmenter, converter, styles = _pypinyin()
    converted = converter.convert(word, styles[style], False, "default", strict=True)
    return tuple(syllable for item in converted for syllable in item)


def _pinyin(text: str, style: str) -> list[str]:
    return [syllable for word in _words(text) for syllable in _word_pinyin(word, style)]


@lru_cache(maxsize=65536)
def pinyin_key(text: str | None) -> str:
    """A sort key that orders Chinese by pinyin (as Excel and WPS do) and Latin alphabetically."""
    if not text:
        return ""
    norm = unicodedata.normalize("NFKC", text).lower()
    return " ".join(_pinyin(norm, NORMAL))


@lru_cache(maxsize=65536)
def pinyin_initials(text: str | None) -> str:
    """华为技术 → "hwjs": typed in the search box, it finds the company."""
    if not text:
        return ""
    out: list[str] = []
    for syllable in _pinyin(unicodedata.normalize("NFKC", text), FIRST_LETTER):
        out.extend(ch for ch in syllable.lower() if ch.isascii() and ch.isalnum())
    return "".join(out)


#: a place at the start of a name: 杭州云帆… , 浙江省杭州市云帆… (Chinese place names only)
_LEADING_PLACE = re.compile(
    r"^(?:(?:"
    + "|".join(p for p in _PLACES.split("|") if not p.isascii())
    + r")(?:省|市|区|县|自治区|特别行政区)?)+"
)


def initials_without_place(name: str | None) -> str:
    """杭州云帆科技 → "yfkj": the initials people type, who remember a company without the place
    its name starts with. Read in the context of the whole name (each Chinese character of the
    place gives one letter, which is dropped); a name that is only a place keeps them all."""
    initials = pinyin_initials(name)
    if not name:
        return initials
    text = unicodedata.normalize("NFKC", name)
    text = text[len(text) - len(text.lstrip()) :]
    place = _LEADING_PLACE.match(text)
    if place is None or place.end() == len(text.rstrip()):
        return initials
    return initials[place.end() :]
