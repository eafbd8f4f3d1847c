"""The raw rows of the weekly workbook: the period's leads and activities, one line per record
(no wrapping) to filter and pivot. Workbook only (``printed=0``); the rows are generated while
the workbook is written."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.reports.layout import COUNT, DAY, ID, TEXT, WAN, Column, Table

if TYPE_CHECKING:
    from crm.reports.layout_lists import Lists


def raw_tables(lists: Lists) -> list[Table]:
    r, t, lbl, lang = lists.r, lists.t, lists.lbl, lists.lang
    yes = t(QT_TRANSLATE_NOOP("Report", "Yes"))
    leads = r.rows.leads if r.rows else []
    acts = r.rows.activities if r.rows else []

    def c(msg: Message, kind: str, width: float) -> Column:
        return Column(t(msg), kind, width)

    lead_columns = [
        c(QT_TRANSLATE_NOOP("Report", "Lead ID"), ID, 9),
        c(QT_TRANSLATE_NOOP("Report", "Company"), TEXT, 30),
        c(QT_TRANSLATE_NOOP("Report", "Project"), TEXT, 28),
        c(QT_TRANSLATE_NOOP("Report", "Credit code"), TEXT, 21),
        c(QT_TRANSLATE_NOOP("Report", "City"), TEXT, 18),
        c(QT_TRANSLATE_NOOP("Report", "Field"), TEXT, 12),
        c(QT_TRANSLATE_NOOP("Report", "Sub-field"), TEXT, 14),
        c(QT_TRANSLATE_NOOP("Report", "Project type"), TEXT, 14),
        c(QT_TRANSLATE_NOOP("Report", "Business type"), TEXT, 12),
        c(QT_TRANSLATE_NOOP("Report", "Source"), TEXT, 14),
        c(QT_TRANSLATE_NOOP("Report", "Owner"), TEXT, 10),
        c(QT_TRANSLATE_NOOP("Report", "Stage"), TEXT, 10),
        c(QT_TRANSLATE_NOOP("Report", "Stage date"), DAY, 12),
        c(QT_TRANSLATE_NOOP("Report", "Planned (10k yuan)"), WAN, 14),
        c(QT_TRANSLATE_NOOP("Report", "Agreed (10k yuan)"), WAN, 14),
        c(QT_TRANSLATE_NOOP("Report", "In place (10k yuan)"), WAN, 14),
        c(QT_TRANSLATE_NOOP("Report", "Expected jobs"), COUNT, 10),
        c(QT_TRANSLATE_NOOP("Report", "Key project"), TEXT, 8),
        c(QT_TRANSLATE_NOOP("Report", "High-tech enterprise"), TEXT, 8),
        c(QT_TRANSLATE_NOOP("Report", "Created"), DAY, 12),
        c(QT_TRANSLATE_NOOP("Report", "First signed"), DAY, 12),
        c(QT_TRANSLATE_NOOP("Report", "Last activity"), DAY, 12),
        c(QT_TRANSLATE_NOOP("Report", "Next follow-up"), DAY, 12),
        c(QT_TRANSLATE_NOOP("Report", "New this period"), TEXT, 8),
    ]
    cities = {x: lbl.city(x, lang) for x in lbl.cities}
    fields = {x: lbl.field(x, lang) for x in lbl.fields}
    stages = {x: lbl.stage(x, lang) for x in lbl.stages}
    users = {x: lbl.user(x) for x in lbl.users}
    btypes = {x: lbl.business_type(x, lang) for x in lbl.business_types}

    def lead_rows() -> Iterator[list[object]]:
        for x in leads:
            yield [
                x.id, x.company, x.project, x.credit_code, cities.get(x.city_id, ""),
                fields.get(x.field_id, ""), x.subfield(lang) if x.subfield else None,
                x.project_type(lang) if x.project_type else None, btypes.get(x.business_type_id, ""),
                x.source(lang) if x.source else None, users.get(x.owner_id, ""),
                stages.get(x.stage, x.stage), x.stage_date, x.planned_investment,
                x.agreed_investment, x.funds_in_place, x.expected_jobs, yes if x.is_key else None,
                yes if x.is_hightech else None, x.created_on, x.first_signed_on,
                x.last_activity_on, x.next_followup, yes if x.is_new else None,
            ]  # fmt: skip

    act_columns = [
        c(QT_TRANSLATE_NOOP("Report", "Activity ID"), ID, 10),
        c(QT_TRANSLATE_NOOP("Report", "Date"), DAY, 12),
        c(QT_TRANSLATE_NOOP("Report", "Type"), TEXT, 12),
        c(QT_TRANSLATE_NOOP("Report", "Officer"), TEXT, 10),
        c(QT_TRANSLATE_NOOP("Report", "Lead ID"), ID, 9),
        c(QT_TRANSLATE_NOOP("Report", "Company"), TEXT, 30),
        c(QT_TRANSLATE_NOOP("Report", "Project"), TEXT, 28),
        c(QT_TRANSLATE_NOOP("Report", "City"), TEXT, 18),
        c(QT_TRANSLATE_NOOP("Report", "Field"), TEXT, 12),
        c(QT_TRANSLATE_NOOP("Report", "Stage now"), TEXT, 10),
        c(QT_TRANSLATE_NOOP("Report", "Key project"), TEXT, 8),
        c(QT_TRANSLATE_NOOP("Report", "Summary"), TEXT, 50),
        c(QT_TRANSLATE_NOOP("Report", "Next step"), TEXT, 24),
        c(QT_TRANSLATE_NOOP("Report", "Next follow-up"), DAY, 12),
    ]
    types = {code: lbl.activity_type(code, lang) for code in lbl.activity_types}

    def act_rows() -> Iterator[list[object]]:
        for a in acts:
            yield [
                a.id, a.occurred_on, types.get(a.type_code, a.type_code), users.get(a.user_id, ""),
                a.lead_id, a.company, a.project, cities.get(a.city_id, ""),
                fields.get(a.field_id, ""), stages.get(a.stage, a.stage),
                yes if a.is_key else None, a.summary, a.next_step, a.next_followup,
            ]  # fmt: skip

    return [
        Table("raw_leads", None, lead_columns, lead_rows(), len(leads), printed=0,
              sheet=t(QT_TRANSLATE_NOOP("Report", "Leads of the period"))),
        Table("raw_activities", None, act_columns, act_rows(), len(acts), printed=0,
              sheet=t(QT_TRANSLATE_NOOP("Report", "Activities of the period"))),
    ]  # fmt: skip
