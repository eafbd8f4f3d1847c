"""The company page (crm.ui.company.page), opened from any lead: Lead ▸ Company page
(Ctrl+Shift+C) on the lead list's current lead, and the lead detail's Company button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from crm.ui.context import AppContext


def open_company_of_lead(ctx: AppContext, lead_id: int, parent: QWidget | None = None) -> None:
    """The company page of a lead's company, or why not in the status bar."""
    from crm.leads.companies import company_of_lead
    from crm.ui.company.page import open_company
    from crm.ui.operations import Op

    Op(parent, ctx, lambda: company_of_lead(ctx.store, ctx.actor, lead_id)).success(
        lambda company_id: open_company(ctx, company_id, parent)
    ).run()


class _Action(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("openCompany")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.action.triggered.connect(self.trigger)
        window.menu("lead").addAction(self.action)
        window.installEventFilter(self)
        self.retranslate()

    def trigger(self) -> None:
        lead_id = self.window.leads.current_lead_id()
        if lead_id is None:
            self.window.ctx.bus.message.emit(
                QCoreApplication.translate("CompanyPage", "Select a lead first.")
            )
            return
        open_company_of_lead(self.window.ctx, lead_id, self.window)

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("CompanyPage", "Company page"))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(window) -> None:
    window._company_action = _Action(window)


def screens(window, app):
    """For python -m crm.ui.screenshots: the company page of the list's largest project."""

    def grab():
        from crm.leadlist.query import LeadFilter, list_leads
        from crm.ui.company.page import CompanyPage

        row = list_leads(
            window.ctx.store,
            window.ctx.actor,
            LeadFilter(owners=(window.ctx.actor.id,)),
            sort=[("planned_investment", True)],
            limit=1,
        ).rows[0]
        page = CompanyPage(window.ctx, row.company_id, window)
        page.show()  # placed within the (offscreen, 800×600) screen first, then at its size
        for _ in range(5):
            app.processEvents()
        page.resize(1120, 640)
        for _ in range(5):
            app.processEvents()
        img = page.grab()
        page.close()
        return img

    return [("company-page", grab)]
