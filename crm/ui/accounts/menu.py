"""File ▸ Change my password…, Switch user…, Sign out. Switch user and Sign out ask for the
next person's password, so on a store where nobody else can sign in yet they are disabled
with the reason (the menu shows it as a tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction

from crm.ui.icons import icon


class AccountActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        menu = window.menu("file")
        menu.setToolTipsVisible(True)
        self.a_password = QAction(icon("key-outline"), "", window)
        self.a_password.setObjectName("actionChangePassword")
        self.a_password.triggered.connect(self.change_password)
        self.a_switch = QAction(icon("account-switch-outline"), "", window)
        self.a_switch.setObjectName("actionSwitchUser")
        self.a_switch.triggered.connect(lambda: window.switch_user())
        self.a_sign_out = QAction(icon("logout"), "", window)
        self.a_sign_out.setObjectName("actionSignOut")
        self.a_sign_out.triggered.connect(lambda: window.switch_user(sign_out=True))
        quit_action = window.a_quit
        for a in (self.a_password, self.a_switch, self.a_sign_out):
            menu.insertAction(quit_action, a)
        menu.insertSeparator(quit_action)
        menu.aboutToShow.connect(self.update)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.a_password.setText(self.tr("Change my password…"))
        self.a_switch.setText(self.tr("Switch user…"))
        self.a_sign_out.setText(self.tr("Sign out"))

    def update(self) -> None:
        """Switch user and Sign out only where someone signs in (read when the menu opens,
        so the window's start reads nothing for it)."""
        from crm.accounts.signin import state

        reason = ""
        if not state(self.window.ctx.store).needs_sign_in:
            reason = self.tr(
                "Nobody can sign in to this store yet: give people passwords on the People page."
            )
        for a in (self.a_switch, self.a_sign_out):
            a.setEnabled(not reason)
            a.setToolTip(reason or a.text())

    def change_password(self) -> None:
        change_own_password(self.window.ctx, self.window)


def change_own_password(ctx, parent) -> bool:
    """File ▸ Change my password… (and the People page on one's own row). A password
    remembered on this computer is replaced by the new one."""
    from crm.ui.accounts import remember
    from crm.ui.accounts.password_dialog import ChangePasswordDialog

    dlg = ChangePasswordDialog(ctx.store, ctx.actor, has_password=_has_password(ctx), parent=parent)
    if not dlg.exec():
        return False
    where = ctx.store.describe()
    if (
        ctx.settings.get(remember.REMEMBERED, store=where)
        and ctx.settings.get(remember.LAST_USERNAME, store=where) == ctx.actor.username
    ):
        remember.signed_in(ctx.settings, where, ctx.actor.username, dlg.password, True)
    ctx.bus.message.emit(QCoreApplication.translate("AccountActions", "Your password was changed."))
    return True


def _has_password(ctx) -> bool:
    from crm.accounts.users import system_actor
    from crm.team.people import people  # on a team server: the login's answer

    return any(
        p.id == ctx.actor.id and p.can_sign_in for p in people(ctx.store, system_actor(ctx.store))
    )
