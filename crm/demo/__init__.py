"""Demo data: a realistic, deterministic store for trying the app and for the benchmarks.

``crm demo --leads N --activities M --seed S`` writes Chinese company names across the three
cities and fields, officers and managers, a plausible spread of stages and amounts, contacts,
stage histories, a year of activities, some companies followed by two cities, some overdue
follow-ups and some idle leads. The same seed and anchor day give the same store. Rows go in
with bulk INSERTs in one transaction (100,000 leads and 1,000,000 activities in well under a
minute on SQLite); every lead gets its search document and an audit row.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Integer, func, insert, select

from crm import demo_words as words
from crm.credit_code import ALPHABET, check_character
from crm.db import search
from crm.db.bulk import insert_rows, tune_for_bulk
from crm.db.models import Activity, AuditLog, Company, Contact, Lead, StageChange, Target, User
from crm.db.store import Store
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.names import (
    initials_without_place,
    normalise_company_name,
    pinyin_initials,
    pinyin_key,
)
from crm.pipeline import MAIN, SIGNED_OR_LATER, arrival, creation
from crm.reference import invalidate, reference

BATCH = 20000

# stage shares of the pool (roughly what a year-old pipeline looks like)
_STAGE_WEIGHTS = {
    "lead": 30,
    "contact": 20,
    "visit": 12,
    "negotiation": 12,
    "signed": 6,
    "landed": 5,
    "construction": 3,
    "operating": 3,
    "on_hold": 5,
    "lost": 4,
}
_FIELD_WEIGHTS = {"internet": 45, "health": 25, "materials": 18, "equipment": 7, "other": 5}
_CITY_WEIGHTS = {"future": 40, "zijingang": 25, "qingshan": 20, "linping": 8, "fuyang": 7}
_OFFICERS = {"future": 8, "zijingang": 6, "qingshan": 5, "linping": 3, "fuyang": 3}
_ACT_WEIGHTS = {"call": 35, "visit": 20, "inbound": 8, "meeting": 12, "event": 5, "message": 20}


@dataclass(frozen=True)
class DemoResult:
    leads: int
    activities: int
    companies: int
    contacts: int
    users: int
    seconds: float


def _now_utc(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 18), rng.randint(0, 59)), tzinfo=UTC)


def generate(
    store: Store,
    *,
    leads: int = 2000,
    activities: int = 20000,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[str, float], None] | None = None,
) -> DemoResult:
    """Fill an empty store with demo data."""
    import time as _time

    started = _time.perf_counter()
    today = today or date.today()
    if leads < 0 or activities < 0 or leads > 2_000_000 or activities > 20_000_000:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Demo", "Choose between 0 and 2,000,000 leads and 0 and 20,000,000 activities."
            )
        )
    if activities and not leads:
        raise UserError(QT_TRANSLATE_NOOP("Demo", "Activities need leads to belong to."))
    with store.read() as s:
        existing = s.execute(select(func.count()).select_from(Lead)).scalar_one()
    if existing:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Demo",
                "The store {name} already holds {count} leads; demo data goes into an "
                "empty store (give another --db).",
            ).format(name=store.describe(), count=existing)
        )
    rng = random.Random(seed)
    ref = reference(store)
    say = progress or (lambda _t, _f: None)
    with store.write() as s:
        conn = s.connection()
        tune_for_bulk(conn)
        users = _users(conn, ref, today)
        officers_by_city = {}
        for uid, city_id, role in users:
            if role == "officer":
                officers_by_city.setdefault(city_id, []).append(uid)
        say("companies", 0.05)
        companies = _companies(conn, rng, ref, leads, today)
        say("leads", 0.15)
        lead_meta = _leads(conn, rng, ref, companies, officers_by_city, leads, today)
        say("activities", 0.45)
        n_act = _activities(conn, rng, ref, lead_meta, activities, today, say)
        say("contacts", 0.9)
        n_contacts = _contacts_and_search(conn, rng, lead_meta, companies)
        _targets(conn, rng, ref, today)
        say("statistics", 0.97)
        conn.exec_driver_sql("ANALYZE")  # the query planner's statistics, after a bulk load
    invalidate(store)
    store.cache.pop("company_names", None)
    say("done", 1.0)
    return DemoResult(
        leads, n_act, len(companies), n_contacts, len(users), _time.perf_counter() - started
    )


def _users(conn, ref, today) -> list[tuple[int, int | None, str]]:
    rng = random.Random(7)
    stamp = datetime.combine(today - timedelta(days=730), time(9), tzinfo=UTC)
    rows, taken = [], set()

    def person():
        while True:
            name = rng.choice(words.SURNAMES) + "".join(
                rng.choice(words.GIVEN) for _ in range(rng.choice((1, 2)))
            )
            if name not in taken:
                taken.add(name)
                return name

    for code, n in _OFFICERS.items():
        city = ref.id_of("city", code)
        rows.append(
            dict(username=f"mgr_{code}", display_name=person(), role="manager", city_id=city)
        )
        rows.extend(
            dict(username=f"{code}_{i + 1}", display_name=person(), role="officer", city_id=city)
            for i in range(n)
        )
    rows.append(dict(username="committee_1", display_name=person(), role="manager", city_id=None))
    rows.append(dict(username="report_1", display_name=person(), role="report_staff", city_id=None))
    for r in rows:
        r.update(version=1, created_at=stamp, updated_at=stamp, active=True)
    conn.execute(insert(User), rows)
    out = [
        (u.id, u.city_id, u.role)
        for u in conn.execute(
            select(User.id, User.city_id, User.role).where(User.username != "system")
        )
    ]
    mgr = {c: uid for uid, c, role in out if role == "manager" and c is not None}
    for uid, c, role in out:
        if role == "officer":
            conn.execute(User.__table__.update().where(User.id == uid).values(manager_id=mgr[c]))
    return out


def _credit_code(rng: random.Random) -> str:
    head = rng.choice("9" * 8 + "15") + rng.choice("1123")
    region = "3301" + rng.choice(("06", "10", "12", "85", "13", "11"))
    org = "".join(rng.choice(ALPHABET) for _ in range(9))
    first17 = head + region + org
    return first17 + check_character(first17)


def _companies(conn, rng, ref, n_leads, today) -> list[dict]:
    subfields = [i for i in ref.kind("subfield")]
    seen, rows, codes = set(), [], set()
    target = max(1, int(n_leads * 0.985))
    stamp0 = today - timedelta(days=730)
    while len(rows) < target:
        sub = rng.choice(subfields + [None] * 2)
        parts = (
            rng.choice(words.PREFIX),
            rng.choice(words.CORE) + rng.choice(words.CORE)[rng.randint(0, 1)],
            rng.choice(words.INDUSTRY[sub.code if sub else None]),
            rng.choice(words.SUFFIX),
        )
        name = "".join(parts)
        if name in seen:
            continue
        seen.add(name)
        code = _credit_code(rng) if rng.random() < 0.85 else None
        if code in codes:
            code = None
        codes.add(code)
        day = stamp0 + timedelta(days=rng.randint(0, 700))
        stamp = _now_utc(day, rng)
        rows.append(
            dict(
                name=name,
                name_norm=normalise_company_name(name),
                name_sort=pinyin_key(name),
                credit_code=code,
                origin=rng.choice(words.ORIGINS) if rng.random() < 0.9 else None,
                version=1,
                created_at=stamp,
                updated_at=stamp,
                # the same keys the services write (the name read as a whole, in context)
                _initials=pinyin_initials(name),
                _short=initials_without_place(name),
                _sub=sub,
            )
        )
    cols = (
        "name",
        "name_norm",
        "name_sort",
        "credit_code",
        "origin",
        "version",
        "created_at",
        "updated_at",
    )
    insert_rows(conn, Company.__table__, cols, [tuple(r[c] for c in cols) for r in rows])
    ids = [r[0] for r in conn.execute(select(Company.id).order_by(Company.id))][-len(rows) :]
    for r, cid in zip(rows, ids, strict=True):
        r["id"] = cid
    return rows


def _weighted(rng, weights: dict[str, int]):
    keys, w = list(weights), list(weights.values())
    return lambda: rng.choices(keys, w)[0]


def _leads(conn, rng, ref, companies, officers_by_city, n, today) -> list[tuple]:
    pick_stage, pick_field = _weighted(rng, _STAGE_WEIGHTS), _weighted(rng, _FIELD_WEIGHTS)
    pick_city = _weighted(rng, _CITY_WEIGHTS)
    fields = {f.code: f.id for f in ref.kind("field")}
    subs_of = {f.id: [s.id for s in ref.children(f.id)] for f in ref.kind("field")}
    ptypes = [i.id for i in ref.kind("project_type")]
    sources = [i.id for i in ref.kind("source")]
    btypes = {i.code: i.id for i in ref.kind("business_type")}
    reasons = [i.id for i in ref.kind("lost_reason")]
    regions = [i.name_zh for i in ref.kind("region")]
    rows, history, audits, meta = [], [], [], []
    for i in range(n):
        dup = i >= len(companies)
        comp = companies[rng.randrange(len(companies))] if dup else companies[i]
        sub = comp["_sub"]
        field_id = sub.parent_id if sub and not dup else fields[pick_field()]
        subfield_id = (
            sub.id
            if sub and sub.parent_id == field_id
            else (
                rng.choice(subs_of[field_id]) if subs_of[field_id] and rng.random() < 0.7 else None
            )
        )
        city_id = ref.id_of("city", pick_city())
        owner = rng.choice(officers_by_city[city_id])
        stage = pick_stage()
        created = today - timedelta(days=int(rng.triangular(0, 540, 120)))
        stage_date = created + timedelta(days=rng.randint(0, max(0, (today - created).days)))
        planned = round(rng.lognormvariate(8.5, 1.2), 0)
        planned = min(max(planned, 100.0), 500000.0)
        signed = stage in SIGNED_OR_LATER
        agreed = round(planned * rng.uniform(0.7, 1.1), 0) if signed else None
        funds = (
            round(agreed * rng.uniform(0.05, 0.9), 0)
            if stage in ("landed", "construction", "operating")
            else None
        )
        open_ = stage not in ("lost", "operating")
        nxt = today + timedelta(days=rng.randint(-20, 30)) if open_ and rng.random() < 0.8 else None
        hold = today + timedelta(days=rng.randint(5, 120)) if stage == "on_hold" else None
        confidential = rng.random() < 0.02
        lost_at = rng.choice(MAIN[:4]) if stage == "lost" else None
        stamp = _now_utc(created, rng)
        path = _path(stage, lost_at)
        rows.append(
            dict(
                company_id=comp["id"],
                project_name=_project_name(rng, comp, sub),
                business_type_id=btypes["increase" if dup and rng.random() < 0.5 else "new"],
                project_type_id=rng.choice(ptypes),
                field_id=field_id,
                subfield_id=subfield_id,
                city_id=city_id,
                owner_id=owner,
                source_id=rng.choice(sources),
                planned_investment=planned,
                registered_capital=round(planned * rng.uniform(0.1, 0.5), 0),
                expected_output=round(planned * rng.uniform(0.5, 2.0), 0),
                expected_tax=round(planned * rng.uniform(0.02, 0.1), 0),
                land_mu=round(rng.uniform(5, 200), 1) if rng.random() < 0.4 else None,
                floor_space_m2=round(rng.uniform(300, 20000), 0) if rng.random() < 0.6 else None,
                expected_jobs=rng.randint(10, 800),
                expected_talents=rng.randint(0, 40),
                is_key=rng.random() < 0.08 or planned > 100000,
                is_hightech=rng.random() < 0.2,
                is_national_rd=rng.random() < 0.02,
                is_foreign=comp["origin"] in words.ORIGINS[10:],
                policy_industry=rng.random() < 0.5,
                policy_talent=rng.random() < 0.4,
                policy_tech=rng.random() < 0.3,
                competing_regions="、".join(rng.sample(regions, rng.randint(1, 2)))
                if rng.random() < 0.25
                else None,
                stage=stage,
                stage_date=stage_date,
                next_followup=hold or nxt,
                on_hold_until=hold,
                lost_reason_id=rng.choice(reasons) if stage == "lost" else None,
                lost_at_stage=lost_at,
                lost_to_region=rng.choice(regions)
                if stage == "lost" and rng.random() < 0.6
                else None,
                first_signed_on=stage_date if signed else None,
                agreed_investment=agreed,
                funds_in_place=funds,
                land_supplied_mu=round(rng.uniform(5, 150), 1) if funds else None,
                confidential=confidential,
                codename=f"项目-{rng.choice('ABCDEFGHJK')}{i:05d}" if confidential else None,
                notes=rng.choice(
                    (
                        "企业有意在大走廊设立区域总部",
                        "关注人才公寓配套",
                        "需协调用地指标",
                        "对接中，等待企业决策",
                        None,
                        None,
                    )
                ),
                version=1,
                created_at=stamp,
                created_by=owner,
                updated_at=stamp,
                updated_by=owner,
            )
        )
        meta.append([None, created, stage, path, stage_date, owner, comp, open_])
    # each lead's history (stage, day, instant), drawn lead by lead; the lead carries what its
    # history decides (crm.pipeline: first landing, furthest stage), as the services keep it
    steps = []
    for m, row in zip(meta, rows, strict=True):
        created, path, stage_date = m[1], m[3], m[4]
        days = _path_days(rng, created, stage_date, len(path))
        steps.append([(st, day, _now_utc(day, rng)) for st, day in zip(path, days, strict=True)])
        row |= creation(*steps[-1][0][:2])
        for st, day, _at in steps[-1][1:]:
            row |= arrival(_Reached(row), st, day)
    if rows:
        cols = tuple(rows[0])
        insert_rows(conn, Lead.__table__, cols, [tuple(r[c] for c in cols) for r in rows])
    ids = [r[0] for r in conn.execute(select(Lead.id).order_by(Lead.id))][-n:] if n else []
    for m, lid, row, lead_steps in zip(meta, ids, rows, steps, strict=True):
        m[0] = lid
        owner = m[5]
        prev = None
        for st, day, at in lead_steps:
            history.append(
                dict(
                    lead_id=lid,
                    from_stage=prev,
                    to_stage=st,
                    changed_on=day,
                    at=at,
                    user_id=owner,
                    lost_reason_id=row["lost_reason_id"] if st == "lost" else None,
                    lost_to_region=row["lost_to_region"] if st == "lost" else None,
                    on_hold_until=row["on_hold_until"] if st == "on_hold" else None,
                )
            )
            prev = st
        audits.append(
            dict(
                at=row["created_at"],
                user_id=owner,
                txn=f"demo{lid}",
                entity="lead",
                entity_id=lid,
                action="create",
                new="demo",
            )
        )
    for table, items in ((StageChange.__table__, history), (AuditLog.__table__, audits)):
        if items:
            cols = tuple(items[0])
            insert_rows(conn, table, cols, [tuple(r[c] for c in cols) for r in items])
    for m, row in zip(meta, rows, strict=True):
        m.append(row)
    return meta


def _targets(conn, rng: random.Random, ref, today: date) -> None:
    """This year's targets per city × field, as a committee would set them: the year's pace so
    far carried to the year's end, some cells ambitious (behind pace), some modest (ahead)."""
    from crm.analytics.metrics import counted_business_types

    start, end = date(today.year, 1, 1), date(today.year, 12, 31)
    share = ((today - start).days + 1) / ((end - start).days + 1)
    counted = counted_business_types(ref)
    live = (Lead.deleted_at.is_(None), Lead.business_type_id.in_(counted))
    cells: dict[tuple[int, int], dict[str, float]] = {}
    signed = select(
        Lead.city_id,
        Lead.field_id,
        func.count(),
        func.coalesce(func.sum(Lead.agreed_investment), 0),
        func.coalesce(func.sum(Lead.funds_in_place), 0),
        func.sum(func.cast(Lead.is_hightech, Integer)),
        func.coalesce(func.sum(Lead.expected_jobs), 0),
    ).where(Lead.first_signed_on.between(start, today), *live)
    for city, fld, n, amount, funds, hightech, jobs in conn.execute(
        signed.group_by(Lead.city_id, Lead.field_id)
    ):
        cells[(city, fld)] = dict(
            signed_projects=n,
            signed_investment=amount,
            funds_in_place=funds,
            hightech_enterprises=hightech or 0,
            jobs=jobs,
        )
    landed = select(Lead.city_id, Lead.field_id, func.count()).where(
        Lead.first_landed_on.between(start, today), *live
    )
    for city, fld, n in conn.execute(landed.group_by(Lead.city_id, Lead.field_id)):
        cells.setdefault((city, fld), {})["landed_projects"] = n
    stamp = datetime.combine(start, time(9), tzinfo=UTC)
    rows = []
    for (city, fld), figures in sorted(cells.items()):
        for metric, actual in sorted(figures.items()):
            pace = float(actual) / share * rng.uniform(0.8, 1.3)
            if metric in ("signed_investment", "funds_in_place"):
                value = max(1000.0, round(pace / 1000) * 1000)  # 万元, in tenths of 亿
            elif metric == "jobs":
                value = float(max(10, round(pace / 10) * 10))
            else:
                value = float(max(1, round(pace)))
            rows.append((today.year, city, fld, metric, value, 1, stamp, stamp))
    insert_rows(
        conn,
        Target.__table__,
        ("year", "city_id", "field_id", "metric", "value", "version", "created_at", "updated_at"),
        rows,
    )


class _Reached:
    """A lead row (dict) read as crm.pipeline.arrival reads a lead."""

    def __init__(self, row: dict):
        self.first_signed_on = row["first_signed_on"]
        self.first_landed_on = row["first_landed_on"]
        self.furthest_stage = row["furthest_stage"]


def _path(stage: str, lost_at: str | None) -> list[str]:
    if stage in MAIN:
        return list(MAIN[: MAIN.index(stage) + 1])
    if stage == "lost":
        return list(MAIN[: MAIN.index(lost_at) + 1]) + ["lost"]
    return list(MAIN[:2]) + ["on_hold"]


def _path_days(rng, created: date, last: date, n: int) -> list[date]:
    span = max(0, (last - created).days)
    inner = sorted(rng.randint(0, span) for _ in range(max(0, n - 2)))
    days = [created] + [created + timedelta(days=d) for d in inner] + ([last] if n > 1 else [])
    return days[:n]


def _project_name(rng, comp, sub) -> str:
    core = comp["name"]
    for p in words.PREFIX[3:]:
        if core.startswith(p):
            core = core[len(p) :]
    core = core[:2]
    kind = rng.choice(
        ("区域总部", "研发中心", "生产基地", "创新中心", "产业化项目", "运营中心", "实验室")
    )
    return f"{core}{sub.name_zh if sub and rng.random() < 0.5 else ''}{kind}项目"


_ACTIVITY_COLUMNS = (
    "lead_id",
    "occurred_on",
    "type_id",
    "user_id",
    "summary",
    "next_step",
    "next_followup",
    "version",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
)


def _activities(conn, rng, ref, meta, n, today, say) -> int:
    """``n`` activities over the past year; busy stages get more, every 11th lead goes idle."""
    if not n or not meta:
        return 0
    types = {i.code: i.id for i in ref.kind("activity_type")}
    codes = list(_ACT_WEIGHTS)
    cities = {c.id: c.name_zh for c in ref.kind("city")}
    texts = {
        code: [
            t.format(p=p, c=c, e=e)
            for t in words.SUMMARIES[code]
            for p in words.POLICIES[:3]
            for c in list(cities.values())[:3]
            for e in words.EVENTS[:2]
        ]
        for code in codes
    }
    weights = [
        0.2 if m[2] in ("lost", "on_hold") else (3.0 if m[2] in ("negotiation", "signed") else 1.0)
        for m in meta
    ]
    year_ago, idle_cut = today - timedelta(days=365), today - timedelta(days=45)
    spans = []
    for k, m in enumerate(meta):
        lo = max(m[1], year_ago)
        hi = today if (m[7] and k % 11) else min(today, idle_cut)
        spans.append((lo, max(0, (hi - lo).days)))
    last_day: list[date | None] = [None] * len(meta)
    rand = rng.random
    done = 0
    while done < n:
        k_batch = min(BATCH * 5, n - done)
        picks = rng.choices(range(len(meta)), weights=weights, k=k_batch)
        kinds = rng.choices(codes, weights=list(_ACT_WEIGHTS.values()), k=k_batch)
        rows = []
        for k, code in zip(picks, kinds, strict=True):
            m = meta[k]
            lo, span = spans[k]
            day = lo + timedelta(days=int(rand() * (span + 1)))
            pool = texts[code]
            owner = m[5]
            stamp = datetime(
                day.year, day.month, day.day, 8 + int(rand() * 10), int(rand() * 60), tzinfo=UTC
            )
            rows.append(
                (
                    m[0],
                    day,
                    types[code],
                    owner,
                    pool[int(rand() * len(pool))],
                    words.NEXT[int(rand() * len(words.NEXT))] if rand() < 0.4 else None,
                    day + timedelta(days=3 + int(rand() * 19)) if rand() < 0.5 else None,
                    1,
                    stamp,
                    owner,
                    stamp,
                    owner,
                )
            )
            if last_day[k] is None or day > last_day[k]:
                last_day[k] = day
        insert_rows(conn, Activity.__table__, _ACTIVITY_COLUMNS, rows)
        done += k_batch
        say("activities", 0.45 + 0.4 * done / n)
    updates = [{"lid": meta[k][0], "day": d} for k, d in enumerate(last_day) if d is not None]
    from sqlalchemy import bindparam

    stmt = (
        Lead.__table__.update()
        .where(Lead.id == bindparam("lid"))
        .values(last_activity_on=bindparam("day"))
    )
    for start in range(0, len(updates), BATCH):
        conn.execute(stmt, updates[start : start + BATCH])
    return done


def _contacts_and_search(conn, rng, meta, companies) -> int:
    contacts, docs = [], []
    for m in meta:
        lid, row, comp = m[0], m[8], m[6]
        people = []
        for _ in range(rng.choice((1, 1, 2))):
            name = rng.choice(words.SURNAMES) + "".join(
                rng.choice(words.GIVEN) for _ in range(rng.choice((1, 2)))
            )
            mobile = (
                "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
            )
            people.append((name, rng.choice(words.TITLES), mobile, None, None))
            contacts.append(
                (lid, name, people[-1][1], mobile, 1, row["created_at"], row["created_at"])
            )
        pub = search.document([row["codename"]])
        doc = " ".join(
            filter(
                None,
                (
                    search.document([comp["name"]]),
                    comp["_initials"],
                    comp["_short"] if comp["_short"] != comp["_initials"] else None,
                    search.document(
                        [comp["credit_code"], row["project_name"], row["codename"], row["notes"]]
                    ),
                ),
            )
        )
        docs.append((lid, pub, doc, search.document(p for c in people for p in c)))
    insert_rows(
        conn,
        Contact.__table__,
        ("lead_id", "name", "title", "mobile", "version", "created_at", "updated_at"),
        contacts,
    )
    for start in range(0, len(docs), BATCH):
        search.write_documents(conn, docs[start : start + BATCH], new=True)
    return len(contacts)
