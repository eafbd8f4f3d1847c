"""The Reports page's side panel for the chosen week: whether it is closed (when, by whom, its
fingerprint), closing or reopening it, and the week's written summary (本周工作小结) and next
steps, saved with the week and printed on the report's first page. Characters the PDF's font
cannot draw are named as the user types (the workbook and the .docx keep them; the PDF marks
them 〓). A refusal (an officer writing the summary, a reason missing) is said in the panel,
and the typing is kept."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm.accounts import permissions as P
from crm.analytics import Period
from crm.analytics.weeks import (
    SUMMARY_MAX,
    close_week,
    closed_info,
    reopen_week,
    save_summary,
    summary_of,
)
from crm.changes import Changes
from crm.errors import CrmError
from crm.reports.fonts import missing
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.operations import Op
from crm.ui.widgets.allowed import allow
from crm.ui.widgets.inputs import ErrorLabel


class WeekPanel(QFrame):
    """``changed`` after a close, a reopening or a saved summary (the preview is rebuilt)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weekPanel")
        self.ctx = ctx
        self.period: Period | None = None
        self._saved = ("", "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        self.state_title = QLabel(self)
        self.state_title.setObjectName("sectionTitle")
        self.state = QLabel(self)
        self.state.setObjectName("weekState")
        self.state.setWordWrap(True)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(icon("lock-outline"), "", self)
        self.close_button.setObjectName("closeWeek")
        self.close_button.clicked.connect(self.close_week)
        self.reopen_button = QPushButton(icon("lock-open-variant-outline"), "", self)
        self.reopen_button.setObjectName("reopenWeek")
        self.reopen_button.clicked.connect(self.reopen_week)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("sectionTitle")
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("weekSummary")
        self.steps_label = QLabel(self)
        self.steps_label.setObjectName("sectionTitle")
        self.next_steps = QPlainTextEdit(self)
        self.next_steps.setObjectName("weekNextSteps")
        self.next_steps.setMaximumHeight(90)
        self.summary.setMaximumHeight(150)
        self.count = QLabel(self)
        self.count.setObjectName("pageSubtitle")
        self.count.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.save_button = QPushButton(icon("content-save-outline"), "", self)
        self.save_button.setObjectName("saveSummary")
        self.save_button.clicked.connect(self.save)
        for edit in (self.summary, self.next_steps):
            edit.textChanged.connect(self._typed)
        w: QWidget
        for w in (self.state_title, self.state):
            lay.addWidget(w)
        lay.addLayout(buttons)
        for w in (self.summary_label, self.summary, self.steps_label, self.next_steps,
                  self.count, self.error):  # fmt: skip
            lay.addWidget(w)
        lay.addWidget(self.save_button)
        self.figures_label = QLabel(self)
        self.figures_label.setObjectName("sectionTitle")
        self.figures = QListWidget(self)
        self.figures.setObjectName("reportFigures")
        self.figures.itemActivated.connect(self._open_figure)
        self.figures.itemDoubleClicked.connect(self._open_figure)
        lay.addWidget(self.figures_label)
        lay.addWidget(self.figures, 1)
        #: opens the leads or activities behind a figure (set by the page's installer)
        self.drill = None
        self.retranslate()

    # ------------------------------------------------------------ the week shown
    def show_week(self, period: Period) -> None:
        self.period = period
        self.error.show_message(None)
        saved = Op(self, self.ctx, lambda: summary_of(self.ctx.store, period)).run()
        if saved is None:
            return
        self._saved = saved
        for edit, text in zip((self.summary, self.next_steps), self._saved, strict=True):
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)
        self._update_state()
        self._typed()

    def _update_state(self) -> None:
        writer = P.write_summary(self.ctx.actor)
        for edit in (self.summary, self.next_steps):
            edit.setReadOnly(writer is not None)
            edit.setToolTip(writer.render() if writer is not None else "")
        self.summary.setPlaceholderText(
            writer.render() if writer is not None
            else self.tr("What the week achieved, for the committee…")
        )  # fmt: skip
        if self.period is None:
            return
        info = closed_info(self.ctx.store, self.period)
        ended = self.period.end < date.today()
        if info is not None:
            self.state.setText(self.tr(
                "Closed {when} by {who}: the report stays as it was on {day}. Fingerprint {fp}."
            ).format(when=info.closed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                     who=info.closed_by or "—", day=self.period.end.isoformat(),
                     fp=info.fingerprint))  # fmt: skip
        elif ended:
            self.state.setText(self.tr(
                "Not closed: the report is computed from today's data. Close the week to keep "
                "it as it stands."))  # fmt: skip
        else:
            self.state.setText(self.tr("This week has not ended yet."))
        actor = self.ctx.actor
        # who may close and reopen (crm.accounts.permissions): others see why
        tip = self.tr("Keep the report as it stands now, with a fingerprint")
        closer = allow(self.close_button, P.close_week(actor), tip)
        self.close_button.setVisible(info is None)
        self.close_button.setEnabled(ended and closer)
        tip = self.tr("Managers: let the week's report change again")
        allow(self.reopen_button, P.reopen_week(actor), tip)
        self.reopen_button.setVisible(info is not None)

    def _typed(self) -> None:
        text = self.summary.toPlainText() + self.next_steps.toPlainText()
        n = max(len(self.summary.toPlainText()), len(self.next_steps.toPlainText()))
        note = self.tr("{n} of at most {max} characters").format(n=f"{n:,}", max=f"{SUMMARY_MAX:,}")
        rare = missing(text)
        if rare:
            note += " · " + self.tr(
                "the PDF cannot draw {chars}: it prints 〓 and the character's code there (the "
                "workbook and the Word file keep them)"
            ).format(chars="".join(rare[:8]))
        self.count.setText(note)
        dirty = (self.summary.toPlainText().strip(), self.next_steps.toPlainText().strip())
        if allow(self.save_button, P.write_summary(self.ctx.actor)):
            self.save_button.setEnabled(dirty != self._saved)

    def show_figures(self, figures: list) -> None:
        """The figures of the report on screen: Enter or a double-click opens what is behind
        one (the lead list filtered to its leads, or its activities)."""
        self.figures.clear()
        for label, figure in figures:
            item = QListWidgetItem(label, self.figures)
            item.setData(Qt.ItemDataRole.UserRole, figure)

    def _open_figure(self, item: QListWidgetItem) -> None:
        self.open_figure(item.data(Qt.ItemDataRole.UserRole), item.text())

    def open_figure(self, figure, label: str) -> None:
        """The lead list filtered to the figure's leads (or its activities), with a chip
        naming the week and the figure."""
        if self.drill is not None and figure is not None:
            week = self.period.label() if self.period else ""
            self.drill(figure, " · ".join((self.tr("Weekly report"), week, label)))

    # ------------------------------------------------------------ actions
    def save(self) -> None:
        if self.period is None:
            return
        summary, steps = self.summary.toPlainText(), self.next_steps.toPlainText()
        period = self.period

        def saved(_changes: Changes) -> None:
            self.error.show_message(None)
            self._saved = (summary.strip(), steps.strip())
            self._typed()
            self._update_state()
            self.changed.emit()

        Op(
            self,
            self.ctx,
            lambda: save_summary(self.ctx.store, self.ctx.actor, period, summary, steps),
        ).success(saved).run()

    def show_failure(self, error: CrmError) -> None:
        """The panel's message area (crm.ui.operations): the line under the week's state."""
        self.error.show_message(error.message)

    def close_week(self) -> None:
        if self.period is None:
            return
        store, actor, period = self.ctx.store, self.ctx.actor, self.period
        self.close_button.setEnabled(False)
        self.error.show_message(None)

        def done(_result: object) -> None:
            self._update_state()
            self.changed.emit()

        def failed(exc: CrmError) -> None:
            self.show_failure(exc)
            self._update_state()

        # a big store takes seconds: on the task runner, never the GUI thread
        Op(self, self.ctx, lambda: close_week(store, actor, period, today=date.today())).success(
            done
        ).failure(failed).run_in_background(self.tr("Closing {week}…").format(week=period.label()))

    def reopen_week(self) -> None:
        if self.period is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Reopen the week"),
            self.tr("Why is the week reopened? (kept in the audit log)"))  # fmt: skip
        if not ok:
            return
        period = self.period

        def reopened(_changes: Changes) -> None:
            self.error.show_message(None)
            self._update_state()
            self.changed.emit()

        Op(
            self, self.ctx, lambda: reopen_week(self.ctx.store, self.ctx.actor, period, reason)
        ).success(reopened).run()

    # ------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.state_title.setText(self.tr("The week"))
        self.close_button.setText(self.tr("Close the week"))
        self.reopen_button.setText(self.tr("Reopen…"))
        self.summary_label.setText(self.tr("Summary of the week"))
        self.steps_label.setText(self.tr("Next steps"))
        self.summary.setAccessibleName(self.tr("Summary of the week"))
        self.next_steps.setAccessibleName(self.tr("Next steps"))
        self.save_button.setText(self.tr("Save the summary"))
        self.figures_label.setText(self.tr("The leads behind a figure (double-click)"))
        self.figures.setAccessibleName(self.tr("Figures of the report"))
        self._update_state()
        self._typed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
