"""The Audit page (managers and administrators): every recorded change, export and refusal,
newest first, filtered by person, action, day range and lead, a page of 200 at a time (the
service pages in SQL), exportable to Excel or CSV with the filter shown. Double-clicking a
lead's entry opens the lead."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm import history
from crm.errors import CrmError, ParseError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.models.audit_entries import AUDIT_COLUMNS, ENTRY_ROLE, AuditEntriesModel
from crm.ui.operations import Op
from crm.ui.widgets.inputs import DateEdit, ErrorLabel, SearchCombo
from crm.values.dates import parse_date

PAGE = history.PAGE


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.ctx = ctx
        self.offset = 0
        self.total = 0
        self.filter = history.AuditFilter()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 10)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        head.addWidget(self.title)
        self.count = QLabel(self)
        self.count.setObjectName("countLabel")
        head.addWidget(self.count)
        head.addStretch(1)
        self.export_error = ErrorLabel(self)
        self.export_error.setMaximumWidth(420)
        head.addWidget(self.export_error)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportAudit")
        self.export_button.setIcon(icon("microsoft-excel"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.export_button.setStyleSheet(
            "QToolButton#exportAudit { padding-right: 18px; }"
            "QToolButton#exportAudit::menu-button { border: none; width: 16px; }"
        )
        self.export_button.clicked.connect(lambda: self.export(".xlsx"))
        menu = QMenu(self.export_button)
        self.a_xlsx = menu.addAction("", lambda: self.export(".xlsx"))
        self.a_csv = menu.addAction("", lambda: self.export(".csv"))
        self.export_button.setMenu(menu)
        head.addWidget(self.export_button)
        lay.addLayout(head)

        bar = QHBoxLayout()
        self.person = SearchCombo(self, allow_empty=True)
        self.person.setObjectName("auditPerson")
        self.person.setMinimumWidth(130)
        self.action = SearchCombo(self, allow_empty=True)
        self.action.setObjectName("auditAction")
        self.action.setMinimumWidth(130)
        self.day_from = DateEdit(self)
        self.day_from.setObjectName("auditFrom")
        self.day_to = DateEdit(self)
        self.day_to.setObjectName("auditTo")
        self.lead = QLineEdit(self)
        self.lead.setObjectName("auditLead")
        self.lead.setMaximumWidth(110)
        self.labels = [QLabel(self) for _ in range(5)]
        for label, w in zip(
            self.labels,
            (self.person, self.action, self.day_from, self.day_to, self.lead),
            strict=True,
        ):
            label.setBuddy(w.edit if isinstance(w, DateEdit) else w)
            bar.addWidget(label)
            bar.addWidget(w)
        self.apply_button = QPushButton(icon("filter-outline"), "", self)
        self.apply_button.setObjectName("auditApply")
        self.apply_button.clicked.connect(self.apply_filter)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("auditClear")
        self.clear_button.clicked.connect(self.clear_filter)
        bar.addWidget(self.apply_button)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        lay.addLayout(bar)
        for w in (self.person, self.action):
            w.activated.connect(lambda _i: self.apply_filter())
        for e in (self.day_from.edit, self.day_to.edit, self.lead):
            e.returnPressed.connect(self.apply_filter)
        self.filter_error = ErrorLabel(self)
        lay.addWidget(self.filter_error)

        self.model = AuditEntriesModel(AUDIT_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, width in enumerate((130, 80, 110, 110, 130, 260)):
            header.resizeSection(i, width)
        self.table.doubleClicked.connect(self._open)
        lay.addWidget(self.table, 1)

        foot = QHBoxLayout()
        self.range_label = QLabel(self)
        self.range_label.setObjectName("countLabel")
        foot.addWidget(self.range_label)
        foot.addStretch(1)
        self.newer = QPushButton(icon("chevron-left"), "", self)
        self.newer.setObjectName("auditNewer")
        self.newer.clicked.connect(lambda: self.go(self.offset - PAGE))
        self.older = QPushButton(icon("chevron-right"), "", self)
        self.older.setObjectName("auditOlder")
        self.older.clicked.connect(lambda: self.go(self.offset + PAGE))
        foot.addWidget(self.newer)
        foot.addWidget(self.older)
        lay.addLayout(foot)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()

    # ------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit log"))
        for label, text in zip(
            self.labels,
            (self.tr("Person"), self.tr("Action"), self.tr("From"), self.tr("To"),
             self.tr("Lead no.")),
            strict=True,
        ):  # fmt: skip
            label.setText(text)
        self.lead.setPlaceholderText(self.tr("e.g. 1024"))
        for combo, hint in (
            (self.person, self.tr("Everyone")),
            (self.action, self.tr("Every action")),
        ):
            line = combo.lineEdit()  # editable combos: a person or an action may be typed
            if line is not None:
                line.setPlaceholderText(hint)
        self.apply_button.setText(self.tr("Filter"))
        self.clear_button.setText(self.tr("Clear"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("The entries the filter selects, all pages"))
        self.a_xlsx.setText(self.tr("Excel workbook (.xlsx)"))
        self.a_csv.setText(self.tr("CSV text (.csv)"))
        self.newer.setText(self.tr("Newer"))
        self.older.setText(self.tr("Older"))
        self.table.setAccessibleName(self.tr("Audit log"))
        self._fill_choices()
        self.load()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_choices(self) -> None:
        ref = self.ctx.ref
        people = sorted(
            (u for u in ref.users.values() if u.username != "system"),
            key=lambda u: (not u.active, u.display_name),
        )
        self.person.set_items(
            [
                (u.display_name if u.active else self.tr("{name} (disabled)").format(
                    name=u.display_name), u.id)
                for u in people
            ],
            self.tr("Everyone"),
        )  # fmt: skip
        self.action.set_items(
            [(label.render(), code) for code, label in history.ACTIONS.items()],
            self.tr("Every action"),
        )

    def _on_changed(self, changes) -> None:
        if changes.users:
            self._fill_choices()
        if self.isVisible() and not changes.empty:
            self.load()  # a new entry shows at the top of the first page

    # ------------------------------------------------------------ filter and pages
    def read_filter(self) -> history.AuditFilter | None:
        """The filter as typed, or None after saying what is wrong."""
        self.filter_error.show_message(None)
        try:
            day_from = parse_date(self.day_from.text())
            day_to = parse_date(self.day_to.text())
        except ParseError as exc:
            self.filter_error.show_message(exc.message)
            return None
        lead_text = self.lead.text().strip().lstrip("#")
        if lead_text and not lead_text.isdigit():
            self.filter_error.show_message(
                QT_TRANSLATE_NOOP("AuditPage", "A lead number is digits only, e.g. 1024.")
            )
            return None
        if day_from and day_to and day_from > day_to:
            day_from, day_to = day_to, day_from
            self.day_from.set_date(day_from)
            self.day_to.set_date(day_to)
        person, action = self.person.value(), self.action.value()
        return history.AuditFilter(
            user_id=person if isinstance(person, int) else None,
            lead_id=int(lead_text) if lead_text else None,
            action=action if isinstance(action, str) and action in history.ACTIONS else None,
            day_from=day_from,
            day_to=day_to,
        )

    def apply_filter(self) -> None:
        flt = self.read_filter()
        if flt is None:
            return
        self.filter = flt
        self.go(0)

    def clear_filter(self) -> None:
        for w in (self.person, self.action):
            w.set_value(None)
        for d in (self.day_from, self.day_to):
            d.set_date(None)
        self.lead.clear()
        self.apply_filter()

    def show_lead(self, lead_id: int) -> None:
        """The entries of one lead (from the lead list's menu)."""
        self.clear_filter()
        self.lead.setText(str(lead_id))
        self.apply_filter()

    def go(self, offset: int) -> None:
        self.offset = max(0, min(offset, max(0, self.total - 1) // PAGE * PAGE))
        self.load()

    def load(self) -> None:
        flt, offset = self.filter, self.offset
        page = (
            Op(
                self,
                self.ctx,
                lambda: history.audit_page(
                    self.ctx.store, self.ctx.actor, flt, offset=offset, limit=PAGE
                ),
            )
            .failure(self._load_failed)
            .run()
        )
        if page is None:
            return
        if page.total and self.offset >= page.total:  # fewer entries than when we paged on
            self.offset = (page.total - 1) // PAGE * PAGE
            return self.load()
        self.total = page.total
        self.model.set_entries(page.entries)
        self._update_counts()

    def _load_failed(self, exc: CrmError) -> None:
        self.model.set_entries([])
        self.total = 0
        self.filter_error.show_message(exc.message)
        self._update_counts()

    def _update_counts(self) -> None:
        self.count.setText(self.tr("{count} entries").format(count=f"{self.total:,}"))
        shown = self.model.rowCount()
        self.range_label.setText(
            self.tr("{first}–{last} of {total}").format(
                first=f"{self.offset + 1:,}",
                last=f"{self.offset + shown:,}",
                total=f"{self.total:,}",
            )
            if shown
            else self.tr("No entries match this filter.")
        )
        self.newer.setEnabled(self.offset > 0)
        self.older.setEnabled(self.offset + shown < self.total)

    def _open(self, index) -> None:
        entry = self.model.data(index, ENTRY_ROLE)
        if entry is not None and entry.entity == "lead":
            self.ctx.bus.open_lead.emit(entry.entity_id)

    # ------------------------------------------------------------ export
    def export(self, suffix: str) -> None:
        from crm.ui import file_dialogs

        flt = self.read_filter()
        if flt is None:
            return
        name = self.tr("Audit log-{day}").format(day=date.today().isoformat()) + suffix
        filters = (
            self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx" else self.tr("CSV text (*.csv)")
        )
        path = file_dialogs.ask_save(
            self, self.ctx.settings, "export", self.tr("Export the audit log"), name, filters,
            suffix,
        )  # fmt: skip
        if path is not None:
            self.export_to(path, flt)

    def export_to(self, path, flt: history.AuditFilter | None = None) -> None:
        flt = flt or self.filter
        store, actor = self.ctx.store, self.ctx.actor
        self.export_error.show_message(None)
        self.export_button.setEnabled(False)
        Op(self, self.ctx, lambda: history.export_audit(store, actor, flt, path)).success(
            lambda n: self._exported(path, n)
        ).failure(self._export_failed).run_in_background(
            self.tr("Exporting {name}…").format(name=path.name)
        )

    def _exported(self, path, rows: int) -> None:
        self.export_button.setEnabled(True)
        self.ctx.bus.message.emit(
            self.tr("{n} entries exported to {name}.").format(n=f"{rows:,}", name=path.name)
        )
        self.load()  # the export is an entry of its own

    def _export_failed(self, exc) -> None:
        self.export_button.setEnabled(True)
        self.export_error.show_message(exc.message)
