"""Chinese numerals as ledgers type amounts (crm.importing.cn_numerals)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm.importing.cn_numerals import chinese_number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("两亿", 200_000_000),
        ("一亿五千万", 150_000_000),
        ("三千五百万", 35_000_000),
        ("十亿", 1_000_000_000),
        ("二十亿", 2_000_000_000),
        ("十二万", 120_000),
        ("五千", 5_000),
        ("一百零五", 105),
        ("一万亿", 1_000_000_000_000),
        ("八", 8),
    ],
)
def test_chinese_numerals(text, number):
    assert chinese_number(text) == number


@pytest.mark.parametrize("text", ["", "几千万", "千万", "五千X", "1亿"])
def test_what_is_no_numeral(text):
    with pytest.raises(ValueError):
        chinese_number(text)


def _written(n: int) -> str:
    """n (below 10,000) in Chinese numerals, written independently of the parser."""
    digits = "零一二三四五六七八九"
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            out += ("零" if zero and out else "") + digits[d] + unit
            zero = False
        else:
            zero = bool(out)
    return out or "零"


@given(st.integers(0, 9999), st.integers(0, 9999), st.integers(1, 9999))
def test_numbers_round_trip(yi, wan, rest):
    text = (_written(yi) + "亿" if yi else "") + (_written(wan) + "万" if wan else "")
    text += _written(rest)
    assert chinese_number(text) == yi * 100_000_000 + wan * 10_000 + rest
