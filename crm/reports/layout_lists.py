"""The weekly report's named lists and the tables after them (crm.reports.layout_build): key
projects, newly signed and landed projects, follow-ups, officers and cities, the year to date
against the targets, how the figures are counted, and the raw rows of the workbook."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from crm.analytics.figures import Figure
from crm.analytics.labels import figure_short
from crm.analytics.sections import ProjectList
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leads.company_flags import code_labels
from crm.pipeline.followup import LABELS as FOLLOWUP_LABELS
from crm.reports import fmt
from crm.reports.layout import (
    BODY,
    COUNT,
    DAY,
    ID,
    NOTE,
    PERCENT,
    TEXT,
    WAN,
    WRAP,
    Block,
    Column,
    Section,
    Table,
    Text,
)
from crm.reports.layout_raw import raw_tables
from crm.targets.annual import AMOUNT_METRICS, METRIC_LABELS

if TYPE_CHECKING:
    from crm.analytics.projects import ProjectRow
    from crm.analytics.ytd import TargetProgress
    from crm.reports.layout_build import Builder

OFFICER_KEYS = ("activities", "visits", "calls", "meetings", "new_leads", "advanced", "signed",
                "overdue", "stale")  # fmt: skip
CITY_KEYS = ("activities", "visits", "new_leads", "advanced", "signed", "signed_investment",
             "landed", "overdue", "stale")  # fmt: skip


class Lists:
    def __init__(self, b: Builder) -> None:
        self.b, self.r, self.t, self.lbl, self.lang = b, b.r, b.t, b.lbl, b.lang

    def _project_table(
        self,
        key: str,
        lst: ProjectList,
        sheet: str,
        day_head: str,
        extra: list[Column],
        extra_values: Callable[[ProjectRow], list[object]],
        day: Callable[[ProjectRow], date | None] = lambda row: row.day,
    ) -> Table:
        t, lbl, lang = self.t, self.lbl, self.lang
        columns = [
            Column(t(QT_TRANSLATE_NOOP("Report", "Lead ID")), ID, 9, printed=False),
            Column(t(QT_TRANSLATE_NOOP("Report", "Company")), WRAP, 30, sub=2),
            Column(t(QT_TRANSLATE_NOOP("Report", "Project")), WRAP, 28, printed=False),
            Column(t(QT_TRANSLATE_NOOP("Report", "City")), TEXT, 16),
            Column(t(QT_TRANSLATE_NOOP("Report", "Field")), TEXT, 10, printed=False),
            Column(t(QT_TRANSLATE_NOOP("Report", "Stage")), TEXT, 9),
            Column(day_head, DAY, 11),
            Column(t(QT_TRANSLATE_NOOP("Report", "Planned (10k yuan)")), WAN, 13, printed=False),
            Column(t(QT_TRANSLATE_NOOP("Report", "Agreed (10k yuan)")), WAN, 13),
            Column(t(QT_TRANSLATE_NOOP("Report", "In place (10k yuan)")), WAN, 13,
                   printed=key == "landed"),
            Column(t(QT_TRANSLATE_NOOP("Report", "Owner")), TEXT, 9),
            *extra,
        ]  # fmt: skip
        rows: list[list[object]] = []
        for row in lst.rows:
            project = "" if row.masked or row.project == row.company else row.project
            rows.append([row.id, row.company, project, lbl.city(row.city_id, lang),
                         lbl.field(row.field_id, lang), lbl.stage(row.stage, lang), day(row),
                         row.planned_investment, row.agreed_investment, row.funds_in_place,
                         lbl.user(row.owner_id), *extra_values(row)])  # fmt: skip
        shown = min(len(rows), self.b.rows)
        return Table(key, None, columns, rows, len(rows), printed=self.b.rows, sheet=sheet,
                     cut_note=self.b.cut_note(shown, lst.figure.value, len(rows)))  # fmt: skip

    def key_projects(self) -> Section:
        r, t, lbl, lang = self.r, self.t, self.lbl, self.lang
        lst = r.key_projects
        intro = t(QT_TRANSLATE_NOOP(
            "Report", "{in_play} key projects in play; {moved} changed stage and {busy} were "
            "moved or worked on this period.")).format(
            in_play=fmt.count(r.key_in_play.value), moved=fmt.count(r.key_moved.value),
            busy=fmt.count(lst.figure.value))  # fmt: skip
        blocks: list[Block] = [Text(intro, BODY)]
        if not lst.rows:
            blocks.append(Text(t(QT_TRANSLATE_NOOP("Report", "No key project moved this period.")),
                               NOTE))  # fmt: skip
            return Section("key_projects", t(QT_TRANSLATE_NOOP("Report", "Key projects")), blocks)
        extra = [Column(t(QT_TRANSLATE_NOOP("Report", "Designations")), WRAP, 18),
                 Column(t(QT_TRANSLATE_NOOP("Report", "Stage moves")), WRAP, 22),
                 Column(t(QT_TRANSLATE_NOOP("Report", "Activities")), COUNT, 9)]  # fmt: skip

        def values(row: ProjectRow) -> list[object]:
            moves = "\n".join(
                f"{fmt.day(m.day)[5:]} {lbl.stage(m.from_stage, lang)}→{lbl.stage(m.to_stage, lang)}"
                for m in row.moves)  # fmt: skip
            return ["\n".join(code_labels(row.designations, lang)), moves, row.activities]

        blocks.append(self._project_table(
            "key_projects", lst, t(QT_TRANSLATE_NOOP("Report", "Key projects")),
            t(QT_TRANSLATE_NOOP("Report", "Stage date")), extra, values,
            day=lambda row: row.stage_date))  # fmt: skip
        return Section("key_projects", t(QT_TRANSLATE_NOOP("Report", "Key projects")), blocks)

    def new_projects(self) -> list[Section]:
        r, t = self.r, self.t
        out: list[Section] = []
        for key, lst, title, sheet, day_head, empty in (
            ("signed", r.signed, QT_TRANSLATE_NOOP("Report", "Newly signed projects"),
             QT_TRANSLATE_NOOP("Report", "Newly signed"), QT_TRANSLATE_NOOP("Report", "Signed on"),
             QT_TRANSLATE_NOOP("Report", "No project was signed this period.")),
            ("landed", r.landed, QT_TRANSLATE_NOOP("Report", "Newly landed projects"),
             QT_TRANSLATE_NOOP("Report", "Newly landed"), QT_TRANSLATE_NOOP("Report", "Landed on"),
             QT_TRANSLATE_NOOP("Report", "No project landed this period.")),
        ):  # fmt: skip
            if not lst.rows:
                out.append(Section(key, t(title), [Text(t(empty), NOTE)]))
                continue
            money = sum(x.agreed_investment or 0 for x in lst.rows)
            summary = t(
                QT_TRANSLATE_NOOP("Report", "{n} projects; agreed investment {amount}.")
            ).format(n=fmt.count(lst.figure.value), amount=fmt.amount(money, self.lang))
            if lst.truncated:
                summary = t(QT_TRANSLATE_NOOP("Report", "{n} projects.")).format(
                    n=fmt.count(lst.figure.value)
                )
            extra = [Column(t(QT_TRANSLATE_NOOP("Report", "Business type")), TEXT, 11)]
            table = self._project_table(key, lst, t(sheet), t(day_head), extra,
                                        lambda row: [self.lbl.business_type(
                                            row.business_type_id, self.lang)])  # fmt: skip
            out.append(Section(key, t(title), [Text(summary, BODY), table]))
        return out

    def followups(self) -> Section:
        r, t = self.r, self.t
        blocks: list[Block] = [Text(t(QT_TRANSLATE_NOOP(
            "Report", "{overdue} follow-ups are overdue on {day}, {risk} of them by 7 days or more "
            "(at risk); {stale} leads in play had no activity for 30 days.")).format(
            overdue=fmt.count(r.overdue.figure.value), day=fmt.long_day(r.as_of, self.lang),
            risk=fmt.count(r.at_risk.value), stale=fmt.count(r.stale.figure.value)), BODY)]  # fmt: skip
        for key, lst, title, sheet, day_head, days_head in (
            ("overdue", r.overdue, QT_TRANSLATE_NOOP("Report", "Most overdue follow-ups"),
             QT_TRANSLATE_NOOP("Report", "Overdue follow-ups"), QT_TRANSLATE_NOOP("Report", "Due"),
             QT_TRANSLATE_NOOP("Report", "Days late")),
            ("stale", r.stale, QT_TRANSLATE_NOOP("Report", "Longest without activity"),
             QT_TRANSLATE_NOOP("Report", "No activity for 30 days"),
             QT_TRANSLATE_NOOP("Report", "Last activity"), QT_TRANSLATE_NOOP("Report", "Days quiet")),
        ):  # fmt: skip
            if not lst.rows:
                continue
            extra = [
                Column(t(days_head), COUNT, 9),
                Column(t(QT_TRANSLATE_NOOP("Report", "Follow-up")), TEXT, 12, printed=False),
            ]

            def values(row: ProjectRow) -> list[object]:
                days = (r.as_of - row.day).days if row.day else None
                state = (FOLLOWUP_LABELS[row.followup].render(self.lang)
                         if row.followup.value != "none" else "")  # fmt: skip
                return [days, state]

            table = self._project_table(key, lst, t(sheet), t(day_head), extra, values)
            table.title = t(title)
            blocks.append(table)
        return Section("followups", t(QT_TRANSLATE_NOOP("Report", "Follow-ups")), blocks)

    def officers(self) -> Section:
        r, t, lbl, lang = self.r, self.t, self.lbl, self.lang
        columns = [Column(t(QT_TRANSLATE_NOOP("Report", "Officer")), TEXT, 10),
                   Column(t(QT_TRANSLATE_NOOP("Report", "City")), TEXT, 18)]  # fmt: skip
        columns += [Column(figure_short(k, lang), COUNT, 9) for k in OFFICER_KEYS]
        rows = [[o.name, lbl.city(o.city_id, lang), *(o.figures[k].value for k in OFFICER_KEYS)]
                for o in r.officers]  # fmt: skip
        figs = [[None, None, *(o.figures[k] for k in OFFICER_KEYS)] for o in r.officers]
        city_cols = [Column(t(QT_TRANSLATE_NOOP("Report", "City")), TEXT, 18)]
        city_cols += [
            Column(
                figure_short(k, lang)
                + (
                    t(QT_TRANSLATE_NOOP("Report", " (10k yuan)"))
                    if k == "signed_investment"
                    else ""
                ),
                WAN if k == "signed_investment" else COUNT,
                10,
            )
            for k in CITY_KEYS
        ]
        city_rows = [[lbl.city(c.city_id, lang), *(c.figures[k].value for k in CITY_KEYS)]
                     for c in r.by_city]  # fmt: skip
        city_figs = [[None, *(c.figures[k] for k in CITY_KEYS)] for c in r.by_city]
        return Section("officers", t(QT_TRANSLATE_NOOP("Report", "Activity per officer and city")), [
            Text(t(QT_TRANSLATE_NOOP(
                "Report", "For supervision and assessment (督查考核): activities count for the "
                "officer who logged them, lead figures for the lead's owner.")), NOTE),
            Table("officers", None, columns, rows, len(rows), dense=True, figures=figs,
                  sheet=t(QT_TRANSLATE_NOOP("Report", "Officers"))),
            Table("cities", t(QT_TRANSLATE_NOOP("Report", "Per city")), city_cols, city_rows,
                  len(city_rows), dense=True, figures=city_figs,
                  sheet=t(QT_TRANSLATE_NOOP("Report", "Cities"))),
        ])  # fmt: skip

    def ytd(self) -> Section:
        r, t, y, lbl = self.r, self.t, self.r.ytd, self.lbl
        columns = [
            Column(t(QT_TRANSLATE_NOOP("Report", "Scope")), TEXT, 20),
            Column(t(QT_TRANSLATE_NOOP("Report", "Target")), TEXT, 24),
            Column(t(QT_TRANSLATE_NOOP("Report", "Done")), WAN, 14),
            Column(t(QT_TRANSLATE_NOOP("Report", "Annual target")), WAN, 14),
            Column(t(QT_TRANSLATE_NOOP("Report", "Progress")), PERCENT, 11),
        ]

        def table_of(
            key: str,
            groups: Iterable[tuple[str, list[TargetProgress]]],
            title: str | None,
            sheet: str,
        ) -> Table:
            rows: list[list[object]] = []
            figs: list[list[Figure | None]] = []
            marked: list[bool] = []
            for scope, items in groups:
                for item in items:
                    label = METRIC_LABELS[item.metric].render(self.lang)
                    if item.metric in AMOUNT_METRICS:
                        label = self.b.wan(label)
                    rows.append([scope, label, item.actual.value, item.target, item.ratio])
                    figs.append([None, None, item.actual, None, None])
                    marked.append(item.target is not None)
            # print the rows with a target (the workbook has every row), those first
            order = sorted(range(len(rows)), key=lambda n: not marked[n])
            return Table(key, title, columns, [rows[n] for n in order], len(rows),
                         figures=[figs[n] for n in order], bars=(4, y.elapsed),
                         printed=sum(marked) if key != "ytd" else None, sheet=sheet)  # fmt: skip

        sheet = t(QT_TRANSLATE_NOOP("Report", "Targets"))
        by = [(lbl.city(c, self.lang), items) for c, items in y.by_city.items()]
        by += [(lbl.field(f, self.lang), items) for f, items in y.by_field.items()]
        blocks: list[Block] = [
            Text(t(QT_TRANSLATE_NOOP(
                "Report", "{start} to {end}: {share} of the year has passed (the mark on each bar)."
            )).format(start=fmt.long_day(y.period.start, self.lang),
                      end=fmt.long_day(y.period.end, self.lang), share=fmt.percent(y.elapsed, 0)),
                 NOTE),
            table_of("ytd", [(t(QT_TRANSLATE_NOOP("Report", "Scope of the report")), y.rows)],
                     None, sheet),
        ]  # fmt: skip
        if not y.has_targets:
            blocks.append(Text(t(QT_TRANSLATE_NOOP(
                "Report", "No annual targets are set for {year} yet.")).format(
                year=y.period.start.year), NOTE))  # fmt: skip
        if len(r.cities) > 1 or len(r.fields) > 1:
            blocks.append(table_of("ytd_by", by, t(QT_TRANSLATE_NOOP(
                "Report", "Per city and field (printed: those with a target)")),
                t(QT_TRANSLATE_NOOP("Report", "Targets by city and field"))))  # fmt: skip
        return Section("ytd", t(QT_TRANSLATE_NOOP(
            "Report", "Year to date against the annual targets")), blocks)  # fmt: skip

    def definitions(self) -> Section:
        t = self.t
        items = [
            QT_TRANSLATE_NOOP("Report", "New leads: leads registered in the period. Leads advanced: leads moved forward along the pipeline in the period (moves that were undone do not count)."),
            QT_TRANSLATE_NOOP("Report", "Signed: projects whose first signing falls in the period; a project counts once, at its first signing. Landed: projects that first reached 落地 (landed) in the period. Upgrades (升格) and changes of investing entity (更换投资主体) are not new projects and are not counted."),
            QT_TRANSLATE_NOOP("Report", "Signed investment: the agreed investment of the projects signed, in 10k yuan (万元). Visits: visits to companies and companies visiting us."),
            QT_TRANSLATE_NOOP("Report", "Year to date: funds in place, high-tech enterprises and jobs are those of the projects signed this year (the store keeps no dated history of funds)."),
            QT_TRANSLATE_NOOP("Report", "Confidential projects appear under their codename; contact details never appear in this report."),
        ]  # fmt: skip
        columns = [Column(t(QT_TRANSLATE_NOOP("Report", "How the figures are counted")), WRAP, 120)]
        rows = [["• " + m.render(self.lang)] for m in items]
        return Section("definitions", t(QT_TRANSLATE_NOOP("Report", "How the figures are counted")),
                       [Table("definitions", None, columns, rows, len(rows),
                              sheet=t(QT_TRANSLATE_NOOP("Report", "Notes")))])  # fmt: skip

    def raw(self) -> Section:
        """The period's leads and activities, one line per record, to filter and pivot."""
        return Section("raw", "", [*raw_tables(self)])


__all__ = ["Lists", "OFFICER_KEYS", "CITY_KEYS", "DAY", "COUNT"]
