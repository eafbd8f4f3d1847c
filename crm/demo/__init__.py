"""Demo data: a realistic, deterministic store for trying the app and for the benchmarks.

``crm demo --leads N --activities M --seed S`` writes Chinese companies across the three
cities and fields, officers and managers, plausible projects and amounts, contacts, stage
histories, a year of activities, some companies followed by two cities, some overdue
follow-ups and some idle leads. The same seed and anchor day give the same store, whoever is
already in it. Every lead's follow-up state is what its activities give it (followups.py).

Rows go in with bulk INSERTs in one transaction, the big tables' indexes built once at the end
(100,000 leads and 1,000,000 activities in about half a minute on SQLite); every lead gets
its search document and an audit row.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from crm.accounts import permissions as P
from crm.accounts.users import Actor
from crm.db.bulk import indexes_deferred, tune_for_bulk
from crm.db.models import Lead
from crm.db.store import Store
from crm.demo.activities import write_activities
from crm.demo.clock import Clock
from crm.demo.companies import add_companies
from crm.demo.followups import schedule
from crm.demo.leads import LeadWriter
from crm.demo.people import add_people
from crm.demo.plan import plan_leads
from crm.demo.targets import add_targets
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.reference import invalidate, reference

#: tables written in bulk, whose indexes are built after the load
BULK_TABLES = ("company", "lead", "stage_change", "audit_log", "contact", "activity")
#: the share of leads whose company gets a lead of its own (the rest are second leads)
COMPANY_SHARE = 0.985


@dataclass(frozen=True)
class DemoResult:
    leads: int
    activities: int
    companies: int
    contacts: int
    users: int
    seconds: float


class StoreNotEmpty(UserError):
    """Demo data goes into an empty store only; ``count`` leads are there already."""

    def __init__(self, name: str, count: int):
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Demo",
                "The store {name} already holds {count} leads; demo data goes into an empty store.",
            ).format(name=name, count=f"{count:,}")
        )
        self.count = count


def generate(
    store: Store,
    *,
    leads: int = 2000,
    activities: int = 20000,
    seed: int = 1,
    today: date | None = None,
    adopt: Actor | None = None,
    progress: Callable[[str, float], None] | None = None,
) -> DemoResult:
    """Fill an empty store with demo data. ``adopt``: the person signed in, who (as an officer
    of a city) follows the leads of that city's first demo officer."""
    started = time.perf_counter()
    today = today or date.today()
    if leads < 0 or activities < 0 or leads > 2_000_000 or activities > 20_000_000:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Demo", "Choose between 0 and 2,000,000 leads and 0 and 20,000,000 activities."
            )
        )
    if activities and not leads:
        raise UserError(QT_TRANSLATE_NOOP("Demo", "Activities need leads to belong to."))
    if adopt is not None:  # a person in the app (the command line makes a store of its own)
        P.require(P.load_demo(adopt, not store.is_sqlite), adopt, "load_demo", "store")
    with store.read() as s:
        existing = s.execute(select(func.count()).select_from(Lead)).scalar_one()
    if existing:
        raise StoreNotEmpty(store.describe(), existing)
    rng = random.Random(seed)
    ref = reference(store)
    say = progress or (lambda _t, _f: None)
    with store.write() as s:
        conn = s.connection()
        tune_for_bulk(conn)
        clock = Clock(today, text=conn.dialect.name == "sqlite")
        officers, users = add_people(conn, ref, today, adopt)
        with indexes_deferred(conn, BULK_TABLES):
            say("companies", 0.02)
            companies = add_companies(conn, rng, ref, max(1, int(leads * COMPANY_SHARE)), clock)
            say("leads", 0.1)
            plans = plan_leads(rng, ref, companies, officers, leads, clock.today)
            sched = schedule(rng, plans, activities, clock.today)
            writer = LeadWriter(conn, random.Random(f"{seed}:leads"), ref, clock)
            ids = writer.write(plans, sched, lambda f: say("leads", 0.15 + 0.3 * f))
            n_act = write_activities(
                conn, random.Random(f"{seed}:activities"), ref, clock, plans, ids, sched,
                lambda f: say("activities", 0.45 + 0.35 * f),
            )  # fmt: skip
            say("indexes", 0.8)
        add_targets(conn, rng, ref, today)
        say("statistics", 0.95)
        conn.exec_driver_sql("ANALYZE")  # the query planner's statistics, after a bulk load
    invalidate(store)
    store.cache.pop("company_names", None)
    say("done", 1.0)
    return DemoResult(
        leads, n_act, len(companies), writer.contacts, users, time.perf_counter() - started
    )
