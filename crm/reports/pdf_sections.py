"""The sections of the weekly PDF, each a list of flowables built from the analytics result.

Long lists are cut to ``rows`` lines in the PDF (the workbook has them all) and say so.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from crm.analytics.labels import figure_label, figure_short
from crm.analytics.projects import ProjectRow
from crm.analytics.sections import ProjectList
from crm.analytics.weekly import WeeklyReport
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.reports import charts, fmt
from crm.reports.brand import LINE, PALE, logo
from crm.reports.pdf_style import BASE, Styles, lines, p, table
from crm.targets import AMOUNT_METRICS, METRIC_LABELS

KPI_KEYS = (
    "new_leads",
    "activities",
    "visits",
    "advanced",
    "signed",
    "landed",
    "signed_investment",
    "overdue",
)


class Section:
    """Shared context of the section builders."""

    def __init__(self, report: WeeklyReport, lang: str, st: Styles, width: float, rows: int):
        self.r, self.lang, self.st, self.w, self.rows = report, lang, st, width, rows

    def t(self, msg: Message) -> str:
        return msg.render(self.lang)

    def heading(self, text: str) -> list:
        return [CondPageBreak(150), p(text, self.st.h1)]

    def subheading(self, text: str) -> list:
        """A table's title, never left alone at the foot of a page."""
        return [CondPageBreak(110), p(text, self.st.h2)]

    # -- cover and overview
    def cover(self, scope_label: str) -> list:
        r, st = self.r, self.st
        lines = [
            p(
                self.t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "City West Sci-Tech Innovation Corridor · Unified investment attraction",
                    )
                ),
                st.h2,
            ),
            p(self.t(QT_TRANSLATE_NOOP("Report", "Weekly investment-attraction report")), st.title),
            p(r.period.label(self.lang), st.subtitle),
            Spacer(1, 4),
            p(
                self.t(QT_TRANSLATE_NOOP("Report", "Scope: {scope}")).format(scope=scope_label),
                st.body,
            ),
            p(
                self.t(
                    QT_TRANSLATE_NOOP(
                        "Report", "Generated {when} from {store}; figures as of {day}."
                    )
                ).format(
                    when=fmt.moment(r.generated_at, self.lang),
                    store=r.store_name,
                    day=fmt.long_day(r.as_of, self.lang),
                ),
                st.note,
            ),
        ]
        box = Table([[logo(64), lines]], colWidths=[80, self.w - 80])
        box.setStyle(
            TableStyle(
                [
                    *BASE,
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, -1), HexColor(PALE)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 10),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        out: list = [box, Spacer(1, 8)]
        if r.empty:
            out.append(
                p(
                    self.t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "There is no data for this scope yet: the store holds no leads.",
                        )
                    ),
                    st.subtitle,
                )
            )
        return out

    def overview(self) -> list:
        r, st = self.r, self.st
        cells = []
        for key in KPI_KEYS:
            fig = r.headline.get(key) or r.overdue.figure
            money = key == "signed_investment"
            value = fmt.amount(fig.value, self.lang) if money else fmt.count(fig.value)
            if key == "overdue":
                below = self.t(QT_TRANSLATE_NOOP("Report", "as of {day}")).format(
                    day=fmt.long_day(r.as_of, self.lang)
                )
            else:
                below = self.t(QT_TRANSLATE_NOOP("Report", "vs previous: {change}")).format(
                    change=fmt.change(fig.value, fig.previous, money=money, lang=self.lang)
                )
            cells.append(
                [
                    p(figure_label(key, self.lang), st.kpi_label),
                    p(value, st.kpi_value),
                    p(below, st.kpi_change),
                ]
            )
        grid = Table([cells[:4], cells[4:]], colWidths=[self.w / 4] * 4)
        grid.setStyle(
            TableStyle(
                [
                    *BASE,
                    ("BOX", (0, 0), (-1, -1), 0.6, HexColor(LINE)),
                    ("INNERGRID", (0, 0), (-1, -1), 0.6, HexColor(LINE)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        prev = r.previous.label(self.lang)
        return [
            *self.heading(self.t(QT_TRANSLATE_NOOP("Report", "The week at a glance"))),
            grid,
            p(
                self.t(QT_TRANSLATE_NOOP("Report", "Changes are against {period}.")).format(
                    period=prev
                ),
                st.note,
            ),
        ]

    # -- city × field
    def city_field(self) -> list:
        r, lbl = self.r, self.r.labels
        out = self.heading(self.t(QT_TRANSLATE_NOOP("Report", "By city and field")))
        keys = (
            ("new_leads", False),
            ("signed", False),
            ("signed_investment", True),
            ("landed", False),
            ("activities", False),
        )
        first_w = 110
        n = len(r.fields) + 1
        widths = [first_w] + [(self.w - first_w) / n] * n
        header_fields = [lbl.field(f, self.lang) for f in r.fields] + [
            self.t(QT_TRANSLATE_NOOP("Report", "Total"))
        ]
        for key, money in keys:
            tab = r.tables[key]
            rows = []
            for c in (*r.cities, None):
                name = (
                    lbl.city(c, self.lang)
                    if c is not None
                    else self.t(QT_TRANSLATE_NOOP("Report", "Total"))
                )
                values = [tab.get(c, f).value for f in (*r.fields, None)]
                rows.append([name, *(fmt.wan(v) if money else fmt.count(v) for v in values)])
            title = figure_label(key, self.lang) + (
                self.t(QT_TRANSLATE_NOOP("Report", " (10k yuan)")) if money else ""
            )
            out.append(
                KeepTogether(
                    [
                        p(title, self.st.h2),
                        table(
                            self.st,
                            [self.t(QT_TRANSLATE_NOOP("Report", "City")), *header_fields],
                            rows,
                            widths,
                            numeric=set(range(1, n + 1)),
                            total_row=True,
                        ),
                    ]
                )
            )
        chart = charts.city_field_bars(r, "new_leads", self.lang, self.w, 170)
        out += [
            KeepTogether(
                [
                    p(
                        self.t(QT_TRANSLATE_NOOP("Report", "New leads by city and field")),
                        self.st.h2,
                    ),
                    chart,
                ]
            )
        ]
        return out

    # -- funnel and trend
    def funnel(self) -> list:
        r, st = self.r, self.st
        rows = [
            [
                r.labels.stage(s.stage, self.lang),
                fmt.count(s.reached.value),
                fmt.count(s.entered.value),
                fmt.percent(s.conversion),
                fmt.count(s.drop_off),
            ]
            for s in r.funnel
        ]
        head = [
            self.t(QT_TRANSLATE_NOOP("Report", "Stage")),
            self.t(QT_TRANSLATE_NOOP("Report", "Reached (all leads)")),
            self.t(QT_TRANSLATE_NOOP("Report", "Reached this period")),
            self.t(QT_TRANSLATE_NOOP("Report", "Went on to the next stage")),
            self.t(QT_TRANSLATE_NOOP("Report", "Stopped at this stage")),
        ]
        w = self.w
        return [
            CondPageBreak(330),
            p(self.t(QT_TRANSLATE_NOOP("Report", "Stage funnel")), st.h1),
            p(
                self.t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Leads that reached each stage by {day} (a lead that skipped a stage counts as having passed it), from the stage history; all business types.",
                    )
                ).format(day=fmt.long_day(r.as_of, self.lang)),
                st.note,
            ),
            KeepTogether(
                [
                    charts.funnel(r, self.lang, w, 150),
                    Spacer(1, 6),
                    table(st, head, rows, [w * 0.2] + [w * 0.2] * 4, numeric={1, 2, 3, 4}),
                ]
            ),
        ]

    def trend(self) -> list:
        r = self.r
        if not r.trend:
            return []
        names = [figure_label(k, self.lang) for k in ("activities", "visits")]
        leads = [figure_label(k, self.lang) for k in ("new_leads", "signed", "landed")]
        half = self.w / 2 - 4
        pair = Table(
            [
                [
                    p(
                        self.t(QT_TRANSLATE_NOOP("Report", "Activities and visits per week")),
                        self.st.h2,
                    ),
                    p(
                        self.t(QT_TRANSLATE_NOOP("Report", "New, signed and landed per week")),
                        self.st.h2,
                    ),
                ],
                [
                    charts.trend(r, ("activities", "visits"), names, self.lang, half, 160),
                    charts.trend(r, ("new_leads", "signed", "landed"), leads, self.lang, half, 160),
                ],
            ],
            colWidths=[half + 4, half + 4],
        )
        pair.setStyle(
            TableStyle(
                [*BASE, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            )
        )
        return [
            *self.heading(
                self.t(QT_TRANSLATE_NOOP("Report", "Trend over {n} weeks")).format(n=len(r.trend))
            ),
            pair,
        ]

    # -- lists
    def _cut_note(self, lst: ProjectList) -> list:
        shown = min(len(lst.rows), self.rows)
        if lst.figure.value > shown:
            return [
                p(
                    self.t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "Showing {shown} of {total}; the workbook lists up to {limit}.",
                        )
                    ).format(
                        shown=fmt.count(shown),
                        total=fmt.count(lst.figure.value),
                        limit=fmt.count(len(lst.rows)),
                    ),
                    self.st.note,
                )
            ]
        return []

    def _project_cell(self, row: ProjectRow):
        from xml.sax.saxutils import escape

        from reportlab.platypus import Paragraph

        text = escape(row.company)
        if not row.masked and row.project != row.company:
            text += f'<br/><font size="7" color="#5b6b7c">{escape(row.project)}</font>'
        return Paragraph(text, self.st.cell)

    def key_projects(self) -> list:
        r, lbl = self.r, self.r.labels
        lst = r.key_projects
        intro = self.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "{in_play} key projects in play; {moved} changed stage and {busy} were moved or worked on this period.",
            )
        ).format(
            in_play=fmt.count(r.key_in_play.value),
            moved=fmt.count(r.key_moved.value),
            busy=fmt.count(lst.figure.value),
        )
        out = [
            *self.heading(self.t(QT_TRANSLATE_NOOP("Report", "Key projects"))),
            p(intro, self.st.body),
        ]
        if not lst.rows:
            return out + [
                p(
                    self.t(QT_TRANSLATE_NOOP("Report", "No key project moved this period.")),
                    self.st.note,
                )
            ]
        rows = []
        for row in lst.rows[: self.rows]:
            moves = lines(
                [
                    f"{fmt.day(m.day)[5:]} {lbl.stage(m.from_stage, self.lang)}→{lbl.stage(m.to_stage, self.lang)}"
                    for m in row.moves
                ],
                self.st.cell,
            )
            rows.append(
                [
                    self._project_cell(row),
                    lbl.city(row.city_id, self.lang),
                    lbl.stage(row.stage, self.lang),
                    fmt.wan(row.amount),
                    moves,
                    fmt.count(row.activities),
                    lbl.user(row.owner_id),
                ]
            )
        w = self.w
        head = [
            self.t(QT_TRANSLATE_NOOP("Report", "Project")),
            self.t(QT_TRANSLATE_NOOP("Report", "City")),
            self.t(QT_TRANSLATE_NOOP("Report", "Stage")),
            self.t(QT_TRANSLATE_NOOP("Report", "Amount (10k yuan)")),
            self.t(QT_TRANSLATE_NOOP("Report", "Stage moves")),
            self.t(QT_TRANSLATE_NOOP("Report", "Activities")),
            self.t(QT_TRANSLATE_NOOP("Report", "Owner")),
        ]
        widths = [w * 0.26, w * 0.14, w * 0.11, w * 0.1, w * 0.19, w * 0.09, w * 0.11]
        return out + [table(self.st, head, rows, widths, numeric={3, 5}), *self._cut_note(lst)]

    def projects(
        self, lst: ProjectList, title: str, day_head: str, empty: str, funds: bool
    ) -> list:
        lbl = self.r.labels
        out = self.heading(title)
        money = sum(r.agreed_investment or 0 for r in lst.rows)
        summary = self.t(
            QT_TRANSLATE_NOOP("Report", "{n} projects; agreed investment {amount}.")
        ).format(n=fmt.count(lst.figure.value), amount=fmt.amount(money, self.lang))
        if not lst.rows:
            return out + [p(empty, self.st.note)]
        rows = [
            [
                self._project_cell(row),
                lbl.city(row.city_id, self.lang),
                lbl.field(row.field_id, self.lang),
                lbl.business_type(row.business_type_id, self.lang),
                fmt.day(row.day),
                fmt.wan(row.agreed_investment),
                *([fmt.wan(row.funds_in_place)] if funds else []),
                lbl.user(row.owner_id),
            ]
            for row in lst.rows[: self.rows]
        ]
        head = [
            self.t(QT_TRANSLATE_NOOP("Report", "Project")),
            self.t(QT_TRANSLATE_NOOP("Report", "City")),
            self.t(QT_TRANSLATE_NOOP("Report", "Field")),
            self.t(QT_TRANSLATE_NOOP("Report", "Business type")),
            day_head,
            self.t(QT_TRANSLATE_NOOP("Report", "Agreed (10k yuan)")),
            *([self.t(QT_TRANSLATE_NOOP("Report", "In place (10k yuan)"))] if funds else []),
            self.t(QT_TRANSLATE_NOOP("Report", "Owner")),
        ]
        w = self.w
        widths = (
            [w * 0.27, w * 0.12, w * 0.1, w * 0.1, w * 0.11, w * 0.1]
            + ([w * 0.1] if funds else [])
            + [w * 0.1]
        )
        scale = w / sum(widths)
        widths = [x * scale for x in widths]
        numeric = {5, 6} if funds else {5}
        if lst.truncated or len(lst.rows) > self.rows:
            summary = self.t(QT_TRANSLATE_NOOP("Report", "{n} projects.")).format(
                n=fmt.count(lst.figure.value)
            )
        return out + [
            p(summary, self.st.body),
            table(self.st, head, rows, widths, numeric=numeric),
            *self._cut_note(lst),
        ]

    def followups(self) -> list:
        r, lbl = self.r, self.r.labels
        out = self.heading(self.t(QT_TRANSLATE_NOOP("Report", "Follow-ups")))
        out.append(
            p(
                self.t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "{overdue} follow-ups are overdue on {day}, {risk} of them by 7 days or more (at risk); {stale} leads in play had no activity for 30 days.",
                    )
                ).format(
                    overdue=fmt.count(r.overdue.figure.value),
                    day=fmt.long_day(r.as_of, self.lang),
                    risk=fmt.count(r.at_risk.value),
                    stale=fmt.count(r.stale.figure.value),
                ),
                self.st.body,
            )
        )
        w = self.w
        widths = [w * 0.34, w * 0.14, w * 0.1, w * 0.14, w * 0.12, w * 0.16]
        for lst, title, day_head, extra in (
            (
                r.overdue,
                self.t(QT_TRANSLATE_NOOP("Report", "Most overdue follow-ups")),
                self.t(QT_TRANSLATE_NOOP("Report", "Due")),
                self.t(QT_TRANSLATE_NOOP("Report", "Days late")),
            ),
            (
                r.stale,
                self.t(QT_TRANSLATE_NOOP("Report", "Longest without activity")),
                self.t(QT_TRANSLATE_NOOP("Report", "Last activity")),
                self.t(QT_TRANSLATE_NOOP("Report", "Days quiet")),
            ),
        ):
            if not lst.rows:
                continue
            rows = []
            for row in lst.rows[: self.rows]:
                days = (r.as_of - row.day).days if row.day else None
                rows.append(
                    [
                        self._project_cell(row),
                        lbl.city(row.city_id, self.lang),
                        lbl.stage(row.stage, self.lang),
                        fmt.day(row.day) or self.t(QT_TRANSLATE_NOOP("Report", "never")),
                        fmt.count(days),
                        lbl.user(row.owner_id),
                    ]
                )
            head = [
                self.t(QT_TRANSLATE_NOOP("Report", "Project")),
                self.t(QT_TRANSLATE_NOOP("Report", "City")),
                self.t(QT_TRANSLATE_NOOP("Report", "Stage")),
                day_head,
                extra,
                self.t(QT_TRANSLATE_NOOP("Report", "Owner")),
            ]
            out += [
                *self.subheading(title),
                table(self.st, head, rows, widths, numeric={4}),
                *self._cut_note(lst),
            ]
        return out

    # -- supervision
    def officers(self) -> list:
        r, lbl = self.r, self.r.labels
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
        out = self.heading(self.t(QT_TRANSLATE_NOOP("Report", "Activity per officer and city")))
        out.append(
            p(
                self.t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "For supervision and assessment (督查考核): activities count for the officer who logged them, lead figures for the lead's owner.",
                    )
                ),
                self.st.note,
            )
        )
        w = self.w
        name_w, city_w = w * 0.1, w * 0.2
        widths = [name_w, city_w] + [(w - name_w - city_w) / len(keys)] * len(keys)
        head = [
            self.t(QT_TRANSLATE_NOOP("Report", "Officer")),
            self.t(QT_TRANSLATE_NOOP("Report", "City")),
        ] + [figure_short(k, self.lang) for k in keys]
        rows = [
            [o.name, lbl.city(o.city_id, self.lang)] + [fmt.count(o.figures[k].value) for k in keys]
            for o in r.officers
        ]
        if rows:
            out.append(
                table(self.st, head, rows, widths, numeric=set(range(2, len(keys) + 2)), dense=True)
            )
        city_keys = (
            "activities",
            "visits",
            "new_leads",
            "advanced",
            "signed",
            "landed",
            "overdue",
            "stale",
        )
        cw = w * 0.2
        widths = [cw] + [(w - cw) / len(city_keys)] * len(city_keys)
        rows = [
            [lbl.city(c.city_id, self.lang)] + [fmt.count(c.figures[k].value) for k in city_keys]
            for c in r.by_city
        ]
        out += [
            *self.subheading(self.t(QT_TRANSLATE_NOOP("Report", "Per city"))),
            table(
                self.st,
                [self.t(QT_TRANSLATE_NOOP("Report", "City"))]
                + [figure_short(k, self.lang) for k in city_keys],
                rows,
                widths,
                numeric=set(range(1, len(city_keys) + 1)),
                dense=True,
            ),
        ]
        return out

    def ytd(self) -> list:
        r, y, lbl = self.r, self.r.ytd, self.r.labels
        out = self.heading(
            self.t(QT_TRANSLATE_NOOP("Report", "Year to date against the annual targets"))
        )
        out.append(
            p(
                self.t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "{start} to {end}: {share} of the year has passed (the mark on each bar).",
                    )
                ).format(
                    start=fmt.long_day(y.period.start, self.lang),
                    end=fmt.long_day(y.period.end, self.lang),
                    share=fmt.percent(y.elapsed, 0),
                ),
                self.st.note,
            )
        )
        w = self.w
        rows = []
        for row in y.rows:
            money = row.metric in AMOUNT_METRICS
            value = fmt.wan(row.actual.value) if money else fmt.count(row.actual.value)
            target = (
                "—"
                if row.target is None
                else (fmt.wan(row.target) if money else fmt.count(row.target))
            )
            rows.append(
                [
                    METRIC_LABELS[row.metric].render(self.lang)
                    + (self.t(QT_TRANSLATE_NOOP("Report", " (10k yuan)")) if money else ""),
                    value,
                    target,
                    fmt.percent(row.ratio),
                    charts.progress_bar(row.ratio, y.elapsed, w * 0.28 - 10),
                ]
            )
        head = [
            self.t(QT_TRANSLATE_NOOP("Report", "Target")),
            self.t(QT_TRANSLATE_NOOP("Report", "Done")),
            self.t(QT_TRANSLATE_NOOP("Report", "Annual target")),
            self.t(QT_TRANSLATE_NOOP("Report", "Progress")),
            "",
        ]
        out.append(
            table(
                self.st,
                head,
                rows,
                [w * 0.28, w * 0.16, w * 0.16, w * 0.12, w * 0.28],
                numeric={1, 2, 3},
            )
        )
        if not y.has_targets:
            out.append(
                p(
                    self.t(
                        QT_TRANSLATE_NOOP("Report", "No annual targets are set for {year} yet.")
                    ).format(year=y.period.start.year),
                    self.st.note,
                )
            )
        if len(r.cities) > 1:
            metrics = ("signed_projects", "signed_investment", "landed_projects")
            head = [self.t(QT_TRANSLATE_NOOP("Report", "City"))] + [
                METRIC_LABELS[m].render(self.lang) for m in metrics
            ]
            rows = []
            for c in r.cities:
                cells = [lbl.city(c, self.lang)]
                for progress in y.by_city.get(c, []):
                    if progress.metric not in metrics:
                        continue
                    money = progress.metric in AMOUNT_METRICS
                    done = (
                        fmt.wan(progress.actual.value)
                        if money
                        else fmt.count(progress.actual.value)
                    )
                    target = (
                        ""
                        if progress.target is None
                        else f" / {fmt.wan(progress.target) if money else fmt.count(progress.target)} ({fmt.percent(progress.ratio, 0)})"
                    )
                    cells.append(done + target)
                rows.append(cells)
            out += [
                p(self.t(QT_TRANSLATE_NOOP("Report", "Per city (done / target)")), self.st.h2),
                table(self.st, head, rows, [w * 0.25] * 4, numeric={1, 2, 3}),
            ]
        return out

    def definitions(self) -> list:
        items = [
            self.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "New leads: leads registered in the period. Leads advanced: leads moved forward along the pipeline in the period (moves that were undone do not count).",
                )
            ),
            self.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Signed: projects whose first signing falls in the period; a project counts once, at its first signing. Landed: projects that first reached 落地 (landed) in the period. Upgrades (升格) and changes of investing entity (更换投资主体) are not new projects and are not counted.",
                )
            ),
            self.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Signed investment: the agreed investment of the projects signed, in 10k yuan (万元). Visits: visits to companies and companies visiting us.",
                )
            ),
            self.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Confidential projects appear under their codename; contact details never appear in this report.",
                )
            ),
        ]
        return [
            *self.heading(self.t(QT_TRANSLATE_NOOP("Report", "How the figures are counted"))),
            *(p("• " + i, self.st.note) for i in items),
        ]
