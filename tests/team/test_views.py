"""The app's search on a team server (crm.team.views.SEARCH_MATCH): the index serves it
whether or not the text-search match is leakproof, and it finds exactly what the masking view
lets each person find — a confidential project of another city only by its codename, contacts
only where the person may see them."""

from __future__ import annotations

import re

import pytest

from crm.db import search
from crm.leadlist.query import LeadFilter, list_leads
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


@pytest.mark.parametrize(
    ("who", "mine", "theirs"), [("wang", ("Z", "紫金", "13900002222"), ("F", "未来", "13800001111")),
                                ("li", ("F", "未来", "13800001111"), ("Z", "紫金", "13900002222"))]
)  # fmt: skip
def test_the_app_searches_through_it_as_a_person_not_as_the_owner(team, pool, who, mine, theirs):  # noqa: F811
    store = team.open_as(who)
    try:
        assert search.dialect_of(store) == "team"
        assert search.dialect_of(team.store) == "postgresql"  # the owner reads the tables
        me, _ = server_actor(store)

        def ids(word: str) -> set[int]:
            page = list_leads(store, me, LeadFilter(search=word), limit=50)
            return {row.id for row in page.rows}

        assert ids(f"{mine[1]}秘密") == {pool[mine[0]]}
        assert ids(f"{theirs[1]}秘密") == set()  # another city's confidential name
        assert ids(f"{theirs[0]}计划") == {pool[theirs[0]]}  # by its codename
        assert ids(theirs[2]) == set()  # another city's contact
        assert ids(mine[2]) == {pool[mine[0]]}
        assert ids("秘密") == {pool[mine[0]]}
    finally:
        store.dispose()


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
