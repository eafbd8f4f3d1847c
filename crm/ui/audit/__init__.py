"""The Audit page in the navigation, for the people who may read the audit log (managers and
administrators: crm.accounts.permissions.read_audit). Others do not see it at all; the service
refuses them anyway."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm.accounts import permissions
from crm.ui.noop import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("AuditNav", "Audit log")


def install(window) -> None:
    if permissions.read_audit(window.ctx.actor) is not None:
        return

    def build():
        from crm.ui.audit.page import AuditPage

        page = AuditPage(window.ctx, window)
        window.audit_page = page
        return page

    window.add_page(
        "audit",
        build,
        "history",
        lambda: QCoreApplication.translate("AuditNav", TITLE),
        index=window.page_index("settings"),
    )
