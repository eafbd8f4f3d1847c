"""What each lead figure of the report means, as a lead-list filter.

* new leads — records created in the period (the day the lead was logged in the CRM);
* advanced — leads with a standing move forward along the main pipeline in the period;
* signed — projects whose first signing (``first_signed_on``) falls in the period: a project
  counts once, at its first signing, and moving back and forth never counts it again;
* landed — projects whose first arrival at 落地 or later falls in the period (stage history);
* signed investment — the agreed investment (协议投资) of the projects signed, in 万元;
* 升格 (upgrade of an existing entity) and 更换投资主体 (change of investing entity) are not
  new projects (DOMAIN.md: 不重复统计), so they are left out of the signing and landing counts
  and amounts; they still count as leads, activities and pipeline moves;
* overdue — open leads whose next follow-up is before the report's day (every late state of
  crm.pipeline.followup); stale — in play with no activity for the stale threshold (30 days);
* year to date (targets): signed projects, signed investment, landed projects, and over the
  projects signed this year their funds in place, national high-tech enterprises and expected
  jobs (the store keeps no dated history of funds or jobs, so they belong to the signing year).
"""

from __future__ import annotations

from datetime import date, timedelta

from crm.analytics.period import Period
from crm.leadlist.query import LeadFilter
from crm.pipeline import OPEN
from crm.pipeline.followup import FollowupState
from crm.reference import ReferenceData

NOT_NEW_PROJECT = ("upgrade", "change_investor")
# the headline figures, in the order the report shows them
HEADLINE = (
    "new_leads",
    "activities",
    "visits",
    "advanced",
    "signed",
    "landed",
    "signed_investment",
)
# figures also computed for the period before ("<key>_prev")
WITH_PREVIOUS = (
    "new_leads",
    "activities",
    "visits",
    "advanced",
    "signed",
    "landed",
    "signed_investment",
)
# figures of the report's day (no previous period)
STATE_KEYS = ("overdue", "at_risk", "stale", "key_in_play", "key_moved")
YTD_KEYS = (
    "signed_projects",
    "signed_investment",
    "landed_projects",
    "funds_in_place",
    "hightech_enterprises",
    "jobs",
)


def counted_business_types(ref: ReferenceData) -> tuple[int, ...]:
    """The business types whose projects count as new (every type but 升格 and 更换投资主体)."""
    return tuple(
        i.id for i in ref.kind("business_type", active_only=False) if i.code not in NOT_NEW_PROJECT
    )


def period_filter(key: str, p: Period, counted: tuple[int, ...]) -> LeadFilter:
    if key == "new_leads":  # first contacted in the period (crm.analytics.passes.created_pass)
        return LeadFilter(first_contact_from=p.start, first_contact_to=p.end)
    if key == "advanced":
        return LeadFilter(moved_from=p.start, moved_to=p.end, moved_forward=True)
    if key in ("signed", "signed_investment"):
        return LeadFilter(signed_from=p.start, signed_to=p.end, business_types=counted)
    if key == "landed":
        return LeadFilter(
            reached_stage="landed", reached_from=p.start, reached_to=p.end, business_types=counted
        )
    raise KeyError(key)


def state_filter(key: str, period: Period, as_of: date) -> LeadFilter:
    """Figures of the report's day. Overdue is every late follow-up state (crm.pipeline.followup.LATE),
    written as the single date range those states add up to: open leads due before today."""
    if key == "overdue":
        return LeadFilter(stages=OPEN, followup_to=as_of - timedelta(days=1))
    if key == "at_risk":
        return LeadFilter(followup=(FollowupState.AT_RISK,))
    if key == "stale":
        return LeadFilter(stale=True)
    if key == "key_in_play":
        return LeadFilter(key_project=True, stages=OPEN)
    if key == "key_moved":
        return LeadFilter(key_project=True, moved_from=period.start, moved_to=period.end)
    raise KeyError(key)


def ytd_filter(key: str, ytd: Period, counted: tuple[int, ...]) -> LeadFilter:
    """The leads behind a year-to-date target metric (amount metrics sum a column of them)."""
    if key == "landed_projects":
        return period_filter("landed", ytd, counted)
    signed = period_filter("signed", ytd, counted)
    return signed.with_(hightech=True) if key == "hightech_enterprises" else signed


def metric_filter(
    key: str,
    period: Period,
    previous: Period,
    ytd: Period,
    counted: tuple[int, ...],
    as_of: date,
) -> LeadFilter:
    """The filter behind a figure key ("<key>", "<key>_prev", "ytd_<metric>", state keys)."""
    if key.startswith("ytd_"):
        return ytd_filter(key[4:], ytd, counted)
    if key.endswith("_prev"):
        return period_filter(key[:-5], previous, counted)
    if key in STATE_KEYS:
        return state_filter(key, period, as_of)
    return period_filter(key, period, counted)
