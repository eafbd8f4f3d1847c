"""The layout of the weekly report (crm.reports.layout) built from the analytics result: every
section, in order. The project lists, follow-ups, officers, targets and raw rows are built in
crm.reports.layout_lists.
"""

from __future__ import annotations

from urllib.parse import quote

from crm import __version__
from crm.analytics.labels import figure_label
from crm.analytics.week_changes import KIND_LABELS
from crm.analytics.weekly import WeeklyReport
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.reports import fmt
from crm.reports.layout import (
    BODY,
    COUNT,
    DAY,
    NOTE,
    PERCENT,
    QUOTE,
    SUBTITLE,
    TEXT,
    TITLE,
    WAN,
    WRAP,
    Block,
    Chart,
    Column,
    Kpi,
    Kpis,
    Layout,
    Section,
    Series,
    Table,
    Text,
)
from crm.reports.layout_lists import Lists

#: rows of each list printed (the workbook has them all)
PRINTED_ROWS = 30
KPI_KEYS = ("new_leads", "activities", "visits", "advanced", "signed", "landed",
            "signed_investment", "overdue")  # fmt: skip
HEADLINE = ("new_leads", "activities", "visits", "advanced", "signed", "landed",
            "signed_investment")  # fmt: skip
CITY_FIELD = ("new_leads", "signed", "signed_investment", "landed", "activities", "visits",
              "advanced")  # fmt: skip


def scope_label(report: WeeklyReport, lang: str) -> str:
    lbl, sc = report.labels, report.scope
    parts = [
        lbl.city(sc.city_id, lang) if sc.city_id else "",
        lbl.field(sc.field_id, lang) if sc.field_id else "",
    ]
    return " · ".join(x for x in parts if x) or QT_TRANSLATE_NOOP(
        "Report", "all cities and fields"
    ).render(lang)


class Builder:
    def __init__(self, report: WeeklyReport, lang: str, printed_rows: int = PRINTED_ROWS):
        self.r, self.lang, self.rows = report, lang, printed_rows
        self.lbl = report.labels

    def t(self, msg: Message) -> str:
        return msg.render(self.lang)

    def wan(self, text: str) -> str:
        return text + self.t(QT_TRANSLATE_NOOP("Report", " (10k yuan)"))

    # -- the whole report
    def layout(self) -> Layout:
        r, t = self.r, self.t
        lists = Lists(self)
        sections = [self.summary()]
        if not r.empty:
            sections += [self.overview(), *self.adjustments(), self.changes(), self.city_field(),
                         self.funnel(), self.trend(), lists.key_projects(), *lists.new_projects(),
                         lists.followups(), lists.officers()]  # fmt: skip
        sections += [lists.ytd(), lists.definitions()]
        if r.rows is not None:
            sections.append(lists.raw())
        info = r.closed
        meta = {
            "week": info.week if info else "",
            "scope": "all" if r.scope.everything else f"{r.scope.city_id}/{r.scope.field_id}",
            "lang": self.lang,
            "generated": r.generated_at.astimezone().isoformat(timespec="seconds"),
            "fingerprint": info.fingerprint if info else "",
            "store": quote(r.store_name),
            "version": __version__,
        }
        return Layout(
            title=t(QT_TRANSLATE_NOOP("Report", "Weekly investment-attraction report")),
            period=r.period.label(self.lang),
            cover=self.cover(),
            sections=[s for s in sections if s.blocks],
            footer=self.footer(),
            fingerprint=info.fingerprint if info else None,
            meta=meta,
            summary_sheet=t(QT_TRANSLATE_NOOP("Report", "Summary")),
            notes_sheet=t(QT_TRANSLATE_NOOP("Report", "Notes")),
            lang=self.lang,
        )

    def footer(self) -> str:
        r = self.r
        made = self.t(QT_TRANSLATE_NOOP("Report", "Generated {when} · {store}")).format(
            when=fmt.moment(r.generated_at, self.lang), store=r.store_name
        )
        if r.closed:
            return (
                made
                + " · "
                + self.t(QT_TRANSLATE_NOOP("Report", "Fingerprint {fp}")).format(
                    fp=r.closed.fingerprint
                )
            )
        return made

    def cover(self) -> list[Text]:
        r, t = self.r, self.t
        out = [
            Text(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "City West Sci-Tech Innovation Corridor · Unified investment attraction",
                    )
                ),
                SUBTITLE,
            ),  # fmt: skip
            Text(t(QT_TRANSLATE_NOOP("Report", "Weekly investment-attraction report")), TITLE),
            Text(r.period.label(self.lang), SUBTITLE),
            Text(
                t(QT_TRANSLATE_NOOP("Report", "Scope: {scope}")).format(
                    scope=scope_label(r, self.lang)
                ),
                BODY,
            ),  # fmt: skip
            Text(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report", "Generated {when} from {store}; figures as of {day}."
                    )
                ).format(
                    when=fmt.moment(r.generated_at, self.lang),
                    store=r.store_name,
                    day=fmt.long_day(r.as_of, self.lang),
                ),
                NOTE,
            ),  # fmt: skip
        ]
        if r.closed:
            out.append(Text(t(QT_TRANSLATE_NOOP(
                "Report", "Week closed {when} by {who}: these figures stay as they were on {day}. "
                "Fingerprint {fp} (crm report verify checks a copy against it).")).format(
                when=fmt.moment(r.closed.closed_at, self.lang), who=r.closed.closed_by or "—",
                day=fmt.long_day(r.period.end, self.lang), fp=r.closed.fingerprint), NOTE))  # fmt: skip
        elif r.closed_elsewhere:
            out.append(Text(t(QT_TRANSLATE_NOOP(
                "Report", "The week is closed, but only the corridor-wide report is kept as it "
                "was: this report of one city or field comes from today's data.")), NOTE))  # fmt: skip
        elif r.period.week:
            out.append(Text(t(QT_TRANSLATE_NOOP(
                "Report", "This week is not closed: its figures come from today's data and may "
                "still change.")), NOTE))  # fmt: skip
        if r.empty:
            out.append(Text(t(QT_TRANSLATE_NOOP(
                "Report", "There is no data for this scope yet: the store holds no leads.")),
                SUBTITLE))  # fmt: skip
        return out

    # -- the written summary, on the first page
    def summary(self) -> Section:
        r, t = self.r, self.t
        blocks: list[Block] = []
        if r.summary or r.next_steps:
            for head, text in (
                (t(QT_TRANSLATE_NOOP("Report", "Summary of the week")), r.summary),
                (t(QT_TRANSLATE_NOOP("Report", "Next steps")), r.next_steps),
            ):
                if text:
                    blocks.append(Text(head, SUBTITLE))
                    blocks += [Text(p, QUOTE) for p in text.splitlines() if p.strip()]
        return Section("summary", "", blocks)

    # -- headline
    def overview(self) -> Section:
        r, t = self.r, self.t
        kpis = []
        for key in KPI_KEYS:
            fig = r.headline.get(key) or r.overdue.figure
            money = key == "signed_investment"
            if key == "overdue":
                below = t(QT_TRANSLATE_NOOP("Report", "as of {day}")).format(
                    day=fmt.long_day(r.as_of, self.lang)
                )
            else:
                below = t(QT_TRANSLATE_NOOP("Report", "vs previous: {change}")).format(
                    change=fmt.change(fig.value, fig.previous, money=money, lang=self.lang)
                )
            kpis.append(Kpi(key, figure_label(key, self.lang), fig.value,
                            WAN if money else COUNT, below, fig))  # fmt: skip
        columns = [
            Column(t(QT_TRANSLATE_NOOP("Report", "Figure")), TEXT, 36),
            Column(t(QT_TRANSLATE_NOOP("Report", "This period")), WAN, 18),
            Column(t(QT_TRANSLATE_NOOP("Report", "Previous period")), WAN, 18),
            Column(t(QT_TRANSLATE_NOOP("Report", "Change")), WAN, 18),
            Column(t(QT_TRANSLATE_NOOP("Report", "Change %")), PERCENT, 14),
        ]
        rows, figs = [], []
        for key in HEADLINE:
            f = r.headline[key]
            name = figure_label(key, self.lang)
            rows.append([self.wan(name) if key == "signed_investment" else name,
                         f.value, f.previous, f.change, f.change_ratio])  # fmt: skip
            figs.append([None, f, None, None, None])
        state = [("overdue", r.overdue.figure), ("at_risk", r.at_risk), ("stale", r.stale.figure),
                 ("key_in_play", r.key_in_play), ("key_moved", r.key_moved)]  # fmt: skip
        for key, f in state:
            rows.append([figure_label(key, self.lang), f.value, None, None, None])
            figs.append([None, f, None, None, None])
        rows.append([t(QT_TRANSLATE_NOOP("Report", "Leads in scope")), r.leads_in_scope,
                     None, None, None])  # fmt: skip
        figs.append([None, None, None, None, None])
        return Section("overview", t(QT_TRANSLATE_NOOP("Report", "The week at a glance")), [
            Kpis(kpis),
            Text(t(QT_TRANSLATE_NOOP("Report", "Changes are against {period}.")).format(
                period=r.previous.label(self.lang)), NOTE),
            Table("headline", None, columns, rows, len(rows), printed=0,
                  sheet=t(QT_TRANSLATE_NOOP("Report", "Summary")), figures=figs),
        ])  # fmt: skip

    def adjustments(self) -> list[Section]:
        r, t = self.r, self.t
        if not r.adjustments:
            return []
        columns = [
            Column(t(QT_TRANSLATE_NOOP("Report", "Week")), TEXT, 10),
            Column(t(QT_TRANSLATE_NOOP("Report", "Figure")), TEXT, 28),
            Column(t(QT_TRANSLATE_NOOP("Report", "As reported")), WAN, 14),
            Column(t(QT_TRANSLATE_NOOP("Report", "Now")), WAN, 14),
            Column(t(QT_TRANSLATE_NOOP("Report", "Adjustment")), WAN, 14),
        ]
        rows = [[a.week, figure_label(a.key, self.lang), a.reported, a.now, a.now - a.reported]
                for a in r.adjustments]  # fmt: skip
        return [Section("adjustments", t(QT_TRANSLATE_NOOP("Report", "Adjustments (调整)")), [
            Text(t(QT_TRANSLATE_NOOP(
                "Report", "Corrections recorded after an earlier week was closed: its report "
                "stays as it was sent, and the difference is shown here.")), NOTE),
            Table("adjustments", None, columns, rows, len(rows),
                  sheet=t(QT_TRANSLATE_NOOP("Report", "Adjustments"))),
        ])]  # fmt: skip

    def changes(self) -> Section:
        r, t, lbl = self.r, self.t, self.lbl
        title = t(QT_TRANSLATE_NOOP("Report", "What changed since last week"))
        ch = r.changes
        if ch is None:
            return Section("changes", title, [Text(t(QT_TRANSLATE_NOOP(
                "Report", "Shown once this week and the week before are closed: the changes "
                "come from the two weeks' snapshots.")), NOTE)])  # fmt: skip
        counts = [[KIND_LABELS[k].render(self.lang), f.value] for k, f in ch.counts.items()]
        columns = [Column(t(QT_TRANSLATE_NOOP("Report", "Change")), TEXT, 20),
                   Column(t(QT_TRANSLATE_NOOP("Report", "Leads")), COUNT, 12)]  # fmt: skip
        figs = [[None, f] for f in ch.counts.values()]
        list_columns = [
            Column(t(QT_TRANSLATE_NOOP("Report", "Lead ID")), "id", 9, printed=False),
            Column(t(QT_TRANSLATE_NOOP("Report", "Project")), WRAP, 30),
            Column(t(QT_TRANSLATE_NOOP("Report", "City")), TEXT, 16),
            Column(t(QT_TRANSLATE_NOOP("Report", "Change")), TEXT, 12),
            Column(t(QT_TRANSLATE_NOOP("Report", "Before")), WRAP, 18),
            Column(t(QT_TRANSLATE_NOOP("Report", "After")), WRAP, 18),
            Column(t(QT_TRANSLATE_NOOP("Report", "Day")), DAY, 11),
            Column(t(QT_TRANSLATE_NOOP("Report", "By")), TEXT, 10),
        ]

        def state(text: str, kind: str) -> str:
            return text if kind == "amount" else lbl.stage(text, self.lang) if text else ""

        rows = [[c.lead_id, c.company, lbl.city(c.city_id, self.lang),
                 KIND_LABELS[c.kind].render(self.lang), state(c.before, c.kind),
                 state(c.after, c.kind), c.day, lbl.user(c.user_id)] for c in ch.rows]  # fmt: skip
        total = sum(f.value for f in ch.counts.values())
        return Section("changes", title, [
            Text(t(QT_TRANSLATE_NOOP(
                "Report", "Each lead at the close of this week against the close of {week}.")
            ).format(week=ch.since), NOTE),
            Table("changes", None, columns, counts, len(counts), figures=figs,
                  sheet=t(QT_TRANSLATE_NOOP("Report", "Changes"))),
            Table("change_list", t(QT_TRANSLATE_NOOP("Report", "The changes")), list_columns,
                  rows, len(rows), printed=self.rows,
                  sheet=t(QT_TRANSLATE_NOOP("Report", "Change list")),
                  cut_note=self.cut_note(min(len(rows), self.rows), total, len(rows))),
        ])  # fmt: skip

    def cut_note(self, shown: int, total: float, listed: int) -> str | None:
        if total <= shown:
            return None
        return self.t(QT_TRANSLATE_NOOP(
            "Report", "Showing {shown} of {total}; the workbook lists up to {limit}.")).format(
            shown=fmt.count(shown), total=fmt.count(total), limit=fmt.count(listed))  # fmt: skip

    # -- city × field
    def city_field(self) -> Section:
        r, t, lbl = self.r, self.t, self.lbl
        total = t(QT_TRANSLATE_NOOP("Report", "Total"))
        columns = [Column(t(QT_TRANSLATE_NOOP("Report", "City")), TEXT, 20)]
        columns += [Column(lbl.field(f, self.lang), COUNT, 13) for f in r.fields]
        columns.append(Column(total, COUNT, 13))
        blocks: list[Block] = []
        for key in CITY_FIELD:
            money = key == "signed_investment"
            tab = r.tables[key]
            cols = [columns[0], *(Column(c.head, WAN if money else COUNT, c.width)
                                  for c in columns[1:])]  # fmt: skip
            rows, figs = [], []
            for c in (*r.cities, None):
                cells = [tab.get(c, f) for f in (*r.fields, None)]
                rows.append([lbl.city(c, self.lang) if c is not None else total,
                             *(x.value for x in cells)])  # fmt: skip
                figs.append([None, *cells])
            title = (
                self.wan(figure_label(key, self.lang)) if money else figure_label(key, self.lang)
            )
            blocks.append(Table(f"city_field.{key}", title, cols, rows, len(rows),
                                totals=(len(rows) - 1,), figures=figs,
                                sheet=t(QT_TRANSLATE_NOOP("Report", "By city and field"))))  # fmt: skip
        new = r.tables["new_leads"]
        blocks.append(Chart(
            "city_field_chart", t(QT_TRANSLATE_NOOP("Report", "New leads by city and field")),
            "bars", [lbl.city(c, self.lang) for c in r.cities],
            [Series(lbl.field(f, self.lang), [new.get(c, f).value for c in r.cities])
             for f in r.fields],
            x_label=t(QT_TRANSLATE_NOOP("Report", "City")),
            y_label=figure_label("new_leads", self.lang)))  # fmt: skip
        return Section("city_field", t(QT_TRANSLATE_NOOP("Report", "By city and field")), blocks)

    # -- funnel and trend
    def funnel(self) -> Section:
        r, t = self.r, self.t
        stages = [r.labels.stage(s.stage, self.lang) for s in r.funnel]
        columns = [
            Column(t(QT_TRANSLATE_NOOP("Report", "Stage")), TEXT, 18),
            Column(t(QT_TRANSLATE_NOOP("Report", "Reached (all leads)")), COUNT, 16),
            Column(t(QT_TRANSLATE_NOOP("Report", "Reached this period")), COUNT, 16),
            Column(t(QT_TRANSLATE_NOOP("Report", "Went on to the next stage")), PERCENT, 18),
            Column(t(QT_TRANSLATE_NOOP("Report", "Stopped at this stage")), COUNT, 16),
        ]
        rows = [[name, s.reached.value, s.entered.value, s.conversion, s.drop_off]
                for name, s in zip(stages, r.funnel, strict=True)]  # fmt: skip
        figs = [[None, s.reached, s.entered, None, None] for s in r.funnel]
        notes = [""] + ["↓ " + fmt.percent(s.conversion) if s.conversion is not None else ""
                        for s in r.funnel[:-1]]  # fmt: skip
        return Section("funnel", t(QT_TRANSLATE_NOOP("Report", "Stage funnel")), [
            Text(t(QT_TRANSLATE_NOOP(
                "Report", "Leads that reached each stage by {day} (a lead that skipped a stage "
                "counts as having passed it), from the stage history; all business types.")
            ).format(day=fmt.long_day(r.as_of, self.lang)), NOTE),
            Chart("funnel_chart", t(QT_TRANSLATE_NOOP("Report", "Stage funnel")), "funnel",
                  stages, [Series(columns[1].head, [s.reached.value for s in r.funnel])],
                  x_label=t(QT_TRANSLATE_NOOP("Report", "Leads that reached the stage")),
                  y_label=columns[0].head, notes=notes),
            Table("funnel", None, columns, rows, len(rows), figures=figs,
                  sheet=t(QT_TRANSLATE_NOOP("Report", "Funnel"))),
        ])  # fmt: skip

    def trend(self) -> Section:
        r, t = self.r, self.t
        if not r.trend:
            return Section("trend", "", [])
        weeks = [f"W{p.period.week[1]:02d}" if p.period.week else "" for p in r.trend]
        week_head = t(QT_TRANSLATE_NOOP("Report", "Week"))

        def chart(key: str, title: str, keys: tuple[str, ...]) -> Chart:
            return Chart(key, title, "lines", weeks,
                         [Series(figure_label(k, self.lang), [p.figures[k].value for p in r.trend])
                          for k in keys], x_label=week_head, half=True)  # fmt: skip

        keys = ("new_leads", "activities", "visits", "signed", "landed")
        columns = [Column(week_head, TEXT, 10),
                   Column(t(QT_TRANSLATE_NOOP("Report", "From")), DAY, 12),
                   Column(t(QT_TRANSLATE_NOOP("Report", "To")), DAY, 12),
                   *(Column(figure_label(k, self.lang), COUNT, 14) for k in keys)]  # fmt: skip
        rows = [[f"{p.period.week[0]}-W{p.period.week[1]:02d}" if p.period.week else "",
                 p.period.start, p.period.end, *(p.figures[k].value for k in keys)]
                for p in r.trend]  # fmt: skip
        figs = [[None, None, None, *(p.figures[k] for k in keys)] for p in r.trend]
        return Section("trend", t(QT_TRANSLATE_NOOP("Report", "Trend over {n} weeks")).format(
            n=len(r.trend)), [
            chart("trend_activity", t(QT_TRANSLATE_NOOP("Report", "Activities and visits per week")),
                  ("activities", "visits")),
            chart("trend_leads", t(QT_TRANSLATE_NOOP("Report", "New, signed and landed per week")),
                  ("new_leads", "signed", "landed")),
            Table("trend", None, columns, rows, len(rows), printed=0, figures=figs,
                  sheet=t(QT_TRANSLATE_NOOP("Report", "Trend"))),
        ])  # fmt: skip


def build_layout(report: WeeklyReport, lang: str, printed_rows: int = PRINTED_ROWS) -> Layout:
    return Builder(report, lang, printed_rows).layout()


__all__ = ["build_layout", "scope_label", "Builder", "WRAP"]
