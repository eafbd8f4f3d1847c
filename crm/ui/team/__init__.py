"""The team server in the app: File ▸ Connect to team server… (connect_dialog), the status
bar saying where the data lives, and others' changes arriving live (live)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction

from crm.ui.icons import icon


class TeamMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.a_connect = QAction(icon("server-network"), "", window)
        self.a_connect.setObjectName("actionConnectTeamServer")
        self.a_connect.triggered.connect(self.connect_server)
        file_menu = window.menu("file")
        file_menu.insertAction(window.a_quit, self.a_connect)
        file_menu.insertSeparator(window.a_quit)
        self.live = None
        store = self.ctx.store
        if not store.is_sqlite:
            from crm.team.session import is_team_server
            from crm.ui.team.live import ServerLive

            if is_team_server(store):
                self.live = ServerLive(window, store.url)
        elif store.path is not None:
            from crm.ui.team.live import FileWatch

            self.live = FileWatch(window, store.path)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.a_connect.setText(self.tr("Connect to team server…"))
        self.a_connect.setStatusTip(
            self.tr("Work in the team's shared pool on the committee's server")
        )
        # after the window has written its own status-bar text
        QTimer.singleShot(0, self, self.show_where)

    def show_where(self) -> None:
        store = self.ctx.store
        if store.is_sqlite:
            return
        url = store.url
        self.window.store_label.setText(
            self.tr("Team server: {database} on {host}").format(
                database=url.database, host=url.host
            )
        )
        self.window.store_label.setToolTip(store.describe())

    def connect_server(self) -> None:
        from crm.ui.team.connect_dialog import ConnectDialog

        dlg = ConnectDialog(self.ctx, self.window)
        if dlg.exec() and dlg.url is not None:
            self.ctx.bus.open_store.emit(dlg.url.render_as_string(hide_password=False))


def install(window) -> None:
    window.team_menu = TeamMenu(window)
