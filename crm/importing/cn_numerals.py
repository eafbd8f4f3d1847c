"""Whole numbers written in Chinese numerals, as ledgers type amounts (两亿, 一亿五千万,
三千五百万, 十二万, 一百零五).

Written here rather than taken from a library: the one well-kept converter (cn2an) loads a
YAML configuration through ruamel.yaml at import (0.13 s) and needs its data files collected
into the desktop build, for what is one loop over the characters.
"""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}  # fmt: skip
SMALL = {"十": 10, "百": 100, "千": 1000}


def chinese_number(text: str) -> int:
    """The whole number ``text`` writes; ValueError for anything else."""
    if not text:
        raise ValueError("no numeral")
    total = section = number = 0
    for ch in text:
        if ch in DIGITS:
            number = DIGITS[ch]
        elif ch in SMALL:  # 十 alone is 10: 十二 is 12
            section += (number or (1 if ch == "十" else 0)) * SMALL[ch]
            if number == 0 and ch != "十":
                raise ValueError(f"{ch} without its digit")
            number = 0
        elif ch == "万":
            total += (section + number) * 10_000
            section = number = 0
        elif ch == "亿":
            total = (total + section + number) * 100_000_000
            section = number = 0
        else:
            raise ValueError(f"not a numeral: {ch}")
    return total + section + number
