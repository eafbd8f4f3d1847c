"""Step 2, sheet and mapping: which sheet, where its header was found (and the title lines
above it), and for every column of the file the lead field it imports into — matched
automatically by its name and unit, or remembered from the last import of the same layout.
The user corrects a column with its combo; the import remembers the correction. Rows that
name no city or owner get the defaults chosen here."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from crm.errors import CrmError
from crm.ui.icons import icon
from crm.ui.importing.choice_delegate import EDIT_TRIGGERS, ChoiceDelegate, open_on_click
from crm.ui.importing.jobs import read_job
from crm.ui.importing.mapping_model import (
    SAMPLE,
    SURE,
    TARGET,
    UNIT,
    UNITS,
    MappingModel,
    choices,
)
from crm.ui.widgets.notice import Notice
from crm.ui.widgets.task_strip import TaskStrip


class MappingPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.setObjectName("importMappingPage")
        self.wiz = wizard
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        form = QFormLayout()
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("importSheet")
        self.sheet.setMinimumWidth(200)
        self.sheet.activated.connect(lambda _i: self._sheet_chosen())
        self.city = QComboBox(self)
        self.city.setObjectName("importDefaultCity")
        self.owner = QComboBox(self)
        self.owner.setObjectName("importDefaultOwner")
        self.sheet_label, self.city_label, self.owner_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        form.addRow(self.sheet_label, self.sheet)
        form.addRow(self.city_label, self.city)
        form.addRow(self.owner_label, self.owner)
        self.new_officers = QCheckBox(self)
        self.new_officers.setObjectName("importNewOfficers")
        self.new_officers.setChecked(True)
        form.addRow("", self.new_officers)
        top.addLayout(form)
        self.about = QLabel(self)
        self.about.setObjectName("importTableInfo")
        self.about.setWordWrap(True)
        top.addWidget(self.about, 1)
        lay.addLayout(top)
        self.strip = TaskStrip(self, "importSheetProgress")
        lay.addWidget(self.strip)
        self.notice = Notice(self, "importMappingNotice")
        lay.addWidget(self.notice)
        self.model = MappingModel(self)
        self.model.dataChanged.connect(lambda *_a: self._check())
        self.view = QTableView(self)
        self.view.setObjectName("importMapping")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.setEditTriggers(EDIT_TRIGGERS)
        open_on_click(self.view)
        self.view.setItemDelegateForColumn(TARGET, ChoiceDelegate(lambda _i: choices(), self.view))
        self.view.setItemDelegateForColumn(
            UNIT,
            ChoiceDelegate(
                lambda _i: [(label.render(), unit) for unit, label in UNITS.items()], self.view
            ),
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SAMPLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 190), (TARGET, 210), (SURE, 130), (UNIT, 170)):
            header.resizeSection(col, width)
        lay.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.hint = QLabel(self)
        self.hint.setObjectName("formHint")
        self.hint.setWordWrap(True)
        self.reset = QPushButton(icon("restore"), "", self)
        self.reset.setObjectName("importResetMapping")
        self.reset.clicked.connect(self._reset)
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.reset)
        lay.addLayout(bottom)
        self.retranslate()

    # ------------------------------------------------------------ filling
    def initializePage(self) -> None:  # noqa: N802
        self._fill_defaults()
        self._show_table()

    def _show_table(self) -> None:
        t = self.wiz.table
        self.sheet.clear()
        self.sheet.addItems(t.sheets)
        self.sheet.setCurrentText(t.sheet)
        self.model.set_mapping(t, self.wiz.columns)
        self._describe()
        self._check()

    def _describe(self) -> None:
        t = self.wiz.table
        lines = [
            self.tr("Header found in row {row}; {rows} data rows.").format(
                row=t.header_row, rows=len(t.rows)
            )
        ]
        if t.ignored:
            lines.append(
                self.tr("Rows left out (totals, notes, repeated headers): {n}.").format(
                    n=len(t.ignored)
                )
            )
        if t.preamble:
            lines.append(self.tr("Above the header: {text}").format(text=" / ".join(t.preamble)))
        if self.wiz.remembered:
            lines.append(self.tr("The mapping you chose for this layout last time is used."))
        self.about.setText("\n".join(lines))

    def _fill_defaults(self) -> None:
        ref, me = self.wiz.ctx.ref, self.wiz.ctx.actor
        for combo, items, first in (
            (
                self.city,
                [(c.label(), c.id) for c in ref.kind("city")],
                self.tr("As the file's title says, else the owner's city"),
            ),
            (
                self.owner,
                [(u.display_name, u.id) for u in ref.officers() if u.id != me.id],
                self.tr("Me ({name})").format(name=me.display_name),
            ),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(first, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _check(self) -> None:
        if self.model.row_of_target("company_name") < 0:
            self.hint.setText(
                self.tr(
                    "No column imports into the company name: every row would be "
                    "refused. Choose the column that names the company."
                )
            )
            self.hint.setStyleSheet("color: #b42318;")
        else:
            self.hint.setText(
                self.tr(
                    "Click a field to change what a column imports into. A "
                    "corrected mapping is remembered for files laid out the same way."
                )
            )
            self.hint.setStyleSheet("")

    def _reset(self) -> None:
        self.model.set_mapping(self.wiz.table, self.wiz.table.columns)
        self._check()

    # ------------------------------------------------------------ another sheet
    def _sheet_chosen(self) -> None:
        name = self.sheet.currentText()
        if self.wiz.table is None or name == self.wiz.table.sheet:
            return
        self.notice.clear()
        self.strip.run(
            self.wiz.ctx.tasks,
            read_job(self.wiz.ctx.store, self.wiz.path, name),
            label=self.tr("Reading sheet {sheet}…").format(sheet=name),
            on_done=self._sheet_read,
            on_error=self._sheet_failed,
            on_cancelled=lambda: self.sheet.setCurrentText(self.wiz.table.sheet),
        )
        self.completeChanged.emit()

    def _sheet_read(self, result) -> None:
        self.wiz.set_table(*result)
        self._show_table()
        self.completeChanged.emit()

    def _sheet_failed(self, exc: CrmError) -> None:
        self.notice.error(exc.message)
        self.sheet.setCurrentText(self.wiz.table.sheet)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.table is not None and not self.strip.busy

    def validatePage(self) -> bool:  # noqa: N802
        if self.model.columns != self.wiz.columns:
            self.wiz.plan = None
        self.wiz.columns = list(self.model.columns)
        self.wiz.default_city_id = self.city.currentData()
        self.wiz.default_owner_id = self.owner.currentData()
        if self.wiz.new_officers != self.new_officers.isChecked():
            self.wiz.plan = None
        self.wiz.new_officers = self.new_officers.isChecked()
        return True

    # ------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.setTitle(self.tr("Sheet and columns"))
        self.setSubTitle(self.tr("Check what each column of the ledger imports into."))
        self.sheet_label.setText(self.tr("Sheet"))
        self.city_label.setText(self.tr("Rows without a city"))
        self.owner_label.setText(self.tr("Rows without an owner"))
        for combo, label in (
            (self.sheet, self.sheet_label),
            (self.city, self.city_label),
            (self.owner, self.owner_label),
        ):
            combo.setAccessibleName(label.text())
        self.reset.setText(self.tr("Automatic mapping"))
        self.new_officers.setText(
            self.tr("Create the officers the ledger names who have no account")
        )
        self.new_officers.setToolTip(
            self.tr(
                "They become officers of their rows' city who cannot sign in until an admin "
                "sets them up. Unticked: their rows go to the owner above, the name in the notes."
            )
        )
        self.view.setAccessibleName(self.tr("Column mapping"))
        if self.wiz.table is not None:
            self._describe()
            self._fill_defaults()
            self.model.retranslate()
        self._check()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
