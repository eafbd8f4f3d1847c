"""What each demo lead is, drawn before anything is written: its company, field, city and
officer, project type, stage and the days that matter (created, stage reached, on hold until,
the follow-up its creator scheduled). The activities are drawn against these plans, and the
leads are written from them once the activities have decided their follow-up state."""

from __future__ import annotations

import random
from typing import NamedTuple

from crm.demo.companies import DemoCompany, weighted
from crm.pipeline import MAIN
from crm.reference import ReferenceData

# stage shares of the pool (roughly what a year-old pipeline looks like)
STAGES = (
    ("lead", 30),
    ("contact", 20),
    ("visit", 12),
    ("negotiation", 12),
    ("signed", 6),
    ("landed", 5),
    ("construction", 3),
    ("operating", 3),
    ("on_hold", 5),
    ("lost", 4),
)
FIELDS = (("internet", 45), ("health", 25), ("materials", 18), ("equipment", 7), ("other", 5))
CITIES = (("future", 40), ("zijingang", 25), ("qingshan", 20), ("linping", 8), ("fuyang", 7))
PROJECT_TYPES = (
    ("industrial", 45),
    ("headquarters", 15),
    ("rd_platform", 20),
    ("talent_startup", 20),
)
#: closed for follow-ups (crm.pipeline.followup: only leads still in play have a state)
CLOSED = ("lost", "operating")
#: every IDLE-th lead has had no activity for over 45 days
IDLE = 11


class Plan(NamedTuple):
    company: DemoCompany
    second: bool  # a second lead of a company already followed (another city, more capital)
    field_id: int
    subfield_id: int | None
    city_id: int
    owner: int
    project_type: str
    stage: str
    created: int  # day ordinals (crm.demo.clock)
    stage_date: int
    on_hold_until: int | None
    lost_at: str | None
    scheduled: int | None  # the follow-up set when the lead was logged

    @property
    def side(self) -> bool:
        return self.stage in ("on_hold", "lost")


def plan_leads(
    rng: random.Random,
    ref: ReferenceData,
    companies: list[DemoCompany],
    officers: dict[int, list[int]],
    n: int,
    today: int,
) -> list[Plan]:
    stage, field, city = weighted(rng, STAGES), weighted(rng, FIELDS), weighted(rng, CITIES)
    ptype = weighted(rng, PROJECT_TYPES)
    field_ids = {f.code: f.id for f in ref.kind("field")}
    subs_of = {f.id: [s.id for s in ref.children(f.id)] for f in ref.kind("field")}
    city_ids = {c: ref.id_of("city", c) for c, _w in CITIES}
    plans = []
    for i in range(n):
        second = i >= len(companies)
        comp = companies[rng.randrange(len(companies))] if second else companies[i]
        sub = comp.subfield
        parent = sub.parent_id if sub is not None and not second else None
        field_id = parent if parent is not None else field_ids[field()]
        if sub is not None and sub.parent_id == field_id:
            subfield_id = sub.id
        elif subs_of[field_id] and rng.random() < 0.7:
            subfield_id = rng.choice(subs_of[field_id])
        else:
            subfield_id = None
        city_id = city_ids[city()]
        owner = rng.choice(officers[city_id])
        st = stage()
        created = today - int(rng.triangular(0, 540, 120))
        stage_date = created + rng.randint(0, today - created)
        hold = today + rng.randint(5, 120) if st == "on_hold" else None
        lost_at = rng.choice(MAIN[:4]) if st == "lost" else None
        scheduled = (
            created + rng.randint(3, 21) if st not in CLOSED and rng.random() < 0.6 else None
        )
        plans.append(
            Plan(
                comp,
                second,
                field_id,
                subfield_id,
                city_id,
                owner,
                ptype(),
                st,
                created,
                stage_date,
                hold,
                lost_at,
                scheduled,
            )  # fmt: skip
        )
    return plans
