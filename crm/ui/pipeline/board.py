"""The pipeline board (看板): one column per stage with how many leads and how much planned
investment are there, cards that open their lead, and a drag to another column to move a
stage — through the stage-move dialog (it asks for the lost reason, the on-hold date or the
agreed investment), into the stage history, undoable with Ctrl+Z. Filters by city, field,
owner and key projects; the order of the cards is the manager's choice.

Opening the board costs one grouped count and the first page of each column; a column reads
more cards only when it is scrolled (crm.ui.pipeline.board_model)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm.accounts import permissions as P
from crm.analytics.figures import LeadMetric, lead_sums
from crm.leadlist.query import LeadFilter
from crm.pipeline import ALL, step
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.pipeline.board_column import StageColumn, stage_menu
from crm.ui.pipeline.common import amount_text
from crm.ui.stage_dialog import StageMoveDialog

SORTS = {
    "amount": (("planned_investment", True),),
    "waiting": (("stage_date", False),),
    "followup": (("next_followup", False),),
    "updated": (("updated_at", True),),
}


class BoardPage(QWidget):
    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pipelineBoard")
        self.ctx, self.window = ctx, window
        self._dirty = False
        self.move_dialog: StageMoveDialog | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 10)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        head.addWidget(self.title)
        self.summary = QLabel(self)
        self.summary.setObjectName("countLabel")
        self.summary.setWordWrap(True)  # a long line wraps instead of widening the window
        head.addWidget(self.summary, 1)
        lay.addLayout(head)
        bar = QHBoxLayout()
        self.city = self._combo("boardCity", bar)
        self.field = self._combo("boardField", bar)
        self.owner = self._combo("boardOwner", bar)
        self.key = QCheckBox(self)
        self.key.setObjectName("boardKey")
        self.key.toggled.connect(self.reload)
        bar.addWidget(self.key)
        bar.addStretch(1)
        self.sort_label = QLabel(self)
        bar.addWidget(self.sort_label)
        self.sort = self._combo("boardSort", bar)
        self.reset_button = QPushButton(icon("filter-remove-outline"), "", self)
        self.reset_button.setObjectName("boardReset")
        self.reset_button.clicked.connect(self.reset_filters)
        bar.addWidget(self.reset_button)
        lay.addLayout(bar)
        self.hint = QLabel(self)
        self.hint.setObjectName("pageSubtitle")
        self.hint.setWordWrap(True)  # a long line wraps instead of widening the window
        lay.addWidget(self.hint)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("boardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        strip = QWidget(self.scroll)
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.columns: dict[str, StageColumn] = {}
        for stage in ALL:
            col = StageColumn(ctx, stage, strip)
            col.drill.connect(self._drill_column)
            col.dropped.connect(lambda payload, to: self.request_move(payload, to))
            col.cards.open_lead.connect(window.open_lead)
            col.cards.step.connect(self._step)
            col.cards.context_menu.connect(self._card_menu)
            row.addWidget(col, 1)
            self.columns[stage] = col
        self.scroll.setWidget(strip)
        lay.addWidget(self.scroll, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        # nothing is read until the board is shown (showEvent): the window builds every page
        # when it opens, and reading the columns then cost every opening ~70 ms on 100k leads

    def _combo(self, name: str, bar) -> QComboBox:
        c = QComboBox(self)
        c.setObjectName(name)
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        c.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(c)
        return c

    # ------------------------------------------------------------ language
    def retranslate(self) -> None:
        ref = self.ctx.ref
        self.title.setText(self.tr("Pipeline board"))
        self._fill(self.city, self.tr("All cities"), [(c.label(), c.id) for c in ref.kind("city")])
        self._fill(
            self.field, self.tr("All fields"), [(f.label(), f.id) for f in ref.kind("field")]
        )
        self._fill(
            self.owner,
            self.tr("All owners"),
            [(self.tr("Mine"), self.ctx.actor.id)]
            + [(u.display_name, u.id) for u in ref.officers() if u.id != self.ctx.actor.id],
        )
        self._fill(
            self.sort,
            None,
            [
                (self.tr("Largest first"), "amount"),
                (self.tr("Longest at the stage first"), "waiting"),
                (self.tr("Follow-up due first"), "followup"),
                (self.tr("Recently updated first"), "updated"),
            ],
        )
        self.sort_label.setText(self.tr("Order:"))
        self.key.setText(self.tr("Key projects only"))
        self.reset_button.setText(self.tr("Clear filters"))
        self.hint.setText(
            self.tr(
                "Drag a card to another column to move its stage (Ctrl+Z undoes it); "
                "Ctrl+→ and Ctrl+← move the selected card; a column's count lists its leads."
            )
        )
        for w, name in (
            (self.city, self.tr("City")),
            (self.field, self.tr("Field")),
            (self.owner, self.tr("Owner")),
            (self.sort, self.tr("Order of the cards")),
        ):
            w.setAccessibleName(name)
        self._update_summary()

    def _fill(self, combo: QComboBox, all_label: str | None, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if all_label is not None:
            combo.addItem(all_label, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    # ------------------------------------------------------------ data
    def current_filter(self) -> LeadFilter:
        one = lambda c: (c.currentData(),) if c.currentData() is not None else ()  # noqa: E731
        return LeadFilter(
            cities=one(self.city),
            fields=one(self.field),
            owners=one(self.owner),
            key_project=True if self.key.isChecked() else None,
        )

    def reset_filters(self) -> None:
        for c in (self.city, self.field, self.owner):
            c.blockSignals(True)
            c.setCurrentIndex(0)
            c.blockSignals(False)
        self.key.blockSignals(True)
        self.key.setChecked(False)
        self.key.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """The heads from one grouped count, then the first cards of each column."""
        if not self.isVisible():  # read when shown (showEvent)
            self._dirty = True
            return
        self._dirty = False
        flt = self.current_filter()
        heads = lead_sums(
            self.ctx.store,
            flt,
            [
                LeadMetric("count", LeadFilter()),
                LeadMetric("planned", LeadFilter(), "planned_investment"),
            ],
            ("stage",),
            today=date.today(),
        )
        sort = SORTS.get(self.sort.currentData() or "amount", SORTS["amount"])
        self._heads = {stage: heads.get((stage,), {}) for stage in ALL}
        for stage, col in self.columns.items():
            values = self._heads[stage]
            count = int(values.get("count", 0))
            col.set_head(count, values.get("planned", 0.0))
            col.model.set_query(flt, sort, count)
        self._update_summary()

    def _update_summary(self) -> None:
        heads = getattr(self, "_heads", {})
        in_play = [s for s in ALL if s not in ("lost", "operating")]
        n = sum(int(heads.get(s, {}).get("count", 0)) for s in in_play)
        planned = sum(heads.get(s, {}).get("planned", 0.0) for s in in_play)
        self.summary.setText(
            self.tr("{count} leads in play · planned {amount}").format(
                count=f"{n:,}", amount=amount_text(planned)
            )
        )

    def showEvent(self, event) -> None:  # noqa: N802
        """Fresh on every visit: colleagues move leads too (a reload is one grouped count and
        a page per column)."""
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def _on_changed(self, changes) -> None:
        if changes.leads or changes.bulk or changes.reference or changes.users or changes.settings:
            if changes.users or changes.reference:
                self.retranslate()
            self.reload()

    def _drill_column(self, stage: str) -> None:
        col = self.columns[stage]
        label = self.tr("Board: {stage}").format(stage=self.ctx.ref.stage_label(stage))
        self.window.drill_down(col.model.filter, label)

    # ------------------------------------------------------------ moving a card
    def request_move(self, payload: dict, to_stage: str) -> StageMoveDialog | None:
        """Open the stage-move dialog for a dropped card; the move happens when it is accepted."""
        if payload.get("stage") == to_stage:
            return None
        # a card this person may not move says why when it is dropped (crm.accounts.permissions)
        refused = P.edit_lead(self.ctx.actor, payload.get("owner"), payload.get("city"))
        if refused is not None:
            self.ctx.bus.message.emit(refused.render())
            self.refused = refused.render()
            return None
        dlg = StageMoveDialog(
            self.ctx,
            int(payload["id"]),
            int(payload["version"]),
            payload["stage"],
            payload.get("agreed"),
            to_stage=to_stage,
            parent=self,
        )
        dlg.setWindowTitle(self.tr("Move “{name}”").format(name=payload.get("name", "")))
        dlg.accepted.connect(lambda: self._moved(dlg))
        dlg.finished.connect(lambda _r: setattr(self, "move_dialog", None))
        self.move_dialog = dlg
        dlg.open()
        return dlg

    def _moved(self, dlg: StageMoveDialog) -> None:
        result = dlg.result
        if result is None:
            return
        self.ctx.bus.message.emit(
            self.tr("Moved to {stage}; Ctrl+Z undoes it.").format(
                stage=self.ctx.ref.stage_label(result.to_stage)
            )
        )

    def _payload(self, row) -> dict:
        return {
            "id": row.id,
            "version": row.version,
            "owner": row.owner_id,
            "city": row.city_id,
            "stage": row.stage,
            "agreed": row.agreed_investment,
            "name": row.company,
        }

    def _step(self, row, direction: int) -> None:
        to = step(row.stage, direction)
        if to is not None:
            self.request_move(self._payload(row), to)

    def _card_menu(self, row, pos) -> None:
        menu = stage_menu(self, ALL, self.ctx.ref, row.stage)
        menu.setTitle(self.tr("Move to"))
        top = menu.__class__(self)
        top.addAction(self.tr("Open lead"), lambda: self.window.open_lead(row.id))
        top.addMenu(menu)
        chosen = top.exec(pos)
        if chosen is not None and chosen.data():
            self.request_move(self._payload(row), chosen.data())
