"""File ▸ Connect to team server…: server, port, database, encryption, your name and password.

Connecting runs in the background (a server that does not answer takes up to five seconds);
what went wrong (wrong password, server down, TLS refused, an older schema) is said inside the
dialog and everything typed stays. A one-time password is replaced here, before going on.
The server, port, database, encryption and name are remembered in the settings; the password
only in the OS keyring, and only when asked to (crm.ui.team.secrets).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm.accounts.users import Actor
from crm.errors import CrmError
from crm.team.session import TLS_MODES, ServerUrl, server_url, sign_in_to_server
from crm.ui.context import AppContext
from crm.ui.operations import Op
from crm.ui.settings import Setting
from crm.ui.team import secrets

SERVER = Setting("team/server", str, "")
PORT = Setting("team/port", int, 5432)
DATABASE = Setting("team/database", str, "crm")
TLS = Setting("team/tls", str, "prefer")
NAME = Setting("team/name", str, "")
REMEMBER = Setting("team/remember", bool, False)


def account_key(host: str, port: int, database: str, name: str) -> str:
    return f"{name}@{host}:{port}/{database}"


class ConnectDialog(QDialog):
    """On success ``url`` is the person's connection (password included) and ``actor`` who
    they are; the store opened to check is closed again (the app opens its own)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.url: ServerUrl | None = None
        self.actor: Actor | None = None
        self._one_time = False
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to team server"))
        settings = ctx.settings
        self.host = QLineEdit(settings.get(SERVER), self)
        self.host.setObjectName("connectHost")
        self.host.setPlaceholderText(self.tr("e.g. crm.corridor.local or 10.0.0.5"))
        self.port = QSpinBox(self)
        self.port.setObjectName("connectPort")
        self.port.setRange(1, 65535)
        self.port.setValue(settings.get(PORT))
        self.database = QLineEdit(settings.get(DATABASE), self)
        self.database.setObjectName("connectDatabase")
        self.tls = QComboBox(self)
        self.tls.setObjectName("connectTls")
        labels = {
            "prefer": self.tr("Encrypted when the server offers it"),
            "require": self.tr("Always encrypted"),
            "verify-full": self.tr("Encrypted, server certificate checked"),
            "disable": self.tr("Not encrypted (local network only)"),
        }
        for mode in TLS_MODES:
            self.tls.addItem(labels[mode], mode)
        self.tls.setCurrentIndex(max(0, self.tls.findData(settings.get(TLS))))
        self.name = QLineEdit(settings.get(NAME), self)
        self.name.setObjectName("connectName")
        self.password = QLineEdit(self)
        self.password.setObjectName("connectPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password (in the system's keyring)"), self)
        self.remember.setObjectName("connectRemember")
        if secrets.available():
            self.remember.setChecked(settings.get(REMEMBER))
            saved = secrets.load(self._account())
            if saved:
                self.password.setText(saved)
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("This computer has no keyring the app can use."))
        self.new_password = QLineEdit(self)
        self.new_password.setObjectName("connectNewPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        for line, name in ((self.host, "Server"), (self.database, "Database")):
            line.setAccessibleName(name)
        self.error = QLabel(self)
        self.error.setObjectName("connectError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Encryption (TLS)"), self.tls)
        form.addRow(self.tr("Your username"), self.name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.new_label = QLabel(self.tr("Choose your own password"), self)
        self.again_label = QLabel(self.tr("The same again"), self)
        form.addRow(self.new_label, self.new_password)
        form.addRow(self.again_label, self.again)
        for w in (self.new_label, self.new_password, self.again_label, self.again):
            w.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Connect"))
        self.ok.setObjectName("connectButton")
        self.buttons.accepted.connect(self.connect_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The team's shared pool on the committee's server. You sign in with your own "
                "account; the server itself keeps to what your role may see and change."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _account(self) -> str:
        return account_key(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.name.text().strip(),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def show_failure(self, error: CrmError) -> None:
        """The dialog's message area (crm.ui.operations)."""
        self.show_error(error.render())

    def connect_now(self) -> None:
        if self._one_time:
            return self._change_password()
        host, port, database = self.host.text(), self.port.value(), self.database.text()
        tls, name, password = self.tls.currentData(), self.name.text(), self.password.text()
        url = Op(self, None, lambda: server_url(host, port, database, tls, name, password)).run()
        if url is None:  # shown in this dialog (show_failure)
            return None
        self.ok.setEnabled(False)
        self.error.hide()
        self.ok.setText(self.tr("Connecting…"))

        def work() -> tuple[Actor, bool]:
            store, actor, one_time = sign_in_to_server(url)
            store.dispose()
            return actor, one_time

        Op(self, self.ctx, work).success(lambda result: self._connected(url, *result)).failure(
            self._failed
        ).run_in_background(self.tr("Connecting to the team server…"), progress=False)

    def _failed(self, exc: CrmError) -> None:
        self.ok.setEnabled(True)
        self.ok.setText(self.tr("Connect"))
        self.show_error(exc.render())

    def _connected(self, url: ServerUrl, actor: Actor, one_time: bool) -> None:
        self.ok.setEnabled(True)
        self.ok.setText(self.tr("Connect"))
        self.url, self.actor = url, actor
        if one_time:
            self._one_time = True
            for w in (self.new_label, self.new_password, self.again_label, self.again):
                w.show()
            self.new_password.setFocus()
            self.show_error(self.tr("Your password is a one-time one: choose your own to go on."))
            return None
        self._finish()

    def _change_password(self) -> None:
        from crm.db.store import open_store
        from crm.team.people import change_own_password

        if self.new_password.text() != self.again.text():
            return self.show_error(self.tr("The two passwords differ."))
        if self.url is None:  # asked only once connected (_connected)
            return None
        url, new = self.url.render_as_string(hide_password=False), self.new_password.text()

        def change() -> None:
            store = open_store(url)
            try:
                change_own_password(store, new)
            finally:
                store.dispose()

        # crm.ui.operations shows a refusal in this dialog's message area (show_failure)
        Op(self, None, change).success(lambda _r: self._password_changed()).run()

    def _password_changed(self) -> None:
        if self.url is not None:  # set when connected, before the password could change
            self.url = self.url.set(password=self.new_password.text())
        self.password.setText(self.new_password.text())
        self._finish()

    def _finish(self) -> None:
        settings = self.ctx.settings
        settings.set(SERVER, self.host.text().strip())
        settings.set(PORT, self.port.value())
        settings.set(DATABASE, self.database.text().strip())
        settings.set(TLS, self.tls.currentData())
        settings.set(NAME, self.name.text().strip())
        settings.set(REMEMBER, self.remember.isChecked())
        if self.remember.isChecked():
            secrets.save(self._account(), self.password.text())
        else:
            secrets.forget(self._account())
        settings.sync()
        self.accept()
