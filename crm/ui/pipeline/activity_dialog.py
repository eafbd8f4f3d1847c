"""The activities behind an activity figure ("35 visits"): a window listing exactly those
activities, the latest first, fetched a page at a time; Enter or a double-click opens the
lead. The count in the title is the list's total, the same number as the figure."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.analytics.activity import ActivityFilter
from crm.analytics.activity_list import ActivityRow, list_activities
from crm.ui.context import AppContext
from crm.ui.pipeline.table_export import TableExport, model_table
from crm.ui.window_fit import remember_size

PAGE = 200
LEAD_ROLE = Qt.ItemDataRole.UserRole + 1


class ActivityListModel(QAbstractTableModel):
    """A window onto list_activities: the total, and pages fetched as the view scrolls."""

    COLUMNS = ("day", "type", "officer", "company", "city", "summary")

    def __init__(self, ctx: AppContext, flt: ActivityFilter, parent=None):
        super().__init__(parent)
        self.ctx, self.filter = ctx, flt
        self._rows: list[ActivityRow] = []
        self._total = 0
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        page = list_activities(self.ctx.store, self.ctx.actor, self.filter, 0, PAGE)
        self._rows, self._total = list(page.rows), page.total
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        page = list_activities(self.ctx.store, self.ctx.actor, self.filter, len(self._rows), PAGE)
        if not page.rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            self.tr("Date"),
            self.tr("Type"),
            self.tr("Officer"),
            self.tr("Company"),
            self.tr("City"),
            self.tr("Summary"),
        )[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == LEAD_ROLE:
            return row.lead_id
        if role == Qt.ItemDataRole.DisplayRole:
            ref = self.ctx.ref
            col = self.COLUMNS[index.column()]
            if col == "day":
                return row.occurred_on.isoformat()
            if col == "type":
                item = ref.by_code("activity_type", row.type_code)
                return item.label() if item else row.type_code
            if col == "officer":
                return ref.user_name(row.user_id)
            if col == "company":
                return row.company
            if col == "city":
                return ref.label(row.city_id)
            return row.summary.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[index.column()] == "summary":
            return row.summary
        return None


class _Table(QTableView):
    open_lead = Signal(int)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_lead.emit(self.model().data(self.currentIndex(), LEAD_ROLE))
            return
        super().keyPressEvent(event)


class ActivityListDialog(QDialog):
    open_lead = Signal(int)

    def __init__(
        self, ctx: AppContext, flt: ActivityFilter, label: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("activityListDialog")
        self.label = label
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionTitle")
        head.addWidget(self.heading, 1)
        self.export = TableExport(
            ctx, "activityExport", lambda: [model_table(self.model, self.label)], self
        )
        self.export.title = label
        head.addWidget(self.export)
        lay.addLayout(head)
        self.model = ActivityListModel(ctx, flt, self)
        self.table = _Table(self)
        self.table.setObjectName("activityList")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for i, width in enumerate((90, 90, 80, 220, 110)):
            header.resizeSection(i, width)
        header.setSectionResizeMode(
            len(ActivityListModel.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(
            lambda idx: self.open_lead.emit(self.model.data(idx, LEAD_ROLE))
        )
        self.table.open_lead.connect(self.open_lead)
        lay.addWidget(self.table, 1)
        remember_size(self, ctx.settings, "activity_list", QSize(900, 560))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.label)
        self.heading.setText(
            self.tr("{label}: {count} activities").format(
                label=self.label, count=f"{self.model.total():,}"
            )
        )
        self.table.setAccessibleName(self.tr("Activities"))
        self.export.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, len(ActivityListModel.COLUMNS) - 1
            )
        super().changeEvent(event)
