"""Places written in Latin letters (crm.importing.latin_places): read through the reference's
English names and the pinyin of the Chinese place names, never a list of English spellings."""

from __future__ import annotations

import pytest

from crm.importing.latin_places import LatinPlaces

CITIES = [
    ("future", "未来科技城", "Future Sci-Tech City"),
    ("zijingang", "紫金港科技城", "Zijingang Sci-Tech City"),
    ("qingshan", "青山湖科技城", "Qingshan Lake Sci-Tech City"),
    ("linping", "临平区", "Linping District"),
]
PLACES = [("海创园", "future"), ("余杭", "future"), ("余杭经济技术开发区", "linping"),
          ("蒋村街道", "zijingang"), ("仓前街道", "future")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Zijingang", "zijingang"),  # the pinyin of 紫金港科技城, started
        ("Qingshan Lake", "qingshan"),  # the English reference name, started
        ("Linping District", "linping"),
        ("Weilai Sci-Tech City", "future"),  # 未来科技城 in pinyin, its kind set aside
        ("Haichuang Park", "future"),  # 海创园: a zone the place vocabulary knows
        ("Jiangcun Street", "zijingang"),
        ("Yuhang", "future"),  # 余杭 whole, before 余杭经济技术开发区 (临平) it starts
        ("Yuhang Economic Development Zone", None),  # a zone's name in English: not pinyin
        ("Shanghai", None),
        ("TBD", None),
        ("Zij", None),  # too few letters to say
        ("紫金港", None),  # not Latin: the Chinese vocabulary's job
    ],
)
def test_a_place_in_latin_letters_names_its_city(text, city):
    assert LatinPlaces(CITIES, PLACES).city(text) == city
