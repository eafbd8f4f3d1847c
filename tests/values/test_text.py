"""Plain values from what people type (crm.values.text): a cell written in two languages."""

import pytest

from crm.values.text import bilingual_parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("企业名称\nCompany", ["企业名称", "Company"]),
        ("Stage 阶段", ["阶段", "Stage"]),
        ("Zhang Wei 张伟", ["张伟", "Zhang Wei"]),
        ("首次接触\nFirst contact", ["首次接触", "First contact"]),
        # one language, or Latin letters inside one name: one part
        ("企业名称", ["企业名称"]),
        ("First contact", ["First contact"]),
        ("AI芯片", ["AI芯片"]),
        ("计划投资(USD)", ["计划投资(USD)"]),
        ("", []),
    ],
)
def test_the_languages_of_a_cell(text, parts):
    assert bilingual_parts(text) == parts
