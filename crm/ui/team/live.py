"""Other people's changes in this window: on a team server as they are committed, on a SQLite
store when the window comes back to the front.

Team server: crm.team.notify's Listener runs on a thread of its own; the changes it hears are
gathered for a fifth of a second and sent through the app's one change signal
(``ctx.notify``), so lists, the board, My day and an open lead refresh as after a local save
(each view keeps what is being typed: it refreshes what it shows, not the form being edited).
Until the listener has connected the status bar says so (it does not claim to be live before it
is). A lost connection shows in the status bar, without blocking anything, with "Retry now";
when it is back everything is refreshed. Closing the window stops the listener's thread.

SQLite: another process's commits change the file's ``PRAGMA data_version`` as seen from a
connection of ours; when the window is activated and it has moved, every view is refreshed.
"""

from __future__ import annotations

import threading
from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QToolButton

from crm.changes import Changes
from crm.db.data_version import DataVersion

GATHER_MS = 200
#: how long closing a window waits for the listener's thread (it wakes at once when stopped,
#: unless it is still connecting: then it ends by itself within its connect timeout)
STOP_WAIT_S = 1.0


def stop_listening(listener, thread: threading.Thread) -> None:
    listener.stop()
    if thread.is_alive() and thread is not threading.current_thread():
        thread.join(STOP_WAIT_S)


class _Bridge(QObject):
    heard = Signal(object)  # Changes
    state = Signal(bool)


class ServerLive(QObject):
    """LISTEN/NOTIFY for one window on a team server, with the connection's state shown."""

    def __init__(self, window, url):
        super().__init__(window)
        from crm.team.notify import Listener

        self.window, self.ctx = window, window.ctx
        self._pending = Changes()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._flush)
        self.bridge = _Bridge(self)
        self.bridge.heard.connect(self._heard)
        self.bridge.state.connect(self._state)
        self.label = QLabel(window)
        self.label.setObjectName("teamConnection")
        self.retry = QToolButton(window)
        self.retry.setObjectName("teamRetry")
        self.retry.hide()
        bar = window.statusBar()
        bar.addPermanentWidget(self.label)
        bar.addPermanentWidget(self.retry)
        #: None while the first connection is being made, then whether it is up
        self.connected: bool | None = None
        self.listener = Listener(
            url, self._from_thread(self.bridge.heard), self._from_thread(self.bridge.state)
        )
        self.retry.clicked.connect(self.listener.retry_now)
        self.listener_thread = threading.Thread(
            target=self.listener.run, name="crm-live", daemon=True
        )
        self.listener_thread.start()
        window.installEventFilter(self)
        # deleted without a close (this object goes with it: the function holds what it needs)
        window.destroyed.connect(partial(stop_listening, self.listener, self.listener_thread))
        self.retranslate()

    def stop(self) -> None:
        """Stop listening and let the thread end (the window is closing)."""
        stop_listening(self.listener, self.listener_thread)

    def _closed(self) -> None:
        if not self.window.isVisible():
            self.stop()

    def _from_thread(self, signal):
        """The listener's thread hands over through a queued signal; once the window is gone
        the listener stops instead."""

        def emit(value) -> None:
            try:
                signal.emit(value)
            except RuntimeError:  # the window (and this bridge) was deleted
                self.listener.stop()

        return emit

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                # the window may still refuse to close (a form with unsaved changes): look
                # once it has decided
                QTimer.singleShot(0, self, self._closed)
        return False

    def retranslate(self) -> None:
        self.retry.setText(self.tr("Retry now"))
        if self.connected is None:
            self.label.setText(self.tr("Connecting to the team server for live updates…"))
            self.label.setStyleSheet("")
        elif self.connected:
            self.label.setText(self.tr("Live: others' changes appear as they are saved"))
            self.label.setStyleSheet("")
        else:
            self.label.setText(
                self.tr(
                    "Connection to the team server lost; retrying. What you type is kept; "
                    "save again once it is back."
                )
            )
            self.label.setStyleSheet("color: #b3261e;")

    def _state(self, connected: bool) -> None:
        self.connected = connected
        self.retry.setVisible(not connected)
        self.retranslate()

    def _heard(self, changes: Changes) -> None:
        self._pending |= changes
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        changes, self._pending = self._pending, Changes()
        if not changes.empty:
            self.ctx.notify(changes)


class FileWatch(QObject):
    """A SQLite store changed by another process shows its changes on window focus."""

    def __init__(self, window, path):
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self._probe = DataVersion(path)  # PRAGMA data_version on a connection of its own
        self._seen = self._version()
        window.installEventFilter(self)
        window.destroyed.connect(self.close)

    def _version(self) -> int | None:
        return self._probe.read()

    def close(self) -> None:
        self._probe.close()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window:
            if event.type() == QEvent.Type.WindowActivate:
                self.check()
            elif event.type() == QEvent.Type.Close:
                self.close()
        return False

    def check(self) -> bool:
        """Refresh every view if the file changed since last looked at; True if it did."""
        now = self._version()
        if now is None:
            return False
        if self._seen is None or now == self._seen:
            self._seen = now
            return False
        self._seen = now
        self.ctx.notify(Changes.everything())
        return True
