"""Unified social credit codes (GB 32100-2015): real codes pass, generated valid codes pass,
and any single-character change or adjacent swap is caught by the check character."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from crm.errors import ParseError
from crm.values.credit_code import check_character, is_valid, normalise, parse_credit_code

#: published codes of well-known companies (Alibaba China, Huawei, Tencent)
REAL = ["91330100716105852F", "914403001922038216", "91440300708461136T"]
#: GB 32100-2015's 31 characters: digits and capitals without I, O, S, V, Z (pinned here, not
#: imported, so a changed alphabet in the code fails)
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
FORBIDDEN = "IOSVZ"


@st.composite
def valid_codes(draw) -> str:
    head = draw(st.text(ALPHABET, min_size=2, max_size=2))
    region = draw(st.text("0123456789", min_size=6, max_size=6))
    org = draw(st.text(ALPHABET, min_size=9, max_size=9))
    first17 = head + region + org
    return first17 + check_character(first17)


@pytest.mark.parametrize("code", REAL)
def test_real_codes_pass(code):
    assert parse_credit_code(code) == code


def test_typed_forms_are_normalised():
    assert parse_credit_code(" 9133-0100-7161-0585-2f ") == "91330100716105852F"
    assert parse_credit_code("９１３３０１００７１６１０５８５２Ｆ") == "91330100716105852F"
    assert parse_credit_code("") is None
    assert parse_credit_code(None) is None
    assert normalise("ab c-d_e") == "ABCDE"


@pytest.mark.parametrize(
    ("typed", "english", "chinese"),
    [
        ("9133010071610585", "18 characters, this one has 16", "18"),
        ("91330100716105852O", "'O' cannot appear", "O"),
        ("91AB0100716105852F", "characters 3 to 8", "3"),
        ("91330100716105853F", "check character", "校验"),
    ],
)
def test_refusals_say_why(typed, english, chinese):
    with pytest.raises(ParseError) as err:
        parse_credit_code(typed)
    assert english in err.value.render("en")
    assert chinese in err.value.render("zh_CN")
    assert err.value.render("zh_CN") != err.value.render("en")


@given(valid_codes())
def test_generated_valid_codes_pass(code):
    assert parse_credit_code(code) == code
    assert parse_credit_code(code.lower()) == code
    assert is_valid(code)


@given(valid_codes(), st.integers(0, 17), st.sampled_from(ALPHABET + FORBIDDEN))
def test_any_single_character_change_fails(code, pos, char):
    assume(code[pos] != char)
    changed = code[:pos] + char + code[pos + 1 :]
    with pytest.raises(ParseError):
        parse_credit_code(changed)
    assert not is_valid(changed)


@given(valid_codes(), st.integers(0, 15))
def test_swapping_neighbours_fails(code, pos):
    assume(code[pos] != code[pos + 1])
    swapped = code[:pos] + code[pos + 1] + code[pos] + code[pos + 2 :]
    assert not is_valid(swapped)


@given(valid_codes(), st.integers(0, 17))
def test_dropping_or_doubling_a_character_fails(code, pos):
    assert not is_valid(code[:pos] + code[pos + 1 :])
    assert not is_valid(code[:pos] + code[pos] + code[pos:])


@given(st.text(max_size=25))
def test_any_text_is_a_code_or_a_reasoned_refusal(text):
    try:
        code = parse_credit_code(text)
    except ParseError as exc:
        assert exc.render("en") and exc.render("zh_CN")
    else:
        assert code is None or (len(code) == 18 and is_valid(code))


def test_the_check_character_follows_the_standard_weights():
    """GB 32100's weights 3^i mod 31 and 31 − (sum mod 31), worked out by hand for one code."""
    first17 = "91330100716105852"
    weights = [pow(3, i, 31) for i in range(17)]
    assert weights == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, weights, strict=True))
    assert ALPHABET[(31 - total % 31) % 31] == "F" == check_character(first17)
    assert len("91330100716105852F") == 18 and is_valid("91330100716105852F")
    assert not is_valid("91330100716105852") and not is_valid("91330100716105852FF")


def test_letters_anywhere_they_are_allowed_stay_as_typed():
    """X and Y are characters of the code (not separators); the region (characters 3–8) is
    six digits, and a letter there is refused even with a right check character."""
    first17 = "91330100MA2X3Y4K5"
    code = first17 + check_character(first17)
    assert code == "91330100MA2X3Y4K5D"
    assert parse_credit_code(code.lower()) == code == normalise(f" {code[:9]}-{code[9:]} ")
    bad17 = "91A30100MA2X3Y4K5"
    with pytest.raises(ParseError) as err:
        parse_credit_code(bad17 + check_character(bad17))
    assert err.value.render("en") == (
        "characters 3 to 8 of a credit code are the region's 6 digits"
    )
    assert err.value.render("zh_CN") == "统一社会信用代码第 3 至 8 位应为 6 位行政区划代码"
