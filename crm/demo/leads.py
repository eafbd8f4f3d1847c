"""Writing the demo's leads from their plans, a batch at a time: the figures a committee member
would find plausible for the kind of project (a talent start-up is not a 30亿 project; people
type 5000万 and 1.2亿, not 4,913万), the stage history that led to the stage, the audit row,
the contacts and the search documents — each as the services would write them."""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from crm.db import search
from crm.db.bulk import insert_rows
from crm.demo import words
from crm.demo.clock import Clock
from crm.demo.followups import Schedule
from crm.demo.plan import Plan
from crm.pipeline import MAIN, SIGNED_OR_LATER, arrival, creation
from crm.reference import ReferenceData

BATCH = 20_000
_TWICE = re.compile(r"(..)\1")
COLUMNS = (
    "company_id", "project_name", "business_type_id", "project_type_id", "field_id", "subfield_id",
    "city_id", "owner_id", "source_id", "planned_investment", "registered_capital",
    "expected_output", "expected_tax", "land_mu", "floor_space_m2", "expected_jobs",
    "expected_talents", "is_key", "is_hightech", "is_national_rd", "is_foreign",
    "policy_industry", "policy_talent", "policy_tech", "competing_regions", "stage", "stage_date",
    "next_followup", "on_hold_until", "lost_reason_id", "lost_at_stage", "lost_to_region",
    "first_signed_on", "first_landed_on", "furthest_stage", "agreed_investment", "funds_in_place",
    "land_supplied_mu", "confidential", "codename", "notes", "last_activity_on", "version",
    "created_at", "created_by", "updated_at", "updated_by", "first_contact_on",
)  # fmt: skip
_HISTORY = ("lead_id", "from_stage", "to_stage", "changed_on", "at", "user_id", "lost_reason_id",
            "lost_to_region", "on_hold_until")  # fmt: skip
_CONTACTS = ("lead_id", "name", "title", "mobile", "version", "created_at", "updated_at")
_AUDIT = ("at", "user_id", "txn", "entity", "entity_id", "action", "new")
# the tables the demo writes on the connection
_LEADS = SQLModel.metadata.tables["lead"]
_STAGE_CHANGES = SQLModel.metadata.tables["stage_change"]
_AUDIT_LOG = SQLModel.metadata.tables["audit_log"]
_CONTACT_TABLE = SQLModel.metadata.tables["contact"]
#: a lead's row (COLUMNS' order) and its stage path: (stage, day, at, lost reason, lost to,
#: on hold until) per step
LeadRow = tuple[tuple[Any, ...], list[tuple[str, int, object, int | None, str | None, int | None]]]


def two_digits(value: float) -> float:
    """Rounded as people state amounts: 4,913 → 4,900; 123,456 → 120,000."""
    if value <= 0:
        return 0.0
    step: float = 10 ** (math.floor(math.log10(value)) - 1)
    return round(round(value / step) * step, 1)


class LeadWriter:
    def __init__(self, conn: Connection, rng: random.Random, ref: ReferenceData, clock: Clock):
        self.conn, self.rng, self.ref, self.clock = conn, rng, ref, clock
        self.types = {i.code: i.id for i in ref.kind("project_type")}
        self.sources = [i.id for i in ref.kind("source")]
        self.business = {i.code: i.id for i in ref.kind("business_type")}
        self.reasons = [i.id for i in ref.kind("lost_reason")]
        self.regions = [i.name_zh for i in ref.kind("region")]
        self.internet = ref.id_of("field", "internet")
        self.contacts = 0

    def write(self, plans: list[Plan], sched: Schedule, say: Callable[[float], None]) -> list[int]:
        """Write every lead; returns their ids in the order of the plans."""
        ids: list[int] = []
        for start in range(0, len(plans), BATCH):
            part = range(start, min(start + BATCH, len(plans)))
            rows = [self._row(k, plans[k], sched) for k in part]
            lead_id = _LEADS.c.id
            before = self.conn.execute(select(func.coalesce(func.max(lead_id), 0))).scalar_one()
            insert_rows(self.conn, _LEADS, COLUMNS, [r for r, _h in rows],
                        prepared=self.clock.text)  # fmt: skip
            new = list(
                self.conn.execute(
                    select(lead_id).where(lead_id > before).order_by(lead_id)
                ).scalars()
            )
            self._after(new, [plans[k] for k in part], rows)
            ids += new
            say(len(ids) / len(plans))
        return ids

    # ------------------------------------------------------------ one lead
    def _row(self, k: int, p: Plan, sched: Schedule) -> LeadRow:
        rng, rand, day, at = self.rng, self.rng.random, self.clock.day, self.clock.at
        median, spread, low, high = words.AMOUNTS[p.project_type]
        planned = two_digits(min(max(median * math.exp(rng.gauss(0, spread)), low), high))
        industrial = p.project_type == "industrial"
        startup = p.project_type == "talent_startup"
        capital = two_digits(
            planned * (rng.uniform(0.5, 1.0) if startup else rng.uniform(0.1, 0.3))
        )
        output = two_digits(
            planned
            * rng.uniform(
                *{"industrial": (1.0, 2.0), "rd_platform": (0.2, 0.6)}.get(
                    p.project_type, (0.5, 1.5)
                )
            )
        )
        tax = two_digits(output * rng.uniform(0.05, 0.1))
        land = (
            round(min(max(planned / rng.uniform(300, 800), 5), 500), 1)
            if industrial and rand() < 0.85
            else None
        )
        floor = None
        if not industrial and rand() < 0.8:
            lo, hi = {"headquarters": (3000, 30000), "rd_platform": (1000, 10000)}.get(
                p.project_type, (200, 2000)
            )
            floor = float(round(rng.uniform(lo, hi), -2))
        jobs = (
            max(10, round(planned / rng.uniform(40, 200), -1))
            if not startup
            else rng.randint(2, 6) * 10
        )
        talents = max(1, int(jobs * rng.uniform(0.02, 0.2)))
        stage = p.stage
        signed = stage in SIGNED_OR_LATER
        agreed = two_digits(planned * rng.uniform(0.8, 1.1)) if signed else None
        funds = (
            two_digits(agreed * rng.uniform(0.1, 0.9))
            if stage in MAIN[5:] and agreed is not None  # landed or later: signed, so agreed
            else None
        )
        confidential = rand() < 0.02
        sub = self.ref.get(p.subfield_id) if p.subfield_id else None
        project = p.company.brand + rng.choice(words.PROJECTS[p.project_type]).format(
            sub=sub.name_zh if sub else ""
        )
        project = _TWICE.sub(r"\1", project)  # 未来产业 + 产业园 → 未来产业园
        reason = rng.choice(self.reasons) if stage == "lost" else None
        lost_to = rng.choice(self.regions) if stage == "lost" and rand() < 0.6 else None
        path = _path(stage, p.lost_at)
        days = _path_days(rng, p.created, p.stage_date, len(path))
        # the pipeline's rules take dates; the demo's days are ordinals until they are written
        reached = creation(path[0], date.fromordinal(days[0]))
        reached["first_signed_on"] = None
        for st, d in zip(path[1:], days[1:], strict=True):
            reached = arrival(_Reached(reached), st, date.fromordinal(d))
        history = [
            (st, d, at(d, rng.randint(1, 10), rng.randint(0, 59)))
            for st, d in zip(path, days, strict=True)
        ]
        created_at = history[0][2]
        last = sched.last_day[k] or None
        changed = max(p.stage_date, last or 0)
        updated_at = (
            history[-1][2]
            if changed == p.stage_date
            else at(changed, rng.randint(1, 10), rng.randint(0, 59))
        )
        follow = sched.followup[k]
        row = (
            p.company.id, project,
            self.business["increase" if p.second and rand() < 0.5 else "new"],
            self.types[p.project_type], p.field_id, p.subfield_id, p.city_id, p.owner,
            rng.choice(self.sources), planned, capital, output, tax, land, floor, jobs, talents,
            planned >= 50000 or rand() < 0.05,
            rand() < (0.35 if p.field_id == self.internet or p.project_type == "rd_platform" else 0.2),
            p.project_type == "rd_platform" and rand() < 0.1,
            p.company.origin in words.ABROAD,
            rand() < 0.5, rand() < 0.4, rand() < 0.3,
            "、".join(rng.sample(self.regions, rng.randint(1, 2))) if rand() < 0.25 else None,
            stage, day(p.stage_date), day(follow), day(p.on_hold_until), reason, p.lost_at, lost_to,
            day(_ordinal(reached["first_signed_on"])), day(_ordinal(reached["first_landed_on"])),
            reached["furthest_stage"], agreed, funds,
            round(land * rng.uniform(0.8, 1.0), 1) if funds and land else None,
            confidential, f"项目-{rng.choice('ABCDEFGHJK')}{k:05d}" if confidential else None,
            rng.choice(words.NOTES), day(last), 1, created_at, p.owner, updated_at, p.owner,
            day(p.created),
        )  # fmt: skip
        return row, [(st, d, when, reason, lost_to, p.on_hold_until) for st, d, when in history]

    # ------------------------------------------------------------ what goes with a lead
    def _after(self, ids: list[int], plans: list[Plan], rows: list[LeadRow]) -> None:
        rng, day = self.rng, self.clock.day
        history: list[tuple[object, ...]] = []
        audits: list[tuple[object, ...]] = []
        contacts: list[tuple[object, ...]] = []
        docs: list[tuple[int, str, str, str]] = []
        project_at, codename_at, notes_at = (
            COLUMNS.index("project_name"),
            COLUMNS.index("codename"),
            COLUMNS.index("notes"),
        )
        created_at = COLUMNS.index("created_at")
        for lid, p, (row, steps) in zip(ids, plans, rows, strict=True):
            prev = None
            for st, d, when, reason, lost_to, hold in steps:
                history.append((lid, prev, st, day(d), when, p.owner,
                                reason if st == "lost" else None, lost_to if st == "lost" else None,
                                day(hold) if st == "on_hold" else None))  # fmt: skip
                prev = st
            audits.append((row[created_at], p.owner, f"demo{lid}", "lead", lid, "create", "demo"))
            people: list[tuple[str, str, str, None, None]] = []
            for _ in range(rng.choice((1, 1, 2))):
                name = rng.choice(words.SURNAMES) + "".join(
                    rng.choice(words.GIVEN) for _ in range(rng.choice((1, 2)))
                )
                mobile = (
                    "1"
                    + rng.choice("3456789")
                    + "".join(rng.choice("0123456789") for _ in range(9))
                )
                people.append((name, rng.choice(words.TITLES), mobile, None, None))
                contacts.append(
                    (lid, name, people[-1][1], mobile, 1, row[created_at], row[created_at])
                )
            c = p.company
            pub, doc, who = search.lead_documents(
                c.name,
                c.credit_code,
                row[project_at],
                row[codename_at],
                row[notes_at],
                people,
                initials=c.initials,
            )
            docs.append((lid, pub, doc, who))
        prepared = self.clock.text
        insert_rows(self.conn, _STAGE_CHANGES, _HISTORY, history, prepared=prepared)
        insert_rows(self.conn, _AUDIT_LOG, _AUDIT, audits, prepared=prepared)
        insert_rows(self.conn, _CONTACT_TABLE, _CONTACTS, contacts, prepared=prepared)
        search.write_documents(self.conn, docs, new=True)
        self.contacts += len(contacts)


class _Reached:
    """What crm.pipeline.arrival reads of a lead, from the values reached so far."""

    def __init__(self, values: dict[str, Any]):
        self.first_signed_on = values["first_signed_on"]
        self.first_landed_on = values["first_landed_on"]
        self.furthest_stage = values["furthest_stage"]


def _ordinal(day: date | None) -> int | None:
    return None if day is None else day.toordinal()


def _path(stage: str, lost_at: str | None) -> list[str]:
    if stage in MAIN:
        return list(MAIN[: MAIN.index(stage) + 1])
    if stage == "lost":
        return list(MAIN[: MAIN.index(lost_at) + 1]) + ["lost"]
    return list(MAIN[:2]) + ["on_hold"]


def _path_days(rng: random.Random, created: int, last: int, n: int) -> list[int]:
    span = max(0, last - created)
    inner = sorted(rng.randint(0, span) for _ in range(max(0, n - 2)))
    return ([created] + [created + d for d in inner] + ([last] if n > 1 else []))[:n]
