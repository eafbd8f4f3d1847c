"""Backup & Restore: the store's verified backups (time, why, size, counts), a backup now, a
restore (the store is copied aside first, then reopened in place), and where and how often
backups are taken. Slow work runs on the task helper; errors show in the page's banner."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
from crm.i18n import QT_TRANSLATE_NOOP
from crm.reference import invalidate
from crm.safety import backups
from crm.ui.context import AppContext
from crm.ui.operations import Op
from crm.ui.safety.backups_model import BackupsModel
from crm.ui.settings import USER_ID
from crm.ui.widgets.allowed import allow
from crm.ui.widgets.inputs import ErrorLabel
from crm.ui.widgets.notice import ERROR, INFO, Notice, open_folder


class BackupPage(QWidget):
    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupPage")
        self.ctx, self.window = ctx, window
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 10)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        lay.addWidget(self.title)
        self.notice = Notice(self, "backupNotice")
        lay.addWidget(self.notice)
        self.list_box = QGroupBox(self)
        lb = QVBoxLayout(self.list_box)
        self.folder_label = QLabel(self.list_box)
        self.folder_label.setWordWrap(True)
        lb.addWidget(self.folder_label)
        self.model = BackupsModel(self)
        self.table = QTableView(self.list_box)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        lb.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.list_box)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.list_box)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self._restore_selected)
        self.open_button = QPushButton(self.list_box)
        self.open_button.clicked.connect(lambda: open_folder(self.folder))
        for b in (self.backup_button, self.restore_button, self.open_button):
            row.addWidget(b)
        row.addStretch(1)
        lb.addLayout(row)
        self.privacy = QLabel(self.list_box)
        self.privacy.setWordWrap(True)
        self.privacy.setObjectName("hint")
        lb.addWidget(self.privacy)
        lay.addWidget(self.list_box, 1)
        self._build_policy(lay)
        self.folder = Path(".")
        self.retranslate()
        self.reload()

    def _build_policy(self, lay: QVBoxLayout) -> None:
        self.policy_box = QGroupBox(self)
        f = QFormLayout(self.policy_box)
        self.enabled = QCheckBox(self.policy_box)
        self.enabled.setObjectName("autoBackup")
        f.addRow(self.enabled)
        self.labels = {}
        self.spins = {}
        for key, low, high in (
            ("interval_minutes", 5, 1440),
            ("daily", 0, 400),
            ("weekly", 0, 400),
            ("monthly", 0, 400),
        ):
            spin = QSpinBox(self.policy_box)
            spin.setObjectName(f"backup_{key}")
            spin.setRange(low, high)
            spin.setMaximumWidth(140)
            self.spins[key] = spin
            self.labels[key] = QLabel(self.policy_box)
            f.addRow(self.labels[key], spin)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(self.policy_box)
        self.folder_edit.setObjectName("backupFolder")
        self.browse = QPushButton(self.policy_box)
        self.browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse)
        self.labels["folder"] = QLabel(self.policy_box)
        f.addRow(self.labels["folder"], folder_row)
        self.policy_error = ErrorLabel(self.policy_box)
        f.addRow(self.policy_error)
        self.save = QPushButton(self.policy_box)
        self.save.setObjectName("saveBackupPolicy")
        self.save.clicked.connect(self._save_policy)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save)
        save_row.addStretch(1)
        f.addRow(save_row)
        lay.addWidget(self.policy_box)

    # ------------------------------------------------------------ data
    def reload(self) -> None:
        store = self.ctx.store
        server = store.path is None
        for w in (self.list_box, self.policy_box):
            w.setEnabled(not server)
        if server:
            self.notice.show_message(
                QT_TRANSLATE_NOOP(
                    "Backup",
                    "A store on a database server is backed up and restored by its "
                    "administrator (pg_dump / pg_restore), not by the app.",
                )
            )
            return
        read = Op(
            self,
            self.ctx,
            lambda: (backups.backup_policy(store), backups.list_store_backups(store)),
        ).run()
        if read is None:
            return
        policy, rows = read
        self.folder = policy.folder_for(store.path)
        self.enabled.setChecked(policy.enabled)
        for key, spin in self.spins.items():
            spin.setValue(getattr(policy, key))
        self.folder_edit.setText(policy.folder or "")
        self.folder_edit.setPlaceholderText(str(policy.base_folder()))
        self.folder_label.setText(self.tr("Kept in {folder}").format(folder=self.folder))
        self._show_rows(rows)

    def refresh_list(self) -> None:
        """The list again (an automatic backup was taken), the policy's inputs left as typed."""
        store = self.ctx.store
        if store.path is None:
            return
        rows = Op(self, self.ctx, lambda: backups.list_store_backups(store)).run()
        if rows is not None:
            self._show_rows(rows)

    def _show_rows(self, rows: list) -> None:
        store = self.ctx.store
        self.model.set_rows(rows)
        writable = not store.readonly and store.damaged is None
        # a backup on demand, the policy and restoring: admins (the automatic ones run for all)
        refused = P.back_up(self.ctx.actor)
        allow(self.backup_button, refused)
        self.backup_button.setEnabled(writable and refused is None)
        for w in (self.enabled, *self.spins.values(), self.folder_edit, self.browse, self.save):
            allow(w, refused)
        self.save.setEnabled(writable and refused is None)
        allow(self.restore_button, refused)
        self.restore_button.setEnabled(
            bool(self.model.rows) and store.lock is not None and refused is None
        )
        if self.model.rows:
            self.table.selectRow(0)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the backups"), self.folder_edit.text() or str(self.folder)
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _save_policy(self) -> None:
        policy = replace(
            backups.backup_policy(self.ctx.store),
            enabled=self.enabled.isChecked(),
            folder=self.folder_edit.text().strip() or None,
            **{k: s.value() for k, s in self.spins.items()},
        )
        Op(
            self,
            self.ctx,
            lambda: backups.set_backup_policy(self.ctx.store, self.ctx.actor, policy),
        ).failure(lambda exc: self.policy_error.show_message(exc.message)).success(
            self._policy_saved
        ).run()

    def _policy_saved(self, _changes: Changes) -> None:
        self.policy_error.show_message(None)
        self.ctx.bus.message.emit(self.tr("Backup settings saved"))
        self.reload()

    def show_failure(self, error: CrmError) -> None:
        """The page's message area (crm.ui.operations): the notice at its top."""
        self.notice.show_message(error.message, ERROR)

    # ------------------------------------------------------------ actions
    def backup_now(self) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        self.backup_button.setEnabled(False)
        Op(self, self.ctx, lambda: backups.backup_now(store, actor)).success(
            self._backed_up
        ).failure(self._failed).run_in_background(self.tr("Backing up the store…"))

    def _backed_up(self, info) -> None:
        self.notice.show_message(
            QT_TRANSLATE_NOOP("Backup", "Backup written and verified: {name}").format(
                name=info.path.name
            ),
            INFO,
        )
        self.reload()

    def _failed(self, exc: CrmError) -> None:
        self.show_failure(exc)
        self.reload()

    def _restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.restore(self.model.rows[rows[0].row()].path)

    def restore(self, backup: Path, *, confirm: bool = True) -> None:
        info = next((b for b in self.model.rows if b.path == backup), None)
        when = f"{info.taken_at:%Y-%m-%d %H:%M}" if info else backup.name
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore a backup"),
                self.tr(
                    "Replace the store with the backup of {when}? Everything saved after it is "
                    "replaced; the store as it is now is copied aside first."
                ).format(when=when),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        store, actor = self.ctx.store, self.ctx.actor
        Op(self, self.ctx, lambda: backups.restore_backup(store, actor, backup)).before_broadcast(
            self._adopt
        ).success(self._restored).failure(self._failed).run_in_background(
            self.tr("Restoring the backup of {when}…").format(when=when)
        )

    def _adopt(self, result) -> None:
        """Before the views refresh: the store as restored, its person, no undo history."""
        invalidate(self.ctx.store)
        # what could be undone happened in the store as it was: nothing of it applies now
        self.ctx.undo.clear()
        if result.actor != self.ctx.actor:  # recorded again: the store had no such person
            self.ctx.actor = result.actor
            self.ctx.settings.set(USER_ID, result.actor.id)
            self.ctx.settings.sync()

    def _restored(self, result) -> None:
        out = result.outcome
        self.notice.show_message(
            QT_TRANSLATE_NOOP(
                "Backup",
                "Restored the backup ({leads} leads). The store as it was is kept at {path}.",
            ).format(leads=f"{out.counts.get('lead', 0):,}", path=str(out.safety_copy)),
            INFO,
        )
        guardian = getattr(self.window, "safety_guardian", None)
        if guardian is not None:
            guardian.show_state()
        self.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Backup & Restore"))
        self.list_box.setTitle(self.tr("Backups of this store"))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore the selected backup…"))
        self.open_button.setText(self.tr("Open the folder"))
        self.privacy.setText(
            self.tr(
                "Deleted contacts are gone from the store at once, but backups taken before "
                "keep them until they are thinned out."
            )
        )
        self.policy_box.setTitle(self.tr("Automatic backups (this store)"))
        self.enabled.setText(
            self.tr(
                "Back up automatically when data changed (always before imports, upgrades "
                "and restores)"
            )  # fmt: skip
        )
        self.labels["interval_minutes"].setText(self.tr("At most every (minutes)"))
        self.labels["daily"].setText(self.tr("Keep daily backups (days)"))
        self.labels["weekly"].setText(self.tr("Keep weekly backups (weeks)"))
        self.labels["monthly"].setText(self.tr("Keep monthly backups (months)"))
        self.labels["folder"].setText(self.tr("Folder"))
        self.browse.setText(self.tr("Choose…"))
        self.save.setText(self.tr("Save backup settings"))
        self.policy_error.retranslate()
        if self.folder != Path("."):
            self.folder_label.setText(self.tr("Kept in {folder}").format(folder=self.folder))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
