"""The lead list's context menu: open, move stage, log a follow-up, delete, the lead's history
and — for managers and administrators — its audit log; with several leads selected, the bulk
steps too. What the person may not do is disabled with the reason (crm.accounts.permissions) as its
tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from crm.accounts import permissions as P
from crm.ui.icons import icon
from crm.ui.leads.bulk_bar import step_refusal
from crm.ui.leads.bulk_kinds import CITY, FOLLOWUP, KEY, OWNER, STAGE
from crm.ui.models.lead_table import ROW_ROLE
from crm.ui.widgets.allowed import allow


def lead_menu(page, pos) -> QMenu | None:
    """The menu for the row at ``pos`` (viewport coordinates) of ``page``'s table."""
    index = page.table.indexAt(pos)
    if not index.isValid():
        return None
    row = page.model.data(index, ROW_ROLE)
    if row is None:
        return None
    actor, window = page.ctx.actor, page.window()
    menu = QMenu(page.table)
    menu.setObjectName("leadMenu")
    menu.setToolTipsVisible(True)
    editing = P.edit_lead(actor, row.owner_id, row.city_id)
    if row.deleted:
        editing = editing or P.restore_lead(actor, row.city_id, None)

    def add(name: str, icon_name: str, text: str, slot, reason=None) -> QAction:
        a = menu.addAction(icon(icon_name), text, slot)
        a.setObjectName(name)
        allow(a, reason)
        return a

    add(
        "menuOpen",
        "pencil-outline",
        QCoreApplication.translate("LeadMenu", "Open"),
        lambda: page.edit_requested.emit(row.id),
    )
    add("menuMove", "swap-horizontal", QCoreApplication.translate("LeadMenu", "Move stage…"),
        lambda: (page.ensure_detail(), page.detail.move_stage()),
        editing if not row.deleted else P.edit_lead(actor, row.owner_id, row.city_id))  # fmt: skip
    add("menuLog", "message-plus-outline", QCoreApplication.translate("LeadMenu", "Log activity"),
        lambda: (page.ensure_detail(), page.detail.focus_quick_log()),
        P.log_activity(actor, row.city_id, row.confidential))  # fmt: skip
    delete = window.findChild(QAction, "actionDelete") if window is not None else None
    if delete is not None and not row.deleted:
        add("menuDelete", "delete-outline", QCoreApplication.translate("LeadMenu", "Delete lead"),
            lambda: (page.table.setFocus(), delete.trigger()),
            P.edit_lead(actor, row.owner_id, row.city_id))  # fmt: skip
    menu.addSeparator()
    add(
        "menuHistory",
        "history",
        QCoreApplication.translate("LeadMenu", "History"),
        lambda: _history(page),
    )
    if P.read_audit(actor) is None and hasattr(window, "show_page"):
        add("menuAudit", "clipboard-text-clock-outline", QCoreApplication.translate("LeadMenu", "Audit log of this lead"),
            lambda: _audit(window, row.id))  # fmt: skip
    if page.selection.count() > 1:
        menu.addSeparator()
        n = f"{page.selection.count():,}"
        for kind, text in (
            (OWNER, QCoreApplication.translate("LeadMenu", "Owner of the {n} selected…")),
            (STAGE, QCoreApplication.translate("LeadMenu", "Stage of the {n} selected…")),
            (CITY, QCoreApplication.translate("LeadMenu", "City of the {n} selected…")),
            (KEY, QCoreApplication.translate("LeadMenu", "Key project of the {n} selected…")),
            (
                FOLLOWUP,
                QCoreApplication.translate("LeadMenu", "Next follow-up of the {n} selected…"),
            ),
        ):
            add(f"menuBulk_{kind}", "checkbox-multiple-marked-outline", text.format(n=n),
                lambda k=kind: page.bulk_step(k), step_refusal(page.ctx, kind))  # fmt: skip
    return menu


def _history(page) -> None:
    page.ensure_detail()
    page.detail.tabs.setCurrentWidget(page.detail.history)


def _audit(window, lead_id: int) -> None:
    window.show_page("audit")
    window.audit_page.show_lead(lead_id)
