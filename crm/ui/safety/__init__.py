"""Data safety in the app (issue 13): the Backup & Restore page, the quick check after the
window is shown, automatic backups, and the dialogs for a store in use or damaged
(startup.py, called by app.py before the window exists)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def install(window) -> None:
    from crm.ui.safety.checks import install as install_checks

    def page():
        from crm.ui.safety.page import BackupPage  # built when first opened

        return BackupPage(window.ctx, window, window)

    window.add_page(
        "backups",
        page,
        "backup-restore",
        lambda: QCoreApplication.translate("SafetyFeature", "Backup & Restore"),
        index=window.page_index("settings"),
    )
    window.safety_guardian = install_checks(window)


def screens(window, app):
    def backups():
        from crm.ui.screenshots import _settle

        window.show_page("backups")
        _settle(app)
        return window.grab()

    return [("backup-restore", backups)]
