"""Demo companies and projects read like a real ledger's: names built as Chinese company names
are (no "星河产业化项目项目", no 科技 twice), amounts fitting the kind of project and stated as
people state them."""

from __future__ import annotations

import math
import re
import sqlite3
from datetime import date

import pytest

from crm.demo import generate, words

TODAY = date(2026, 5, 18)
CITY_WORDS = ("未来科技", "紫金", "青山湖", "临平", "富阳")


@pytest.fixture(scope="module")
def ledger(tmp_path_factory, template_store):
    from crm.db import open_store
    from tests.conftest import copy_template

    path = tmp_path_factory.mktemp("demo") / "names.sqlite"
    copy_template(template_store, path)
    st = open_store(path)
    generate(st, leads=2000, activities=0, seed=2, today=TODAY)
    st.dispose()
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT c.name, l.project_name, r.code, l.planned_investment, l.registered_capital,"
        " l.land_mu, l.floor_space_m2 FROM lead l JOIN company c ON c.id = l.company_id"
        " JOIN ref_item r ON r.id = l.project_type_id"
    ).fetchall()
    con.close()
    return rows


def test_names_are_built_like_company_names(ledger):
    forms = tuple(f for f, _w in words.LEGAL_FORMS) + words.FOREIGN_FORMS
    for company, project, *_ in ledger:
        assert company.endswith(forms), company
        assert not re.search(r"(科技|项目|有限).*\1", company), company
        assert not any(w in company for w in CITY_WORDS), company
        assert project.count("项目") == 1 and project.endswith("项目"), project
        assert not re.search(r"(..)\1", project), project
    # many distinct brands and projects, not a handful repeated
    assert len({p for _c, p, *_ in ledger}) > 1500


def test_amounts_fit_the_kind_of_project_and_read_as_people_state_them(ledger):
    by_type: dict[str, list[float]] = {}
    for _c, _p, kind, planned, capital, land, floor in ledger:
        by_type.setdefault(kind, []).append(planned)
        digits = planned / 10 ** (math.floor(math.log10(planned)) - 1)
        assert digits == int(digits), planned  # two significant digits: 4,900 not 4,913
        assert capital <= planned
        if kind != "industrial":
            assert land is None, (kind, land)
        else:
            assert floor is None
    median = {k: sorted(v)[len(v) // 2] for k, v in by_type.items()}
    assert max(by_type["talent_startup"]) <= 5000
    assert min(by_type["industrial"]) >= 1000
    assert median["talent_startup"] < median["rd_platform"] < median["industrial"]
