"""What runs by itself once the window is shown: the quick check of the store (on a worker
thread, so it never delays the window), the automatic backup every few minutes when data
changed, and one when the app closes; a damaged store is reported with the newest verified
backup offered."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from crm.accounts import permissions as P
from crm.paths import log_dir
from crm.safety import backups
from crm.safety.store_health import Verdict, check_open_store, name_holder, newest_backup
from crm.ui.operations import Op
from crm.ui.safety.startup import read_only_reason

log = logging.getLogger(__name__)
#: how often the app asks whether an automatic backup is due (the policy's interval decides)
AUTO_BACKUP_POLL_MS = 5 * 60 * 1000


class Guardian(QObject):
    """One per window: the check after start, the backups while it runs."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.verdict: Verdict | None = None
        self.badge = QLabel(window)
        self.badge.setObjectName("readOnlyBadge")
        self.badge.setStyleSheet("color: #b42318; font-weight: 600;")
        window.statusBar().addPermanentWidget(self.badge)
        self.badge.installEventFilter(self)  # its words follow a change of language
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_BACKUP_POLL_MS)
        self.timer.timeout.connect(self.auto_backup)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.backup_on_quit)
        name_holder(self.ctx.store, self.ctx.actor.display_name)
        #: the store's newest audit row when this window opened: the backup on quit is for
        #: what this session changed, and a session that changed nothing needs none
        self.audit_at_open = _audit_max(self.ctx.store)
        self.show_state()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.badge and event.type() == QEvent.Type.LanguageChange:
            self.show_state()
        return False

    def start(self) -> None:
        """Called once the window is shown."""
        store = self.ctx.store
        if store.damaged is not None:  # found damaged before: no need to check again
            self.report_damage(Verdict(None, None, None, newest_backup(store.path)))
            return
        self.ctx.tasks.run(
            lambda _t: check_open_store(store),
            show_progress=False,
            on_done=self._checked,
            on_error=lambda exc: log.warning("quick check could not run: %s", exc.render()),
        )
        self.timer.start()

    def _checked(self, verdict: Verdict | None) -> None:
        self.verdict = verdict
        if verdict is None or verdict.report.ok:
            return
        self.timer.stop()
        self.show_state()
        self.window.page("backups").reload()  # backing up a damaged store is refused now
        self.report_damage(verdict)

    def show_state(self) -> None:
        reason = read_only_reason(self.ctx.store)
        self.badge.setText(reason or "")
        self.badge.setVisible(bool(reason))

    def report_damage(self, verdict: Verdict) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("storeDamaged")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("The store is damaged"))
        what = verdict.report.summary().render() if verdict.report is not None else ""
        what = what.rstrip("。.")
        text = self.tr(
            "The check of the store found damage: {what}. It is open read-only, so nothing more "
            "can be lost; nothing you do now is saved."
        ).format(what=what)
        box.setText(text)
        extra = []
        if verdict.kept_at is not None:
            kept = self.tr("A copy of the damaged file was kept at {path}.")
            extra.append(kept.format(path=verdict.kept_at))
        newest = verdict.newest_backup
        restore = None
        if newest is not None:
            extra.append(
                self.tr("The newest verified backup is from {when} ({leads} leads).").format(
                    when=f"{newest.taken_at:%Y-%m-%d %H:%M}",
                    leads=f"{newest.counts.get('lead', 0):,}",
                )
            )
            if P.administer(self.ctx.actor) is None:
                restore = box.addButton(
                    self.tr("Restore that backup…"), QMessageBox.ButtonRole.AcceptRole
                )
            else:  # restoring is an administrator's: they are told who can
                extra.append(self.tr("An administrator of the CRM can restore it."))
        else:
            extra.append(self.tr("There is no verified backup of this store."))
        box.setInformativeText("\n".join(extra))
        box.addButton(self.tr("Keep it read-only"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if restore is not None and box.clickedButton() is restore:
            self.window.show_page("backups")
            self.window.page("backups").restore(newest.path, confirm=False)

    # ------------------------------------------------------------ automatic backups
    def auto_backup(self) -> None:
        store = self.ctx.store
        if store.path is None or store.readonly or store.damaged is not None:
            return

        def done(info) -> None:
            if info is not None:
                self.ctx.bus.message.emit(
                    self.tr("Backed up the store ({name})").format(name=info.path.name)
                )
                page = self.window.pages.built_page("backups")
                if page is not None:  # its list was read when it was first opened
                    page.refresh_list()

        # a failure shows in the window's status bar (its message area), as before
        Op(self.window, self.ctx, lambda: backups.auto_backup(store)).success(
            done
        ).run_in_background(progress=False)

    def backup_on_quit(self) -> subprocess.Popen | None:
        """The last changes of the session go into a backup when the app ends — taken by a
        process of its own (``crm db backup --on-close``), so the app ends at once: on a
        100,000-lead store a verified backup takes seconds, which the person closing the
        window would wait for, and a restart would find the store still held. Returns that
        process (None when no backup was due)."""
        store = self.ctx.store
        if store.path is None or store.readonly or store.damaged is not None:
            return None

        def due() -> bool:
            if backups.current_audit_max(store) == self.audit_at_open:
                return False  # nothing written since the window opened
            policy = backups.backup_policy(store)
            if not policy.enabled:
                return False
            from crm.db.backup import list_backups

            newest = next(iter(list_backups(policy.folder_for(store.path))), None)
            return backups.changed_since(store, newest)

        # the window is closing: nobody is left to read a message, the log keeps it
        is_due = (
            Op(None, self.ctx, due)
            .failure(lambda exc: log.error("backup on quit failed: %s", exc.render()))
            .run()
        )
        return _backup_in_own_process(store.path) if is_due else None


def _backup_in_own_process(store_path) -> subprocess.Popen | None:
    """``crm --db STORE db backup --on-close``, detached: it outlives the app (a new session
    of its own), and its faults go to the log like every command's."""
    if getattr(sys, "frozen", False):  # the built app: its executable runs the commands too
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "crm"]
    command += ["--db", str(store_path), "db", "backup", "--on-close"]
    flags: dict = {}
    if os.name == "nt":  # DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP: no console, not
        flags["creationflags"] = 0x00000008 | 0x00000200  # ended with the app
    else:
        flags["start_new_session"] = True
    try:
        # what it says goes to a log of its own (the app's log file is the app's to rotate)
        with open(log_dir() / "backup-on-close.log", "ab") as said:
            child = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=said,
                stderr=said,
                close_fds=True,
                **flags,
            )
    except OSError as exc:
        log.error("could not start the backup on quit (%s): %s", command, exc)
        return None
    log.info("backup on quit: taken by process %d", child.pid)
    return child


def _audit_max(store) -> int | None:
    if store.path is None or store.damaged is not None:
        return None
    # unreadable: no backup on close is decided from it (the periodic one still runs)
    return Op(None, None, lambda: backups.current_audit_max(store)).failure(lambda _e: None).run()


def install(window) -> Guardian:
    guardian = Guardian(window)
    QTimer.singleShot(0, guardian, guardian.start)  # once the event loop (and window) is up
    return guardian
