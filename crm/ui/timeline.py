"""A lead's timeline: its activities and stage moves, newest first. An activity says who logged
it and who changed or deleted it since; to its author and to the managers of the lead's city
it offers Edit and Delete (a deleted one, Restore) as links, reachable with Tab and Enter; to
other officers and managers the same words are grey text, not links, saying why when pointed at."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QEvent, QPoint, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from crm.accounts import permissions
from crm.followups import activities
from crm.pipeline.rules import MARKER_NOTES
from crm.ui.context import AppContext

EDIT, DELETE, RESTORE = "activity-edit", "activity-delete", "activity-restore"
_P = "margin-top:0px; margin-bottom:12px"
_GREY = "color:#5b6b7c"


def _local_day(at: datetime) -> str:
    return at.astimezone().date().isoformat()


class Timeline(QTextBrowser):
    edit_activity = Signal(int)
    delete_activity = Signal(int)
    restore_activity = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("timeline")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._clicked)

    def _clicked(self, url: QUrl) -> None:
        action, _, number = url.toString().partition(":")
        if not number.isdigit():
            return
        {EDIT: self.edit_activity, DELETE: self.delete_activity, RESTORE: self.restore_activity}[
            action
        ].emit(int(number))

    def event(self, event) -> bool:
        """Pointing at a greyed Edit · Delete shows why it is not offered (its title)."""
        if event.type() == QEvent.Type.ToolTip:
            why = self.refusal_at(self.viewport().mapFromGlobal(event.globalPos()))
            if why:
                QToolTip.showText(event.globalPos(), why, self)
                return True
            QToolTip.hideText()
        return super().event(event)

    def refusal_at(self, pos: QPoint) -> str:
        """Why the greyed words at ``pos`` (viewport coordinates) are not offered, or ""."""
        return self.cursorForPosition(pos).charFormat().toolTip()

    def show_lead(self, lead_id: int, city_id: int | None) -> None:
        parts = []
        for e in activities.timeline(self.ctx.store, lead_id):
            if e.kind == "activity":
                parts.append(self._activity(e, city_id))
            else:
                parts.append(self._move(e))
        if not parts:
            none_yet = html.escape(self.tr("No activity yet."))
            parts.append(f"<p style='{_GREY}'>{none_yet}</p>")
        self.setHtml("".join(parts))

    def _link(self, action: str, activity_id: int, text: str) -> str:
        # never broken inside ("编" on one line, "辑" on the next, in a narrow panel)
        link = f"<a href='{action}:{activity_id}'>{html.escape(text)}</a>"
        return f"<span style='white-space:nowrap'>{link}</span>"

    def _activity(self, e, city_id: int | None) -> str:
        ref, a = self.ctx.ref, e.activity
        author = a.created_by or a.user_id
        refused = permissions.change_activity(self.ctx.actor, author, city_id)
        mine = refused is None
        kind = html.escape(ref.label(a.type_id))
        who = html.escape(ref.user_name(e.user_id))
        if a.deleted_at is not None:
            said = self.tr("deleted by {name} on {day}").format(
                name=ref.user_name(a.updated_by), day=_local_day(a.deleted_at)
            )
            restore = self.tr("Restore")
            undo = " " + self._link(RESTORE, a.id, restore) if mine else ""
            return (
                f"<p style='{_P}; color:#9aa5b1'><s>{e.day.isoformat()} {kind} "
                f"{html.escape(a.summary[:60])}</s> · {html.escape(said)}{undo}</p>"
            )
        bits = [who]
        if a.next_followup:
            bits.append(
                html.escape(self.tr("next follow-up {day}").format(day=a.next_followup.isoformat()))
            )
        if a.version > 1 and a.updated_at is not None:  # changed since it was logged
            bits.append(
                html.escape(
                    self.tr("edited by {name} on {day}").format(
                        name=ref.user_name(a.updated_by), day=_local_day(a.updated_at)
                    )
                )
            )
        links = ""
        edit, delete = self.tr("Edit"), self.tr("Delete")
        if mine:
            links = f" &nbsp;{self._link(EDIT, a.id, edit)} · {self._link(DELETE, a.id, delete)}"
        elif refused is not None and self.ctx.actor.role in ("officer", "manager"):
            # greyed text, not a link: nothing to click; pointed at, it says why
            # (crm.accounts.permissions.change_activity)
            why = html.escape(refused.render(), quote=True)
            links = (
                f" &nbsp;<span title=\"{why}\" style='color:#9aa5b1'>"
                f"{html.escape(edit)} · {html.escape(delete)}</span>"
            )
        extra = ""
        for label, value in ((self.tr("Participants"), a.participants),
                             (self.tr("Next step"), a.next_step)):  # fmt: skip
            if value:
                extra += f"<br><span style='{_GREY}'>{html.escape(label)}: "
                extra += f"{html.escape(value)}</span>"
        return (
            f"<p style='{_P}'><b style='color:#163a5f'>{e.day.isoformat()}</b> "
            f"<span style='background:#eaf3fb;color:#1f5f99;padding:1px 6px'>{kind}</span> "
            f"<span style='{_GREY}'>{' · '.join(bits)}</span>{links}"
            f"<br>{html.escape(a.summary).replace(chr(10), '<br>')}{extra}</p>"
        )

    def _move(self, e) -> str:
        ref, m = self.ctx.ref, e.stage
        arrow = f"{html.escape(ref.stage_label(m.from_stage))} → " if m.from_stage else ""
        extra = ""
        if m.to_stage == "lost" and m.lost_reason_id:
            extra = f" · {html.escape(ref.label(m.lost_reason_id))}"
            if m.lost_to_region:
                extra += f" → {html.escape(m.lost_to_region)}"
        if m.on_hold_until:
            again = self.tr("look again {day}")
            extra = " · " + html.escape(again.format(day=m.on_hold_until.isoformat()))
        if m.note:  # a marker the history reads (an undo) is said in words
            marker = MARKER_NOTES.get(m.note)
            extra += f" · {html.escape(marker.render() if marker else m.note)}"
        stage = html.escape(self.tr("Stage"))
        return (
            f"<p style='{_P}; color:#3e4c59'><b style='color:#163a5f'>{e.day.isoformat()}</b> "
            f"<span style='background:#eef7ee;color:#166534;padding:1px 6px'>{stage}</span> "
            f"{arrow}<b>{html.escape(ref.stage_label(m.to_stage))}</b>{extra} "
            f"<span style='{_GREY}'>{html.escape(ref.user_name(e.user_id))}</span></p>"
        )
