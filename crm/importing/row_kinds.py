"""Rows among a ledger's data that are no project, as a person tells them at a glance: a line
of one or two texts that is a page footer (第 1 页，共 2 页), the title printed again (a printed
ledger pasted back), a total with its words (本人小计：6个项目…), or the head of an officer's
block (责任人：冯慧敏（招商一科）), whose name is then the officer of the rows below it; and the
rows a template leaves under its header: hints in brackets (（营业执照全称） | （万元）) and the
example row (示例 | 杭州某某科技有限公司).

Short rows of one or two texts are looked at whole; a longer row only by its first texts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.importing import vocabulary as V
from crm.importing.headers import key

PAGE_FOOTER = QT_TRANSLATE_NOOP("Import", "page footer")
REPEATED_TITLE = QT_TRANSLATE_NOOP("Import", "the title again")
TOTAL = QT_TRANSLATE_NOOP("Import", "total row")
OWNER_BLOCK = QT_TRANSLATE_NOOP("Import", "officer of the rows below")
HINTS = QT_TRANSLATE_NOOP("Import", "the template's hints")
EXAMPLE = QT_TRANSLATE_NOOP("Import", "the template's example")
#: how a template marks its example row, in its first cell: 示例, 例：, 填写样例, e.g.
_EXAMPLE = re.compile(
    r"^(填写|填报|参考)?(示例|样例|范例|举例|例如|例)\s*[0-9一二三]?\s*[:：]?$|^(e\.?g\.?|example|sample)$"
)
#: a template's hint: the whole cell in brackets
_BRACKETED = re.compile(r"^[(（\[【].*[)）\]】]$", re.S)

_PAGE = re.compile(r"^(第\s*\d+\s*页|共\s*\d+\s*页|page\s*\d+(\s*(of|/)\s*\d+)?$|-\s*\d+\s*-$)")
#: a total with its words: 本人小计：6个项目, 本月合计: 12
_TOTAL_WORDS = re.compile(r"^.{0,8}(合计|小计|总计|共计)\s*[:：]")
_LABELLED = re.compile(r"^\s*([^:：]{1,12})\s*[:：]\s*(.+?)\s*$")


def _texts(cells: Sequence[object]) -> list[str] | None:
    """The texts of a row of at most two non-empty cells, all text; else None."""
    out: list[str] = []
    for c in cells:
        if c is None or (type(c) is str and not c.strip()):
            continue
        if type(c) is not str or len(out) == 2:
            return None
        out.append(unicodedata.normalize("NFKC", c).strip())
    return out or None


def _template_row(cells: Sequence[object]) -> Message | None:
    """HINTS for a row whose texts are all hints in brackets (two at least, nothing else);
    EXAMPLE for a row whose first text marks it as the example (示例, 例：…) or whose
    texts fill in the placeholder name 某某 (杭州某某科技有限公司)."""
    first = None
    hints = 0
    for c in cells:
        if c is None or (type(c) is str and not c.strip()):
            continue
        if type(c) is not str:
            return None if first is None or hints else _example(first, cells)
        text = unicodedata.normalize("NFKC", c).strip()
        if first is None:
            first = text
            if not _BRACKETED.match(text):
                return _example(first, cells)
        if not _BRACKETED.match(text):
            return None
        hints += 1
    return HINTS if hints >= 2 else None


def _example(first: str, cells: Sequence[object]) -> Message | None:
    if len(first) <= 8 and _EXAMPLE.match(first.casefold()):
        return EXAMPLE
    texts = [c for c in cells[:4] if type(c) is str]
    return EXAMPLE if any("某某" in t or "XX有限公司" in t.upper() for t in texts) else None


@cache
def _owner_labels() -> frozenset[str]:
    return frozenset(key(n) for n in (*V.STRONG["owner"], *V.WEAK["owner"]))


def kind_of(cells: Sequence[object], preamble: list[str]) -> tuple[Message | None, str | None]:
    """(reason, owner named) for a short row that is no project; (None, None) for any other."""
    texts = _texts(cells)
    if texts is None:
        return _template_row(cells), None
    first = texts[0]
    if _PAGE.match(first.casefold()):
        return PAGE_FOOTER, None
    if len(texts) == 1 and preamble and key(first) in {key(p) for p in preamble}:
        return REPEATED_TITLE, None
    if len(first) <= 60 and _TOTAL_WORDS.match(first):
        return TOTAL, None
    m = _LABELLED.match(first)
    if m and key(m.group(1)) in _owner_labels():
        return OWNER_BLOCK, m.group(2)
    return None, None
