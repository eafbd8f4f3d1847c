"""A lead opened from anywhere (My day, a duplicate warning, a drill-down): the same detail
panel in its own window."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from crm.ui.context import AppContext
from crm.ui.lead_detail import LeadDetailPanel
from crm.ui.window_fit import remember_size


class LeadDialog(QDialog):
    def __init__(self, ctx: AppContext, lead_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("leadDialog")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.panel = LeadDetailPanel(ctx, self)
        lay.addWidget(self.panel)
        self.panel.show_lead(lead_id)
        self.setWindowTitle(self.panel.detail.display_name if self.panel.detail else "")
        remember_size(self, ctx.settings, "lead_dialog", QSize(640, 720))
