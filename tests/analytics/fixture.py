"""A small store whose weekly-report figures are computed by hand (in the tests, not here).

The report week is 2026-W20 (Monday 11 – Sunday 17 May 2026); the week before is W19 (4–10
May). Leads are created through the services with explicit stage dates; their creation time
is set directly (the service stamps "now"), as are two overdue follow-ups (the service
refuses follow-ups in the past). Letters name the leads in the tests:

A  阿尔法 zjg/internet wang key   lead 03-02 → contact 05-12 → visit 05-14; visit 05-12, call 05-14
B  贝塔   fut/health   li   key   negotiation 02-01 → signed 05-13 (12,000; high-tech; 120 jobs); meeting 05-13
C  伽马   fut/materials li        signed 01-10 (8,000; funds 3,000) → landed 05-15; inbound visit 05-15
D  德尔塔 zjg/internet wang       new 05-12 at lead; follow-up due 05-13 (4 days late on 05-17)
E  艾普西隆 fut/health li          new 05-14 at lead
F  泽塔   qsh/materials wang      new 05-06 (W19) → contact 05-07; visit 05-07; follow-up due 05-08 (at risk)
G  伊塔   zjg/internet wang       升格 (upgrade): negotiation 04-01 → signed 05-12 (3,000), not counted
H  西塔   fut/internet li         confidential (项目-K): negotiation 01-05 → signed 05-16 (20,000; 80 jobs)
I  约塔   zjg/health   wang       contact 02-01, never worked on (stale)
J  卡帕   zjg/materials wang      visit 03-01 → negotiation 05-13, undone; call 05-08
K  拉姆达 fut/internet li         new 05-15, activity 05-15, then deleted (counts nowhere)
L  =HYPERLINK…  qsh/internet wang lead 04-01; call 05-16 (summary "-2 …")
M  缪     zjg/health   wang       negotiation 02-10 → signed 05-06 (W19, 5,000)
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import update

from crm.db.models import Lead
from crm.followups.activities import delete_activity, log_activity
from crm.leads.edit import create_lead, delete_lead, update_lead
from crm.pipeline import move_stage, revert_move
from crm.targets.annual import set_target
from tests.services import creator

TODAY = date(2026, 5, 20)
WEEK = "2026-W20"
FORMULA_NAME = '=HYPERLINK("http://example.com","点我")'


_MANAGER: list = []  # the manager who records leads an officer may not create (build sets it)


def _lead(store, actor, company, city, field, stage, stage_date, created, **extra):
    by, owner = creator(store, actor, city, _MANAGER[-1])
    data = {
        **owner,
        "company_name": company,
        "project_name": f"{company}项目",
        "city": city,
        "field": field,
        "stage": stage,
        "stage_date": stage_date,
        "planned_investment": extra.pop("planned", 1000),
        "first_contact_on": created,
        **extra,
    }
    lead_id = create_lead(store, by, data, today=TODAY, duplicate_reason="test").lead_id
    with store.write() as s:
        s.execute(
            update(Lead)
            .where(Lead.id == lead_id)
            .values(created_at=datetime.combine(created, datetime.min.time(), UTC).replace(hour=9))
        )
    return lead_id


def _act(store, actor, lead_id, day, kind, summary="跟进", **extra):
    data = {"occurred_on": day, "activity_type": kind, "summary": summary, **extra}
    return log_activity(store, actor, lead_id, data, today=TODAY).activity_id


def build(store, people) -> dict[str, int]:
    w, li = people.wang, people.li
    _MANAGER.append(people.zhao)
    d = date
    ids = {
        "A": _lead(store, w, "阿尔法智能科技有限公司", "zijingang", "internet", "lead", d(2026, 3, 2), d(2026, 3, 2), is_key=True, planned=5000),
        "B": _lead(store, li, "贝塔生物医药有限公司", "future", "health", "negotiation", d(2026, 2, 1), d(2026, 2, 1), is_key=True, is_hightech=True, expected_jobs=120, planned=15000),
        "C": _lead(store, li, "伽马新材料有限公司", "future", "materials", "signed", d(2026, 1, 10), d(2026, 1, 10), agreed_investment=8000),
        "D": _lead(store, w, "德尔塔软件有限公司", "zijingang", "internet", "lead", d(2026, 5, 12), d(2026, 5, 12)),
        "E": _lead(store, li, "艾普西隆医疗器械有限公司", "future", "health", "lead", d(2026, 5, 14), d(2026, 5, 14)),
        "F": _lead(store, w, "泽塔能源材料有限公司", "qingshan", "materials", "lead", d(2026, 5, 6), d(2026, 5, 6)),
        "G": _lead(store, w, "伊塔网络有限公司", "zijingang", "internet", "negotiation", d(2026, 4, 1), d(2026, 4, 1), business_type="upgrade"),
        "H": _lead(store, li, "西塔半导体有限公司", "future", "internet", "negotiation", d(2026, 1, 5), d(2026, 1, 5), confidential=True, codename="项目-K", expected_jobs=80),
        "I": _lead(store, w, "约塔健康科技有限公司", "zijingang", "health", "contact", d(2026, 2, 1), d(2026, 2, 1)),
        "J": _lead(store, w, "卡帕高分子材料有限公司", "zijingang", "materials", "visit", d(2026, 3, 1), d(2026, 3, 1)),
        "K": _lead(store, li, "拉姆达云计算有限公司", "future", "internet", "lead", d(2026, 5, 15), d(2026, 5, 15)),
        "L": _lead(store, w, FORMULA_NAME, "qingshan", "internet", "lead", d(2026, 4, 1), d(2026, 4, 1)),
        "M": _lead(store, w, "缪斯医疗有限公司", "zijingang", "health", "negotiation", d(2026, 2, 10), d(2026, 2, 10)),
    }  # fmt: skip

    def move(actor, key, to, day, **kw):
        return move_stage(store, actor, ids[key], to, on=day, today=TODAY, **kw)

    move(w, "A", "contact", d(2026, 5, 12))
    move(w, "A", "visit", d(2026, 5, 14))
    move(li, "B", "signed", d(2026, 5, 13), agreed_investment=12000)
    move(li, "C", "landed", d(2026, 5, 15))
    update_lead(store, li, ids["C"], {"funds_in_place": 3000})
    move(w, "F", "contact", d(2026, 5, 7))
    move(w, "G", "signed", d(2026, 5, 12), agreed_investment=3000)
    move(li, "H", "signed", d(2026, 5, 16), agreed_investment=20000)
    revert_move(store, w, move(w, "J", "negotiation", d(2026, 5, 13)))
    move(w, "M", "signed", d(2026, 5, 6), agreed_investment=5000)

    _act(store, w, ids["A"], d(2026, 5, 12), "visit")
    _act(store, w, ids["A"], d(2026, 5, 14), "call")
    gone = _act(store, w, ids["A"], d(2026, 5, 16), "call", "记错了")
    delete_activity(store, w, gone)
    _act(store, li, ids["B"], d(2026, 5, 13), "meeting")
    _act(store, li, ids["C"], d(2026, 5, 15), "inbound")
    _act(store, w, ids["F"], d(2026, 5, 7), "visit")
    _act(store, w, ids["J"], d(2026, 5, 8), "call")
    _act(store, li, ids["K"], d(2026, 5, 15), "call")
    _act(store, w, ids["L"], d(2026, 5, 16), "call", "-2 企业回复：@所有人 +1")
    delete_lead(store, li, ids["K"])

    with store.write() as s:  # follow-ups already late on the report's day
        s.execute(update(Lead).where(Lead.id == ids["D"]).values(next_followup=d(2026, 5, 13)))
        s.execute(update(Lead).where(Lead.id == ids["F"]).values(next_followup=d(2026, 5, 8)))

    set_target(store, people.zhao, 2026, "signed_projects", 10)
    set_target(store, people.zhao, 2026, "signed_investment", 100000)
    set_target(store, people.zhao, 2026, "signed_projects", 6, city_id=people.city_future)
    set_target(store, people.zhao, 2026, "signed_projects", 4, city_id=people.city_zijingang)
    return ids
