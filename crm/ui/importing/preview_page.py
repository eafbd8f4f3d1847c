"""Step 3, the dry run: what importing would do to every data row, before anything is
written — the four counts and their sum (created + updated + skipped + refused = data rows),
the rows filtered by action, what happens to each in words, the duplicate choices (for all
duplicates, or row by row), the refused rows saved to a workbook to fix in Excel, and the
import itself: the valid rows, or nothing if any row is refused. Import runs in the
background, cancellable; it is one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from crm.errors import CrmError
from crm.i18n import QT_TRANSLATE_NOOP, current_language
from crm.importing.api import CREATE, SKIP, UPDATE, Choice, ImportCancelled, StalePlan
from crm.ui import file_dialogs
from crm.ui.icons import icon
from crm.ui.importing.choice_delegate import EDIT_TRIGGERS, ChoiceDelegate, open_on_click
from crm.ui.importing.counts_bar import CountsBar
from crm.ui.importing.jobs import import_job, plan_job, refused_job
from crm.ui.importing.plan_model import ACTION, CHOICE, CHOICE_LABELS, COMPANY, ROW, WHAT, PlanModel
from crm.ui.operations import Op
from crm.ui.widgets.notice import Notice, open_folder
from crm.ui.widgets.task_strip import TaskStrip

REPLAN_MS = 300


class PreviewPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.setObjectName("importPreviewPage")
        self.wiz = wizard
        self.importing = False
        self.setCommitPage(True)
        lay = QVBoxLayout(self)
        self.counts = CountsBar(self)
        self.counts.filter_changed.connect(self._filter)
        lay.addWidget(self.counts)
        self.notes = QLabel(self)
        self.notes.setObjectName("formHint")
        self.notes.setWordWrap(True)
        lay.addWidget(self.notes)
        dup = QHBoxLayout()
        self.dup_label = QLabel(self)
        self.dup_all = QComboBox(self)
        self.dup_all.setObjectName("importDuplicates")
        self.dup_all.activated.connect(lambda _i: self._duplicates_changed())
        self.reason_label = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("importDuplicateReason")
        self.reason.setMaxLength(200)
        self.reason.editingFinished.connect(self._duplicates_changed)
        self.reason.installEventFilter(self)  # Enter applies the reason; it must not import
        for w in (self.dup_label, self.dup_all, self.reason_label):
            dup.addWidget(w)
        dup.addWidget(self.reason, 1)
        lay.addLayout(dup)
        self.strip = TaskStrip(self, "importPlanProgress")
        lay.addWidget(self.strip)
        self.notice = Notice(self, "importPreviewNotice")
        lay.addWidget(self.notice)
        self.model = PlanModel(self)
        self.model.choice_changed.connect(self._row_choice)
        self.view = QTableView(self)
        self.view.setObjectName("importPreview")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.setEditTriggers(EDIT_TRIGGERS)
        open_on_click(self.view)
        self.view.installEventFilter(self)
        self.view.setItemDelegateForColumn(
            CHOICE,
            ChoiceDelegate(
                lambda _i: [(label.render(), action) for action, label in CHOICE_LABELS.items()],
                self.view,
            ),
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((ROW, 52), (ACTION, 92), (COMPANY, 230), (CHOICE, 170)):
            header.resizeSection(col, width)
        lay.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.mode_valid = QRadioButton(self)
        self.mode_valid.setObjectName("importValidRows")
        self.mode_valid.setChecked(True)
        self.mode_all = QRadioButton(self)
        self.mode_all.setObjectName("importAllOrNothing")
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.mode_valid)
        self.modes.addButton(self.mode_all)
        self.save_refused = QPushButton(icon("file-excel-outline"), "", self)
        self.save_refused.setObjectName("importSaveRefused")
        self.save_refused.clicked.connect(self.save_refused_rows)
        bottom.addWidget(self.mode_valid)
        bottom.addWidget(self.mode_all)
        bottom.addStretch(1)
        bottom.addWidget(self.save_refused)
        lay.addLayout(bottom)
        self._replan = QTimer(self)
        self._replan.setSingleShot(True)
        self._replan.setInterval(REPLAN_MS)
        self._replan.timeout.connect(self.plan_now)
        self.retranslate()

    # ------------------------------------------------------------ the dry run
    def initializePage(self) -> None:  # noqa: N802
        self.notice.clear()
        self.reason.setText(self.wiz.reason)
        self.dup_all.setCurrentIndex(max(0, self.dup_all.findData(self.wiz.duplicates.action)))
        self.plan_now()

    def plan_now(self) -> None:
        self._replan.stop()
        self.wiz.plan = None
        self.completeChanged.emit()
        options = self.wiz.options()
        self.strip.run(
            self.wiz.ctx.tasks,
            plan_job(
                self.wiz.ctx.store, self.wiz.ctx.actor, self.wiz.table, self.wiz.columns, options
            ),
            label=self.tr("Checking every row…"),
            on_done=self._planned,
            on_error=self._failed,
        )

    def _planned(self, plan) -> None:
        self.wiz.plan = plan
        self.model.set_plan(plan, self.wiz.choices)
        self.counts.set_counts(plan.counts)
        lines = [n.render() for n in plan.notes]
        if plan.needs_review:
            lines.append(
                self.tr(
                    "Leads to be flagged needs review (需核实): {n}. A value the import could not "
                    "read is left empty and kept in their notes."
                ).format(n=plan.needs_review)
            )
        if plan.new_officers:
            ref = self.wiz.ctx.ref
            lines.append(
                self.tr("Officers to create (they cannot sign in yet): {names}").format(
                    names=", ".join(
                        f"{name} ({ref.label(city)})" for name, city in plan.new_officers.items()
                    )
                )
            )
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))
        self.save_refused.setEnabled(plan.counts.refused > 0)
        self.completeChanged.emit()

    def _failed(self, exc: CrmError) -> None:
        self.notice.error(exc.message)
        self.completeChanged.emit()

    def stop_timers(self) -> None:
        self._replan.stop()

    def _filter(self, action) -> None:
        self.model.set_filter(action)

    # ------------------------------------------------------------ duplicates
    def _duplicates_changed(self) -> None:
        choice = Choice(self.dup_all.currentData())
        if choice == self.wiz.duplicates and self.reason.text() == self.wiz.reason:
            return
        self.wiz.duplicates, self.wiz.reason = choice, self.reason.text()
        self._replan.start()

    def _row_choice(self, number: int, action) -> None:
        if action is None:
            self.wiz.choices.pop(number, None)
        else:
            self.wiz.choices[number] = Choice(action)
        self._replan.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Enter in the reason applies it, in the table opens the row's choice: pressing Enter
        there must never press Import (the wizard's default button)."""
        enter = event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        )
        if enter and obj is self.reason:
            self._duplicates_changed()
            return True
        if enter and obj is self.view:
            current = self.view.currentIndex()
            choice = self.model.index(current.row(), CHOICE) if current.isValid() else current
            editable = choice.isValid() and self.model.flags(choice) & Qt.ItemFlag.ItemIsEditable
            if editable and self.view.state() != QTableView.State.EditingState:
                self.view.edit(choice)
            return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------ refused rows
    def save_refused_rows(self) -> None:
        plan = self.wiz.plan
        if plan is None or not plan.counts.refused:
            return
        stem = Path(plan.table.file_name).stem
        path = file_dialogs.ask_save(
            self,
            self.wiz.ctx.settings,
            "refused",
            self.tr("Save the refused rows"),
            self.tr("{stem} - refused rows.xlsx").format(stem=stem),
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
            fallback=self.wiz.path.parent if self.wiz.path else None,  # beside the ledger
        )
        if path is None:
            return
        self.strip.run(
            self.wiz.ctx.tasks,
            refused_job(plan, path, current_language()),
            label=self.tr("Saving the refused rows…"),
            on_done=lambda n, p=path: self.notice.show_message(
                QT_TRANSLATE_NOOP(
                    "ImportPreview",
                    "{n} refused rows saved to {name}: fix them in "
                    "Excel and import that file again.",
                ).format(n=n, name=p.name),
                action=QT_TRANSLATE_NOOP("ImportPreview", "Open folder"),
                slot=lambda: open_folder(p.parent),
            ),
            on_error=self._failed,
        )

    # ------------------------------------------------------------ the import
    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.plan is not None and not self.strip.busy

    def validatePage(self) -> bool:  # noqa: N802
        if self.wiz.result is not None:
            return True
        if self.wiz.plan is None or self.strip.busy:
            return False
        self.notice.clear()
        self.importing = True
        self._lock(True)
        ctx = self.wiz.ctx
        job = import_job(ctx.store, ctx.actor, self.wiz.plan, self.mode_all.isChecked())
        Op.with_progress(self, ctx, job).success(self._imported).failure(
            lambda _exc: self._import_cancelled(), ImportCancelled
        ).failure(self._import_failed).cancelled(self._import_cancelled).run_in_strip(
            self.strip, self.tr("Importing…")
        )
        return False

    def _lock(self, busy: bool) -> None:
        for b in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.BackButton):
            self.wiz.button(b).setEnabled(not busy)
        self.view.setEnabled(not busy)
        self.completeChanged.emit()

    def _imported(self, result) -> None:
        self.importing = False
        self.wiz.result = result
        self._lock(False)
        self.wiz.next()

    def _import_failed(self, exc: CrmError) -> None:
        self.importing = False
        self._lock(False)
        self.notice.error(exc.message)
        if isinstance(exc, StalePlan):
            self.plan_now()
        self.wiz.close_if_asked()

    def _import_cancelled(self) -> None:
        self.importing = False
        self._lock(False)
        self.notice.error(
            QT_TRANSLATE_NOOP("Import", "The import was cancelled; nothing was changed.")
        )
        self.wiz.close_if_asked()

    # ------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.setTitle(self.tr("Preview: what the import will do"))
        self.setSubTitle(self.tr("Nothing has been written yet. Every data row is accounted for."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.dup_label.setText(self.tr("Companies someone already follows:"))
        current = self.dup_all.currentData()
        self.dup_all.clear()
        for text, action in (
            (self.tr("skip them"), SKIP),
            (self.tr("update the existing lead"), UPDATE),
            (self.tr("create a second record"), CREATE),
        ):
            self.dup_all.addItem(text, action)
        self.dup_all.setCurrentIndex(max(0, self.dup_all.findData(current)))
        self.reason_label.setText(self.tr("Reason for second records:"))
        self.dup_all.setAccessibleName(self.tr("What to do with companies someone already follows"))
        self.reason.setAccessibleName(self.tr("Reason for second records"))
        self.reason.setPlaceholderText(self.tr("required to create a second record of a company"))
        self.mode_valid.setText(self.tr("Import the valid rows (refused rows are left out)"))
        self.mode_all.setText(self.tr("Import nothing if any row is refused"))
        self.save_refused.setText(self.tr("Save refused rows…"))
        self.view.setAccessibleName(self.tr("Import preview"))
        if self.wiz.plan is not None:
            self._planned(self.wiz.plan)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.wiz.plan is not None and self.wiz.currentPage() is self and not self.importing:
                self._replan.start()  # the rows' sentences name cities in the planning language
        super().changeEvent(event)
