"""The lead list: quick filters and search over the paged SQL model, movable and sortable
columns with a chooser, personal saved views, and the selected lead's detail beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm.accounts import permissions as P
from crm.leadlist import saved_views
from crm.leadlist.query import LeadFilter
from crm.team_settings import followup_thresholds
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.leads.bulk_bar import BulkBar
from crm.ui.models import column_widths
from crm.ui.models.lead_columns import BY_KEY, COLUMNS
from crm.ui.models.lead_selection import LeadSelection
from crm.ui.models.lead_table import ID_ROLE, LeadTableModel
from crm.ui.operations import Op
from crm.ui.pages.filter_bar import FilterBar
from crm.ui.pages.list_empty import ListEmptyState
from crm.ui.settings import LEADS_SPLITTER
from crm.ui.widgets.allowed import allow

if TYPE_CHECKING:
    from crm.ui.leads.bulk_run import BulkRunner

DETAIL_DELAY_MS = 120


class LeadTable(QTableView):
    """Enter opens the current lead (keyboard first); Ctrl+A selects every lead matching the
    filter, not only the rows fetched."""

    open_requested = Signal(int)
    select_all_requested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.model().data(self.currentIndex(), ID_ROLE))
            return
        super().keyPressEvent(event)


class LeadsPage(QWidget):
    new_requested = Signal()
    edit_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("leadsPage")
        self.ctx = ctx
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
        self.views_button = QToolButton(self)
        self.views_button.setObjectName("savedViews")
        self.views_button.setIcon(icon("bookmark-outline"))
        self.views_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.views_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.views_menu = QMenu(self.views_button)
        self.views_menu.aboutToShow.connect(self._fill_views_menu)
        self.views_button.setMenu(self.views_menu)
        head.addWidget(self.views_button)
        self.columns_button = QToolButton(self)
        self.columns_button.setObjectName("columnChooser")
        self.columns_button.setIcon(icon("table-column"))
        self.columns_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self.columns_button)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.columns_button.setMenu(self.columns_menu)
        head.addWidget(self.columns_button)
        self._tools = head
        self.new_button = QPushButton(icon("plus", "#ffffff"), "", self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_requested)
        a = ctx.actor
        allow(self.new_button, P.create_lead(a, a.city_id, a.id, a.city_id))
        head.addWidget(self.new_button)
        lay.addLayout(head)
        self.filters = FilterBar(ctx, self)
        self.filters.changed.connect(self.apply_filter)
        lay.addWidget(self.filters)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = LeadTableModel(ctx, COLUMNS, self)
        self.table = LeadTable(self.splitter)
        self.table.setObjectName("leadTable")
        self.table.setModel(self.model)
        # the indicator first: enabling sorting sorts by it at once (default: last updated first)
        self.table.horizontalHeader().setSortIndicator(
            next(i for i, c in enumerate(COLUMNS) if c.key == "updated_at"),
            Qt.SortOrder.DescendingOrder,
        )
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # shift and ctrl pick several leads for a bulk step (crm/ui/leads/bulk_bar.py)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def columns_menu(pos: QPoint) -> None:
            self._fill_columns_menu(self.columns_menu)
            self.columns_menu.exec(header.mapToGlobal(pos))

        header.customContextMenuRequested.connect(columns_menu)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(COLUMNS):
            header.resizeSection(i, col.width)
            header.setSectionHidden(i, not col.visible)
        self._widen_columns()
        self.empty_state = ListEmptyState(self.table)
        self.empty_state.clear_requested.connect(self.filters.reset)
        self.table.open_requested.connect(self.edit_requested)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._lead_menu)
        self.table.doubleClicked.connect(
            lambda idx: self.edit_requested.emit(self.model.data(idx, ID_ROLE))
        )
        # the selected lead's detail (its timeline, contacts, forms) is built when first
        # shown, after the list: an empty card of the same look holds its place meanwhile
        self._detail = None
        self._detail_holder = QWidget(self.splitter)
        self._detail_holder.setObjectName("detailPanel")
        self._detail_holder.setMinimumWidth(380)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._detail_holder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.selection = LeadSelection(self.table, self.model)
        self.bulk_bar = BulkBar(ctx, self.selection, self)
        self.bulk_bar.step.connect(self.bulk_step)
        self.table.select_all_requested.connect(self.selection.select_all_matching)
        self._bulk: BulkRunner | None = None  # made at the first bulk step (``bulk``)
        lay.addWidget(self.bulk_bar)
        lay.addWidget(self.splitter, 1)
        self._restore_layout()
        # the detail follows the selection once it settles: typing in the search box or holding
        # an arrow key must not rebuild the timeline for every row passed
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_current)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._detail_timer.start()
        )
        self.model.modelReset.connect(self._after_reset)
        ctx.bus.changed.connect(self._on_changed)
        self._list_painted = False  # the detail waits for the list's first frame
        self.table.viewport().installEventFilter(self)
        self.retranslate()
        self.apply_filter()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and obj is self.table.viewport():
            self._list_painted = True
            obj.removeEventFilter(self)
        return False

    @property
    def detail(self):
        """The detail panel beside the list (built on first use)."""
        if self._detail is None:
            from crm.ui.lead_detail import LeadDetailPanel

            self._detail = LeadDetailPanel(self.ctx)
            self._detail.edit_requested.connect(self.edit_requested)
            holder = self._detail_holder
            shown, sizes = not holder.isHidden(), self.splitter.sizes()
            self.splitter.replaceWidget(self.splitter.indexOf(holder), self._detail)
            self._detail.setVisible(shown)
            self.splitter.setSizes(sizes)  # the list keeps the width it was shown with
            holder.deleteLater()
        return self._detail

    def add_tool(self, widget: QWidget) -> None:
        """A feature's button in the list's header row (e.g. export), left of "New lead"."""
        self._tools.insertWidget(self._tools.indexOf(self.new_button), widget)

    def current_sort(self):
        return self.model.sort_keys

    # ------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.title.setText(self.tr("Leads"))
        self.new_button.setText(self.tr("New lead (Ctrl+N)"))
        self.views_button.setText(self.tr("Saved views"))
        self.columns_button.setText(self.tr("Columns"))
        self.table.setAccessibleName(self.tr("Lead list"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            self.model.reload()
            self._widen_columns()
        super().changeEvent(event)

    def _widen_columns(self) -> None:
        th = followup_thresholds(self.ctx.store)
        column_widths.widen(self.table, COLUMNS, self.ctx.ref, th)

    # ------------------------------------------------------------ data
    def apply_filter(self) -> None:
        self.model.set_query(self.filters.current())

    def show_filter(self, flt: LeadFilter, label: str) -> None:
        """Drill-down: show exactly these leads."""
        self.filters.set_base(flt, label)

    def _after_reset(self) -> None:
        self._update_count()
        if self.model.total():
            self.empty_state.hide()
        else:
            flt = self.filters.current()
            self.empty_state.show_for(flt.search, flt.with_(search="") != LeadFilter())
        if self.model.total():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._detail_timer.start()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{count} leads").format(count=f"{self.model.total():,}"))

    def _show_current(self, *, now: bool = False) -> None:
        if not now and self.isVisible() and not self._list_painted:
            self._detail_timer.start()  # the list on screen first, then its detail
            return
        self.detail.show_lead(self.current_lead_id())

    def ensure_detail(self) -> None:
        """Before acting on the detail (Ctrl+L, move stage): show the selected lead now."""
        current = self.current_lead_id()
        shown = self.detail.detail.id if self.detail.detail else None
        if self._detail_timer.isActive() or current != shown:
            self._detail_timer.stop()
            self._show_current(now=True)

    def _on_changed(self, changes) -> None:
        if changes.leads or changes.bulk or changes.reference or changes.settings:
            current = self.current_lead_id()
            self.model.apply_changes(changes)
            if current is not None and self.current_lead_id() != current:
                self.select_lead(current)
        if changes.users or changes.reference:
            self.filters.retranslate()

    def current_lead_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.data(idx, ID_ROLE) if idx.isValid() else None

    def select_lead(self, lead_id: int) -> bool:
        row = self.model.row_of(lead_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _lead_menu(self, pos, *, show: bool = True) -> None:
        from crm.ui.leads.context_menu import lead_menu

        self.lead_menu = lead_menu(self, pos)
        if self.lead_menu is not None and show:
            self.lead_menu.popup(self.table.viewport().mapToGlobal(pos))

    @property
    def bulk(self) -> BulkRunner:
        """What runs the bulk steps, one at a time; loaded with the first one."""
        if self._bulk is None:
            from crm.ui.leads.bulk_run import BulkRunner

            self._bulk = BulkRunner(self.ctx, self)
        return self._bulk

    def bulk_step(self, kind: str) -> None:
        """A bulk step on the selected leads: ask what to set, then apply it to them all."""
        from crm.ui.leads.bulk_dialog import BulkStepDialog

        if self.bulk.running:
            return
        versions = self.selection.versions()
        if not versions:
            return
        dlg = BulkStepDialog(self.ctx, kind, len(versions), self)
        self.bulk_dialog = dlg

        def chosen() -> None:
            text = self.tr("{step} of {n} leads").format(
                step=dlg.windowTitle(), n=f"{len(versions):,}"
            )
            if dlg.change is not None:  # the dialog is accepted with a change only
                self.bulk.run(dlg.change, versions, text)

        dlg.accepted.connect(chosen)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # ------------------------------------------------------------ columns and views
    def _fill_columns_menu(self, menu: QMenu | None = None) -> None:
        menu = menu or self.columns_menu
        menu.clear()
        header = self.table.horizontalHeader()
        for i, col in enumerate(COLUMNS):
            act = QAction(col.title(), menu)
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(i))
            act.toggled.connect(lambda on, i=i: header.setSectionHidden(i, not on))
            menu.addAction(act)

    def visible_columns(self) -> list[str]:
        header = self.table.horizontalHeader()
        ordered = sorted(range(len(COLUMNS)), key=header.visualIndex)
        return [COLUMNS[i].key for i in ordered if not header.isSectionHidden(i)]

    def _apply_columns(self, keys: tuple[str, ...]) -> None:
        if not keys:
            return
        header = self.table.horizontalHeader()
        index = {c.key: i for i, c in enumerate(COLUMNS)}
        for i in range(len(COLUMNS)):
            header.setSectionHidden(i, COLUMNS[i].key not in keys)
        for visual, key in enumerate(k for k in keys if k in BY_KEY):
            header.moveSection(header.visualIndex(index[key]), visual)

    def _fill_views_menu(self) -> None:
        self.views_menu.clear()
        for view in saved_views.list_views(self.ctx.store, self.ctx.actor):
            act = self.views_menu.addAction(icon("bookmark"), view.name)
            act.triggered.connect(lambda _c=False, v=view: self.apply_view(v))
        if self.views_menu.actions():
            self.views_menu.addSeparator()
        self.views_menu.addAction(
            icon("content-save-outline"), self.tr("Save current view…"), self.save_view
        )
        self.views_menu.addAction(
            icon("delete-restore"),
            self.tr("Deleted leads (restore)"),
            lambda: self.show_filter(LeadFilter(deleted=True), self.tr("Deleted leads")),
        )
        delete = self.views_menu.addMenu(icon("delete-outline"), self.tr("Delete a view"))
        for view in saved_views.list_views(self.ctx.store, self.ctx.actor):
            act = delete.addAction(view.name)
            act.triggered.connect(lambda _c=False, v=view: self.delete_view(v.id))
        delete.setEnabled(bool(delete.actions()))

    def save_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of this view:"))
        if not ok:
            return
        shown, sort, columns = self.filters.current(), self.model.sort_keys, self.visible_columns()
        Op(
            self,
            self.ctx,
            lambda: saved_views.save_view(
                self.ctx.store, self.ctx.actor, name, shown, sort, columns
            ),
        ).changes(lambda saved: saved[1]).success(
            lambda _r: self.ctx.bus.message.emit(
                self.tr("View “{name}” saved").format(name=name.strip())
            )
        ).run()

    def delete_view(self, view_id: int) -> None:
        Op(
            self,
            self.ctx,
            lambda: saved_views.delete_view(self.ctx.store, self.ctx.actor, view_id),
        ).run()

    def apply_view(self, view: saved_views.View) -> None:
        self._apply_columns(view.columns)
        if view.sort:
            self.model.sort_keys = view.sort
        self.filters.set_from(view.filter)

    # ------------------------------------------------------------ layout memory
    def _restore_layout(self) -> None:
        state = self.ctx.settings.raw("ui/leads_header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        split = self.ctx.settings.get(LEADS_SPLITTER)
        if split and not split.isEmpty():
            self.splitter.restoreState(split)
        else:
            self.splitter.setSizes([820, 440])

    def save_layout(self) -> None:
        self.ctx.settings.set_raw("ui/leads_header", self.table.horizontalHeader().saveState())
        self.ctx.settings.set(LEADS_SPLITTER, self.splitter.saveState())
