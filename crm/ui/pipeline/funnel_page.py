"""The funnel (漏斗分析): how far the leads logged in a period got — reached, conversion to the
next stage, where they stopped and how long each stage took — and where the lost ones were
lost, why, and to which region. For a period and a city / field; everything drills down.

The counts come first (one pass over the stage history); the days per stage, a heavier pass,
fill in when ready. Both run on the task runner, never in the GUI thread."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crm.analytics.funnel_review import FunnelReview, cohort_filter, funnel_review
from crm.analytics.stage_days import stage_days
from crm.ui.context import AppContext
from crm.ui.pipeline.charts import ChartView
from crm.ui.pipeline.common import Card, DrillFn, RefreshWhenShown, ScopeBar, count_text
from crm.ui.pipeline.funnel_models import FunnelTableModel, LostModel
from crm.ui.pipeline.table_export import TableExport, model_table
from crm.ui.pipeline.tables import FigureTable


class FunnelPage(RefreshWhenShown, QWidget):
    def __init__(self, ctx: AppContext, drill: DrillFn, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pipelineFunnel")
        self.ctx, self.drill = ctx, drill
        self.review: FunnelReview | None = None
        self._generation = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 10)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)  # a long line wraps instead of widening the window
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.scope = ScopeBar(ctx, self)
        self.scope.changed.connect(self.refresh)
        self.export = TableExport(ctx, "funnelExport", self._tables, self)
        head.addWidget(self.export)
        head.addWidget(self.scope)
        lay.addLayout(head)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.chart_card = Card("funnelChart", self)
        self.chart = ChartView("funnelChart", self.chart_card)
        self.chart_card.body.addWidget(self.chart, 1)
        self.table_card = Card("funnelTable", self)
        self.model = FunnelTableModel(ctx, self)
        self.table = FigureTable("funnelTable", self.table_card)
        self.table.setModel(self.model)
        self.table.first_column_wide()
        self.table.figure_activated.connect(self._drill_cell)
        self.table_card.body.addWidget(self.table, 1)
        grid.addWidget(self.chart_card, 0, 0, 1, 3)
        grid.addWidget(self.table_card, 0, 3, 1, 3)
        self.lost_cards, self.lost_models = {}, {}
        for n, kind in enumerate(("stage", "region", "reason")):
            card = Card(f"lost_{kind}", self)
            model = LostModel(ctx, kind, self)
            table = FigureTable(f"lost_{kind}", card)
            table.setModel(model)
            table.first_column_wide()
            table.figure_activated.connect(lambda fig, idx, m=model: self._drill_lost(m, fig, idx))
            card.body.addWidget(table, 1)
            grid.addWidget(card, 1, 2 * n, 1, 2)
            self.lost_cards[kind], self.lost_models[kind] = card, model
        grid.setRowStretch(0, 5)
        grid.setRowStretch(1, 4)
        lay.addLayout(grid, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()

    # ------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.title.setText(self.tr("Funnel"))
        self.export.retranslate()
        self.chart_card.title.setText(self.tr("How far the period's leads got"))
        self.table_card.title.setText(self.tr("Stage by stage"))
        self.lost_cards["stage"].title.setText(self.tr("Where leads are lost"))
        self.lost_cards["region"].title.setText(self.tr("Lost to which region"))
        self.lost_cards["reason"].title.setText(self.tr("Why they were lost"))
        self.table.setAccessibleName(self.tr("Funnel by stage"))
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.review is not None:
                self._show(self.review)
        super().changeEvent(event)

    def _update_texts(self) -> None:
        r = self.review
        if r is None:
            self.subtitle.setText(self.tr("Computing…"))
            return
        where = self.scope.describe() or self.tr("all cities and fields")
        self.subtitle.setText(
            self.tr(
                "{count} leads logged in the period ({period}, {where}): how far they got by {day}"
            ).format(
                count=count_text(r.cohort.value),
                period=self.scope.period.currentText(),
                where=where,
                day=r.as_of.isoformat(),
            )
        )
        self.lost_cards["stage"].note.setText(
            self.tr("{count} lost").format(count=count_text(r.lost.value))
        )

    # ------------------------------------------------------------ data
    shows_changes = ("leads", "bulk", "reference")
    result_attr = "review"

    def refresh(self) -> None:
        """Recompute for the chosen period and scope: the counts, then the days per stage."""
        self.computed()
        self._generation += 1
        gen = self._generation
        period, scope, today = self.scope.chosen_period(), self.scope.scope(), date.today()
        store = self.ctx.store

        def counts(_t):
            return funnel_review(store, period, scope, today=today, with_days=False)

        def days(_t, as_of):
            return stage_days(store, cohort_filter(period, scope), as_of)

        def got_counts(review: FunnelReview) -> None:
            if gen != self._generation:
                return
            self._show(review)
            self.ctx.tasks.run(
                lambda t: days(t, review.as_of), on_done=got_days, show_progress=False
            )

        def got_days(result) -> None:
            if gen != self._generation or self.review is None:
                return
            steps = [replace(s, days=result.get(s.stage)) for s in self.review.steps]
            self.review = replace(self.review, steps=steps, with_days=True)
            self.model.set_review(self.review)

        self.ctx.tasks.run(
            counts, label=self.tr("Computing the funnel…"), on_done=got_counts, show_progress=False
        )

    def _show(self, review: FunnelReview) -> None:
        self.review = review
        self.model.set_review(review)
        for kind, groups in (("stage", review.lost_at), ("region", review.lost_to),
                             ("reason", review.lost_why)):  # fmt: skip
            self.lost_models[kind].set_groups(groups, int(review.lost.value))
        ref = self.ctx.ref
        steps = list(reversed(review.steps))  # the first stage at the top
        self.chart.show_bars(
            [f"{ref.stage_label(s.stage)}  {count_text(s.reached.value)}" for s in steps],
            [(self.tr("Reached"), [s.reached.value for s in steps])],
            lambda _set, i: self._drill_step(steps[i]),
            horizontal=True,
        )
        self._update_texts()

    def _tables(self) -> list:
        if self.review is None:
            return []
        self.export.title = self._label("")
        note = self.subtitle.text()
        return [model_table(self.model, self.table_card.title.text(), note)] + [
            model_table(self.lost_models[k], self.lost_cards[k].title.text(), note)
            for k in ("stage", "region", "reason")
        ]

    # ------------------------------------------------------------ drill-down
    def _label(self, what: str) -> str:
        scope = self.scope.describe()
        period = self.scope.period.currentText()
        return " · ".join(x for x in (self.tr("Funnel"), period, scope, what) if x)

    def _drill_step(self, step) -> None:
        self.drill(
            step.reached,
            self._label(
                self.tr("reached {stage}").format(stage=self.ctx.ref.stage_label(step.stage))
            ),
        )

    def _drill_cell(self, figure, index) -> None:
        if self.review is None:  # no funnel shown, no cell to open
            return
        step = self.review.steps[index.row()]
        stage = self.ctx.ref.stage_label(step.stage)
        what = (
            self.tr("reached {stage}")
            if index.column() == FunnelTableModel.REACHED
            else self.tr("stopped at {stage}")
        ).format(stage=stage)
        self.drill(figure, self._label(what))

    def _drill_lost(self, model: LostModel, figure, index) -> None:
        what = self.tr("lost: {what}").format(what=model.label(model.groups[index.row()]))
        self.drill(figure, self._label(what))
