"""What a bulk step sets on the chosen leads — the owner, the stage (with what a move needs:
a day to look again, the reason it was lost, the agreed investment), the city (流转, with its
reason), the key-project flag or the next follow-up — as a crm.leads.bulk_steps.BulkChange. The
service checks every lead; this dialog only asks for what the step needs."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm import pipeline
from crm.errors import ParseError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.leads.bulk_steps import BulkChange
from crm.ui.context import AppContext
from crm.ui.leads.bulk_kinds import CITY, FOLLOWUP, KEY, OWNER, STAGE
from crm.ui.widgets.inputs import AmountEdit, DateEdit, ErrorLabel, SearchCombo
from crm.values.dates import parse_date

_REQUIRED = QT_TRANSLATE_NOOP("BulkDialog", "Choose a value first.")


class BulkStepDialog(QDialog):
    def __init__(self, ctx: AppContext, kind: str, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bulkStepDialog")
        self.ctx, self.kind = ctx, kind
        self.change: BulkChange | None = None
        ref = ctx.ref
        titles = {
            OWNER: self.tr("Change the owner"),
            STAGE: self.tr("Move the stage"),
            CITY: self.tr("Hand to another city (流转)"),
            KEY: self.tr("Key project"),
            FOLLOWUP: self.tr("Next follow-up"),
        }
        self.setWindowTitle(titles[kind])
        lay = QVBoxLayout(self)
        head = QLabel(
            self.tr("{title} of {count} leads, in one step that one undo takes back.").format(
                title=titles[kind], count=f"{count:,}"
            ),
            self,
        )
        head.setWordWrap(True)
        head.setObjectName("sectionTitle")
        lay.addWidget(head)
        form = QFormLayout()
        self.value = SearchCombo(self, allow_empty=kind in (OWNER, CITY, STAGE))
        self.value.setObjectName("bulkValue")
        self.on = DateEdit(self)
        self.hold = DateEdit(self)
        self.reason = SearchCombo(self, allow_empty=True)
        self.region = SearchCombo(self, allow_empty=True)
        self.agreed = AmountEdit(parent=self)
        self.why = QLineEdit(self)
        self.why.setObjectName("bulkReason")
        self.day = DateEdit(self)
        self.day.setObjectName("bulkDay")
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}

        def row(key: str, label: str, w: QWidget) -> None:
            lbl = QLabel(label, self)
            form.addRow(lbl, w)
            self.rows[key] = (lbl, w)

        if kind == OWNER:
            self.value.set_items([(u.display_name + (f" ({ref.label(u.city_id)})"
                                   if u.city_id else ""), u.id) for u in ref.officers()])  # fmt: skip
            row("value", self.tr("New owner"), self.value)
        elif kind == CITY:
            self.value.set_items([(i.label(), i.id) for i in ref.kind("city")])
            row("value", self.tr("City"), self.value)
            row("why", self.tr("Reason"), self.why)
            self.why.setPlaceholderText(self.tr("Why the lead goes to that city"))
        elif kind == KEY:
            self.value.set_items([(self.tr("Mark as key project"), True),
                                  (self.tr("Not a key project"), False)])  # fmt: skip
            row("value", self.tr("Key project"), self.value)
        elif kind == FOLLOWUP:
            self.value.hide()
            row("day", self.tr("Next follow-up"), self.day)
            self.day.edit.setPlaceholderText(self.tr("yyyy-mm-dd (empty: none)"))
        else:
            self.value.set_items([(ref.stage_label(s), s) for s in pipeline.ALL])
            self.value.currentIndexChanged.connect(self._update_stage_rows)
            self.on.set_date(date.today())
            self.reason.set_items([(i.label(), i.id) for i in ref.kind("lost_reason")])
            self.region.set_items([(i.label(), i.label()) for i in ref.kind("region")])
            row("value", self.tr("New stage"), self.value)
            row("on", self.tr("Reached on"), self.on)
            row("hold", self.tr("Look again on"), self.hold)
            row("reason", self.tr("Reason lost"), self.reason)
            row("region", self.tr("Region that won it"), self.region)
            row("agreed", self.tr("Agreed investment (else each lead's own)"), self.agreed)
        lay.addLayout(form)
        self.error = ErrorLabel(self)
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._update_stage_rows()
        self.setMinimumWidth(460)

    def _update_stage_rows(self) -> None:
        if self.kind != STAGE:
            return
        to = self.value.value()
        shown = {
            "hold": to == "on_hold",
            "reason": to == "lost",
            "region": to == "lost",
            "agreed": to in pipeline.SIGNED_OR_LATER,
        }
        for key, visible in shown.items():
            for w in self.rows[key]:
                w.setVisible(visible)

    def _accept(self) -> None:
        try:
            self.change = self._change()
        except ParseError as exc:
            self.error.show_message(exc.message)
            return
        if self.change is None:
            self.error.show_message(_REQUIRED)
            return
        self.accept()

    def _change(self) -> BulkChange | None:
        value = self.value.value()
        if self.kind == FOLLOWUP:
            return BulkChange(next_followup=parse_date(self.day.text()))
        if value is None or (self.kind != KEY and isinstance(value, str) and self.kind != STAGE):
            return None
        if self.kind == OWNER:
            return BulkChange(owner=value) if isinstance(value, int) else None
        if self.kind == KEY:
            return BulkChange(is_key=bool(value))
        if self.kind == CITY:
            if not self.why.text().strip():
                raise ParseError(
                    QT_TRANSLATE_NOOP("BulkDialog", "Say why the leads go to another city.")
                )
            if not isinstance(value, int):
                return None
            return BulkChange(city=value, transfer_reason=self.why.text().strip())
        if value not in pipeline.ALL:
            return None
        agreed = self.agreed.text().strip() or None
        return BulkChange(
            stage=value,
            stage_on=parse_date(self.on.text()) or date.today(),
            on_hold_until=parse_date(self.hold.text()) if value == "on_hold" else None,
            lost_reason=self.reason.value() if value == "lost" else None,
            lost_to_region=_text(self.region.value()) if value == "lost" else None,
            agreed_investment=agreed,
        )


def _text(value: object) -> str | None:
    """A free-text choice as the service takes it (None when nothing is chosen)."""
    return None if value is None else str(value)
