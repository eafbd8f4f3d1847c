"""The selected lead beside the list: who, where it stands, its timeline of activities and
stage changes, a quick-log box (Ctrl+Enter saves), contacts, and the stage move."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm.accounts import permissions as P
from crm.errors import CrmError, NotFound
from crm.fields import GROUPS, LEAD_FIELDS
from crm.followups import activities
from crm.leads import company_flags, contacts
from crm.leads import edit as leads
from crm.pipeline.followup import label as followup_label
from crm.pipeline.followup import state as followup_state
from crm.team_settings import followup_thresholds
from crm.ui.contacts_view import ContactsView
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.leads.history_tab import HistoryTab
from crm.ui.leads.values import shown
from crm.ui.operations import Op
from crm.ui.quick_log import QuickLog
from crm.ui.stage_dialog import StageMoveDialog
from crm.ui.timeline import Timeline
from crm.ui.undo import DeleteActivityCommand, RestoreActivityCommand, RestoreLeadCommand
from crm.ui.widgets.allowed import allow
from crm.values.amounts import format_amount

_STAGE_BG = {
    "lost": "#6b7280",
    "on_hold": "#b7791f",
    "signed": "#15803d",
    "landed": "#15803d",
    "construction": "#15803d",
    "operating": "#15803d",
}


class LeadDetailPanel(QWidget):
    edit_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: leads.LeadDetail | None = None
        self.setObjectName("detailPanel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.title, 1)
        self.pill = QLabel(self)
        self.pill.setObjectName("stagePill")
        head.addWidget(self.pill, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)
        self.meta = QLabel(self)
        self.meta.setObjectName("detailMeta")
        self.meta.setWordWrap(True)
        lay.addWidget(self.meta)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(icon("pencil-outline"), "", self)
        self.edit_button.setObjectName("editLead")
        self.edit_button.clicked.connect(
            lambda: self.detail and self.edit_requested.emit(self.detail.id)
        )
        self.move_button = QPushButton(icon("swap-horizontal"), "", self)
        self.move_button.setObjectName("moveStage")
        self.move_button.clicked.connect(lambda: self.move_stage())
        self.restore_button = QPushButton(icon("delete-restore"), "", self)
        self.restore_button.setObjectName("restoreLead")
        self.restore_button.clicked.connect(self.restore)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.restore_button)
        # the company page (crm.ui.company): its projects in every city, people, activities
        self.company_button = QPushButton(icon("office-building-outline"), "", self)
        self.company_button.setObjectName("openCompany")
        self.company_button.clicked.connect(self.open_company)
        buttons.addWidget(self.company_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        timeline_tab = QWidget(self)
        tl = QVBoxLayout(timeline_tab)
        tl.setContentsMargins(4, 4, 4, 4)
        self.quick = QuickLog(ctx, timeline_tab)
        tl.addWidget(self.quick)
        self.timeline = Timeline(ctx, timeline_tab)
        self.timeline.edit_activity.connect(self.edit_activity)
        self.timeline.delete_activity.connect(self.delete_activity)
        self.timeline.restore_activity.connect(self.restore_activity)
        tl.addWidget(self.timeline, 1)
        self.tabs.addTab(timeline_tab, "")
        self.contacts = ContactsView(ctx, self)
        self.tabs.addTab(self.contacts, "")
        self.fields_box = QWidget(self)
        self.fields_form = QFormLayout(self.fields_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields_box)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(scroll, "")
        # the lead's files (crm.ui.attachments): a tab of its own, found by widget, not index
        from crm.ui.attachments.view import AttachmentsView

        self.attachments = AttachmentsView(ctx, self)
        self.tabs.addTab(self.attachments, "")
        self.history = HistoryTab(ctx, self)
        self.tabs.addTab(self.history, "")
        lay.addWidget(self.tabs, 1)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("detailMeta")
        lay.addWidget(self.empty)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.show_lead(None)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """At least 380 wide, and never narrower than what it holds needs (a fixed 380 let the
        splitter squeeze the quick log until the calendar button sat on the date)."""
        hint = super().minimumSizeHint()
        return QSize(max(380, hint.width()), hint.height())

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit (Enter)"))
        self.move_button.setText(self.tr("Move stage…"))
        self.restore_button.setText(self.tr("Restore"))
        self.company_button.setText(self.tr("Company…"))
        self.tabs.setTabText(0, self.tr("Timeline"))
        self.tabs.setTabText(1, self.tr("Contacts"))
        self.tabs.setTabText(2, self.tr("Details"))
        self.tabs.setTabText(self.tabs.indexOf(self.history), self.tr("History"))
        self._title_files()
        self.empty.setText(
            self.tr("Select a lead to see its timeline, log a follow-up or move its stage.")
        )
        self.quick.retranslate()
        self.contacts.retranslate()
        self.history.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_failure(self, error: CrmError) -> None:
        """The panel's message area (crm.ui.operations): the window's status bar, beside it."""
        self.ctx.bus.message.emit(error.render())

    def _on_changed(self, changes) -> None:
        if self.detail is not None and (self.detail.id in changes.leads or changes.bulk):
            self.refresh()

    def show_lead(self, lead_id: int | None) -> None:
        self.detail = None
        if lead_id is not None:
            try:
                self.detail = leads.get_lead(self.ctx.store, self.ctx.actor, lead_id)
            except NotFound:
                self.detail = None
        self.quick.lead_id = self.detail.id if self.detail else None
        self._render()

    def refresh(self) -> None:
        self.show_lead(self.detail.id if self.detail else None)

    def focus_quick_log(self) -> None:
        if self.detail is not None:
            if self._refused(self.quick):
                return
            self.tabs.setCurrentIndex(0)
            self.quick.focus()

    def _refused(self, w: QWidget) -> bool:
        """A shortcut for an action disabled here says why instead (Ctrl+L, Ctrl+M)."""
        if w.isEnabled():
            return False
        if w.toolTip():
            self.ctx.bus.message.emit(w.toolTip())
        return True

    # ------------------------------------------------------------ rendering
    def _render(self) -> None:
        d = self.detail
        w: QWidget
        for w in (self.title, self.pill, self.meta, self.edit_button, self.move_button, self.tabs):
            w.setVisible(d is not None)
        self.company_button.setVisible(d is not None and not d.masked)
        self.restore_button.setVisible(d is not None and d.deleted)
        self.empty.setVisible(d is None)
        if d is None:
            return
        ref, v = self.ctx.ref, d.values
        self.title.setText(
            html.escape(d.display_name or "")
            + (
                ""
                if d.masked
                else f"<br><span style='font-size:12px;color:#3e4c59;font-weight:400'>"
                f"{html.escape(v.get('project_name') or '')}</span>"
            )
        )
        self.pill.setText(ref.stage_label(v["stage"]))
        self.pill.setStyleSheet(f"background:{_STAGE_BG.get(v['stage'], '#1f5f99')}")
        th = followup_thresholds(self.ctx.store)
        fu = followup_state(v["next_followup"], v["stage"], date.today(), th)
        bits = [
            ref.label(v["city"]),
            ref.label(v["field"]) + (f" / {ref.label(v['subfield'])}" if v["subfield"] else ""),
            self.tr("Owner: {name}").format(name=ref.user_name(v["owner"])),
            self.tr("Planned {amount}").format(amount=format_amount(v["planned_investment"])),
            self.tr("Since {day}").format(day=v["stage_date"].isoformat()),
        ]
        if v["next_followup"]:
            bits.append(
                self.tr("Next follow-up {day} ({state})").format(
                    day=v["next_followup"].isoformat(), state=followup_label(fu, th).render()
                )
            )
        if v["is_key"]:
            bits.insert(0, "★ " + self.tr("Key project"))
        bits.insert(1 if v["is_key"] else 0, company_flags.text(v, ref))
        if d.deleted:
            bits.insert(0, self.tr("Deleted"))
        self.meta.setText(" · ".join(b for b in bits if b))
        # what this person may not do is disabled with the reason (crm.accounts.permissions)
        actor = self.ctx.actor
        editing = P.edit_lead(actor, v["owner"], v["city"])
        logging = P.log_activity(actor, v["city"], bool(v.get("confidential")))
        allow(self.edit_button, editing)
        allow(self.move_button, editing)
        allow(self.quick, logging)
        allow(self.restore_button, P.restore_lead(actor, v["city"], d.updated_by))
        if d.deleted:
            for w in (self.edit_button, self.move_button, self.quick):
                w.setEnabled(False)
        self.contacts.show_lead(
            d.id,
            d.contacts,
            d.contacts_visible and not d.deleted and editing is None,
            on_request=d.contacts_on_request,
            refused=editing,
        )
        self._render_timeline()
        self._render_fields()
        editable = not d.deleted and not d.masked
        editable = editable and P.edit_lead(self.ctx.actor, v["owner"], v["city"]) is None
        self.attachments.show_lead(d.id, editable)
        self._title_files()
        self.history.show_lead(d.id)

    def _title_files(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.attachments), self.attachments.title())

    def _render_timeline(self) -> None:
        if self.detail is None:  # nothing shown yet
            return
        self.timeline.show_lead(self.detail.id, self.detail.values["city"])

    def _render_fields(self) -> None:
        if self.detail is None:  # nothing shown yet
            return
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        ref, v = self.ctx.ref, self.detail.values
        group = None
        for spec in LEAD_FIELDS:
            if spec.group != group:
                group = spec.group
                title = QLabel(GROUPS[group].render(), self.fields_box)
                title.setObjectName("sectionTitle")
                self.fields_form.addRow(title)
            text = shown(ref, spec, v.get(spec.name))
            label = QLabel(text, self.fields_box)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields_form.addRow(spec.label.render(), label)

    # ------------------------------------------------------------ activities
    def edit_activity(self, activity_id: int) -> None:
        from crm.ui.activity_editor import ActivityEditor

        act = Op(self, self.ctx, lambda: activities.get_activity(self.ctx.store, activity_id)).run()
        if act is not None and act.deleted_at is None:
            editor = ActivityEditor(self.ctx, act, self)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.open()  # window-modal, like the lead form: the app keeps running

    def delete_activity(self, activity_id: int, *, restore: bool = False) -> None:
        def done(result: activities.ActivityEdit) -> None:
            self.ctx.bus.message.emit(
                self.tr("Activity restored.")
                if restore
                else self.tr("Activity deleted; Ctrl+Z brings it back.")
            )

        Op(
            self,
            self.ctx,
            lambda: activities.delete_activity(
                self.ctx.store, self.ctx.actor, activity_id, restore=restore
            ),
        ).undo(
            lambda r: (
                RestoreActivityCommand(self.ctx, self.tr("restore activity"), r)
                if restore
                else DeleteActivityCommand(self.ctx, self.tr("delete activity"), r)
            )
        ).success(done).run()

    def restore_activity(self, activity_id: int) -> None:
        self.delete_activity(activity_id, restore=True)

    # ------------------------------------------------------------ actions
    def open_company(self) -> None:
        from crm.ui.company import open_company_of_lead

        if self.detail is not None:
            open_company_of_lead(self.ctx, self.detail.id, self.window())

    def restore(self) -> None:
        d = self.detail
        if d is None or not d.deleted:
            return
        Op(
            self,
            self.ctx,
            lambda: leads.restore_lead(
                self.ctx.store, self.ctx.actor, d.id, expected_version=d.version
            ),
        ).undo(lambda r: RestoreLeadCommand(self.ctx, self.tr("restore lead"), r)).success(
            lambda _r: self.ctx.bus.message.emit(self.tr("Lead restored."))
        ).run()

    def move_stage(self, to_stage: str | None = None) -> None:
        d = self.detail
        if d is None or d.deleted or self._refused(self.move_button):
            return
        dlg = StageMoveDialog(
            self.ctx,
            d.id,
            d.version,
            d.values["stage"],
            d.values["agreed_investment"],
            to_stage,
            self,
        )
        dlg.exec()  # the dialog makes the move (crm.ui.operations): undo step, broadcast


__all__ = ["LeadDetailPanel", "QuickLog", "contacts"]
