"""The selected lead beside the list: who, where it stands, its timeline of activities and
stage changes, a quick-log box (Ctrl+Enter saves), contacts, and the stage move."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm import activities, contacts, leads
from crm.amounts import format_amount, format_number
from crm.errors import CrmError, NotFound, ValidationError
from crm.fields import GROUPS, LEAD_FIELDS, UNIT_WAN_YEAR
from crm.followup import label as followup_label
from crm.followup import state as followup_state
from crm.team_settings import followup_thresholds
from crm.ui.contacts_view import ContactsView
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.stage_dialog import StageMoveDialog
from crm.ui.undo import LogActivityCommand, MoveStageCommand
from crm.ui.widgets.inputs import DateEdit, ErrorLabel, SearchCombo

_STAGE_BG = {
    "lost": "#6b7280",
    "on_hold": "#b7791f",
    "signed": "#15803d",
    "landed": "#15803d",
    "construction": "#15803d",
    "operating": "#15803d",
}


class QuickLog(QFrame):
    """Type, date, what happened, next follow-up — Ctrl+Enter logs it."""

    logged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lead_id: int | None = None
        self.setObjectName("quickLog")
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        self.kind = SearchCombo(self, allow_empty=False)
        self.kind.setObjectName("activityType")
        self.day = DateEdit(self)
        self.day.setObjectName("activityDate")
        self.next = DateEdit(self)
        self.next.setObjectName("activityNext")
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("activitySummary")
        self.summary.setFixedHeight(58)
        self.save = QPushButton(icon("send", "#ffffff"), "", self)
        self.save.setObjectName("primaryButton")
        self.save.clicked.connect(self.submit)
        self.error = ErrorLabel(self)
        self.l_kind, self.l_day, self.l_next = QLabel(self), QLabel(self), QLabel(self)
        # sized by a few characters, not by the longest type name ("Negotiation meeting")
        self.kind.setSizeAdjustPolicy(
            SearchCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(5)
        for d in (self.day, self.next):
            d.edit.setMinimumWidth(96)
        grid.addWidget(self.l_kind, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.l_day, 0, 2)
        grid.addWidget(self.day, 0, 3)
        grid.addWidget(self.summary, 1, 0, 1, 4)
        grid.addWidget(self.l_next, 2, 0)
        grid.addWidget(self.next, 2, 1)
        grid.addWidget(self.save, 2, 3)
        grid.addWidget(self.error, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for w in (self.summary, self.kind, self.day.edit, self.next.edit):
            sc = QShortcut(
                QKeySequence("Ctrl+Return"),
                w,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
            sc.activated.connect(self.submit)
        self.retranslate()
        self.reset()

    def retranslate(self) -> None:
        self.kind.set_items([(i.label(), i.id) for i in self.ctx.ref.kind("activity_type")])
        self.l_kind.setText(self.tr("Type"))
        self.l_day.setText(self.tr("Date"))
        self.l_next.setText(self.tr("Next follow-up"))
        self.summary.setPlaceholderText(self.tr("What happened? (Ctrl+Enter to log)"))
        self.summary.setAccessibleName(self.tr("Activity summary"))
        self.save.setText(self.tr("Log"))
        self.save.setToolTip(self.tr("Log this activity (Ctrl+Enter)"))

    def reset(self) -> None:
        self.summary.clear()
        self.day.set_date(date.today())
        self.next.set_date(None)
        self.error.show_message(None)

    def focus(self) -> None:
        self.summary.setFocus()

    def submit(self) -> None:
        if self.lead_id is None:
            return
        data = {
            "activity_type": self.kind.value(),
            "occurred_on": self.day.text(),
            "summary": self.summary.toPlainText(),
            "next_followup": self.next.text(),
        }
        try:
            result = activities.log_activity(self.ctx.store, self.ctx.actor, self.lead_id, data)
        except CrmError as exc:
            self.error.show_message(
                exc.errors[0].message if isinstance(exc, ValidationError) else exc.message
            )
            if isinstance(exc, ValidationError) and exc.errors[0].field == "summary":
                self.summary.setFocus()
            return
        self.ctx.undo.push(LogActivityCommand(self.ctx, self.tr("log activity"), result))
        self.reset()
        self.ctx.notify(result.changes)
        self.logged.emit()


class LeadDetailPanel(QWidget):
    edit_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: leads.LeadDetail | None = None
        self.setObjectName("detailPanel")
        self.setMinimumWidth(380)
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
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        timeline_tab = QWidget(self)
        tl = QVBoxLayout(timeline_tab)
        tl.setContentsMargins(4, 4, 4, 4)
        self.quick = QuickLog(ctx, timeline_tab)
        tl.addWidget(self.quick)
        self.timeline = QTextBrowser(timeline_tab)
        self.timeline.setObjectName("timeline")
        self.timeline.setOpenLinks(False)
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
        lay.addWidget(self.tabs, 1)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("detailMeta")
        lay.addWidget(self.empty)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.show_lead(None)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit (Enter)"))
        self.move_button.setText(self.tr("Move stage…"))
        self.restore_button.setText(self.tr("Restore"))
        self.tabs.setTabText(0, self.tr("Timeline"))
        self.tabs.setTabText(1, self.tr("Contacts"))
        self.tabs.setTabText(2, self.tr("Details"))
        self.empty.setText(
            self.tr("Select a lead to see its timeline, log a follow-up or move its stage.")
        )
        self.quick.retranslate()
        self.contacts.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
            self.tabs.setCurrentIndex(0)
            self.quick.focus()

    # ------------------------------------------------------------ rendering
    def _render(self) -> None:
        d = self.detail
        for w in (self.title, self.pill, self.meta, self.edit_button, self.move_button, self.tabs):
            w.setVisible(d is not None)
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
        if d.deleted:
            bits.insert(0, self.tr("Deleted"))
        self.meta.setText(" · ".join(b for b in bits if b))
        self.edit_button.setEnabled(not d.masked and not d.deleted)
        self.move_button.setEnabled(not d.deleted)
        self.quick.setEnabled(not d.deleted)
        self.contacts.show_lead(d.id, d.contacts, d.contacts_visible and not d.deleted)
        self._render_timeline()
        self._render_fields()

    def _render_timeline(self) -> None:
        ref = self.ctx.ref
        parts = []
        next_step, stage_word = self.tr("Next step"), self.tr("Stage")
        for e in activities.timeline(self.ctx.store, self.detail.id):
            who = html.escape(ref.user_name(e.user_id))
            if e.kind == "activity":
                a = e.activity
                nxt = (
                    f"<br><span style='color:#5b6b7c'>{html.escape(next_step)}: "
                    f"{html.escape(a.next_step)}</span>"
                    if a.next_step
                    else ""
                )
                due = ""
                if a.next_followup:
                    due = " · " + html.escape(
                        self.tr("next follow-up {day}").format(day=a.next_followup.isoformat())
                    )
                parts.append(
                    f"<p style='margin-top:0px; margin-bottom:12px'><b style='color:#163a5f'>{e.day.isoformat()}</b> "
                    f"<span style='background:#eaf3fb;color:#1f5f99;padding:1px 6px'>{html.escape(ref.label(a.type_id))}"
                    f"</span> <span style='color:#5b6b7c'>{who}{due}</span>"
                    f"<br>{html.escape(a.summary).replace(chr(10), '<br>')}{nxt}</p>"
                )
            else:
                m = e.stage
                arrow = f"{html.escape(ref.stage_label(m.from_stage))} → " if m.from_stage else ""
                extra = ""
                if m.to_stage == "lost" and m.lost_reason_id:
                    extra = f" · {html.escape(ref.label(m.lost_reason_id))}"
                    if m.lost_to_region:
                        extra += f" → {html.escape(m.lost_to_region)}"
                if m.on_hold_until:
                    again = self.tr("look again {day}")
                    extra = " · " + html.escape(again.format(day=m.on_hold_until.isoformat()))
                if m.note:
                    extra += f" · {html.escape(m.note)}"
                parts.append(
                    f"<p style='margin-top:0px; margin-bottom:12px; color:#3e4c59'><b style='color:#163a5f'>{e.day.isoformat()}</b> "
                    f"<span style='background:#eef7ee;color:#166534;padding:1px 6px'>{html.escape(stage_word)}</span> "
                    f"{arrow}<b>{html.escape(ref.stage_label(m.to_stage))}</b>{extra} "
                    f"<span style='color:#5b6b7c'>{who}</span></p>"
                )
        if not parts:
            none_yet = self.tr("No activity yet.")
            parts.append(f"<p style='color:#5b6b7c'>{html.escape(none_yet)}</p>")
        self.timeline.setHtml("".join(parts))

    def _render_fields(self) -> None:
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
            value = v.get(spec.name)
            if spec.kind == "bool":
                text = self.tr("Yes") if value else self.tr("No")
            elif spec.kind == "ref":
                text = ref.stage_label(value) if spec.ref_kind == "stage" else ref.label(value)
            elif spec.kind == "user":
                text = ref.user_name(value)
            elif value is None:
                text = ""
            elif spec.kind == "amount":  # as amounts read everywhere: 1,162万元 / RMB 11.62 m
                text = format_amount(value)
                if spec.unit is UNIT_WAN_YEAR:
                    text = self.tr("{amount} a year").format(amount=text)
            elif spec.kind in ("number", "int"):  # 15,706 平方米 beside 1,162万元, not 15706.0
                text = f"{format_number(value)} {spec.unit.render() if spec.unit else ''}".strip()
            else:
                text = value.isoformat() if hasattr(value, "isoformat") else str(value)
            label = QLabel(text, self.fields_box)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields_form.addRow(spec.label.render(), label)

    # ------------------------------------------------------------ actions
    def restore(self) -> None:
        from crm.ui.undo import RestoreLeadCommand

        d = self.detail
        if d is None or not d.deleted:
            return
        try:
            result = leads.restore_lead(
                self.ctx.store, self.ctx.actor, d.id, expected_version=d.version
            )
        except CrmError as exc:
            self.ctx.bus.message.emit(exc.render())
            return
        self.ctx.undo.push(RestoreLeadCommand(self.ctx, self.tr("restore lead"), result))
        self.ctx.notify(result.changes)
        self.ctx.bus.message.emit(self.tr("Lead restored."))

    def move_stage(self, to_stage: str | None = None) -> None:
        d = self.detail
        if d is None or d.deleted:
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
        if dlg.exec() and dlg.result is not None:
            self.ctx.undo.push(
                MoveStageCommand(self.ctx, self.tr("move stage"), dlg.result, dlg.params)
            )
            self.ctx.notify(dlg.result.changes)


__all__ = ["LeadDetailPanel", "QuickLog", "contacts"]
