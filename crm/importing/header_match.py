"""A column header → the lead field it imports into, and how sure that is.

Three ways, best first: EXACT (a known name as written: 计划投资额), NORMALISED (the same name
once full-width/half-width, case, spaces, brackets, a unit suffix, a 序号-like prefix "3、" or
"（一）" and a "(必填)" are set aside: "３．计划投资额（亿元）*"), FUZZY (a known name inside a
longer header, "拟落户科技城名称", or one character off, "企业名字"). A weak name (录入日期 for
the first contact) counts for less, so where two columns compete for one field the better
match wins (crm.importing.vocabulary); ties go to the earlier column.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from crm.i18n import EN, ZH
from crm.importing import synonyms as S
from crm.importing import vocabulary as V
from crm.importing.headers import EXACT, FUZZY, NORMALISED, Column, key, split_unit
from crm.importing.refused_labels import REASON_LABEL, ROW_LABEL
from crm.leadlist.columns import COLUMNS
from crm.values.text import bilingual_parts

WEAK_WEIGHT = 0.8
NORMALISED_SCORE = 0.95
#: a match this sure finds a header row (fuzzy ones only map the header already found)
STRONG = 0.9
#: below this a fuzzy match is no match
FLOOR = 0.45
_IGNORED = "_ignored"
#: 3、 12. （一） (二) ① ★ at the start of a header
_PREFIX = re.compile(
    r"^\s*(?:[\(（\[【]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[\)）\]】.、．:：]|[①-⑳]|[*★☆※●■◆▲]+)\s*"
)
_REQUIRED = re.compile(r"[\(（\[【](?:必填|选填|必录|可选|必填项|选填项|可不填|如有)[\)）\]】]")
_BRACKETS = re.compile(r"[\(（\[【〔][^\(（\[【〔\)）\]】〕]*[\)）\]】〕]")


class Match(NamedTuple):
    target: str | None
    unit: str | None
    score: float
    how: str
    #: where the column goes when another column holds ``target`` better (推进情况 → notes)
    fallback: str | None = None


class _Name(NamedTuple):
    target: str
    weight: float
    fallback: str | None


@cache
def _vocabulary() -> tuple[dict[str, _Name], dict[str, _Name]]:
    """(name as written → entry, normalised name → entry): the vocabulary, the labels of our
    own export in both languages, and the names that are deliberately no field."""
    written: dict[str, _Name] = {}
    normal: dict[str, _Name] = {}

    def add(name: str, entry: _Name, *, override: bool = False) -> None:
        for table, k in ((written, name.strip()), (normal, key(name))):
            if k and (override or k not in table):
                table[k] = entry

    for target, names in V.STRONG.items():
        for n in names:
            add(n, _Name(target, 1.0, None))
    for target, names in V.WEAK.items():
        for n in names:
            add(n, _Name(target, WEAK_WEIGHT, V.FALLBACK.get(target)))
    for n in V.IGNORED:
        add(n, _Name(_IGNORED, 1.0, None))
    for col in COLUMNS.values():  # the labels of our own export, in both languages
        if col.target is not None:
            for lang in (ZH, EN):
                label = col.label.render(lang)
                add(label, _Name(col.target, 1.0, None), override=True)
                add(col.header(lang), _Name(col.target, 1.0, None), override=True)
                normal[split_unit(label)[0]] = _Name(col.target, 1.0, None)
    for own in (ROW_LABEL, REASON_LABEL):
        for lang in (ZH, EN):
            add(own.render(lang), _Name(S.READ_ONLY, 1.0, None), override=True)
    return written, normal


def _cleaned(header: str) -> str:
    text = unicodedata.normalize("NFKC", header).strip()
    text = _REQUIRED.sub("", text)
    while True:
        stripped = _PREFIX.sub("", text, count=1)
        if stripped == text or not stripped:
            break
        text = stripped
    return text


def _result(entry: _Name, unit: str | None, score: float, how: str) -> Match:
    if entry.target == _IGNORED:
        return Match(None, unit, 0.0, "")
    return Match(entry.target, unit, round(score * entry.weight, 3), how, entry.fallback)


@lru_cache(maxsize=8192)
def match(header: object, fuzzy: bool = True) -> Match:
    """The target of one header text, its unit and how sure the match is."""
    raw = str(header or "").strip()
    if not raw or len(raw) > 60:
        return Match(None, None, 0.0, "")
    written, normal = _vocabulary()
    _base, unit = split_unit(raw)
    if raw in written:
        return _result(written[raw], unit, 1.0, EXACT)
    cleaned = _cleaned(raw)
    base, unit2 = split_unit(cleaned)
    unit = unit or unit2
    bare = key(_BRACKETS.sub("", base)) or base
    for candidate in (key(raw), key(cleaned), base, bare):
        if candidate in normal:
            return _result(normal[candidate], unit, NORMALISED_SCORE, NORMALISED)
    parts = bilingual_parts(raw)
    if len(parts) > 1:
        return _best_part(parts, unit, fuzzy)
    if not fuzzy or not bare:
        return Match(None, unit, 0.0, "")
    return _fuzzy(bare, unit, normal)


def _best_part(parts: list[str], unit: str | None, fuzzy: bool) -> Match:
    """The surest match among the languages of a bilingual header; none when two languages
    name two different fields equally surely."""
    found = sorted((match(p, fuzzy) for p in parts), key=lambda m: -m.score)
    top = found[0]
    if top.target is None:
        return Match(None, unit or next((m.unit for m in found if m.unit), None), 0.0, "")
    rival = next((m for m in found[1:] if m.target not in (None, top.target)), None)
    if rival is not None and rival.score >= min(top.score, STRONG) - 0.01:
        return Match(None, unit, 0.0, "")
    return top._replace(unit=unit or next((m.unit for m in found if m.unit), None))


def _fuzzy(text: str, unit: str | None, normal: dict[str, _Name]) -> Match:
    """A known name inside the header (the longer the share, the surer), or the header one
    character off a known name; None when two fields fit equally well."""
    best: dict[str, tuple[float, _Name]] = {}
    for name, entry in normal.items():
        if len(name) < 2 or (len(name) == 2 and len(text) > 6):
            continue
        if name in text:
            score = 0.45 + 0.35 * len(name) / len(text)
        elif len(text) >= 4 and abs(len(text) - len(name)) <= 1:
            ratio = fuzz.ratio(text, name)
            if ratio < 75:
                continue
            score = 0.75 * ratio / 100
        else:
            continue
        score *= entry.weight if entry.target != _IGNORED else 1.0
        if entry.target not in best or score > best[entry.target][0]:
            best[entry.target] = (score, entry)
    if not best:
        return Match(None, unit, 0.0, "")
    ranked = sorted(best.values(), key=lambda b: -b[0])
    top_score, top = ranked[0]
    if top_score < FLOOR or top.target == _IGNORED:
        return Match(None, unit, 0.0, "")
    if len(ranked) > 1 and ranked[1][0] >= top_score - 0.01:
        return Match(None, unit, 0.0, "")  # two fields fit as well: a person decides
    return Match(top.target, unit, round(top_score, 3), FUZZY, top.fallback)


def ignored(header: object) -> bool:
    """A header that deliberately names no field (责任领导: the leader, not the officer)."""
    text = _cleaned(str(header or ""))
    entry = _vocabulary()[1].get(key(split_unit(text)[0]))
    return entry is not None and entry.target == _IGNORED


def recognised(header: object) -> str | None:
    """The target of a header a table's header row can be recognised by (sure matches only: a
    data cell like 杭州星河生物科技有限公司 must not read as a header)."""
    m = match(str(header or ""), False)
    return m.target if m.score >= STRONG else None


def auto_map(headers: list[str], hidden: set[int] | frozenset[int] = frozenset()) -> list[Column]:
    """Map every header; where two columns read as the same field, the better match takes it
    (a visible column before a hidden one, then the earlier) and the other goes to its
    fallback (the notes) or is left out, and says which column took its field. A second
    column under the very same header goes to the notes, labelled with its header: two
    columns both named 联系电话 hold two different things, and neither is lost."""
    found = [match(h) for h in headers]
    best: dict[str, tuple[tuple[float, bool], int]] = {}
    for i, m in enumerate(found):
        t = m.target
        if t is None or t in S.MULTI or t == S.READ_ONLY:
            continue
        rank = (m.score, i not in hidden)
        if t not in best or rank > best[t][0]:
            best[t] = (rank, i)
    out = []
    for i, (h, m) in enumerate(zip(headers, found, strict=True)):
        target, lost, score, how = m.target, None, m.score, m.how
        if target is not None and target in best and best[target][1] != i:
            winner = best[target][1]
            if key(headers[winner]) == key(h):  # the same header twice: say which column
                lost = (target, f"{_letter(winner)} {headers[winner]}")
                target, score, how = "notes", 1.0, EXACT
            else:
                lost = (target, headers[winner])
                target = m.fallback
        out.append(
            Column(
                i,
                h,
                target,
                m.unit,
                score if target is not None else 0.0,
                how if target is not None else "",
                lost,
            )
        )
    return out


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter  # late: openpyxl is slow to load

    return get_column_letter(index + 1)


__all__ = ["Match", "match", "recognised", "ignored", "auto_map", "STRONG"]
