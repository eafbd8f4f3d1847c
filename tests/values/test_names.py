"""Company-name normalisation (DOMAIN.md: the same company once 有限公司, 股份, (杭州), spaces and
brackets are normalised) and the pinyin keys used for sorting and initials search."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm.values.names import (
    initials_without_place,
    normalise_company_name,
    pinyin_initials,
    pinyin_key,
    registered_name,
)

SAME = [
    "云帆科技有限公司",
    "云帆科技股份有限公司",
    "云帆科技（杭州）有限公司",
    "云帆科技(杭州)有限公司",
    "云帆科技 (杭州) 有限公司",
    "云帆科技【杭州】有限公司",
    "云帆科技（浙江省）有限公司",
    "云帆科技（余杭区）有限公司",
    "云帆 科技有限公司",
    "云帆科技有限责任公司",
    "云帆科技股份公司",
    "云帆科技公司",
    "云帆科技",
    "《云帆科技》有限公司",
]


@pytest.mark.parametrize("name", SAME)
def test_written_forms_of_one_company_share_a_key(name):
    assert normalise_company_name(name) == "云帆科技"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("云帆科技有限公司", "星河科技有限公司"),
        ("杭州云帆科技有限公司", "云帆科技有限公司"),  # a leading place is part of the name
        ("云帆科技有限公司", "云帆智能有限公司"),
    ],
)
def test_different_companies_keep_different_keys(a, b):
    assert normalise_company_name(a) != normalise_company_name(b)


def test_latin_names():
    assert normalise_company_name("Yunfan Tech Co., Ltd.") == "yunfantech"
    assert normalise_company_name("YUNFAN TECH LIMITED") == "yunfantech"
    assert normalise_company_name("Yunfan Tech (Hangzhou) Inc.") == "yunfantech"


def test_empty():
    assert normalise_company_name("") == ""
    assert normalise_company_name(None) == ""
    assert pinyin_initials(None) == ""
    assert pinyin_key("") == ""


# plain name characters: no legal-form, bracket or place characters
CORE = st.text(
    "云帆星河智源天择恒瑞博远启明睿思华创凌云领航数安微光芯动晶泰医药材料", min_size=1, max_size=8
)
FORM = st.sampled_from(["有限公司", "股份有限公司", "有限责任公司", "股份公司", "公司", ""])
PLACE = st.sampled_from(["杭州", "浙江", "上海", "余杭区", "杭州市", "浙江省"])
OPEN_CLOSE = st.sampled_from([("(", ")"), ("（", "）"), ("【", "】"), ("[", "]"), ("〔", "〕")])


@given(CORE, FORM, PLACE, OPEN_CLOSE, st.booleans())
def test_form_place_brackets_and_spaces_do_not_matter(core, form, place, brackets, spaced):
    left, right = brackets
    written = f"{core}{left}{place}{right}{form}"
    if spaced:
        written = " ".join(written)
    assert normalise_company_name(written) == core


@given(CORE, CORE)
def test_distinct_names_stay_distinct(a, b):
    if a != b:
        assert normalise_company_name(a + "有限公司") != normalise_company_name(b + "有限公司")


@given(st.text(max_size=40))
def test_any_text_gives_a_key_without_spaces_or_brackets(text):
    key = normalise_company_name(text)
    assert not any(ch.isspace() for ch in key)
    assert not set(key) & set("()（）[]【】")


def test_pinyin_initials():
    assert pinyin_initials("华为技术") == "hwjs"
    assert pinyin_initials("杭州云帆科技有限公司") == "hzyfkjyxgs"
    assert pinyin_initials("ＡＢＣ云帆") == "abcyf"


def test_pinyin_key_sorts_like_a_chinese_ledger():
    names = ["腾讯", "阿里巴巴", "百度", "Zeta", "字节跳动"]
    assert sorted(names, key=pinyin_key) == ["阿里巴巴", "百度", "腾讯", "Zeta", "字节跳动"]


@pytest.mark.parametrize(
    ("name", "initials", "short"),
    [
        ("杭州云帆科技有限公司", "hzyfkjyxgs", "yfkjyxgs"),
        ("浙江省杭州市云帆科技", "zjshzsyfkj", "yfkj"),
        ("中国银行", "zgyh", "yh"),  # read in context: 行 is hang here
        ("宁波长风海装备", "nbcfhzb", "cfhzb"),  # 长风 is chang feng after 宁波
        ("云帆科技", "yfkj", "yfkj"),
        ("杭州市", "hzs", "hzs"),  # nothing but a place: kept whole
        ("", "", ""),
    ],
)
def test_initials_without_a_leading_place(name, initials, short):
    assert pinyin_initials(name) == initials
    assert initials_without_place(name) == short


@settings(deadline=None)  # the first example loads pypinyin's dictionaries
@given(st.text(max_size=20))
def test_pinyin_matches_pypinyin_read_as_a_whole(text):
    """The cached word-by-word conversion equals pypinyin's own reading of the whole text."""
    from pypinyin import Style, lazy_pinyin

    norm = unicodedata.normalize("NFKC", text)
    assert pinyin_key(text) == (" ".join(lazy_pinyin(norm.lower())) if text else "")
    expected = "".join(
        ch
        for s in lazy_pinyin(norm, style=Style.FIRST_LETTER)
        for ch in s.lower()
        if ch.isascii() and ch.isalnum()
    )
    assert pinyin_initials(text) == (expected if text else "")
    assert pinyin_initials(text).endswith(initials_without_place(text))


@pytest.mark.parametrize(
    ("written", "name", "dropped"),
    [
        ("杭州启擎微电子股份有限公司（Hangzhou Lumen Technology Co., Ltd.）",
         "杭州启擎微电子股份有限公司", "Hangzhou Lumen Technology Co., Ltd."),
        ("杭州鼎晟材料科技有限公司(Brightway Tech)", "杭州鼎晟材料科技有限公司", "Brightway Tech"),
        ("浙江易枢基因科技有限公司（筹）", "浙江易枢基因科技有限公司", "筹"),
        ("杭州某某科技有限公司滨江分公司（筹建中）", "杭州某某科技有限公司滨江分公司", "筹建中"),
        ("浙江某某集团 (Zhejiang Moumou Group)", "浙江某某集团", "Zhejiang Moumou Group"),
        # part of the name, a place, or no legal form before the bracket: left as written
        ("杭州某某股权投资合伙企业（有限合伙）", "杭州某某股权投资合伙企业（有限合伙）", None),
        ("云帆科技有限公司（杭州）", "云帆科技有限公司（杭州）", None),
        ("普瀚生物（Puhan）", "普瀚生物（Puhan）", None),
        ("Helix Biologics GmbH (Germany)", "Helix Biologics GmbH (Germany)", None),
        ("杭州某某科技有限公司", "杭州某某科技有限公司", None),
    ],
)  # fmt: skip
def test_the_registered_name_without_an_english_trade_or_set_up_bracket(written, name, dropped):
    assert registered_name(written) == (name, dropped)
