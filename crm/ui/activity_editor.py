"""Correcting a logged activity (its author or a manager): the same fields as when it was
logged, errors next to each, Ctrl+S or Ctrl+Enter saves, and closing with changes asks first.
The save is one undo step (Ctrl+Z puts the old values back)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm.db.ids import stored_id
from crm.db.models import Activity
from crm.errors import CrmError, ValidationError
from crm.followups import activities
from crm.ui.context import AppContext
from crm.ui.operations import Op
from crm.ui.undo import EditActivityCommand
from crm.ui.widgets.inputs import DateEdit, ErrorLabel, SearchCombo
from crm.ui.window_fit import remember_size


class ActivityEditor(QDialog):
    def __init__(self, ctx: AppContext, activity: Activity, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activityEditor")
        self.ctx, self.activity = ctx, activity
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = SearchCombo(self, allow_empty=False)
        self.kind.setObjectName("editActivityType")
        self.day = DateEdit(self)
        self.day.setObjectName("editActivityDate")
        self.participants = QLineEdit(self)
        self.participants.setObjectName("editActivityParticipants")
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("editActivitySummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        self.next_step = QLineEdit(self)
        self.next_step.setObjectName("editActivityNextStep")
        self.next = DateEdit(self)
        self.next.setObjectName("editActivityNext")
        self.fields = {
            "activity_type": self.kind,
            "occurred_on": self.day,
            "participants": self.participants,
            "summary": self.summary,
            "next_step": self.next_step,
            "next_followup": self.next,
        }
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, ErrorLabel] = {}
        for name, widget in self.fields.items():
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(widget)
            err = ErrorLabel(self, reserve=True)  # reserved: an error moves nothing
            box.addWidget(err)
            self.labels[name], self.errors[name] = QLabel(self), err
            form.addRow(self.labels[name], box)
        lay.addLayout(form)
        self.problem = ErrorLabel(self)
        lay.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(keys, self, self.save)
        self.retranslate()
        self._fill()
        self._initial = self._raw()
        remember_size(self, ctx.settings, "activity_editor", QSize(520, self.sizeHint().height()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit activity"))
        names = {
            "activity_type": self.tr("Type"),
            "occurred_on": self.tr("Date"),
            "participants": self.tr("Participants"),
            "summary": self.tr("What happened"),
            "next_step": self.tr("Next step"),
            "next_followup": self.tr("Next follow-up"),
        }
        for name, text in names.items():
            self.labels[name].setText(text)
            self.fields[name].setAccessibleName(text)
        self.kind.set_items([(i.label(), i.id) for i in self.ctx.ref.kind("activity_type")])
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for err in (*self.errors.values(), self.problem):
            err.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self) -> None:
        a = self.activity
        self.kind.set_value(a.type_id)
        self.day.set_date(a.occurred_on)
        self.participants.setText(a.participants or "")
        self.summary.setPlainText(a.summary)
        self.next_step.setText(a.next_step or "")
        self.next.set_date(a.next_followup)

    def _raw(self) -> dict:
        return {
            "activity_type": self.kind.value(),
            "occurred_on": self.day.text(),
            "participants": self.participants.text(),
            "summary": self.summary.toPlainText(),
            "next_step": self.next_step.text(),
            "next_followup": self.next.text(),
        }

    def is_dirty(self) -> bool:
        return self._raw() != self._initial

    def save(self) -> bool:
        for err in (*self.errors.values(), self.problem):
            err.show_message(None)
        if not self.is_dirty():
            self.accept()
            return True
        activity_id, version = stored_id(self.activity), self.activity.version
        values = self._raw()
        result = (
            Op(
                self,
                self.ctx,
                lambda: activities.update_activity(
                    self.ctx.store, self.ctx.actor, activity_id, values, expected_version=version
                ),
            )
            .undo(
                lambda r: (
                    EditActivityCommand(self.ctx, self.tr("edit activity"), r)
                    if r.changed
                    else None
                )
            )
            .failure(self._show_field_errors, ValidationError)
            .success(self._saved)
            .run()
        )
        return result is not None

    def show_failure(self, error: CrmError) -> None:
        """The editor's message area (crm.ui.operations): changed meanwhile, no longer
        allowed, deleted — the line above the buttons; what was typed stays."""
        self.problem.show_message(error.message)

    def _show_field_errors(self, exc: ValidationError) -> None:
        for fe in exc.errors:
            self.errors[fe.field].show_message(fe.message)
        self.fields[exc.errors[0].field].setFocus()

    def _saved(self, _result: activities.ActivityEdit) -> None:
        self._initial = self._raw()
        self.accept()

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("This activity has changes that are not saved."),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
