"""Amounts as people type them (crm/values/amounts.py): examples from the issue, properties over
generated input, and refusals that say why."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm.errors import ParseError
from crm.values.amounts import format_amount, format_number, format_wan, parse_amount


@pytest.mark.parametrize(
    ("typed", "wan"),
    [
        ("1.2亿", 12000.0),
        ("5000万", 5000.0),
        ("3,000", 3000.0),
        ("800万元", 800.0),
        ("约3亿元", 30000.0),
        ("2,500,000元", 250.0),
        ("1.2 亿元", 12000.0),
        ("５０００万", 5000.0),  # full-width digits
        ("3000万左右", 3000.0),
        ("超过2亿", 20000.0),
        ("12千万", 12000.0),
        ("50 million", 5000.0),  # English ledgers
        ("RMB 45.0 m", 4500.0),  # the app's own English amount
        ("RMB 1.20 bn", 120000.0),
        ("2,500,000 yuan", 250.0),
        ("0", 0.0),
        (3000, 3000.0),
        (1.5, 1.5),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_examples(typed, wan):
    assert parse_amount(typed) == wan


def test_bare_number_takes_the_column_unit():
    assert parse_amount("1.5", unit="亿元") == 15000.0
    assert parse_amount(2, unit="元") == 0.0002


@pytest.mark.parametrize(
    ("typed", "english", "chinese"),
    [
        ("待定", "'待定' is not an amount", "“待定”不是金额"),
        ("-5", "cannot be negative", "不能为负"),
        ("负100万", "cannot be negative", "不能为负"),
        ("5万美元", "RMB", "人民币"),
        ("十万", "is not an amount", "不是金额"),
        ("3000万吨", "unknown unit '万吨'", "无法识别的单位“万吨”"),
        ("5 million dollars", "unknown unit", "单位"),
        ("USD 5 m", "RMB", "人民币"),
        ("1" * 41, "too long", "太长"),
        ("99999亿亿", "unknown unit", "单位"),
        ("20万亿", "unknown unit", "单位"),
        ("1000000000000", "larger than any project", "超出了合理的项目规模"),
        (True, "not an amount", "不是金额"),
        (float("nan"), "not an amount", "不是金额"),
        (float("inf"), "not an amount", "不是金额"),
        (-3.0, "cannot be negative", "不能为负"),
    ],
)
def test_refusals_say_why_in_both_languages(typed, english, chinese):
    with pytest.raises(ParseError) as err:
        parse_amount(typed)
    assert english in err.value.render("en")
    assert chinese in err.value.render("zh_CN")


# ---------------------------------------------------------------- properties

#: the largest amount accepted, in 万元: 10 万亿元 (pinned, not imported)
MAX_WAN = Decimal(1_000_000_000)
#: every unit word and its factor into 万元, as ledgers write them (pinned, not imported)
UNITS = {
    "元": Decimal("0.0001"), "千元": Decimal("0.1"), "万": Decimal(1), "万元": Decimal(1),
    "w": Decimal(1), "十万": Decimal(10), "十万元": Decimal(10), "百万": Decimal(100),
    "百万元": Decimal(100), "千万": Decimal(1000), "千万元": Decimal(1000),
    "亿": Decimal(10000), "亿元": Decimal(10000), "十亿": Decimal(100000),
    "百亿": Decimal(1000000), "yuan": Decimal("0.0001"), "k": Decimal("0.1"),
    "m": Decimal(100), "mn": Decimal(100), "million": Decimal(100),
    "millionyuan": Decimal(100), "bn": Decimal(100000), "billion": Decimal(100000),
    "billionyuan": Decimal(100000),
}  # fmt: skip

amounts = st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False)


@given(amounts, st.sampled_from(sorted(UNITS)))
def test_number_with_unit_is_scaled_into_wan(number, unit):
    expected = number * UNITS[unit]
    typed = f"{number:f}{unit}"
    if expected > MAX_WAN:
        with pytest.raises(ParseError):
            parse_amount(typed)
    else:
        assert parse_amount(typed) == float(expected.quantize(Decimal("0.0001")))


@given(st.integers(min_value=1000, max_value=10**9))
def test_thousands_separators(n):
    assert parse_amount(f"{n:,}") == float(n)
    assert parse_amount(f"{n:,}元") == float((Decimal(n) / 10000).quantize(Decimal("0.0001")))


@given(
    st.decimals(min_value=0, max_value=10**4, places=4),
    st.sampled_from(["万", "万元", "亿", "亿元", ""]),
    st.sampled_from(["约", "大约", "近", "超过", "逾", "人民币", "¥", "￥", ""]),
    st.sampled_from(["左右", "以上", "余", ""]),
)
def test_approximation_words_do_not_change_the_amount(number, unit, prefix, suffix):
    plain = parse_amount(f"{number:f}{unit}")
    assert parse_amount(f"{prefix}{number:f}{unit}{suffix}") == plain
    assert parse_amount(f" {number:f} {unit} ") == plain


@given(st.text(max_size=30))
def test_any_text_is_an_amount_or_a_reasoned_refusal(text):
    try:
        value = parse_amount(text)
    except ParseError as exc:
        assert exc.render("en") and exc.render("zh_CN")
    else:
        assert value is None or 0 <= value <= float(MAX_WAN)


@given(st.decimals(min_value=Decimal("0.0001"), max_value=10**6, places=4))
def test_negative_is_always_refused(number):
    with pytest.raises(ParseError) as err:
        parse_amount(f"-{number:f}万")
    assert "negative" in err.value.render("en")


def test_formatting():
    assert format_wan(12345.6) == "12,346"
    assert format_wan(12345.6, decimals=1) == "12,345.6"
    assert format_wan(None) == ""
    assert format_number(15706.0) == "15,706" and format_number(12.5) == "12.5"
    assert format_number(None) == ""


def test_amounts_in_words_one_way_in_each_language():
    """English said "Planned 873 10k yuan": a 万元 amount is RMB millions in English."""
    assert format_amount(873, "en") == "RMB 8.73 m"
    assert format_amount(4502, "en") == "RMB 45.02 m"
    assert format_amount(12000, "en") == "RMB 120.00 m"
    assert format_amount(709930, "en") == "RMB 7.10 bn"
    assert format_amount(873, "zh_CN") == "873万元"
    assert format_amount(4502.4, "zh_CN") == "4,502万元"
    assert format_amount(12.5, "zh_CN") == "12.5万元"
    assert format_amount(12000, "zh_CN") == "1.20亿元"
    assert format_amount(None, "en") == format_amount(None, "zh_CN") == "—"
    # what the app writes, the parser reads back
    for value in (873, 4502, 12000, 710000):
        assert parse_amount(format_amount(value, "en")) == value


@pytest.mark.parametrize(
    ("typed", "wan"),
    [("1000000000万元", 1e9), ("100001亿", None), ("100000亿", 1e9), ("1000000000.0001万", None)],
)
def test_the_cap_is_ten_trillion_yuan(typed, wan):
    """10 万亿元 is the largest amount; a ten-thousandth of a 万元 above it is refused, with
    the text as typed in the reason."""
    if wan is None:
        with pytest.raises(ParseError) as err:
            parse_amount(typed)
        assert err.value.render("en") == f"{typed} is larger than any project could be"
        assert err.value.render("zh_CN") == f"{typed} 超出了合理的项目规模"
    else:
        assert parse_amount(typed) == wan


@pytest.mark.parametrize(
    ("wan", "lang", "said"),
    [
        (10_000, "zh_CN", "1.00亿元"),  # from 1 亿 on, in 亿
        (12_350, "zh_CN", "1.24亿元"),
        (9_999, "zh_CN", "9,999万元"),
        (-10_000, "zh_CN", "-1.00亿元"),
        (100, "zh_CN", "100万元"),  # from 100 万 on, whole 万
        (100.6, "zh_CN", "101万元"),
        (99.5, "zh_CN", "99.5万元"),
        (123.5, "en", "RMB 1.24 m"),
        (99_999, "en", "RMB 999.99 m"),
        (100_000, "en", "RMB 1.00 bn"),  # from a billion yuan on, in bn
        (123_500, "en", "RMB 1.24 bn"),
        (-100_000, "en", "RMB -1.00 bn"),
        (None, "en", "—"),
    ],
)
def test_amounts_in_words_change_unit_at_their_thresholds(wan, lang, said):
    assert format_amount(wan, lang) == said


def test_numbers_keep_two_decimals_without_trailing_zeros():
    assert [format_number(1.2345), format_number(2.50), format_number(3.0)] == ["1.23", "2.5", "3"]
    assert format_number(100.0, decimals=0) == "100"  # no decimal point: no zero is dropped
    assert format_number(None) == ""


@pytest.mark.parametrize(
    ("typed", "wan"), sorted((f"2{unit}", 2 * float(f)) for unit, f in UNITS.items())
)
def test_every_unit_word_has_its_factor(typed, wan):
    assert parse_amount(typed) == pytest.approx(wan)


@pytest.mark.parametrize(
    ("cell", "en", "zh"),
    [
        (float("nan"), "not an amount", "不是金额"),
        (float("inf"), "not an amount", "不是金额"),
        (True, "not an amount", "不是金额"),  # a tick box is no amount
        (-5.0, "an amount cannot be negative", "金额不能为负数"),
    ],
)
def test_cells_that_are_no_amount_say_so_in_both_languages(cell, en, zh):
    with pytest.raises(ParseError) as err:
        parse_amount(cell)
    assert (err.value.render("en"), err.value.render("zh_CN")) == (en, zh)


@pytest.mark.parametrize(
    ("typed", "wan"),
    [("约近100万", 100.0), ("近约100万", 100.0), ("超过约100万", 100.0), ("约超过100万", 100.0),
     ("100万元左右以上", 100.0), ("人民币约100万元左右", 100.0),
     ("0" * 39 + "1", 1.0)],
)  # fmt: skip
def test_several_approximation_words_and_the_longest_text_read(typed, wan):
    assert parse_amount(typed) == wan


@pytest.mark.parametrize(
    ("cell", "en", "zh"),
    [
        ("3000-5000万", "'3000-5000万' is a range: write one amount (the one the project plans)",
         "“3000-5000万”是一个范围：请只填一个金额（项目计划的金额）"),
        (2e9, "2000000000.0 is larger than any project could be",
         "2000000000.0 超出了合理的项目规模"),
        ("0" * 40 + "1", "too long to be an amount", "太长，不是金额"),
        ("5元元元xxxxxxxxxxxx", "unknown unit '元元元xxxxxxx': use 元, 万元 or 亿元",
         "无法识别的单位“元元元xxxxxxx”：请使用 元、万元 或 亿元"),
    ],
)  # fmt: skip
def test_refused_amounts_quote_what_was_typed(cell, en, zh):
    with pytest.raises(ParseError) as err:
        parse_amount(cell)
    assert (err.value.render("en"), err.value.render("zh_CN")) == (en, zh)
