"""The officers a ledger names (王一, 陈晓 …): found among the people of the store, or, for a
name that has no account yet, made a person of the row's city who cannot sign in.

A name is that person when it differs only by spaces or full-width characters (王 一, 王一);
there is no other guessing between names. A cell that is no one's name (招商一部, a phone
number) names nobody. Several names in one cell (张三/李四) give the lead to the first; the
others are kept in the notes. A handover written in the cell (张三→李四, 张三 转 李四) gives the
lead to the one it was handed to; the cell is kept in the notes.

``create_officer`` is the one place an import makes a person: a User row with the role officer,
the row's city, no password (the app has none yet; the accounts service will refuse to sign in
an account without one until an admin sets it), audited like every other insert.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlmodel import Session, col

from crm import audit
from crm.accounts.users import Actor
from crm.db.ids import stored_id
from crm.db.models import User
from crm.reference import ReferenceData, UserEntry
from crm.values.text import bilingual_parts

_SEPARATORS = re.compile(r"[/／、,，;；&＆+＋|]|\s和\s?|及")
_BRACKETED = re.compile(r"[\(（\[【][^\)）\]】]*[\)）\]】]")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·•]{1,9}")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .'\-]{1,39}")
#: words that name a team or a role, not a person
_NOT_A_PERSON = re.compile(
    r"部|处|科|局|组|办|中心|公司|单位|小组|专班|领导|主任|书记|经理|待定|未定"
)


def person_key(name: str) -> str:
    """A name as compared between a ledger and the store: NFKC, no spaces, case-folded."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).casefold()


#: a handover written in the cell: 张三→李四, 张三->李四, 张三 转 李四, 张三转交李四
_HANDOVER = re.compile(r"\s*(?:→|->|=>|⇒|➔|➝|⟶|—>|－>)\s*|\s+转(?:交给?|给)?\s+|转(?:交给?|给)")


def handed_over(cell: str) -> str | None:
    """The part of a cell after the last handover in it (张三→李四: 李四, who has the lead
    now), or None for a cell that records none."""
    parts = _HANDOVER.split(unicodedata.normalize("NFKC", cell))
    if len(parts) < 2:
        return None
    return parts[-1].strip() or None


def names_in(cell: str) -> list[str]:
    """The people a cell names, in order ("张三/李四（招商二部）" → 张三, 李四); for a handover
    (张三→李四) the people it was handed to."""
    text = _BRACKETED.sub("", unicodedata.normalize("NFKC", cell))
    text = handed_over(text) or text
    out: list[str] = []
    for part in _SEPARATORS.split(text):
        part = part.strip()
        pieces = part.split()
        # "马凯 孙雨萱" names two people; "王 一", "徐  艳" one, padded to line up
        if len(pieces) > 1 and all(_CJK_NAME.fullmatch(p) for p in pieces):
            out.extend(pieces)
        elif (one := _written_twice(part)) is not None:
            out.append(one)
        elif part:
            out.append(part)
    return out


def _written_twice(part: str) -> str | None:
    """The Chinese name of one person written in pinyin and in Chinese ('Zhang Wei 张伟',
    '张伟 Zhang Wei'): the name an account carries here."""
    langs = bilingual_parts(part)
    if len(langs) != 2:
        return None
    cjk = [p for p in langs if _CJK_NAME.fullmatch(p)]
    latin = [p for p in langs if _LATIN_NAME.fullmatch(p)]
    return cjk[0] if len(cjk) == 1 and len(latin) == 1 else None


def display_form(name: str) -> str:
    """How a new person is named: a Chinese name without the spaces a ledger put in it."""
    text = unicodedata.normalize("NFKC", name).strip()
    return re.sub(r"\s+", "", text) if _CJK_NAME.fullmatch(re.sub(r"\s+", "", text)) else text


def is_a_name(name: str) -> bool:
    text = display_form(name)
    if _NOT_A_PERSON.search(text):
        return False
    return bool(_CJK_NAME.fullmatch(text) and len(text) <= 6) or bool(_LATIN_NAME.fullmatch(text))


#: what makes a title's first words a place or an office, not the person who keeps it
_NOT_A_KEEPER = re.compile(
    r"[区市县镇乡村街城园湾港湖省州]|小镇|科技|管委|台账|项目|招商|走廊|平台"
)
#: what the rest of such a title says: it is a ledger (台账, 工作记录, 项目清单 …)
_LEDGER_WORD = re.compile(r"台账|工作|记录|清单|明细|统计|汇总|[表册]")
_TITLE_HEAD = re.compile(r"^\s*([^\s_\-—:：（(\d]{2,8}?)(?:的|[\s_\-—:：]|(?=\d))")


def keeper_in_title(lines: list[str]) -> str | None:
    """The officer who keeps a ledger of their own, named at the head of its title or file
    name ("周婷 2026年招商工作台账", "周婷_2026招商工作台账", "周婷的招商台账"); None when the
    title starts with a place, an office or anything else that is no person's name."""
    for line in lines:
        text = unicodedata.normalize("NFKC", line or "")
        m = _TITLE_HEAD.match(text)
        if (
            m
            and not _NOT_A_KEEPER.search(m.group(1))
            and is_a_name(m.group(1))
            and _LEDGER_WORD.search(text[m.end() :])
        ):
            name = display_form(m.group(1))
            if len(name) <= 3:  # a person's name (a longer word is a brand or a body)
                return name
    return None


def find_person(ref: ReferenceData, name: str) -> UserEntry | None:
    """The person ``name`` is (any state), by username or display name, spaces and width
    set aside."""
    found = ref.resolve_user(name)
    if found is not None:
        return found
    k = person_key(name)
    for user in ref.users.values():
        if k in (person_key(user.username), person_key(user.display_name)):
            return user
    return None


def create_officer(s: Session, actor: Actor, display_name: str, city_id: int | None) -> int:
    """Insert a person a ledger names: role officer, the row's city, no password. Returns the
    id. (The one function the accounts service replaces when it exists.)"""
    name = display_form(display_name)[:64]
    username, n = name, 1
    taken = set(
        s.execute(select(col(User.username)).where(col(User.username).like(f"{name}%"))).scalars()
    )
    while username in taken:
        n += 1
        username = f"{name}{n}"
    user = User(
        username=username,
        display_name=name,
        role="officer",
        city_id=city_id,
        active=True,
        created_by=actor.id,
        updated_by=actor.id,
    )
    s.add(user)
    s.flush()
    user_id = stored_id(user)
    audit.created(
        s,
        actor.id,
        "user",
        user_id,
        {"username": username, "display_name": name, "role": "officer", "city_id": city_id},
    )
    return user_id


__all__ = [
    "person_key",
    "names_in",
    "is_a_name",
    "keeper_in_title",
    "find_person",
    "create_officer",
]
