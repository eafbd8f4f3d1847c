"""Step 1, the file: drop a ledger on the page or browse for it (.xlsx, .xls, .csv). It is
read in the background; a file that cannot be read (not a spreadsheet, empty, protected, too
big, no header …) gets the service's own message here and nothing else happens. A file read
well moves the wizard on to the mapping."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from crm.errors import CrmError
from crm.ui import file_dialogs
from crm.ui.icons import icon
from crm.ui.importing.jobs import read_job
from crm.ui.widgets.notice import Notice
from crm.ui.widgets.task_strip import TaskStrip


class DropZone(QFrame):
    """The big target for a file dragged from the file manager."""

    dropped = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setMinimumHeight(190)
        self._style(False)

    def _style(self, hover: bool) -> None:
        border = "#1f5f99" if hover else "#9fb6cf"
        back = "#eaf3fb" if hover else "#ffffff"
        self.setStyleSheet(
            f"QFrame#dropZone {{ border: 2px dashed {border}; border-radius: 10px; "
            f"background: {back}; }}"
        )

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
            self._style(True)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self._style(False)

    def dropEvent(self, event) -> None:  # noqa: N802
        self._style(False)
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.dropped.emit(files[0])


class FilePage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.setObjectName("importFilePage")
        self.wiz = wizard
        lay = QVBoxLayout(self)
        self.zone = DropZone(self)
        zl = QVBoxLayout(self.zone)
        zl.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zone_icon = QLabel(self.zone)
        self.zone_icon.setPixmap(icon("file-excel-outline", "#1f5f99").pixmap(48, 48))
        self.zone_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zone_text = QLabel(self.zone)
        self.zone_text.setObjectName("sectionTitle")
        self.zone_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zone_hint = QLabel(self.zone)
        self.zone_hint.setObjectName("pageSubtitle")
        self.zone_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zone_hint.setWordWrap(True)
        self.browse = QPushButton(icon("folder-open-outline"), "", self.zone)
        self.browse.setObjectName("importBrowse")
        self.browse.clicked.connect(self.choose_file)
        for w in (self.zone_icon, self.zone_text, self.zone_hint):
            zl.addWidget(w)
        zl.addWidget(self.browse, 0, Qt.AlignmentFlag.AlignCenter)
        self.zone.dropped.connect(self.open_file)
        lay.addWidget(self.zone)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("importFileName")
        self.file_label.setWordWrap(True)
        lay.addWidget(self.file_label)
        self.strip = TaskStrip(self, "importReadProgress")
        lay.addWidget(self.strip)
        self.notice = Notice(self, "importFileError")
        lay.addWidget(self.notice)
        lay.addStretch(1)
        self.retranslate()

    # ------------------------------------------------------------ choosing and reading
    def choose_file(self) -> None:
        path = file_dialogs.ask_open(
            self,
            self.wiz.ctx.settings,
            "ledger",
            self.tr("Choose a ledger"),
            self.tr("Ledgers (*.xlsx *.xlsm *.xls *.csv);;All files (*)"),
        )
        if path is not None:
            self.open_file(str(path))

    def open_file(self, path: str) -> None:
        """Read ``path`` in the background; the mapping step follows when it is read."""
        if self.strip.busy:
            self.strip.cancel()
        self.notice.clear()
        p = Path(path)
        self.wiz.path = p
        self.wiz.table = None
        file_dialogs.remember(self.wiz.ctx.settings, "ledger", p)  # dropped files too
        self.file_label.setText(str(p))
        self.strip.run(
            self.wiz.ctx.tasks,
            read_job(self.wiz.ctx.store, p),
            label=self.tr("Reading {name}…").format(name=p.name),
            on_done=lambda r, p=p: self._read(p, r),
            on_error=self._failed,
        )
        self.completeChanged.emit()

    def _read(self, path: Path, result) -> None:
        if path != self.wiz.path:
            return
        self.wiz.set_table(*result)
        self.completeChanged.emit()
        if self.wiz.currentPage() is self:
            self.wiz.next()

    def _failed(self, exc: CrmError) -> None:
        self.notice.error(exc.message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.table is not None and not self.strip.busy

    # ------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the ledger"))
        self.setSubTitle(
            self.tr(
                "The Excel or CSV file you keep today. Nothing is written until "
                "you have seen the preview and pressed Import."
            )
        )
        self.zone_text.setText(self.tr("Drop an Excel or CSV ledger here"))
        self.zone_hint.setText(
            self.tr(
                ".xlsx, .xls or .csv (UTF-8 or GBK). Title rows, merged cells, 合计 rows and notes "
                "are recognised; the columns are matched by their names."
            )
        )
        self.browse.setText(self.tr("Browse…"))
        self.zone.setAccessibleName(self.tr("Drop a ledger here"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
