"""The app's search on a team server (crm.team.views.SEARCH_MATCH): the index serves it
whether or not the text-search match is leakproof, and it finds exactly what the masking view
lets each person find — a confidential project of another city only by its codename, contacts
only where the person may see them."""

from __future__ import annotations

import re

import pytest

from crm.db import search
from crm.lead_query import LeadFilter, list_leads
from crm.team.session import server_actor
from tests.team.test_server_roles import connect, pool  # noqa: F401 - the two-lead pool

pytestmark = pytest.mark.postgres

QUERIES = [
    "秘 <-> 密",
    "紫 <-> 金 <-> 秘",
    "F <-> 计",
    "13800001111",
    "13900002222",
    "张",
    "科 <-> 技",
]


@pytest.mark.parametrize("who", ["wang", "li", "mgr_fut", "staff", "admin"])
def test_the_search_function_finds_what_the_masking_view_finds(team, pool, who):  # noqa: F811
    columns = {"all": "alltext", "text": "doc", "public": "pub"}
    with connect(team, who) as conn:
        for query in QUERIES:
            for scope, column in columns.items():
                by_view = {
                    r[0]
                    for r in conn.execute(
                        f"SELECT lead_id FROM lead_search WHERE {column} @@ %s::tsquery", (query,)
                    )
                }
                by_function = {
                    r[0]
                    for r in conn.execute(
                        "SELECT * FROM crm_app.lead_search_match(%s::tsquery, %s)", (query, scope)
                    )
                }
                assert by_function == by_view, (query, scope)
    # the data tells the rules apart: 王五 finds his own secret name, and F only by codename
    if who == "wang":
        with connect(team, who) as conn:
            found = conn.execute(
                "SELECT * FROM crm_app.lead_search_match('秘 <-> 密'::tsquery, 'all')"
            ).fetchall()
            assert found == [(pool["Z"],)]


def test_the_app_searches_through_it_as_a_person_not_as_the_owner(team, pool):  # noqa: F811
    wang = team.open_as("wang")
    try:
        assert search.dialect_of(wang) == "team"
        assert search.dialect_of(team.store) == "postgresql"  # the owner reads the tables
        me, _ = server_actor(wang)

        def ids(word: str) -> set[int]:
            return {row.id for row in list_leads(wang, me, LeadFilter(search=word), limit=50).rows}

        assert ids("紫金秘密") == {pool["Z"]}
        assert ids("未来秘密") == set()  # another city's confidential name
        assert ids("F计划") == {pool["F"]}  # its codename
        assert ids("13800001111") == set()  # another city's contact
        assert ids("13900002222") == {pool["Z"]}
    finally:
        wang.dispose()


def test_the_index_serves_it(team, pool):  # noqa: F811
    """The plan of the function's query, as the owner runs it: GIN index scans, not a read of
    every document."""
    with team.store.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")  # a two-row table: ask for the index
        body = conn.exec_driver_sql(
            "SELECT prosrc FROM pg_proc WHERE proname = 'lead_search_match'"
        ).scalar_one()
        plan = "\n".join(
            r[0]
            for r in conn.exec_driver_sql(
                "EXPLAIN " + re.sub(r"\bscope\b", "'all'", re.sub(r"\bq\b", "'秘'::tsquery", body))
            )
        )
    assert "lead_search_alltext" in plan and "lead_search_pub" in plan
