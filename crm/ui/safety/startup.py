"""Opening the store for the app, with the person deciding what the services cannot: another
program holds the store (say who, offer read-only), it failed its check before (open it
read-only, offer the newest verified backup), it lives in a network share or a sync folder
(warn, with the reason). The quick check itself runs after the window is shown (checks.py).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm.db.lock import StoreInUse
from crm.db.store import Store
from crm.safety.store_health import Opened, open_for_app
from crm.ui.operations import Op

log = logging.getLogger(__name__)


def open_store_for_app(db: str | None, parent: QWidget | None = None) -> Opened | None:
    """The opened store, or None when the person chose not to go on (or it cannot be
    opened: the reason was shown)."""

    def open_it() -> Opened | None:
        try:
            return open_for_app(db)
        except StoreInUse as exc:  # a question, not a failure: read-only, or not at all
            if not ask_read_only(exc, parent):
                return None
            return open_for_app(db, readonly=True)

    # before the window: no AppContext (crm.ui.operations routes the errors all the same)
    opened = (
        Op(parent, None, open_it)
        .failure(
            lambda exc: QMessageBox.critical(
                parent,
                QCoreApplication.translate("SafetyStart", "Cannot open the store"),
                exc.render(),
            )
        )
        .run()
    )
    if opened is None:
        return None
    if opened.warning is not None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("SafetyStart", "Where the store is"),
            opened.warning.render(),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("storeLocationWarning")
        box.exec()
    if opened.took_over is not None:
        log.warning("store lock taken over from %s", opened.took_over.describe())
    return opened


def ask_read_only(exc: StoreInUse, parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("storeInUse")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("SafetyStart", "The store is in use"))
    box.setText(exc.render())
    box.setInformativeText(
        QCoreApplication.translate(
            "SafetyStart",
            "You can open it read-only to look things up; nothing can be changed until the "
            "other program closes it.",
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("SafetyStart", "Open read-only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("SafetyStart", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def read_only_reason(store: Store) -> str | None:
    """For the status bar: why nothing can be saved, or None."""
    if store.damaged is not None:
        return QCoreApplication.translate(
            "SafetyStart", "Read-only: the store failed its integrity check"
        )
    if store.readonly:
        return QCoreApplication.translate(
            "SafetyStart", "Read-only: another program holds the store"
        )
    return None
