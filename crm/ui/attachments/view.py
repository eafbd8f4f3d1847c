"""A lead's files (its Files tab): add (the button, or files dropped on the list), open with
the system's viewer (a temporary copy; a program only after a warning), save a copy, rename,
delete. Reading and writing files runs in the background; what went wrong is said in the
status line under the list."""

from __future__ import annotations

import operator
from dataclasses import dataclass
from functools import reduce
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.attachments import files as A
from crm.changes import Changes
from crm.errors import CrmError
from crm.paths import cache_dir
from crm.ui import file_dialogs
from crm.ui.attachments.model import NAME, ROW_ROLE, AttachmentsModel
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.operations import Op
from crm.ui.tasks import TaskContext


@dataclass(frozen=True)
class Attached:
    """Files added in one go: those kept and, in a line each, those refused."""

    kept: list[A.AddResult]
    problems: list[str]

    @property
    def changes(self) -> Changes:
        return reduce(operator.or_, (r.changes for r in self.kept), Changes())


def opened_copy_folder() -> Path:
    """Where files are copied to be opened (rebuildable: the cache)."""
    return cache_dir() / "opened"


class _Table(QTableView):
    """The list, taking files dropped on it."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class AttachmentsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachmentsView")
        self.ctx = ctx
        self.lead_id: int | None = None
        self.editable = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.model = AttachmentsModel(ctx.ref, self)
        self.table = _Table(self)
        self.table.setObjectName("attachmentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.open_current())
        self.table.dropped.connect(self.add_files)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("paperclip"), "", self)
        self.add_button.setObjectName("addAttachment")
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(icon("open-in-new"), "", self)
        self.open_button.setObjectName("openAttachment")
        self.open_button.clicked.connect(self.open_current)
        self.save_button = QPushButton(icon("content-save-outline"), "", self)
        self.save_button.setObjectName("saveAttachment")
        self.save_button.clicked.connect(self.save_current)
        self.rename_button = QPushButton(icon("pencil-outline"), "", self)
        self.rename_button.setObjectName("renameAttachment")
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button = QPushButton(icon("delete-outline"), "", self)
        self.delete_button.setObjectName("deleteAttachment")
        self.delete_button.clicked.connect(self.delete_current)
        for b in (
            self.add_button,
            self.open_button,
            self.save_button,
            self.rename_button,
            self.delete_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.status = QLabel(self)
        self.status.setObjectName("formHint")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.retranslate()
        self._enable()

    # ------------------------------------------------------------ showing
    def title(self) -> str:
        n = self.model.rowCount()
        return self.tr("Files ({n})").format(n=n) if n else self.tr("Files")

    def show_lead(self, lead_id: int | None, editable: bool) -> None:
        self.lead_id, self.editable = lead_id, editable
        self.status.clear()
        self.refresh()

    def refresh(self) -> None:
        rows: list[A.AttachmentInfo] = []
        lead_id = self.lead_id
        if lead_id is not None:
            rows = (
                Op(
                    self,
                    self.ctx,
                    lambda: A.list_attachments(self.ctx.store, self.ctx.actor, lead_id),
                ).run()
                or []
            )
        self.model.set_rows(rows, self.ctx.ref)
        self._enable()

    def current(self) -> A.AttachmentInfo | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _enable(self) -> None:
        chosen = self.current() is not None
        self.add_button.setEnabled(self.lead_id is not None and self.editable)
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.rename_button.setEnabled(chosen and self.editable)
        self.delete_button.setEnabled(chosen and self.editable)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def show_failure(self, error: CrmError) -> None:
        """The tab's message area (crm.ui.operations): the line under the list."""
        self._say(error.render())

    # ------------------------------------------------------------ adding
    def choose_files(self) -> None:
        start = file_dialogs.folder(self.ctx.settings, "attachments")
        chosen, _f = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), str(start), self.tr("All files (*)")
        )
        if chosen:
            file_dialogs.remember(self.ctx.settings, "attachments", Path(chosen[0]))
            self.add_files([Path(c) for c in chosen])

    def add_files(self, paths: list[Path]) -> None:
        if self.lead_id is None or not self.editable:
            self._say(self.tr("You may not add files to this lead."))
            return
        lead_id, store, actor = self.lead_id, self.ctx.store, self.ctx.actor

        def work(task: TaskContext) -> Attached:
            kept, problems = [], []
            for n, path in enumerate(paths):
                task.check()
                task.progress(n / len(paths), path.name)
                try:
                    kept.append(A.add_file(store, actor, lead_id, path))
                # one refused file is told with the others and does not stop them: the batch
                # is one operation whose result lists both (allow-listed in the layering test)
                except CrmError as exc:
                    problems.append(exc.render())
            return Attached(kept, problems)

        Op.with_progress(self, self.ctx, work).success(self._added).run_in_background(
            self.tr("Attaching files…"), cancellable=True
        )

    def _added(self, result: Attached) -> None:
        lines = [
            self.tr("{old} was kept as {new}.").format(old=r.renamed_from, new=r.attachment.name)
            for r in result.kept
            if r.renamed_from
        ] + result.problems
        if result.kept:
            lines.insert(0, self.tr("{n} files attached.").format(n=len(result.kept)))
        self._say("\n".join(lines))
        self.refresh()

    # ------------------------------------------------------------ opening, saving
    def open_current(self) -> None:
        a = self.current()
        if a is None:
            return
        if a.executable:
            answer = QMessageBox.warning(
                self,
                self.tr("Open a program?"),
                self.tr(
                    "{name} is a program: opening it runs it on this computer. Open it only if "
                    "you trust where it came from. Open it?"
                ).format(name=a.name),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Open:
                return
        store, actor = self.ctx.store, self.ctx.actor
        folder = opened_copy_folder() / f"{a.id}-{a.sha256[:12]}"

        def work() -> Path:
            target = folder / a.name
            if target.is_file() and target.stat().st_size == a.size:
                return target  # opened before: the same bytes
            folder.mkdir(parents=True, exist_ok=True)
            return A.save_to(store, actor, a.id, target)

        Op(self, self.ctx, work).success(self._opened).run_in_background(
            self.tr("Opening {name}…").format(name=a.name), cancellable=True
        )

    def _opened(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._say(self.tr("No program on this computer opens {name}.").format(name=path.name))

    def save_current(self) -> None:
        a = self.current()
        if a is None:
            return
        start = file_dialogs.folder(self.ctx.settings, "attachments") / a.name
        chosen, _f = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(start))
        if not chosen:
            return
        dest = Path(chosen)
        file_dialogs.remember(self.ctx.settings, "attachments", dest)
        store, actor = self.ctx.store, self.ctx.actor
        Op(self, self.ctx, lambda: A.save_to(store, actor, a.id, dest)).success(
            lambda p: self._say(self.tr("Saved to {path}.").format(path=p))
        ).run_in_background(self.tr("Saving {name}…").format(name=a.name), cancellable=True)

    # ------------------------------------------------------------ changing
    def rename_current(self, name: str | None = None) -> None:
        a = self.current()
        if a is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename"), self.tr("New name:"), QLineEdit.EchoMode.Normal, a.name
            )
            if not ok:
                return
        new_name = name
        Op(
            self,
            self.ctx,
            lambda: A.rename_attachment(self.ctx.store, self.ctx.actor, a.id, new_name),
        ).success(lambda _c: self.refresh()).run()

    def delete_current(self, *, confirm: bool = True) -> None:
        a = self.current()
        if a is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete file"),
                self.tr("Delete {name} from this lead? Backups taken before keep it.").format(
                    name=a.name
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def deleted(_c: object) -> None:
            self._say(self.tr("{name} deleted.").format(name=a.name))
            self.refresh()

        Op(
            self, self.ctx, lambda: A.delete_attachment(self.ctx.store, self.ctx.actor, a.id)
        ).success(deleted).run()

    # ------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Attach…"))
        # the panel beside the list is narrow: the other buttons are icons, named in tooltips
        for button, text in (
            (self.open_button, self.tr("Open")),
            (self.save_button, self.tr("Save a copy…")),
            (self.rename_button, self.tr("Rename…")),
            (self.delete_button, self.tr("Delete")),
        ):
            button.setToolTip(text)
            button.setAccessibleName(text)
        self.add_button.setToolTip(
            self.tr("Add files (or drop them on the list); at most {limit} each").format(
                limit=A.format_size(A.MAX_BYTES)
            )
        )
        self.table.setAccessibleName(self.tr("Files of the lead"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
