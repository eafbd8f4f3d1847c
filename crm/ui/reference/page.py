"""The reference lists page (administrators): pick a list, then add a value, rename one,
retire it or bring it back, and move it up or down. A value in use is never deleted: retired,
it stays readable on the leads that have it and is no longer offered for new input. The
corridor's own structure (stages, cities, fields, business types) is only renamed here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm import reference_admin as RA
from crm.errors import CrmError
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.noop import QT_TRANSLATE_NOOP
from crm.ui.operations import Op
from crm.ui.reference.value_dialog import ValueDialog
from crm.ui.reference.values_model import ENTRY_ROLE, ValuesModel
from crm.ui.widgets.allowed import allow

LISTS = (
    ("subfield", QT_TRANSLATE_NOOP("ReferencePage", "Sub-fields")),
    ("source", QT_TRANSLATE_NOOP("ReferencePage", "Source channels")),
    ("project_type", QT_TRANSLATE_NOOP("ReferencePage", "Project types")),
    ("lost_reason", QT_TRANSLATE_NOOP("ReferencePage", "Lost reasons")),
    ("region", QT_TRANSLATE_NOOP("ReferencePage", "Competing regions")),
    ("activity_type", QT_TRANSLATE_NOOP("ReferencePage", "Activity types")),
    ("field", QT_TRANSLATE_NOOP("ReferencePage", "Focus fields")),
    ("city", QT_TRANSLATE_NOOP("ReferencePage", "Sci-tech cities")),
    ("stage", QT_TRANSLATE_NOOP("ReferencePage", "Stages")),
    ("business_type", QT_TRANSLATE_NOOP("ReferencePage", "Business types")),
)
FIXED = QT_TRANSLATE_NOOP(
    "ReferencePage",
    "The corridor's own structure: its values may be renamed, not added or retired.",
)


class ReferencePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("referencePage")
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 10)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        lay.addWidget(self.title)
        self.hint = QLabel(self)
        self.hint.setObjectName("pageSubtitle")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        row = QHBoxLayout()
        self.lists = QListWidget(self)
        self.lists.setObjectName("referenceLists")
        self.lists.setFixedWidth(190)
        self.lists.addItems(["" for _ in LISTS])
        self.lists.currentRowChanged.connect(lambda _r: self.load())
        row.addWidget(self.lists)
        right = QVBoxLayout()
        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("plus"), "", self)
        self.add_button.setObjectName("referenceAdd")
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(icon("pencil-outline"), "", self)
        self.rename_button.setObjectName("referenceRename")
        self.rename_button.clicked.connect(self.rename)
        self.retire_button = QPushButton(icon("archive-outline"), "", self)
        self.retire_button.setObjectName("referenceRetire")
        self.retire_button.clicked.connect(self.toggle_retired)
        self.up_button = QPushButton(icon("arrow-up"), "", self)
        self.up_button.setObjectName("referenceUp")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(icon("arrow-down"), "", self)
        self.down_button.setObjectName("referenceDown")
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for b in (self.add_button, self.rename_button, self.retire_button,
                  self.up_button, self.down_button):  # fmt: skip
            bar.addWidget(b)
        bar.addStretch(1)
        right.addLayout(bar)
        self.model = ValuesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("referenceValues")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.rename())
        self.table.selectionModel().selectionChanged.connect(self._update)
        right.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        row.addLayout(right, 1)
        lay.addLayout(row, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.lists.setCurrentRow(0)

    @property
    def kind(self) -> str:
        return LISTS[max(0, self.lists.currentRow())][0]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reference lists"))
        self.hint.setText(
            self.tr(
                "The choices the lead form offers. A value in use is never deleted: retire it "
                "and the leads that have it keep it, while new input no longer offers it."
            )
        )
        for n, (_kind, label) in enumerate(LISTS):
            self.lists.item(n).setText(QCoreApplication.translate("ReferencePage", label))
        self.add_button.setText(self.tr("Add…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.table.setAccessibleName(self.tr("Values of the list"))
        self.load()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_changed(self, changes) -> None:
        if changes.reference:
            self.load()

    # ------------------------------------------------------------ showing
    def load(self, select: int | None = None) -> None:
        current = self.current()
        self.model.load(self.ctx.ref, self.kind)
        target = select if select is not None else (current.id if current else None)
        row = self.model.row_of(target) if target is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update()

    def current(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.data(rows[0], ENTRY_ROLE) if rows else None

    def _update(self, *_a) -> None:
        item = self.current()
        fixed = self.kind not in RA.EDITABLE
        why_fixed = QCoreApplication.translate("ReferencePage", FIXED) if fixed else None
        allow(self.add_button, why_fixed)
        allow(self.retire_button, why_fixed)
        self.rename_button.setEnabled(item is not None)
        self.retire_button.setText(
            self.tr("Bring back") if item is not None and not item.active else self.tr("Retire")
        )
        if not fixed:
            self.retire_button.setEnabled(item is not None)
        self.up_button.setEnabled(item is not None)
        self.down_button.setEnabled(item is not None)

    # ------------------------------------------------------------ changing
    def _run(self, fn, select: int | None = None) -> None:
        self.message.clear()
        Op(self, self.ctx, fn).success(lambda _c: self.load(select)).run()

    def show_failure(self, error: CrmError) -> None:
        """The page's message area (crm.ui.operations): the line under the list."""
        self.message.setText(error.render())

    def add(self) -> None:
        current = self.current()
        parent_id = current.parent_id if current is not None else None
        self._open(ValueDialog(self.ctx, self.kind, None, parent_id, self))

    def rename(self) -> None:
        item = self.current()
        if item is None:
            return
        self._open(ValueDialog(self.ctx, self.kind, item, None, self))

    def _open(self, dlg: ValueDialog) -> None:
        self.value_dialog = dlg
        dlg.accepted.connect(lambda: self.load(dlg.item_id))
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()

    def toggle_retired(self) -> None:
        item = self.current()
        if item is not None:
            self._run(lambda: RA.set_retired(self.ctx.store, self.ctx.actor, item.id,
                                             item.active), item.id)  # fmt: skip

    def move_selected(self, step: int) -> None:
        item = self.current()
        if item is not None:
            self._run(lambda: RA.move_value(self.ctx.store, self.ctx.actor, item.id, step), item.id)
