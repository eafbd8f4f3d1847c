"""The reference lists' editor in the navigation, for administrators (crm.accounts.permissions.administer);
others do not see it, and the service refuses them anyway."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm.accounts import permissions
from crm.ui.noop import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("ReferenceNav", "Reference lists")


def install(window) -> None:
    if permissions.administer(window.ctx.actor) is not None:
        return

    def build():
        from crm.ui.reference.page import ReferencePage

        page = ReferencePage(window.ctx, window)
        window.reference_page = page
        return page

    window.add_page(
        "reference",
        build,
        "format-list-checks",
        lambda: QCoreApplication.translate("ReferenceNav", TITLE),
        index=window.page_index("settings"),
    )
