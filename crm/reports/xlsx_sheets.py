"""The workbook's tables as plain data: for each sheet its name, columns (header, kind,
width) and rows of values, built from the analytics result. ``crm.reports.xlsx`` writes them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from crm.analytics.labels import figure_label
from crm.analytics.sections import ProjectList
from crm.analytics.weekly import WeeklyReport
from crm.followup import LABELS as FOLLOWUP_LABELS
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.reports.xlsx_style import COUNT, DAY, ID, PERCENT, TEXT, WAN, WRAP
from crm.targets import AMOUNT_METRICS, METRIC_LABELS


@dataclass
class Sheet:
    name: str
    columns: list[tuple[str, str, float]]
    rows: Iterator[list] | list[list]
    count: int
    # row numbers (1-based, data rows) to style as totals
    totals: tuple[int, ...] = ()


class Tables:
    def __init__(self, report: WeeklyReport, lang: str):
        self.r, self.lang, self.lbl = report, lang, report.labels

    def t(self, msg: Message) -> str:
        return msg.render(self.lang)

    def wan_head(self, text: str) -> str:
        return text + self.t(QT_TRANSLATE_NOOP("Report", " (10k yuan)"))

    # -- figures
    def city_field(self) -> Sheet:
        r, lbl = self.r, self.lbl
        keys = (
            "new_leads",
            "activities",
            "visits",
            "advanced",
            "signed",
            "signed_investment",
            "landed",
        )
        columns = [
            (self.t(QT_TRANSLATE_NOOP("Report", "Figure")), TEXT, 22),
            (self.t(QT_TRANSLATE_NOOP("Report", "City")), TEXT, 22),
        ]
        columns += [(lbl.field(f, self.lang), COUNT, 14) for f in r.fields] + [
            (self.t(QT_TRANSLATE_NOOP("Report", "Total")), COUNT, 14)
        ]
        rows, totals = [], []
        for key in keys:
            money = key == "signed_investment"
            name = (
                self.wan_head(figure_label(key, self.lang))
                if money
                else figure_label(key, self.lang)
            )
            for c in (*r.cities, None):
                city = (
                    lbl.city(c, self.lang)
                    if c is not None
                    else self.t(QT_TRANSLATE_NOOP("Report", "Total"))
                )
                rows.append(
                    [name, city, *(r.tables[key].get(c, f).value for f in (*r.fields, None))]
                )
                if c is None:
                    totals.append(len(rows))
        return Sheet(
            self.t(QT_TRANSLATE_NOOP("Report", "By city and field")),
            columns,
            rows,
            len(rows),
            tuple(totals),
        )

    def funnel(self) -> Sheet:
        columns = [
            (self.t(QT_TRANSLATE_NOOP("Report", "Stage")), TEXT, 18),
            (self.t(QT_TRANSLATE_NOOP("Report", "Reached (all leads)")), COUNT, 16),
            (self.t(QT_TRANSLATE_NOOP("Report", "Reached this period")), COUNT, 16),
            (self.t(QT_TRANSLATE_NOOP("Report", "Went on to the next stage")), PERCENT, 18),
            (self.t(QT_TRANSLATE_NOOP("Report", "Stopped at this stage")), COUNT, 16),
        ]
        rows = [
            [
                self.lbl.stage(s.stage, self.lang),
                s.reached.value,
                s.entered.value,
                s.conversion,
                s.drop_off,
            ]
            for s in self.r.funnel
        ]
        return Sheet(self.t(QT_TRANSLATE_NOOP("Report", "Funnel")), columns, rows, len(rows))

    def trend(self) -> Sheet:
        keys = ("new_leads", "activities", "visits", "signed", "landed")
        columns = [
            (self.t(QT_TRANSLATE_NOOP("Report", "Week")), TEXT, 10),
            (self.t(QT_TRANSLATE_NOOP("Report", "From")), DAY, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "To")), DAY, 12),
        ]
        columns += [(figure_label(k, self.lang), COUNT, 14) for k in keys]
        rows = []
        for p in self.r.trend:
            week = f"{p.period.week[0]}-W{p.period.week[1]:02d}" if p.period.week else ""
            rows.append([week, p.period.start, p.period.end, *(p.figures[k].value for k in keys)])
        return Sheet(self.t(QT_TRANSLATE_NOOP("Report", "Trend")), columns, rows, len(rows))

    def officers(self) -> Sheet:
        keys = (
            "activities",
            "visits",
            "calls",
            "meetings",
            "new_leads",
            "advanced",
            "signed",
            "overdue",
            "stale",
        )
        columns = [
            (self.t(QT_TRANSLATE_NOOP("Report", "Officer")), TEXT, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "City")), TEXT, 20),
        ]
        columns += [(figure_label(k, self.lang), COUNT, 12) for k in keys]
        rows = [
            [o.name, self.lbl.city(o.city_id, self.lang), *(o.figures[k].value for k in keys)]
            for o in self.r.officers
        ]
        return Sheet(self.t(QT_TRANSLATE_NOOP("Report", "Officers")), columns, rows, len(rows))

    def cities(self) -> Sheet:
        keys = (
            "activities",
            "visits",
            "new_leads",
            "advanced",
            "signed",
            "signed_investment",
            "landed",
            "overdue",
            "stale",
        )
        columns = [(self.t(QT_TRANSLATE_NOOP("Report", "City")), TEXT, 22)]
        columns += [
            (
                self.wan_head(figure_label(k, self.lang))
                if k == "signed_investment"
                else figure_label(k, self.lang),
                WAN if k == "signed_investment" else COUNT,
                13,
            )
            for k in keys
        ]
        rows = [
            [self.lbl.city(c.city_id, self.lang), *(c.figures[k].value for k in keys)]
            for c in self.r.by_city
        ]
        return Sheet(self.t(QT_TRANSLATE_NOOP("Report", "Cities")), columns, rows, len(rows))

    def targets(self) -> Sheet:
        y = self.r.ytd
        columns = [
            (self.t(QT_TRANSLATE_NOOP("Report", "Scope")), TEXT, 24),
            (self.t(QT_TRANSLATE_NOOP("Report", "Target")), TEXT, 24),
            (self.t(QT_TRANSLATE_NOOP("Report", "Done")), WAN, 16),
            (self.t(QT_TRANSLATE_NOOP("Report", "Annual target")), WAN, 16),
            (self.t(QT_TRANSLATE_NOOP("Report", "Progress")), PERCENT, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "Share of the year passed")), PERCENT, 14),
        ]
        rows = []

        def add(scope: str, items) -> None:
            for item in items:
                label = METRIC_LABELS[item.metric].render(self.lang)
                if item.metric in AMOUNT_METRICS:
                    label = self.wan_head(label)
                rows.append([scope, label, item.actual.value, item.target, item.ratio, y.elapsed])

        add(self.t(QT_TRANSLATE_NOOP("Report", "Scope of the report")), y.rows)
        for c, items in y.by_city.items():
            add(self.lbl.city(c, self.lang), items)
        for f, items in y.by_field.items():
            add(self.lbl.field(f, self.lang), items)
        return Sheet(self.t(QT_TRANSLATE_NOOP("Report", "Targets")), columns, rows, len(rows))

    # -- lists
    def _project_columns(self, day_head: str, extra: list) -> list:
        return [
            (self.t(QT_TRANSLATE_NOOP("Report", "Lead ID")), ID, 9),
            (self.t(QT_TRANSLATE_NOOP("Report", "Company")), WRAP, 32),
            (self.t(QT_TRANSLATE_NOOP("Report", "Project")), WRAP, 30),
            (self.t(QT_TRANSLATE_NOOP("Report", "City")), TEXT, 18),
            (self.t(QT_TRANSLATE_NOOP("Report", "Field")), TEXT, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "Stage")), TEXT, 10),
            (day_head, DAY, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "Planned (10k yuan)")), WAN, 14),
            (self.t(QT_TRANSLATE_NOOP("Report", "Agreed (10k yuan)")), WAN, 14),
            (self.t(QT_TRANSLATE_NOOP("Report", "In place (10k yuan)")), WAN, 14),
            (self.t(QT_TRANSLATE_NOOP("Report", "Owner")), TEXT, 10),
            *extra,
        ]

    def projects(
        self, lst: ProjectList, name: str, day_head: str, key_projects: bool = False
    ) -> Sheet:
        lbl = self.lbl
        extra = (
            [
                (self.t(QT_TRANSLATE_NOOP("Report", "Stage moves")), WRAP, 36),
                (self.t(QT_TRANSLATE_NOOP("Report", "Activities")), COUNT, 10),
            ]
            if key_projects
            else [
                (self.t(QT_TRANSLATE_NOOP("Report", "Business type")), TEXT, 12),
                (self.t(QT_TRANSLATE_NOOP("Report", "Follow-up")), TEXT, 14),
            ]
        )
        rows = []
        for row in lst.rows:
            values = [
                row.id,
                row.company,
                row.project,
                lbl.city(row.city_id, self.lang),
                lbl.field(row.field_id, self.lang),
                lbl.stage(row.stage, self.lang),
                row.day,
                row.planned_investment,
                row.agreed_investment,
                row.funds_in_place,
                lbl.user(row.owner_id),
            ]
            if key_projects:
                moves = "; ".join(
                    f"{m.day.isoformat()} {lbl.stage(m.from_stage, self.lang)}→{lbl.stage(m.to_stage, self.lang)}"
                    for m in row.moves
                )
                values += [moves, row.activities]
            else:
                values += [
                    lbl.business_type(row.business_type_id, self.lang),
                    FOLLOWUP_LABELS[row.followup].render(self.lang)
                    if row.followup.value != "none"
                    else "",
                ]
            rows.append(values)
        return Sheet(name, self._project_columns(day_head, extra), rows, len(rows))

    # -- raw rows: one line per record (no wrapping), to filter and pivot
    def raw_leads(self) -> Sheet:
        lbl, lang = self.lbl, self.lang
        leads = self.r.rows.leads if self.r.rows else []
        columns = [
            (self.t(QT_TRANSLATE_NOOP("Report", "Lead ID")), ID, 9),
            (self.t(QT_TRANSLATE_NOOP("Report", "Company")), TEXT, 30),
            (self.t(QT_TRANSLATE_NOOP("Report", "Project")), TEXT, 28),
            (self.t(QT_TRANSLATE_NOOP("Report", "Credit code")), TEXT, 21),
            (self.t(QT_TRANSLATE_NOOP("Report", "City")), TEXT, 18),
            (self.t(QT_TRANSLATE_NOOP("Report", "Field")), TEXT, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "Sub-field")), TEXT, 14),
            (self.t(QT_TRANSLATE_NOOP("Report", "Project type")), TEXT, 14),
            (self.t(QT_TRANSLATE_NOOP("Report", "Business type")), TEXT, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "Source")), TEXT, 14),
            (self.t(QT_TRANSLATE_NOOP("Report", "Owner")), TEXT, 10),
            (self.t(QT_TRANSLATE_NOOP("Report", "Stage")), TEXT, 10),
            (self.t(QT_TRANSLATE_NOOP("Report", "Stage date")), DAY, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "Planned (10k yuan)")), WAN, 14),
            (self.t(QT_TRANSLATE_NOOP("Report", "Agreed (10k yuan)")), WAN, 14),
            (self.t(QT_TRANSLATE_NOOP("Report", "In place (10k yuan)")), WAN, 14),
            (self.t(QT_TRANSLATE_NOOP("Report", "Expected jobs")), COUNT, 10),
            (self.t(QT_TRANSLATE_NOOP("Report", "Key project")), TEXT, 8),
            (self.t(QT_TRANSLATE_NOOP("Report", "High-tech enterprise")), TEXT, 8),
            (self.t(QT_TRANSLATE_NOOP("Report", "Created")), DAY, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "First signed")), DAY, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "Last activity")), DAY, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "Next follow-up")), DAY, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "New this period")), TEXT, 8),
        ]
        yes = self.t(QT_TRANSLATE_NOOP("Report", "Yes"))

        def rows():
            for x in leads:
                yield [
                    x.id, x.company, x.project, x.credit_code, lbl.city(x.city_id, lang),
                    lbl.field(x.field_id, lang), x.subfield(lang) if x.subfield else None,
                    x.project_type(lang) if x.project_type else None,
                    lbl.business_type(x.business_type_id, lang), x.source(lang) if x.source else None,
                    lbl.user(x.owner_id), lbl.stage(x.stage, lang), x.stage_date,
                    x.planned_investment, x.agreed_investment, x.funds_in_place, x.expected_jobs,
                    yes if x.is_key else None, yes if x.is_hightech else None, x.created_on,
                    x.first_signed_on, x.last_activity_on, x.next_followup, yes if x.is_new else None,
                ]  # fmt: skip

        return Sheet(
            self.t(QT_TRANSLATE_NOOP("Report", "Leads of the period")), columns, rows(), len(leads)
        )

    def raw_activities(self) -> Sheet:
        lbl, lang = self.lbl, self.lang
        acts = self.r.rows.activities if self.r.rows else []
        columns = [
            (self.t(QT_TRANSLATE_NOOP("Report", "Activity ID")), ID, 10),
            (self.t(QT_TRANSLATE_NOOP("Report", "Date")), DAY, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "Type")), TEXT, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "Officer")), TEXT, 10),
            (self.t(QT_TRANSLATE_NOOP("Report", "Lead ID")), ID, 9),
            (self.t(QT_TRANSLATE_NOOP("Report", "Company")), TEXT, 30),
            (self.t(QT_TRANSLATE_NOOP("Report", "Project")), TEXT, 28),
            (self.t(QT_TRANSLATE_NOOP("Report", "City")), TEXT, 18),
            (self.t(QT_TRANSLATE_NOOP("Report", "Field")), TEXT, 12),
            (self.t(QT_TRANSLATE_NOOP("Report", "Stage now")), TEXT, 10),
            (self.t(QT_TRANSLATE_NOOP("Report", "Key project")), TEXT, 8),
            (self.t(QT_TRANSLATE_NOOP("Report", "Summary")), TEXT, 50),
            (self.t(QT_TRANSLATE_NOOP("Report", "Next step")), TEXT, 24),
            (self.t(QT_TRANSLATE_NOOP("Report", "Next follow-up")), DAY, 12),
        ]
        yes = self.t(QT_TRANSLATE_NOOP("Report", "Yes"))
        types = {code: lbl.activity_type(code, lang) for code in lbl.activity_types}
        users = {uid: lbl.user(uid) for uid in lbl.users}
        cities = {c: lbl.city(c, lang) for c in lbl.cities}
        fields = {f: lbl.field(f, lang) for f in lbl.fields}
        stages = {s: lbl.stage(s, lang) for s in lbl.stages}

        def rows():
            for a in acts:
                yield [
                    a.id, a.occurred_on, types.get(a.type_code, a.type_code), users.get(a.user_id, ""),
                    a.lead_id, a.company, a.project, cities.get(a.city_id, ""), fields.get(a.field_id, ""),
                    stages.get(a.stage, a.stage), yes if a.is_key else None, a.summary, a.next_step,
                    a.next_followup,
                ]  # fmt: skip

        return Sheet(
            self.t(QT_TRANSLATE_NOOP("Report", "Activities of the period")),
            columns,
            rows(),
            len(acts),
        )
