"""Accounts in the app: who signs in (session.py: the first administrator, a password, a
remembered one), the sign-in dialog (reusable: it is given the sign-in to perform), File ▸
Change my password / Switch user / Sign out (menu.py) and the People page for
administrators (people_page.py), built when first opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm.ui.noop import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("AccountsNav", "People")


def install(window) -> None:
    from crm.accounts.permissions import administer
    from crm.ui.accounts.menu import AccountActions

    window.account_actions = AccountActions(window)
    if administer(window.ctx.actor) is not None:
        return  # not an administrator: no People page (the services refuse them anyway)

    def build():
        from crm.ui.accounts.people_page import PeoplePage

        window.people_page = PeoplePage(window.ctx, window)
        return window.people_page

    window.add_page(
        "people",
        build,
        "account-multiple-outline",
        lambda: QCoreApplication.translate("AccountsNav", TITLE),
        index=window.page_index("settings"),
    )
