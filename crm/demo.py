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

from sqlalchemy import func, insert, select

from crm.credit_code import ALPHABET, check_character
from crm.db import search
from crm.db.bulk import insert_rows, tune_for_bulk
from crm.db.models import Activity, AuditLog, Company, Contact, Lead, StageChange, User
from crm.db.store import Store
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.names import (
    initials_without_place,
    normalise_company_name,
    pinyin_initials,
    pinyin_key,
)
from crm.pipeline import MAIN, SIGNED_OR_LATER
from crm.reference import invalidate, reference

BATCH = 20000

_CORE = [
    "云帆",
    "星河",
    "智源",
    "天择",
    "恒瑞",
    "博远",
    "启明",
    "睿思",
    "华创",
    "中科",
    "海创",
    "凌云",
    "领航",
    "开元",
    "同心",
    "鼎新",
    "卓越",
    "青禾",
    "蓝海",
    "数安",
    "微光",
    "远景",
    "锐捷",
    "迈达",
    "朗润",
    "德康",
    "安诺",
    "百川",
    "致远",
    "新宇",
    "光启",
    "景行",
    "思源",
    "聚能",
    "易联",
    "芯动",
    "晶华",
    "万象",
    "长风",
    "晨曦",
    "九州",
    "宏图",
    "瑞霖",
    "融创",
    "汇智",
    "嘉和",
    "明德",
    "正泰",
    "飞鹏",
    "泽润",
    "云栖",
    "鲲鹏",
    "赛诺",
    "联影",
    "贝瑞",
    "诺辉",
    "英飞",
    "微纳",
    "旷视",
    "深蓝",
    "橙果",
    "银湖",
    "之江",
    "良渚",
    "西溪",
    "紫金",
    "青山",
    "湖畔",
]
_PREFIX = ("", "", "", "杭州", "浙江", "上海", "北京", "深圳", "苏州", "南京", "合肥", "宁波")
_INDUSTRY = {
    "ai": ("智能科技", "人工智能", "机器人"),
    "ic": ("半导体", "微电子", "集成电路"),
    "cloud": ("数据科技", "云计算", "信息技术"),
    "content": ("数字传媒", "文化科技", "互动娱乐"),
    "mfg_software": ("工业软件", "智造科技", "软件技术"),
    "biomed": ("生物医药", "生物科技", "药业"),
    "devices": ("医疗器械", "医疗科技", "精密仪器"),
    "digital_health": ("健康科技", "数字医疗", "医学信息"),
    "polymers": ("高分子材料", "新材料", "化工科技"),
    "energy_materials": ("新能源材料", "储能科技", "电池材料"),
    "electronic_materials": ("电子材料", "光电材料", "显示材料"),
    "future_industries": ("量子科技", "未来科技", "空天科技"),
    None: ("装备制造", "精密机械", "科技"),
}
_SUFFIX = ("有限公司", "有限公司", "股份有限公司", "科技有限公司", "有限责任公司")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯晨欣怡子轩梓涵雨"
_TITLES = (
    "董事长",
    "总经理",
    "副总经理",
    "投资总监",
    "战略发展部经理",
    "财务总监",
    "行政主管",
    "创始人",
)
_ORIGINS = (
    "浙江",
    "上海",
    "北京",
    "广东",
    "江苏",
    "安徽",
    "福建",
    "山东",
    "湖北",
    "四川",
    "美国",
    "德国",
    "日本",
    "新加坡",
    "香港",
    "以色列",
    "英国",
)
_SUMMARIES = {
    "call": (
        "电话沟通项目进展，企业关注{p}",
        "电话回访，确认下次考察时间",
        "与企业负责人电话沟通用地需求",
    ),
    "visit": (
        "上门拜访企业，介绍{c}产业政策",
        "拜访企业总部，了解扩产计划",
        "走访企业，交流{p}诉求",
    ),
    "inbound": ("企业来{c}实地考察，参观产业园区", "接待企业考察团，介绍配套与人才政策"),
    "meeting": (
        "召开项目洽谈会，讨论投资协议条款",
        "洽谈会议：落实用地指标与{p}",
        "与企业就注册资本和落地时间进行洽谈",
    ),
    "event": ("在{e}上与企业初步接触", "参加{e}，企业表达投资意向"),
    "message": ("微信沟通项目材料", "邮件发送{p}申报材料清单", "微信确认会议安排"),
}
_POLICIES = ("人才政策", "产业扶持政策", "科技专项政策", "租金补贴", "用地指标", "研发补助")
_EVENTS = (
    "全球数字经济大会",
    "生物医药产业峰会",
    "新材料博览会",
    "海外高层次人才交流会",
    "城西科创大走廊推介会",
)
_NEXT = (
    "准备投资协议草案",
    "安排实地考察",
    "对接人才政策",
    "提交项目可研报告",
    "等待企业内部决策",
    "协调用地指标",
)

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
            name = rng.choice(_SURNAMES) + "".join(
                rng.choice(_GIVEN) for _ in range(rng.choice((1, 2)))
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
            rng.choice(_PREFIX),
            rng.choice(_CORE) + rng.choice(_CORE)[rng.randint(0, 1)],
            rng.choice(_INDUSTRY[sub.code if sub else None]),
            rng.choice(_SUFFIX),
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
                origin=rng.choice(_ORIGINS) if rng.random() < 0.9 else None,
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
                is_foreign=comp["origin"] in _ORIGINS[10:],
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
    if rows:
        cols = tuple(rows[0])
        insert_rows(conn, Lead.__table__, cols, [tuple(r[c] for c in cols) for r in rows])
    ids = [r[0] for r in conn.execute(select(Lead.id).order_by(Lead.id))][-n:] if n else []
    for m, lid, row in zip(meta, ids, rows, strict=True):
        m[0] = lid
        created, stage, path, stage_date, owner = m[1], m[2], m[3], m[4], m[5]
        days = _path_days(rng, created, stage_date, len(path))
        prev = None
        for st, day in zip(path, days, strict=True):
            history.append(
                dict(
                    lead_id=lid,
                    from_stage=prev,
                    to_stage=st,
                    changed_on=day,
                    at=_now_utc(day, rng),
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
    for p in _PREFIX[3:]:
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
            for t in _SUMMARIES[code]
            for p in _POLICIES[:3]
            for c in list(cities.values())[:3]
            for e in _EVENTS[:2]
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
                    _NEXT[int(rand() * len(_NEXT))] if rand() < 0.4 else None,
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
            name = rng.choice(_SURNAMES) + "".join(
                rng.choice(_GIVEN) for _ in range(rng.choice((1, 2)))
            )
            mobile = (
                "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
            )
            people.append((name, rng.choice(_TITLES), mobile, None, None))
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
        search.write_documents(conn, docs[start : start + BATCH])
    return len(contacts)
