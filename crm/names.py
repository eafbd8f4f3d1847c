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
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

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


@lru_cache(maxsize=65536)
def pinyin_key(text: str | None) -> str:
    """A sort key that orders Chinese by pinyin (as Excel and WPS do) and Latin alphabetically."""
    if not text:
        return ""
    norm = unicodedata.normalize("NFKC", text).lower()
    return " ".join(lazy_pinyin(norm, style=Style.NORMAL, errors="default"))


@lru_cache(maxsize=65536)
def pinyin_initials(text: str | None) -> str:
    """华为技术 → "hwjs": typed in the search box, it finds the company."""
    if not text:
        return ""
    out = []
    for syllable in lazy_pinyin(unicodedata.normalize("NFKC", text), style=Style.FIRST_LETTER):
        out.extend(ch for ch in syllable.lower() if ch.isascii() and ch.isalnum())
    return "".join(out)
