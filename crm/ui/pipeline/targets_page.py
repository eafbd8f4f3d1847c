"""The targets editor (年度目标): a year's targets per city × field × metric, typed into the
table or imported from an Excel workbook (checked before anything is written, then confirmed:
the file replaces that year's targets), exported to Excel to circulate or fill in. For
administrators and managers — a city manager's cells of other cities and of the corridor are
read-only, with the reason as their tooltip (crm.accounts.permissions.manage_targets)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.accounts import permissions as P
from crm.changes import Changes
from crm.errors import CrmError
from crm.targets.annual import list_targets, replace_targets
from crm.targets.sheets import TargetSheetError, export_targets, read_targets
from crm.ui import file_dialogs
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.operations import Op
from crm.ui.pipeline.targets_model import TargetsModel
from crm.ui.widgets.allowed import allow


class TargetsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("targetsPage")
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 10)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        head.addWidget(self.title)
        self.year_label = QLabel(self)
        head.addWidget(self.year_label)
        self.year = QSpinBox(self)
        self.year.setObjectName("targetsYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        head.addWidget(self.year)
        head.addStretch(1)
        self.import_button = QPushButton(icon("file-import-outline"), "", self)
        self.import_button.setObjectName("targetsImport")
        self.import_button.clicked.connect(self.ask_import)
        self.export_button = QPushButton(icon("file-export-outline"), "", self)
        self.export_button.setObjectName("targetsExport")
        self.export_button.clicked.connect(self.ask_export)
        head.addWidget(self.import_button)
        head.addWidget(self.export_button)
        lay.addLayout(head)
        self.hint = QLabel(self)
        self.hint.setObjectName("pageSubtitle")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        lay.addWidget(self.message)
        self.model = TargetsModel(ctx, self.year.value(), self)
        self.table = QTableView(self)
        self.table.setObjectName("targetsTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(27)
        self.table.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
                                   | QTableView.EditTrigger.AnyKeyPressed)  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.Stretch)
        header.setSectionResizeMode(0, header.ResizeMode.ResizeToContents)
        # two lines for long heads ("Signed investment (10k yuan)") rather than cut on both sides
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setFixedHeight(42)
        self.table.itemDelegate().closeEditor.connect(lambda *_a: self._show_error())
        lay.addWidget(self.table, 1)
        # targets are set by managers (a city's: its own) and administrators; others read them
        refused = P.manage_targets(ctx.actor, ctx.actor.city_id)
        allow(self.import_button, refused)
        if refused is not None:
            self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            self.table.setToolTip(refused.render())
        self.year.valueChanged.connect(self.model.set_year)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Annual targets"))
        self.year_label.setText(self.tr("Year"))
        self.year.setAccessibleName(self.tr("Year of the targets"))
        self.import_button.setText(self.tr("Import from Excel…"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.table.setAccessibleName(self.tr("Targets"))
        self.hint.setText(
            self.tr(
                "Type a target into a cell (amounts in 10k yuan; 1.2亿 is understood), empty it to remove it; "
                "Ctrl+Z undoes. Grey figures are not set: the sum of the finer targets stands for them. "
                "Progress against these targets is on the Dashboard."
            )
        )
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.reload()
        super().changeEvent(event)

    def _on_changed(self, changes) -> None:
        if changes.targets:
            self.model.refresh_values()
        elif changes.reference:
            self.model.reload()

    def show_failure(self, error: CrmError) -> None:
        """The page's message area (crm.ui.operations): the line above the table."""
        self.message.setText(error.render())
        self.message.show()

    def _sheet_refused(self, exc: TargetSheetError) -> None:
        details = "\n".join(p.render() for p in exc.problems[:20])
        self.message.setText(exc.render() + ("\n" + details if details else ""))
        self.message.show()

    def _show_error(self) -> None:
        err = self.model.error
        self.message.setVisible(err is not None)
        self.message.setText(err.render() if err is not None else "")

    # ------------------------------------------------------------ Excel
    def ask_export(self) -> None:
        name = self.tr("targets-{year}.xlsx").format(year=self.year.value())
        path = file_dialogs.ask_save(self, self.ctx.settings, "targets", self.tr("Export targets"),
                                     name, self.tr("Excel workbook (*.xlsx)"), ".xlsx")  # fmt: skip
        if path is not None:
            self.export_file(path)

    def export_file(self, path: Path) -> None:
        try:
            n = export_targets(self.ctx.store, path, self.year.value())
        except OSError as exc:
            self.message.setText(
                self.tr("{name} cannot be written: {reason}").format(
                    name=path.name, reason=exc.strerror or str(exc)
                )
            )
            self.message.show()
            return
        self.message.hide()
        self.ctx.bus.message.emit(
            self.tr("{count} targets of {year} exported to {name}").format(
                count=n, year=self.year.value(), name=path.name
            )
        )

    def ask_import(self) -> None:
        path = file_dialogs.ask_open(self, self.ctx.settings, "targets", self.tr("Import targets"),
                                     self.tr("Excel workbook (*.xlsx)"))  # fmt: skip
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path, *, confirm=None) -> bool:
        """Read a workbook, say what it will replace, and replace on yes. ``confirm(text)``
        answers the question (a message box unless given)."""
        sheet = (
            Op(self, self.ctx, lambda: read_targets(self.ctx.store, path))
            .failure(self._sheet_refused, TargetSheetError)
            .run()
        )
        if sheet is None:
            return False
        if not sheet.years:
            self.message.setText(self.tr("{name} holds no targets.").format(name=path.name))
            self.message.show()
            return False
        lines = [
            self.tr("{year}: {new} targets from the file replace the {old} set now").format(
                year=y, new=len(v), old=len(list_targets(self.ctx.store, y))
            )
            for y, v in sorted(sheet.years.items())
        ]
        question = self.tr("Import {name}?").format(name=path.name) + "\n\n" + "\n".join(lines)
        ask = confirm or (lambda text: QMessageBox.question(self, self.tr("Import targets"), text)
                          == QMessageBox.StandardButton.Yes)  # fmt: skip
        if not ask(question):
            return False

        def replace() -> Changes:
            changes = Changes()
            for y, values in sorted(sheet.years.items()):
                changes |= replace_targets(self.ctx.store, self.ctx.actor, y, values)
            return changes

        if Op(self, self.ctx, replace).run() is None:
            return False
        self.message.hide()
        self.year.setValue(min(sheet.years))
        self.ctx.bus.message.emit(
            self.tr("{count} targets imported from {name}").format(
                count=sheet.count, name=path.name
            )
        )
        return True
