"""Places written in Latin letters, as a foreign-investment desk writes them: 'Zijingang',
'Qingshan Lake', 'Haichuang Park'. Read through the names we already have, never a list of
English words per place: a city's English reference name ('Qingshan Lake Sci-Tech City'), and
the pinyin of its Chinese name and of the streets and zones the place vocabulary maps to it
(紫金港科技城 zijingangkejicheng, 海创园 haichuangyuan). The text names a place when it is the
whole or the start of one of those names (a whole name first), once an English word of kind
(Park, District, Town …) is set aside; it names a city only when all the places it can start
lead to that one city.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crm.values.names import pinyin_key

#: a place in Latin letters: letters, spaces, hyphens, dots, an apostrophe
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]{2,60}$")
#: English words that say what kind of place it is, not which (set aside at the end)
_KIND = re.compile(
    r"(?:\s+(?:sci-?tech\s+city|city|district|park|town|street|sub-?district|zone|area|"
    r"village))+$",
    re.IGNORECASE,
)
#: the shortest text taken for the start of a name (fewer letters start too many)
MIN_LETTERS = 4


def _squeezed(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


class LatinPlaces:
    """An index of the Latin spellings of places → their city code."""

    def __init__(self, cities: Iterable[tuple[str, str, str]], places: Iterable[tuple[str, str]]):
        """``cities``: (code, Chinese name, English name) of the reference's cities;
        ``places``: (Chinese place name, city code) of the place vocabulary."""
        self._names: list[tuple[str, str]] = []
        for code, zh, en in cities:
            self._names += [(_squeezed(en), code), (_squeezed(pinyin_key(zh)), code)]
        for zh, code in places:
            if re.search(r"[\u4e00-\u9fff]", zh):
                self._names.append((_squeezed(pinyin_key(zh)), code))

    def city(self, text: str) -> str | None:
        """The code of the one city a place written in Latin letters names, else None."""
        text = text.strip()
        if not _LATIN.match(text):
            return None
        for candidate in dict.fromkeys((_squeezed(text), _squeezed(_KIND.sub("", text)))):
            if len(candidate) < MIN_LETTERS:
                continue
            codes = {code for name, code in self._names if name == candidate} or {
                code for name, code in self._names if name.startswith(candidate)
            }
            if len(codes) == 1:
                return codes.pop()
            if codes:
                return None  # the start of places in two cities: a person decides
        return None


__all__ = ["LatinPlaces"]
