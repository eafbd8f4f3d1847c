"""The quick log beside a lead's timeline: type, date, what happened, next follow-up —
Ctrl+Enter logs it (one undo step)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from crm.errors import CrmError, ValidationError
from crm.followups import activities
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.operations import Op
from crm.ui.undo import LogActivityCommand
from crm.ui.widgets.inputs import DateEdit, ErrorLabel, SearchCombo


class QuickLog(QFrame):
    """Type, date, what happened, next follow-up — Ctrl+Enter logs it."""

    logged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lead_id: int | None = None
        self.setObjectName("quickLog")
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        self.kind = SearchCombo(self, allow_empty=False)
        self.kind.setObjectName("activityType")
        self.day = DateEdit(self)
        self.day.setObjectName("activityDate")
        self.next = DateEdit(self)
        self.next.setObjectName("activityNext")
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("activitySummary")
        self.summary.setFixedHeight(58)
        self.save = QPushButton(icon("send", "#ffffff"), "", self)
        self.save.setObjectName("primaryButton")
        self.save.clicked.connect(self.submit)
        self.error = ErrorLabel(self)
        self.l_kind, self.l_day, self.l_next = QLabel(self), QLabel(self), QLabel(self)
        # sized by a few characters, not by the longest type name ("Negotiation meeting")
        self.kind.setSizeAdjustPolicy(
            SearchCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(5)
        grid.addWidget(self.l_kind, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.l_day, 0, 2)
        grid.addWidget(self.day, 0, 3)
        grid.addWidget(self.summary, 1, 0, 1, 4)
        grid.addWidget(self.l_next, 2, 0)
        grid.addWidget(self.next, 2, 1)
        grid.addWidget(self.save, 2, 3)
        grid.addWidget(self.error, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for w in (self.summary, self.kind, self.day.edit, self.next.edit):
            sc = QShortcut(
                QKeySequence("Ctrl+Return"),
                w,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
            sc.activated.connect(self.submit)
        self.retranslate()
        self.reset()

    def retranslate(self) -> None:
        self.kind.set_items([(i.label(), i.id) for i in self.ctx.ref.kind("activity_type")])
        self.l_kind.setText(self.tr("Type"))
        self.l_day.setText(self.tr("Date"))
        self.l_next.setText(self.tr("Next follow-up"))
        self.summary.setPlaceholderText(self.tr("What happened? (Ctrl+Enter to log)"))
        self.summary.setAccessibleName(self.tr("Activity summary"))
        self.save.setText(self.tr("Log"))
        self.save.setToolTip(self.tr("Log this activity (Ctrl+Enter)"))

    def reset(self) -> None:
        self.summary.clear()
        self.day.set_date(date.today())
        self.next.set_date(None)
        self.error.show_message(None)

    def focus(self) -> None:
        self.summary.setFocus()

    def submit(self) -> None:
        if self.lead_id is None:
            return
        data = {
            "activity_type": self.kind.value(),
            "occurred_on": self.day.text(),
            "summary": self.summary.toPlainText(),
            "next_followup": self.next.text(),
        }
        lead_id = self.lead_id
        Op(
            self,
            self.ctx,
            lambda: activities.log_activity(self.ctx.store, self.ctx.actor, lead_id, data),
        ).undo(lambda r: LogActivityCommand(self.ctx, self.tr("log activity"), r)).failure(
            self._show_field_error, ValidationError
        ).success(self._logged).run()

    def show_failure(self, error: CrmError) -> None:
        """The quick log's message area (crm.ui.operations): the line under the box."""
        self.error.show_message(error.message)

    def _show_field_error(self, exc: ValidationError) -> None:
        self.error.show_message(exc.errors[0].message)
        if exc.errors[0].field == "summary":
            self.summary.setFocus()

    def _logged(self, _result: activities.ActivityResult) -> None:
        self.reset()
        self.logged.emit()
