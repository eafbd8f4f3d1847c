"""The bar over the lead list while several leads are selected: how many, "select all N
matching" (the whole filter, not only the rows fetched), and the bulk steps — owner, stage,
city, key project, next follow-up. A step the person may not take is disabled with the reason
(crm.accounts.permissions) as its tooltip; the service checks every lead anyway."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from crm.accounts import permissions as P
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.leads.bulk_kinds import CITY, FOLLOWUP, KEY, OWNER, STAGE
from crm.ui.models.lead_selection import LeadSelection


def step_refusal(ctx: AppContext, kind: str):
    """Why this person may take no bulk step of ``kind`` at all (None: they may try; each
    lead is still checked)."""
    actor = ctx.actor
    if actor.role in (P.REPORT_STAFF, P.ADMIN) or (actor.administers and actor.role != P.MANAGER):
        return P.edit_lead(actor, None, None)
    if kind in (OWNER, CITY):
        return P.manage_lead(actor, actor.city_id)
    return None


class BulkBar(QFrame):
    step = Signal(str)  # the kind of step chosen

    def __init__(self, ctx: AppContext, selection: LeadSelection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bulkBar")
        self.ctx, self.selection = ctx, selection
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        self.count = QLabel(self)
        self.count.setObjectName("bulkCount")
        lay.addWidget(self.count)
        self.all_button = QPushButton(self)
        self.all_button.setObjectName("bulkSelectAll")
        self.all_button.setFlat(True)
        self.all_button.clicked.connect(selection.select_all_matching)
        lay.addWidget(self.all_button)
        lay.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for kind, icon_name in (
            (OWNER, "account-switch-outline"),
            (STAGE, "swap-horizontal"),
            (CITY, "city-variant-outline"),
            (KEY, "star-outline"),
            (FOLLOWUP, "calendar-clock"),
        ):
            b = QPushButton(icon(icon_name), "", self)
            b.setObjectName(f"bulk_{kind}")
            b.clicked.connect(lambda _c=False, k=kind: self.step.emit(k))
            lay.addWidget(b)
            self.buttons[kind] = b
        self.clear_button = QPushButton(icon("close"), "", self)
        self.clear_button.setObjectName("bulkClear")
        self.clear_button.clicked.connect(selection.clear)
        lay.addWidget(self.clear_button)
        self.setStyleSheet(
            "QFrame#bulkBar { background: #eaf3fb; border: 1px solid #b9d3ea; border-radius: 4px; }"
        )
        selection.changed.connect(self.update_state)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            OWNER: self.tr("Owner…"),
            STAGE: self.tr("Stage…"),
            CITY: self.tr("City…"),
            KEY: self.tr("Key project…"),
            FOLLOWUP: self.tr("Follow-up…"),
        }
        for kind, b in self.buttons.items():
            b.setText(texts[kind])
        self.clear_button.setText(self.tr("Clear selection"))
        self.update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_state(self) -> None:
        n, total = self.selection.count(), self.selection.model.total()
        self.setVisible(n > 1)
        everything = self.selection.all_matching is not None
        self.count.setText(
            self.tr("All {count} leads matching the filter are selected.").format(count=f"{n:,}")
            if everything
            else self.tr("{count} leads selected.").format(count=f"{n:,}")
        )
        self.all_button.setText(self.tr("Select all {total} matching").format(total=f"{total:,}"))
        self.all_button.setVisible(not everything and total > n)
        for kind, b in self.buttons.items():
            reason = step_refusal(self.ctx, kind)
            b.setEnabled(reason is None)
            b.setToolTip(reason.render() if reason is not None else "")
