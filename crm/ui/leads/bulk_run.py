"""Running a bulk step from the lead list: in the background (10,000 leads take seconds), all
or nothing; when some leads cannot take it, the list of which and why, with "skip those and
go on" or cancel; one undo step for the whole of it (crm.ui.undo.BulkStepCommand)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.errors import CrmError
from crm.leadlist.query import rows_by_id
from crm.leads import bulk_steps
from crm.ui.context import AppContext
from crm.ui.operations import Op, show_failure
from crm.ui.undo import BulkStepCommand

#: the refusals listed by name (more are counted, not listed)
LISTED = 500


class RefusedModel(QAbstractTableModel):
    """The refused leads: name (a codename where the reader may not see more) and why."""

    def __init__(self, rows: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Lead"), self.tr("Why not"))[section] if section in (0, 1) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None


class RefusedDialog(QDialog):
    """Which leads cannot take the step and why; skip them and go on, or cancel."""

    def __init__(
        self, ctx: AppContext, refused: tuple[bulk_steps.Refused, ...], total: int, parent=None
    ):
        super().__init__(parent)
        self.setObjectName("bulkRefused")
        self.setWindowTitle(self.tr("Some leads cannot take this step"))
        lay = QVBoxLayout(self)
        left = total - len(refused)
        head = QLabel(
            self.tr(
                "{count} of {total} leads cannot take this step; nothing was changed yet. "
                "Skip them and apply it to the other {left}, or cancel."
            ).format(count=f"{len(refused):,}", total=f"{total:,}", left=f"{left:,}"),
            self,
        )
        head.setWordWrap(True)
        lay.addWidget(head)
        shown = refused[:LISTED]
        rows = rows_by_id(ctx.store, ctx.actor, [r.lead_id for r in shown])
        self.model = RefusedModel(
            [
                (rows[r.lead_id].company if r.lead_id in rows else f"#{r.lead_id}",
                 r.reason.render())
                for r in shown
            ],
            self,
        )  # fmt: skip
        self.table = QTableView(self)
        self.table.setObjectName("refusedTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, 260)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        if len(refused) > LISTED:
            lay.addWidget(
                QLabel(self.tr("… and {n} more.").format(n=f"{len(refused) - LISTED:,}"), self)
            )
        self.buttons = QDialogButtonBox(self)
        self.skip = self.buttons.addButton(
            self.tr("Skip those and go on"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip.setObjectName("bulkSkip")
        self.skip.setEnabled(left > 0)
        self.cancel = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel.setObjectName("bulkCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(680, 420)


class BulkRunner(QObject):
    """Runs one step at a time for a page; ``finished`` says the step ended (done or not)."""

    finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx, self.parent_widget = ctx, parent
        self.refused_dialog: RefusedDialog | None = None
        self.running = False

    def run(
        self,
        change: bulk_steps.BulkChange,
        versions: dict[int, int],
        text: str,
        *,
        skip_refused: bool = False,
    ) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        self.running = True
        Op(
            self.parent_widget,
            self.ctx,
            lambda: bulk_steps.bulk_change(
                store,
                actor,
                list(versions),
                change,
                versions=versions,
                skip_refused=skip_refused,
            ),  # fmt: skip
        ).undo(lambda r: BulkStepCommand(self.ctx, text, r, change) if r.done else None).success(
            self._done
        ).failure(
            lambda exc: self._refused(exc, change, versions, text), bulk_steps.BulkRefused
        ).failure(self._failed).run_in_background(
            self.tr("Applying the step to {n} leads…").format(n=f"{len(versions):,}")
        )

    def _done(self, result: bulk_steps.BulkResult) -> None:
        self.running = False
        message = self.tr("{n} leads changed; Ctrl+Z takes the whole step back.").format(
            n=f"{len(result.done):,}"
        )
        if result.refused:
            message += " " + self.tr("{n} skipped.").format(n=f"{len(result.refused):,}")
        self.ctx.bus.message.emit(message)
        self.finished.emit()

    def _failed(self, exc: CrmError) -> None:
        self.running = False
        show_failure(self.parent_widget, exc)
        self.finished.emit()

    def _refused(
        self, exc: bulk_steps.BulkRefused, change, versions: dict[int, int], text: str
    ) -> None:
        self.running = False
        dlg = RefusedDialog(self.ctx, exc.refused, len(versions), self.parent_widget)
        self.refused_dialog = dlg

        def answered(code: int) -> None:
            self.refused_dialog = None
            if code == QDialog.DialogCode.Accepted:
                self.run(change, versions, text, skip_refused=True)
            else:
                self.ctx.bus.message.emit(self.tr("Nothing was changed."))
                self.finished.emit()

        dlg.finished.connect(answered)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()
