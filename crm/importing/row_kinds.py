"""Rows among a ledger's data that are no project, as a person tells them at a glance: a line
of one or two texts that is a page footer (第 1 页，共 2 页), the title printed again (a printed
ledger pasted back), a total with its words (本人小计：6个项目…), or the head of an officer's
block (责任人：冯慧敏（招商一科）), whose name is then the officer of the rows below it.

Only short rows of one or two texts are looked at: a project row has more to say.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from crm.i18n import QT_TRANSLATE_NOOP
from crm.importing import vocabulary as V
from crm.importing.headers import key

PAGE_FOOTER = QT_TRANSLATE_NOOP("Import", "page footer")
REPEATED_TITLE = QT_TRANSLATE_NOOP("Import", "the title again")
TOTAL = QT_TRANSLATE_NOOP("Import", "total row")
OWNER_BLOCK = QT_TRANSLATE_NOOP("Import", "officer of the rows below")

_PAGE = re.compile(r"^(第\s*\d+\s*页|共\s*\d+\s*页|page\s*\d+(\s*(of|/)\s*\d+)?$|-\s*\d+\s*-$)")
#: a total with its words: 本人小计：6个项目, 本月合计: 12
_TOTAL_WORDS = re.compile(r"^.{0,8}(合计|小计|总计|共计)\s*[:：]")
_LABELLED = re.compile(r"^\s*([^:：]{1,12})\s*[:：]\s*(.+?)\s*$")


def _texts(cells) -> list[str] | None:
    """The texts of a row of at most two non-empty cells, all text; else None."""
    out = []
    for c in cells:
        if c is None or (type(c) is str and not c.strip()):
            continue
        if type(c) is not str or len(out) == 2:
            return None
        out.append(unicodedata.normalize("NFKC", c).strip())
    return out or None


@cache
def _owner_labels() -> frozenset[str]:
    return frozenset(key(n) for n in (*V.STRONG["owner"], *V.WEAK["owner"]))


def kind_of(cells, preamble: list[str]):
    """(reason, owner named) for a short row that is no project; (None, None) for any other."""
    texts = _texts(cells)
    if texts is None:
        return None, None
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
