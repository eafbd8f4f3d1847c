"""The stage a progress text names, read as a person reads a ledger's 推进情况.

* A log of several lines (9.6 电话联系 / 9.27 来杭考察 / 拟于下月签约) is read by its last line
  that names a stage: the log runs forward, so its end is where the project stands; that
  line's date stamp (3.13 完成注册) is the day the stage was reached.
* Within a line, a side exit (搁置, 流失) named wins, else the furthest main stage named
  (已完成工商注册，正在办理入驻: 落地; 已入驻运营: 投产).
* A stage word after a word of intention (拟于下月签约, 待注册, 预计6月落地, 正在办理工商注册)
  is the stage still to come: the project stands at the main stage before it (洽谈, 签约 …).
* After a negation (未签约, 尚未落地) the word says what has not happened: nothing is read.
* A word is read where no longer word covers it (已签约, not 签约 inside it).
* A landing word followed by a place outside the corridor (已落户苏州工业园区) is a project lost
  to that place.
* An agreement of intent (意向协议, 框架协议, 合作备忘录, an MoU or a letter of intent) is no
  签约, the investment agreement: a clause that names one signed is in negotiation.

The words are the importer's one stage vocabulary (crm.importing.synonyms.STAGES); the order
of the stages is crm.pipeline.stages.
"""

from __future__ import annotations

import re
import unicodedata

from crm.importing.synonyms import CITIES, STAGES
from crm.pipeline.stages import MAIN, SIDE

#: a date or time at the start of a log line: 9.6 · 5月20日 · 2026-05-18 · 2026年5月
_STAMP = re.compile(
    r"^\s*(?:\d{4}[年./-])?\d{1,2}(?:[月./-]\d{1,2}[日号]?|月)?(?:\s*[:：、，,]\s*|\s+|(?=[^\d.]))"
)
#: a stamp that is a day (5.20, 5月20日, 2026-05-20), not a month alone or a count (3家)
_DAY = re.compile(r"^(?:\d{4}[年./-])?\d{1,2}[月./-]\d{1,2}[日号]?$")
_CLAUSES = re.compile(r"[，,；;。！!？?]+")
#: an agreement of intent: signing one is still negotiating (the words in key form)
_INTENT_AGREEMENT = re.compile(
    r"(?:意向|框架|战略合作)(?:协议|协议书|书)|备忘录|(?<![a-z])mou(?![a-z])|"
    r"letterofintent|(?<![a-z])loi(?![a-z])|memorandum"
)
#: a place named after a landing word: up to a suffix that says it is a place
_PLACE = re.compile(
    r"^(?:在|于|到)?[\u4e00-\u9fff]{1,10}?(?:省|市|区|县|园区|工业园|新区|开发区|高新区|自贸区)"
)
#: words that put the stage word after them still to come
INTENT = ("拟", "待", "预计", "计划", "争取", "有望", "准备", "将于", "正在办理", "办理中", "即将")
#: words that say the stage word after them has not happened
NEGATION = ("未", "没", "不", "尚未", "暂未", "并未", "无法")
#: the words of a clause that count: a word is found only where it is not part of a longer one
_WORDS = sorted((w for w in STAGES if len(w) >= 2), key=len, reverse=True)


def stage_in_words(text: str) -> str | None:
    """The stage code ``text`` names (module docstring), None if it names none."""
    return stage_and_day(text)[0]


def stage_and_day(text: str) -> tuple[str | None, str | None]:
    """(the stage ``text`` names, the date stamp of the log line that names it, as written:
    "3.13", "2026-03-13", or None)."""
    lines = [line for line in unicodedata.normalize("NFKC", text).splitlines() if line.strip()]
    for line in reversed(lines):
        line = line.strip()
        stamp = _STAMP.match(line)
        body = line[stamp.end() :] if stamp else line
        day = _DAY.match(stamp.group(0).strip(" :：、，,")) if stamp else None
        named = [s for c in _CLAUSES.split(body) for s in _clause_stages(c)]
        side = [s for s in named if s in SIDE]
        if side:
            return side[-1], day and day.group(0)
        if named:
            return max(named, key=MAIN.index), day and day.group(0)
    return None, None


def _clause_stages(clause: str) -> list[str]:
    """The stages the words of one clause name, each word where no longer one covers it."""
    clause = clause.replace(" ", "").casefold()
    if _INTENT_AGREEMENT.search(clause):
        return ["negotiation"]
    found = []
    taken = [False] * len(clause)
    for word in _WORDS:
        start = clause.find(word)
        while start >= 0:
            end = start + len(word)
            if not any(taken[start:end]):
                taken[start:end] = [True] * len(word)
                stage = _meant(clause[:start], STAGES[word])
                if stage in MAIN[MAIN.index("signed") :] and _elsewhere(clause[end:]):
                    stage = "lost"  # 已落户苏州工业园区: landed, but not here
                if stage is not None:
                    found.append(stage)
            start = clause.find(word, end)
    return found


def _elsewhere(after: str) -> bool:
    """Whether the words after a landing word name a place outside the corridor's cities
    (苏州工业园区, 上海市, 合肥高新区): the project landed, but there."""
    place = _PLACE.match(after)
    return place is not None and not any(name in place.group(0) for name in CITIES)


def _meant(before: str, stage: str) -> str | None:
    """The stage a word stands for given the words before it in its clause."""
    if any(before.endswith(n) for n in NEGATION) or "尚未" in before:
        return None
    if any(w in before for w in INTENT):
        if stage not in MAIN or stage == MAIN[0]:
            return None
        return MAIN[MAIN.index(stage) - 1]
    return stage
