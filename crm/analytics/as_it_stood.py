"""A closed week's follow-up figures as they stood at the week's end (crm.analytics.weeks):
each lead's stage and next follow-up taken back to that Sunday (crm.analytics.week_changes
``states_as_of``), so that "overdue" means overdue then, whenever the week is closed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlmodel import col

from crm.analytics.figures import Figure, lead_where, leads_of
from crm.analytics.projects import project_rows
from crm.analytics.sections import ProjectList
from crm.analytics.week_changes import LeadState
from crm.analytics.weekly import LIST_LIMIT, WeeklyReport
from crm.db.models import Lead
from crm.db.store import Store
from crm.leadlist.query import LeadFilter
from crm.pipeline import OPEN
from crm.pipeline.followup import FollowupState
from crm.pipeline.followup import state as followup_state
from crm.team_settings import followup_thresholds


def as_it_stood(store: Store, report: WeeklyReport, states: dict[int, LeadState]) -> WeeklyReport:
    """The report's follow-up figures from each lead's stage and next follow-up as they stood
    at the week's end (``states``), not as they stand today: a follow-up rescheduled since
    was overdue then, and counts so (the lead list's "overdue" rule: an open lead due before
    the report's day; crm.pipeline.followup.state for "at risk")."""
    as_of, th = report.as_of, followup_thresholds(store)
    late = {
        lid: st for lid, st in states.items()
        if not st.deleted and st.stage in OPEN and st.next_followup is not None
        and st.next_followup < as_of
    }  # fmt: skip
    ids = tuple(sorted(late))
    if set(ids) == set(_ids_of(store, report.overdue.figure, as_of)):
        return report
    risk = tuple(sorted(lid for lid, st in late.items()
                        if followup_state(st.next_followup, st.stage, as_of, th)
                        == FollowupState.AT_RISK))  # fmt: skip
    overdue = Figure(len(ids), leads=LeadFilter(lead_ids=ids))
    order = sorted(ids, key=lambda lid: (late[lid].next_followup, lid))[:LIST_LIMIT]
    rows = {r.id: r for r in project_rows(store, LeadFilter(lead_ids=tuple(order)), [], LIST_LIMIT,
                                          as_of=as_of)}  # fmt: skip
    listed = [replace(rows[lid], day=late[lid].next_followup, stage=late[lid].stage,
                      next_followup=late[lid].next_followup,
                      followup=followup_state(late[lid].next_followup, late[lid].stage, as_of, th))
              for lid in order if lid in rows]  # fmt: skip

    def per(pick: Callable[[LeadState], int]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for lid, st in late.items():
            out.setdefault(pick(st), []).append(lid)
        return out

    by_owner, by_city = per(lambda st: st.owner_id), per(lambda st: st.city_id)

    def fig(found: list[int] | None) -> Figure:
        ids = tuple(sorted(found or ()))
        return Figure(len(ids), leads=LeadFilter(lead_ids=ids))

    officers = [replace(o, figures={**o.figures, "overdue": fig(by_owner.get(o.user_id))})
                for o in report.officers]  # fmt: skip
    cities = [replace(c, figures={**c.figures, "overdue": fig(by_city.get(c.city_id))})
              for c in report.by_city]  # fmt: skip
    return replace(
        report,
        overdue=ProjectList(overdue, listed),
        at_risk=Figure(len(risk), leads=LeadFilter(lead_ids=risk)),
        officers=officers,
        by_city=cities,
    )


def _ids_of(store: Store, figure: Figure, as_of: date) -> list[int]:
    with store.read() as s:
        return list(
            s.execute(
                select(col(Lead.id)).where(*lead_where(store, leads_of(figure), as_of))
            ).scalars()
        )
