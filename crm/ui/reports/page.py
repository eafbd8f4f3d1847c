"""The Reports page (周报): pick a week and a scope, read the PDF as the committee will, close
the week and write its summary (crm.ui.reports.week_panel), and export it as PDF, Excel or
Word. The week just ended is closed in the background when the page is first shown. The preview is the real PDF, rendered in the background into a
temporary file and shown with Qt's viewer; exports ask for a file name, check it can be
written before any work, run in the background with progress and cancel, and offer to open
the folder. The report's language is the interface language at the moment of export."""

from __future__ import annotations

import shutil
import uuid
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm.analytics import Period, Scope
from crm.errors import CrmError
from crm.i18n import QT_TRANSLATE_NOOP, current_language
from crm.reports import check_writable
from crm.safety.scratch import PREVIEW, scratch_folder
from crm.ui import file_dialogs
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.operations import Op, passes
from crm.ui.reports.jobs import DOCX, PDF, XLSX, default_name, report_job
from crm.ui.reports.pdf_preview import PdfPreview
from crm.ui.reports.week_panel import WeekPanel
from crm.ui.reports.week_picker import WeekPicker, week_text
from crm.ui.widgets.notice import INFO, Notice, open_folder
from crm.ui.widgets.task_strip import TaskStrip, cancellable

DEBOUNCE_MS = 250


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.ctx = ctx
        self._tmp = scratch_folder(PREVIEW)  # swept at a later start if not removed
        self._shown: Path | None = None  # the preview file on screen
        self._shown_links: dict = {}  # its figure links: key → (label, Figure)
        self._built_for: tuple | None = None  # (period, scope, language) of that file
        self._exporting = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 10)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)  # a long line wraps instead of widening the window
        head.addWidget(self.title)
        head.addSpacing(10)
        head.addWidget(self.subtitle, 1)
        lay.addLayout(head)

        bar = QFrame(self)
        bar.setObjectName("filterBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 6, 10, 6)
        self.week_label = QLabel(bar)
        self.week = WeekPicker(parent=bar)
        self.week.changed.connect(lambda _p: self._schedule())
        self.scope_label = QLabel(bar)
        self.scope = QComboBox(bar)
        self.scope.setObjectName("reportScope")
        self.scope.setMinimumWidth(170)
        self.scope.currentIndexChanged.connect(lambda _i: self._schedule())
        self.refresh_button = QPushButton(icon("refresh"), "", bar)
        self.refresh_button.setObjectName("reportRefresh")
        self.refresh_button.clicked.connect(self.build_preview)
        self.pdf_button = QPushButton(icon("file-pdf-box"), "", bar)
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.clicked.connect(lambda: self.export(PDF))
        self.xlsx_button = QPushButton(icon("file-excel-outline"), "", bar)
        self.xlsx_button.setObjectName("exportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export(XLSX))
        self.docx_button = QPushButton(icon("file-word-outline"), "", bar)
        self.docx_button.setObjectName("exportDocx")
        self.docx_button.clicked.connect(lambda: self.export(DOCX))
        row.addWidget(self.week_label)
        row.addWidget(self.week)
        row.addSpacing(12)
        row.addWidget(self.scope_label)
        row.addWidget(self.scope)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        # the exports beside the title: the bar below keeps only what picks the report, and
        # both fit a 1366-pixel screen in either language
        for b in (self.pdf_button, self.xlsx_button, self.docx_button):
            b.setParent(self)
            head.addWidget(b)
        lay.addWidget(bar)

        self.notice = Notice(self, "reportNotice")
        lay.addWidget(self.notice)
        self.strip = TaskStrip(self, "previewProgress")
        lay.addWidget(self.strip)
        split = QSplitter(self)
        self.preview = PdfPreview(split)
        self.panel = WeekPanel(ctx, split)
        self.panel.changed.connect(self.build_preview)
        self.preview.links.clicked.connect(self._open_link)
        split.addWidget(self.preview)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 330])
        lay.addWidget(split, 1)
        self._due_checked = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.build_preview)
        self._stale = False
        ctx.bus.changed.connect(self._on_changed)
        self.destroyed.connect(lambda _o=None, d=self._tmp: shutil.rmtree(d, ignore_errors=True))
        self._fill_scope()
        self.retranslate()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """Its word-wrapped labels make the layout answer with its preferred height, which the
        window's page scroll area took as the least it needs: a scrollbar around a page whose
        preview and lists scroll inside. The least it needs is its minimum."""
        return self.minimumSizeHint().height()

    # ------------------------------------------------------------ what is reported
    def period(self) -> Period:
        return self.week.period()

    def scope_value(self) -> Scope:
        data = self.scope.currentData()
        if not data:
            return Scope()
        kind, item_id = data
        return Scope(city_id=item_id) if kind == "city" else Scope(field_id=item_id)

    def set_scope(self, scope: Scope) -> None:
        want = (
            ("city", scope.city_id)
            if scope.city_id
            else ("field", scope.field_id)
            if scope.field_id
            else None
        )
        idx = self.scope.findData(want) if want else 0
        self.scope.setCurrentIndex(max(0, idx))

    def _fill_scope(self) -> None:
        current = self.scope.currentData()
        ref = self.ctx.ref
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("All cities and fields"), None)
        self.scope.insertSeparator(1)
        for c in ref.kind("city"):
            self.scope.addItem(icon("city-variant-outline"), c.label(), ("city", c.id))
        self.scope.insertSeparator(self.scope.count())
        for f in ref.kind("field"):
            self.scope.addItem(icon("shape-outline"), f.label(), ("field", f.id))
        idx = self.scope.findData(current) if current else 0
        self.scope.setCurrentIndex(max(0, idx))
        self.scope.blockSignals(False)

    def _scope_text(self) -> str | None:
        return self.scope.currentText() if self.scope.currentData() else None

    # ------------------------------------------------------------ the preview
    def _key(self) -> tuple:
        return self.period(), self.scope_value(), current_language()

    def _schedule(self) -> None:
        self._update_subtitle()
        self.panel.show_week(self.period())
        if self.isVisible():
            self._debounce.start()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._due_checked:
            self._due_checked = True
            self.panel.show_week(self.period())
            self._close_due()
        if self._built_for != self._key() or self._stale:
            self._debounce.start()

    def _close_due(self) -> None:
        """The first visit after a week ended closes it (report staff, managers, admins), in
        the background; the preview follows."""
        from datetime import date

        from crm.accounts import permissions
        from crm.analytics.weeks import close_due

        store, actor = self.ctx.store, self.ctx.actor
        if permissions.close_week(actor) is not None:
            return

        def done(result) -> None:
            if result is not None:
                self.panel.show_week(self.period())
                self.build_preview()

        Op(self, self.ctx, lambda: close_due(store, actor, date.today())).success(done).failure(
            lambda _exc: None  # the week stays open; closing it by hand says why
        ).run_in_background(progress=False)

    def build_preview(self) -> None:
        """Render the PDF of the chosen week and scope in the background and show it."""
        self._debounce.stop()
        if self.strip.busy and self.strip.task is not None:
            self.strip.task.cancel()
        key = self._key()
        period, scope, lang = key
        path = self._tmp / f"preview-{uuid.uuid4().hex[:8]}.pdf"
        figures: list = []
        links: dict = {}
        self._figures, self._links = figures, links
        self.strip.run(
            self.ctx.tasks,
            report_job(
                self.ctx.store, period, scope, path, PDF, lang, figures=figures, links=links
            ),
            label=self.tr("Building the report for {week}…").format(week=week_text(period)),
            on_done=partial(self._preview_ready, key=key),
            on_error=self._preview_failed,
        )

    def _preview_ready(self, path: Path, key: tuple) -> None:
        if key != self._key():  # the user chose another week meanwhile; its build follows
            path.unlink(missing_ok=True)
            return
        old = self._shown
        self.preview.load(str(path))
        self.panel.show_figures(self._figures)
        self._shown_links = self._links
        self._shown, self._built_for, self._stale = path, key, False
        if self.notice.kind == INFO and self.notice.action_slot == self.build_preview:
            self.notice.clear()
        if old is not None and old != path:
            old.unlink(missing_ok=True)
        self._update_subtitle()

    def _open_link(self, key: str) -> None:
        """A figure clicked in the preview: its leads, as the list beside it opens them."""
        label, figure = self._shown_links.get(key, (None, None))
        if figure is not None:
            self.panel.open_figure(figure, label)

    def _preview_failed(self, exc: CrmError) -> None:
        self.notice.error(exc.message)

    def _on_changed(self, changes) -> None:
        if (
            changes.leads
            or changes.bulk
            or changes.activities
            or changes.targets
            or changes.reference
            or changes.reports
        ):
            if changes.reference:
                self._fill_scope()
            if self._shown is not None and not self._stale and not self.notice.isVisible():
                self.notice.show_message(
                    QT_TRANSLATE_NOOP(
                        "ReportsPage", "The leads changed since this preview was built."
                    ),
                    action=QT_TRANSLATE_NOOP("ReportsPage", "Refresh"),
                    slot=self.build_preview,
                )
            self._stale = True

    # ------------------------------------------------------------ export
    def ask_path(self, kind: str) -> Path | None:
        name = default_name(
            self.tr("Corridor investment weekly report"), self.period(), self._scope_text(), kind
        )
        title = {
            PDF: self.tr("Export the weekly report as PDF"),
            XLSX: self.tr("Export the weekly report as Excel"),
            DOCX: self.tr("Export the weekly report as Word"),
        }[kind]
        pattern = {
            PDF: self.tr("PDF (*.pdf)"),
            XLSX: self.tr("Excel workbook (*.xlsx)"),
            DOCX: self.tr("Word document (*.docx)"),
        }[kind]
        return file_dialogs.ask_save(
            self, self.ctx.settings, "reports", title, name, pattern, f".{kind}"
        )

    def export(self, kind: str) -> None:
        path = self.ask_path(kind)
        if path is None:
            return
        self.notice.clear()
        if not passes(self, self.ctx, lambda: check_writable(path)):
            return  # why: in the page's notice
        lang = current_language()  # the interface language now, not when the file is done
        label = self.tr("Writing {name}…").format(name=path.name)
        self._set_exporting(+1)
        job = report_job(self.ctx.store, self.period(), self.scope_value(), path, kind, lang)
        Op.with_progress(self, self.ctx, cancellable(job)).success(self._exported).failure(
            self._export_failed
        ).cancelled(self._export_cancelled).run_in_background(label, cancellable=True)

    def show_failure(self, error: CrmError) -> None:
        """The page's message area (crm.ui.operations): the notice above the preview."""
        self.notice.error(error.message)

    def _export_failed(self, exc: CrmError) -> None:
        self._set_exporting(-1)
        self.show_failure(exc)

    def _export_cancelled(self) -> None:
        self._set_exporting(-1)
        self.notice.show_message(
            QT_TRANSLATE_NOOP("ReportsPage", "The export was cancelled; no file was written.")
        )

    def _set_exporting(self, delta: int) -> None:
        self._exporting += delta
        for b in (self.pdf_button, self.xlsx_button, self.docx_button):
            b.setEnabled(self._exporting == 0)

    def _exported(self, path: Path) -> None:
        self._set_exporting(-1)
        self.panel.error.show_message(None)  # an earlier refusal is not this export's news
        self.notice.show_message(
            QT_TRANSLATE_NOOP("ReportsPage", "Saved {name} in {folder}.").format(
                name=path.name, folder=str(path.parent)
            ),
            action=QT_TRANSLATE_NOOP("ReportsPage", "Open folder"),
            slot=lambda: open_folder(path.parent),
        )

    # ------------------------------------------------------------ language
    def _update_subtitle(self) -> None:
        self.subtitle.setText(
            self.tr("{scope} · exactly the PDF the management committee receives").format(
                scope=self._scope_text() or self.tr("All cities and fields")
            )
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Weekly report"))
        self.week_label.setText(self.tr("Week"))
        self.scope_label.setText(self.tr("Scope"))
        self.scope.setAccessibleName(self.tr("Scope"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Build the preview again from the current data"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.xlsx_button.setText(self.tr("Export Excel…"))
        self.pdf_button.setAccessibleName(self.tr("Export PDF"))
        self.xlsx_button.setAccessibleName(self.tr("Export Excel"))
        self.docx_button.setText(self.tr("Export Word…"))
        self.docx_button.setAccessibleName(self.tr("Export Word"))
        self._update_subtitle()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_scope()
            self.retranslate()
            if self.isVisible() and self._built_for != self._key():
                self._debounce.start()  # the report speaks the interface language
        super().changeEvent(event)
