"""Moving a lead to another stage asks for exactly what the move needs: a date to look again
(搁置), the reason and the winning region (流失), the agreed investment (签约 and later)."""

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
from crm.errors import CrmError, ParseError, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.ui.context import AppContext
from crm.ui.operations import Op
from crm.ui.undo import MoveStageCommand
from crm.ui.widgets.inputs import AmountEdit, DateEdit, ErrorLabel, SearchCombo
from crm.values.dates import parse_date


class StageMoveDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        lead_id: int,
        version: int,
        current_stage: str,
        agreed: float | None,
        to_stage: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("stageMoveDialog")
        # wide enough for a whole date and the amount's hint whatever the labels' length (the
        # Chinese labels are short, and the fields shrank until the date was cut)
        self.setMinimumWidth(340)
        self.ctx, self.lead_id, self.version = ctx, lead_id, version
        self.current = current_stage
        self.result: pipeline.MoveResult | None = None
        self.params: dict = {}
        ref = ctx.ref
        lay = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionTitle")
        lay.addWidget(self.heading)
        form = QFormLayout()
        self.stage = SearchCombo(self, allow_empty=False)
        self.stage.setObjectName("moveToStage")
        self.stage.set_items([(ref.stage_label(s), s) for s in pipeline.ALL if s != current_stage])
        self.stage.currentIndexChanged.connect(self._update_visibility)
        self.on = DateEdit(self)
        self.on.set_date(date.today())
        self.hold = DateEdit(self)
        self.reason = SearchCombo(self, allow_empty=True)
        self.reason.set_items([(i.label(), i.id) for i in ref.kind("lost_reason")])
        self.region = SearchCombo(self, allow_empty=True)
        self.region.set_items([(i.label(), i.label()) for i in ref.kind("region")])
        self.agreed = AmountEdit(parent=self)
        self.agreed.set_amount(agreed)
        self.note = QLineEdit(self)
        self.errors: dict[str, ErrorLabel] = {}
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, widget in (
            ("to_stage", self.stage),
            ("stage_date", self.on),
            ("on_hold_until", self.hold),
            ("lost_reason", self.reason),
            ("lost_to_region", self.region),
            ("agreed_investment", self.agreed),
            ("note", self.note),
        ):
            box = QWidget(self)
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(1)
            v.addWidget(widget)
            err = ErrorLabel(box)
            v.addWidget(err)
            self.errors[key] = err
            label = QLabel(self)
            form.addRow(label, box)
            self.rows[key] = (label, box)
        lay.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        # the next stage along, unless the caller named one; from a side exit (搁置, 流失) or
        # the last stage none: OK waits for a choice. Never the list's first, which moved a
        # lead back to 线索 on a quick OK (a newcomer's trial)
        self.stage.set_value(to_stage or pipeline.step(current_stage))
        self.retranslate()
        self._update_visibility()

    def retranslate(self) -> None:
        ref = self.ctx.ref
        self.setWindowTitle(self.tr("Move stage"))
        self.heading.setText(self.tr("Now at: {stage}").format(stage=ref.stage_label(self.current)))
        labels = {
            "to_stage": self.tr("New stage"),
            "stage_date": self.tr("Reached on"),
            "on_hold_until": self.tr("Look again on"),
            "lost_reason": self.tr("Lost reason"),
            "lost_to_region": self.tr("Region that won"),
            "agreed_investment": self.tr("Agreed investment"),
            "note": self.tr("Note"),
        }
        for key, (label, _box) in self.rows.items():
            label.setText(labels[key])
        self.agreed.setToolTip(self.tr("In 10k yuan; 1.2亿 and 5000万 are understood"))

    def _update_visibility(self) -> None:
        to = self.stage.value()
        show = {
            "on_hold_until": to == "on_hold",
            "lost_reason": to == "lost",
            "lost_to_region": to == "lost",
            "agreed_investment": to in pipeline.SIGNED_OR_LATER,
        }
        for key, visible in show.items():
            label, box = self.rows[key]
            label.setVisible(visible)
            box.setVisible(visible)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(to is not None)
        self.adjustSize()

    def _accept(self) -> None:
        for e in self.errors.values():
            e.show_message(None)
        to = self.stage.value()
        try:
            on = parse_date(self.on.text()) or date.today()
        except ParseError as exc:
            self.errors["stage_date"].show_message(exc.message)
            return
        try:
            hold = parse_date(self.hold.text()) if to == "on_hold" else None
        except ParseError as exc:
            self.errors["on_hold_until"].show_message(exc.message)
            return
        params = dict(on=on, note=self.note.text() or None)
        if to == "on_hold":
            params["on_hold_until"] = hold
        if to == "lost":
            params["lost_reason"] = self.reason.value()
            params["lost_to_region"] = self.region.currentText() or None
        if to in pipeline.SIGNED_OR_LATER and self.agreed.text().strip():
            params["agreed_investment"] = self.agreed.text()
        lead_id, version = self.lead_id, self.version
        Op(
            self,
            self.ctx,
            lambda: pipeline.move_stage(
                self.ctx.store, self.ctx.actor, lead_id, to, expected_version=version, **params
            ),
        ).undo(lambda r: MoveStageCommand(self.ctx, UNDO_TEXT.render(), r, params)).failure(
            self._show_field_errors, ValidationError
        ).success(lambda r: self._moved(r, params)).run()

    def show_failure(self, error: CrmError) -> None:
        """The dialog's message area (crm.ui.operations): under the new stage; the dialog
        stays open with what was chosen (a conflict, a refusal, a store that cannot write)."""
        self.errors["to_stage"].show_message(error.message)
        self.adjustSize()  # the message's lines push the rows down instead of covering them

    def _show_field_errors(self, exc: ValidationError) -> None:
        for fe in exc.errors:
            target = self.errors.get(fe.field) or self.errors["to_stage"]
            target.show_message(fe.message)
        self.adjustSize()

    def _moved(self, result: pipeline.MoveResult, params: dict) -> None:
        """The move is done, its undo step pushed and its changes broadcast."""
        self.result, self.params = result, params
        self.accept()


UNDO_TEXT = QT_TRANSLATE_NOOP("Undo", "move stage")
