"""Step 4, the result: what the import did (the four counts and the import's number), the
imported leads one click away in the lead list, and "undo this import", which takes the
whole batch back — created leads removed, updated leads restored — in one transaction."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from crm.errors import CrmError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.importing.api import CREATE, REFUSE, SKIP, UPDATE
from crm.leadlist.query import LeadFilter
from crm.ui.icons import icon
from crm.ui.importing.jobs import undo_job
from crm.ui.importing.plan_model import ACTION_STYLE, ACTIONS
from crm.ui.operations import Op
from crm.ui.widgets.notice import Notice
from crm.ui.widgets.task_strip import TaskStrip


def undone_message(result):
    return QT_TRANSLATE_NOOP(
        "ImportResult", "Import {id} undone: {removed} leads removed, {restored} restored."
    ).format(id=result.batch_id, removed=result.removed, restored=result.restored)


class ResultPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.setObjectName("importResultPage")
        self.wiz = wizard
        self.undone = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 16, 24, 16)
        lay.setSpacing(12)
        self.headline = QLabel(self)
        self.headline.setObjectName("welcomeTitle")
        self.headline.setWordWrap(True)
        lay.addWidget(self.headline)
        tiles = QHBoxLayout()
        self.tiles: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ACTIONS:
            card = QFrame(self)
            card.setObjectName("card")
            cl = QVBoxLayout(card)
            cl.setContentsMargins(14, 10, 14, 10)
            value, caption = QLabel("0", card), QLabel(card)
            value.setObjectName("bigNumber")
            value.setStyleSheet(f"color: {ACTION_STYLE[key][1]};")
            caption.setObjectName("pageSubtitle")
            cl.addWidget(value)
            cl.addWidget(caption)
            tiles.addWidget(card)
            self.tiles[key] = (value, caption)
        lay.addLayout(tiles)
        self.summary = QLabel(self)
        self.summary.setObjectName("importResultSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        row = QHBoxLayout()
        self.show_button = QPushButton(icon("format-list-bulleted", "#ffffff"), "", self)
        self.show_button.setObjectName("primaryButton")
        self.show_button.clicked.connect(self.show_leads)
        self.undo_button = QPushButton(icon("undo"), "", self)
        self.undo_button.setObjectName("importUndo")
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.show_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.strip = TaskStrip(self, "importUndoProgress")
        lay.addWidget(self.strip)
        self.notice = Notice(self, "importResultNotice")
        lay.addWidget(self.notice)
        lay.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        self.undone = False
        self.notice.clear()
        self.retranslate()

    @property
    def batch_id(self) -> int | None:
        r = self.wiz.result
        return r.batch_id if r is not None else None

    def show_leads(self) -> None:
        label = self.tr("Imported from {file}").format(file=self.wiz.table.file_name)
        self.wiz.show_leads.emit(LeadFilter(import_batch_id=self.batch_id), label)
        self.wiz.accept()

    def undo(self, *, confirm: bool = True) -> None:
        if self.batch_id is None or self.undone:
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Undo this import"),
                self.tr(
                    "Remove the {n} leads this import created and restore the leads it updated?"
                ).format(n=self.wiz.result.counts.created),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.undo_button.setEnabled(False)
        ctx = self.wiz.ctx
        Op.with_progress(self, ctx, undo_job(ctx.store, ctx.actor, self.batch_id)).success(
            self._undone
        ).failure(self._failed).cancelled(lambda: self.undo_button.setEnabled(True)).run_in_strip(
            self.strip, self.tr("Undoing the import…")
        )

    def _undone(self, result) -> None:
        self.undone = True
        self.notice.show_message(undone_message(result))
        self.retranslate()

    def _failed(self, exc: CrmError) -> None:
        self.notice.error(exc.message)
        self.undo_button.setEnabled(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import finished"))
        self.show_button.setText(self.tr("Show imported leads"))
        self.show_button.setAccessibleName(self.tr("Show imported leads"))
        for key, caption in (
            (CREATE, self.tr("leads created")),
            (UPDATE, self.tr("leads updated")),
            (SKIP, self.tr("rows skipped")),
            (REFUSE, self.tr("rows refused")),
        ):
            self.tiles[key][1].setText(caption)
        self.undo_button.setText(self.tr("Undo this import"))
        r = self.wiz.result
        if r is None:
            return
        c = r.counts
        for key, n in zip(ACTIONS, (c.created, c.updated, c.skipped, c.refused), strict=True):
            self.tiles[key][0].setText(f"{n:,}")
        if r.batch_id is None:
            self.headline.setText(self.tr("Nothing to change"))
            self.summary.setText(
                self.tr(
                    "Every row is already in the store as the file says, or was "
                    "refused: nothing was written."
                )
            )
        else:
            self.headline.setText(
                self.tr("{created} leads created, {updated} updated").format(
                    created=c.created, updated=c.updated
                )
            )
            self.summary.setText(
                self.tr(
                    "Import {id} of {file}: {created} created + {updated} updated + {skipped} skipped + "
                    "{refused} refused = {rows} data rows. Every imported lead records this file and its "
                    "row; File ▸ Recent imports… can undo the import later."
                ).format(
                    id=r.batch_id,
                    file=self.wiz.table.file_name,
                    created=c.created,
                    updated=c.updated,
                    skipped=c.skipped,
                    refused=c.refused,
                    rows=c.data_rows,
                )
            )
        self.show_button.setEnabled(bool(r.created_ids) and not self.undone)
        self.undo_button.setEnabled(r.batch_id is not None and not self.undone)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
