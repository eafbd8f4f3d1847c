"""Search under row-level security on the team server (issue 15): an officer's own login
against the tables' owner, same data, same run (goal: within 1.3x of the owner), with each
of the two forms of the search view ``crm team init`` can install.

The app's search on a team server calls crm_app.lead_search_match (crm.team.views
.SEARCH_MATCH), which the GIN indexes serve in both forms; the view itself is what other SQL
clients read:

* ``split`` (SEARCH_VIEW_SPLIT): three security-barrier branches, served by the indexes only
  when the text-search match ``ts_match_vq`` is LEAKPROOF, which only a superuser may declare
  (in each database: pg_proc is per database); ``crm team init`` does it when run by one.
* ``masked`` (SEARCH_VIEW_MASKED): what init installs otherwise (an owner with CREATEROLE but
  not superuser): the document is chosen by a CASE, so no index serves the view.

The demo store is moved onto an empty database with ``crm db copy`` (crm.team.copy), one
officer gets a login; then each form is installed in turn (crm.team.security.apply, the
leakproof check answered as that form needs; as a superuser the split form marks the match
leakproof in this bench's database only) and timed. The owner's figure is the same service
call (the same person's rules in the service) on the same database as the owner: the
tables, no row-level security; for searches also the owner's search with no rule at all (a
manager's: one match over the whole documents), the strictest floor. Officer and owner are timed in alternation, so that a change
in the machine's load falls on both. ``view:`` lines time the view itself as another SQL
client would query it (the officer's login), against the table as the owner.

Standalone: ``python -m bench.bench_team_search STORE.sqlite`` (else bench/run.py's store).
Needs a server: BENCH_PG_URL or CRM_TEST_PG_URL (a superuser, to create databases and roles).
"""

from __future__ import annotations

import statistics
import sys
import time
import uuid
from datetime import date
from pathlib import Path

from bench.common import QUICK, Result

SUITE = "teamsearch"
PASSWORD = "Bench-2026-pw"
TODAY = date.today()
ROUNDS = 5 if QUICK else 11
#: a word of tens of thousands of company names, a brand of ~80 projects, a contact's name
SEARCHES = ("科技", "宏宁", "杨斌杰")


def _install(owner_url: str, leakproof: bool) -> bool:
    """Install the guard as init would with the match leakproof or not; True if the split
    form is what got installed."""
    from crm.db import open_store
    from crm.team import security

    real = security._leakproof_match
    if not leakproof:
        security._leakproof_match = lambda _conn: False  # type: ignore[assignment]
    store = open_store(owner_url)
    try:
        with store.engine.begin() as conn:
            security.apply(conn)
        with store.engine.connect() as conn:
            return bool(
                conn.exec_driver_sql(
                    "SELECT 1 FROM pg_views WHERE schemaname = 'crm_app' "
                    "AND viewname = 'search_all'"
                ).scalar_one_or_none()
            )
    finally:
        security._leakproof_match = real  # type: ignore[assignment]
        store.dispose()


def paired(a, b, rounds: int = ROUNDS) -> tuple[float, float, tuple[float, float]]:
    """Medians (ms) of ``a`` and ``b`` timed in alternation after one warm-up each; the
    spread of ``a``."""
    a(), b()
    ta, tb = [], []
    for _ in range(rounds):
        for fn, out in ((a, ta), (b, tb)):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
    return statistics.median(ta), statistics.median(tb), (min(ta), max(ta))


def run(store_path: Path) -> list[Result]:
    from sqlalchemy import text

    from bench.bench_team import _admin, _admin_url
    from crm.accounts.users import get_actor
    from crm.analytics.dashboard import dashboard
    from crm.db import open_store
    from crm.leadlist.query import LeadFilter, count_leads, list_leads
    from crm.team import logins
    from crm.team.copy import copy_file
    from crm.team.session import server_actor

    admin, url0 = _admin(), _admin_url()
    name = f"i15_search_{uuid.uuid4().hex[:8]}"
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name}")
    url = url0.set(database=name)
    owner_url = url.render_as_string(hide_password=False)
    results: list[Result] = []
    made: list[str] = []
    try:
        t = time.perf_counter()
        copied = copy_file(str(store_path), owner_url)
        took = time.perf_counter() - t
        made += list(copied.passwords)
        leads = copied.tables["lead"]
        print(f"copied {leads:,} leads in {took:.1f} s", file=sys.stderr)
        owner = open_store(owner_url)
        with owner.connect() as conn:
            officer = conn.execute(
                text(
                    "SELECT u.username FROM app_user u WHERE u.role = 'officer' AND "
                    "u.city_id IS NOT NULL AND u.active ORDER BY u.id LIMIT 1"
                )
            ).scalar_one()
            manager_id = conn.execute(
                text(
                    "SELECT id FROM app_user WHERE role = 'manager' AND active ORDER BY id LIMIT 1"
                )
            ).scalar_one()
        # the strictest floor for a search: the owner's search with no rule at all to apply (a
        # manager sees everything: one match on the whole document, no masking)
        boss = get_actor(owner, manager_id)
        with owner.engine.begin() as conn:
            logins.set_login(conn, officer, PASSWORD, one_time=False)
        officer_url = url.set(username=officer, password=PASSWORD).render_as_string(
            hide_password=False
        )
        operations = [
            ("list page", lambda st, me: list_leads(st, me, LeadFilter(), limit=50)),
            *(
                (
                    f"search {word}",
                    lambda st, me, word=word: (
                        list_leads(st, me, LeadFilter(search=word), limit=50),
                        count_leads(st, me, LeadFilter(search=word)),
                    ),
                )
                for word in SEARCHES
            ),
            ("dashboard", lambda st, _me: dashboard(st, today=TODAY)),
        ]
        for form, leakproof in (("split", True), ("masked", False)):
            if _install(owner_url, leakproof) != leakproof:  # needs a superuser
                print(f"{form}: not installed (not a superuser?)", file=sys.stderr)
                continue
            person = open_store(officer_url)
            me, _ = server_actor(person)
            for label, fn in operations:
                with_rls, as_owner, spread = paired(
                    lambda fn=fn, st=person, me=me: fn(st, me),
                    lambda fn=fn, st=owner, me=me: fn(st, me),
                )
                results.append(
                    Result(
                        SUITE,
                        f"{form}: {label} ({leads:,} leads), officer vs owner",
                        with_rls,
                        as_owner,
                        "<=1.3x owner",
                        with_rls <= 1.3 * as_owner,
                        spread=spread,
                    )
                )
            for word in SEARCHES:
                with_rls, unrestricted, spread = paired(
                    lambda st=person, me=me, word=word: list_leads(
                        st, me, LeadFilter(search=word), limit=50
                    ),
                    lambda st=owner, word=word: list_leads(
                        st, boss, LeadFilter(search=word), limit=50
                    ),
                )
                results.append(
                    Result(
                        SUITE,
                        f"{form}: search page {word}, officer vs owner's unrestricted search",
                        with_rls,
                        unrestricted,
                        "<=1.3x owner",
                        with_rls <= 1.3 * unrestricted,
                        spread=spread,
                    )
                )
            # the view as another SQL client queries it (not the app's path)
            word = "'宏 <-> 宁'::tsquery"
            with person.connect() as pc, owner.connect() as oc:
                sql = f"SELECT count(*) FROM lead_search WHERE alltext @@ {word}"
                with_rls, as_owner, spread = paired(
                    lambda pc=pc, sql=sql: pc.exec_driver_sql(sql).scalar_one(),
                    lambda oc=oc, sql=sql: oc.exec_driver_sql(sql).scalar_one(),
                )
            results.append(
                Result(
                    SUITE,
                    f"{form}: view: SQL client's search 宏宁, officer vs owner",
                    with_rls,
                    as_owner,
                    "(information)",
                    None,
                    spread=spread,
                )
            )
            person.dispose()
        owner.dispose()
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            for login in made:
                logins.drop_login(c, login)
        admin.dispose()
    return results


if __name__ == "__main__":
    from bench.common import print_table

    print_table(run(Path(sys.argv[1])))
