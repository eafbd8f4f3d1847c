"""The lead form, new and edit: every field of DOMAIN.md in groups, typed as people type
("1.2亿", "2026.5.18"), errors next to each field in the current language, a duplicate warning
while the company is typed — before any second record exists — and nothing lost: closing asks,
and a draft is kept on disk while typing so a crash does not lose the work."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm import fields as F
from crm.errors import ConflictError, CrmError, DuplicateError, ValidationError
from crm.leads import dedup
from crm.leads import edit as leads
from crm.leads.validation import clean_lead
from crm.ui.context import AppContext
from crm.ui.form_editors import Editor, make_editor, ref_items
from crm.ui.leads import drafts
from crm.ui.leads.duplicate_banner import DuplicateBanner
from crm.ui.operations import Op
from crm.ui.undo import CreateLeadCommand, EditLeadCommand
from crm.ui.widgets.inputs import DateEdit, ErrorLabel
from crm.ui.window_fit import remember_size

if TYPE_CHECKING:  # imported when a conflict happens
    from crm.ui.leads.conflict_dialog import ConflictDialog

DEDUP_DELAY_MS = 250
DRAFT_DELAY_MS = 1000
CREATE_ONLY = {"stage", "stage_date", "on_hold_until", "lost_reason", "lost_to_region"}


class LeadForm(QDialog):
    saved = Signal(int)
    open_lead = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        lead_id: int | None = None,
        *,
        draft: dict | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("leadForm")
        self.ctx, self.lead_id = ctx, lead_id
        self.version: int | None = None
        #: the values the form started from: a save after someone else's merges against them
        self._base: dict | None = None
        self.conflict: ConflictDialog | None = None  # the conflict dialog while it is open
        self.detail = leads.get_lead(ctx.store, ctx.actor, lead_id) if lead_id else None
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self._duplicate: dedup.DuplicateReport | None = None
        self._build()
        self._fill()
        if draft:
            self._apply_raw(draft)
        self._initial = self._raw()
        self._dedup_timer = QTimer(self, singleShot=True, interval=DEDUP_DELAY_MS)
        self._dedup_timer.timeout.connect(self._check_duplicates)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._write_draft)
        for name in ("company_name", "credit_code"):
            self.editors[name].line.textEdited.connect(lambda _t: self._dedup_timer.start())
        self._watch_changes()
        self.retranslate()
        self._read_only_if_refused()
        # within the screen's free area (a 1366×768 laptop has some 720 pixels under its
        # taskbar), at the size it was last left at; the form scrolls inside
        remember_size(self, ctx.settings, "lead_form", QSize(980, 760))
        self.editors["company_name"].focus.setFocus()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        body = QWidget(self)
        grid_outer = QVBoxLayout(body)
        creating = self.lead_id is None
        order: list[QWidget] = []
        for group in F.GROUPS:
            specs = [
                s
                for s in F.LEAD_FIELDS
                if s.group == group
                and (not s.pipeline_only or (creating and s.name in CREATE_ONLY))
            ]
            if not specs:
                continue
            box = QGroupBox(body)
            self.groups[group] = box
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(2)
            col = 0
            r = 0
            for spec in specs:
                ed = make_editor(spec, self.ctx.ref, box)
                self.editors[spec.name] = ed
                label = QLabel(box)
                label.setMinimumWidth(150)
                label.setBuddy(ed.focus)
                self.labels[spec.name] = label
                err = ErrorLabel(box, reserve=True)  # an error moves no field
                self.errors[spec.name] = err
                wide = spec.kind == F.LONGTEXT or spec.name in ("company_name", "project_name")
                span = 3 if wide else 1
                if wide and col:
                    r, col = r + 3, 0
                grid.addWidget(label, r, col * 2)
                cell = QHBoxLayout()
                cell.addWidget(ed.widget, 1)
                if ed.hint is not None:
                    cell.addWidget(ed.hint)
                if spec.unit is not None and spec.kind != F.AMOUNT:
                    unit = QLabel(spec.unit.render(), box)
                    unit.setObjectName("formHint")
                    cell.addWidget(unit)
                grid.addLayout(cell, r, col * 2 + 1, 1, span)
                grid.addWidget(err, r + 1, col * 2 + 1, 1, span)
                order.append(ed.focus)
                if wide:
                    r, col = r + 2, 0
                else:
                    col += 1
                    if col == 2:
                        r, col = r + 2, 0
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(3, 1)
            grid_outer.addWidget(box)
        if not creating:
            self.pipeline_note = QLabel(body)
            self.pipeline_note.setObjectName("formHint")
            grid_outer.addWidget(self.pipeline_note)
        grid_outer.addStretch(1)
        scroll = self.scroll_area = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        # the duplicate warning and the error summary appear under the fields, above the
        # buttons: the fields keep their places on screen (a click aimed at one lands there)
        bottom = QVBoxLayout()
        self.banner = DuplicateBanner(self)
        self.banner.open_lead.connect(self.open_lead)
        self.banner.create_anyway.connect(lambda reason: self.save(duplicate_reason=reason))
        # the names tests and the form's own code reach the banner's parts by
        self.banner_text, self.open_button = self.banner.text, self.banner.open_button
        self.reason, self.create_anyway = self.banner.reason, self.banner.anyway_button
        bottom.addWidget(self.banner)
        self.summary = QLabel(self)
        self.summary.setObjectName("errorBanner")
        self.summary.setWordWrap(True)
        self.summary.hide()
        bottom.addWidget(self.summary)

        outer.addLayout(bottom)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        order.append(self.buttons.button(QDialogButtonBox.StandardButton.Save))
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())
        field_combo = self.editors["field"].combo
        field_combo.currentIndexChanged.connect(self._field_changed)

    def _read_only_if_refused(self) -> None:
        """A lead this person may not change — or a new lead, for someone who creates none
        (report staff, an administrator) — opens read-only, saying why (crm.accounts.permissions)."""
        from crm.accounts import permissions as P
        from crm.ui.widgets.allowed import allow

        a = self.ctx.actor
        if self.detail is None:
            reason = P.create_lead(a, a.city_id, a.id, a.city_id)
        else:
            v = self.detail.values
            reason = P.edit_lead(a, v["owner"], v["city"])
        if reason is None:
            return
        for ed in self.editors.values():
            ed.set_enabled(False)
        allow(self.buttons.button(QDialogButtonBox.StandardButton.Save), reason)
        self.summary.setText(reason.render())
        self.summary.show()

    def _field_changed(self) -> None:
        field_id = self.editors["field"].combo.value()
        sub = self.editors["subfield"]
        current = sub.combo.value()
        sub.combo.set_items(
            ref_items(self.ctx.ref, sub.spec, field_id if isinstance(field_id, int) else None)
        )
        sub.combo.set_value(current)

    def _fill(self) -> None:
        if self.detail is None:
            me = self.ctx.actor.id
            if any(u.id == me for u in self.ctx.ref.officers(by_name=False)):  # who follows leads:
                self.editors["owner"].set(me)  # not an administrator or report staff alone
            if self.ctx.actor.city_id:
                self.editors["city"].set(self.ctx.actor.city_id)
            self.editors["business_type"].set(self.ctx.ref.id_of("business_type", "new"))
            self.editors["stage"].set("lead")
            self.editors["stage_date"].set(date.today())
            return
        self.version = self.detail.version
        self._base = dict(self.detail.values)
        for name, ed in self.editors.items():
            ed.set(self.detail.values.get(name))
        self._field_changed()
        self.editors["subfield"].set(self.detail.values.get("subfield"))
        self._keep_retired()

    def _keep_retired(self) -> None:
        """A value retired from its list stays on the leads that have it: their form shows it,
        marked, and keeps it (it is only not offered for new input)."""
        if self.detail is None:
            return
        for name, ed in self.editors.items():
            value = self.detail.values.get(name)
            if ed.spec.kind != F.REF or not isinstance(value, int) or ed.spec.ref_kind == "stage":
                continue
            if ed.combo.findData(value) >= 0:
                continue
            entry = self.ctx.ref.get(value)
            if entry is None or entry.active:
                continue
            ed.combo.addItem(self.tr("{name} (retired)").format(name=entry.label()), value)
            ed.combo.set_value(value)

    def _watch_changes(self) -> None:
        for name, ed in self.editors.items():
            w = ed.widget
            if isinstance(w, QCheckBox):
                signal = w.toggled
            elif isinstance(w, QComboBox):
                signal = w.currentTextChanged
            elif isinstance(w, (QPlainTextEdit, DateEdit)):
                signal = w.textChanged if isinstance(w, QPlainTextEdit) else w.changed
            else:
                signal = ed.line.textChanged
            signal.connect(self._changed)
            signal.connect(lambda *_a, n=name: self._recheck(n))

    def _changed(self, *_args) -> None:
        self._draft_timer.start()

    def _recheck(self, name: str) -> None:
        """A field showing an error is checked again as it is corrected: its error goes as soon
        as the value is right (and the others' with it, when one fix settles several)."""
        if self.errors[name].message is None:
            return
        data = self._raw()
        current = None
        if self.detail is not None:
            current = self.detail.values
            data = {k: v for k, v in data.items() if not F.FIELDS_BY_NAME[k].pipeline_only}
        try:
            clean_lead(self.ctx.ref, data, current=current)
            left: dict[str, object] = {}
        except ValidationError as exc:
            left = {fe.field: fe.message for fe in exc.errors}
        for field, err in self.errors.items():
            if err.message is not None and field not in left:
                self._mark(field, None)
            elif err.message is not None:
                self._mark(field, left[field])
        if not any(err.message is not None for err in self.errors.values()):
            self.summary.hide()

    def _mark(self, name: str, message) -> None:
        self.errors[name].show_message(message)
        w = self.editors[name].widget
        w.setProperty("invalid", message is not None)
        w.style().polish(w)

    # ------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New lead") if self.lead_id is None else self.tr("Edit lead"))
        for group, box in self.groups.items():
            box.setTitle(F.GROUPS[group].render())
        for name, label in self.labels.items():
            spec = F.FIELDS_BY_NAME[name]
            # "&" would become a mnemonic (R&D → RD): double it
            label.setText(spec.label.render().replace("&", "&&") + (" *" if spec.required else ""))
            self.editors[name].widget.setAccessibleName(spec.label.render())
        for name in (
            "field",
            "city",
            "project_type",
            "source",
            "business_type",
            "owner",
            "lost_reason",
            "stage",
        ):
            if name in self.editors:
                ed = self.editors[name]
                value = ed.combo.value()
                ed.combo.set_items(ref_items(self.ctx.ref, ed.spec))
                ed.combo.set_value(value)
        if "subfield" in self.editors:
            self._field_changed()
        self._keep_retired()
        for err in self.errors.values():
            err.retranslate()
        if hasattr(self, "pipeline_note"):
            self.pipeline_note.setText(
                self.tr(
                    "The stage changes through “Move stage” so that every move is "
                    "recorded in the history."
                )
            )
        self.banner.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ duplicates
    def _check_duplicates(self) -> None:
        self._duplicate = dedup.find_duplicates(
            self.ctx.store,
            self.ctx.actor,
            name=self.editors["company_name"].raw(),
            credit_code=self.editors["credit_code"].raw(),
            exclude_lead_id=self.lead_id,
        )
        if self.lead_id is not None and self.detail is not None:
            same = [m for m in self._duplicate.exact if m.company_id == self.detail.company_id]
            self._duplicate = dedup.DuplicateReport(
                [m for m in self._duplicate.exact if m not in same], self._duplicate.similar
            )
        self._render_duplicates()

    def _render_duplicates(self) -> None:
        self.banner.show_report(self._duplicate, creating=self.lead_id is None)

    # ------------------------------------------------------------ values
    def _raw(self) -> dict:
        return {name: ed.raw() for name, ed in self.editors.items()}

    def _apply_raw(self, raw: dict) -> None:
        for name, value in raw.items():
            ed = self.editors.get(name)
            if ed is None:
                continue
            w = ed.widget  # the widget form_editors.make_editor builds for the kind
            if ed.spec.kind == F.BOOL:
                assert isinstance(w, QCheckBox)
                w.setChecked(bool(value))
            elif ed.spec.kind in (F.REF, F.USER):
                ed.combo.set_value(value)
            elif ed.spec.kind == F.LONGTEXT:
                assert isinstance(w, QPlainTextEdit)
                w.setPlainText(value or "")
            elif ed.spec.kind == F.DATE:
                assert isinstance(w, DateEdit)
                w.edit.setText(value or "")
            else:
                ed.line.setText(value or "")

    def is_dirty(self) -> bool:
        return self._raw() != self._initial

    # ------------------------------------------------------------ drafts
    def draft_path(self) -> Path:
        return drafts.draft_path(self.lead_id)

    def _write_draft(self) -> None:
        if self.is_dirty():
            drafts.write_draft(self.lead_id, self._raw())
        else:
            drafts.drop_draft(self.lead_id)

    def _drop_draft(self) -> None:
        self._draft_timer.stop()
        drafts.drop_draft(self.lead_id)

    # ------------------------------------------------------------ saving
    def save(self, duplicate_reason: str | None = None) -> bool:
        for name in self.errors:
            self._mark(name, None)
        self.summary.hide()
        data = self._raw()
        op: Op[leads.SaveResult]
        if self.lead_id is None:
            op = Op(
                self,
                self.ctx,
                lambda: leads.create_lead(
                    self.ctx.store, self.ctx.actor, data, duplicate_reason=duplicate_reason
                ),
            ).undo(lambda r: CreateLeadCommand(self.ctx, self.tr("new lead"), r))
        else:
            lead_id, version, base = self.lead_id, self.version, self._base
            op = Op(
                self,
                self.ctx,
                lambda: leads.update_lead(
                    self.ctx.store,
                    self.ctx.actor,
                    lead_id,
                    data,
                    expected_version=version,
                    base=base,
                ),
            ).undo(
                lambda r: EditLeadCommand(self.ctx, self.tr("edit lead"), r) if r.changed else None
            )
        result = (
            op.failure(self._show_errors, ValidationError)
            .failure(self._show_duplicate, DuplicateError)
            .failure(self._on_conflict, ConflictError)
            .success(self._saved)
            .run()
        )
        return result is not None

    def show_failure(self, error: CrmError) -> None:
        """The form's message area (crm.ui.operations): the banner under the fields."""
        self.summary.setText(error.render())
        self.summary.show()

    def _show_duplicate(self, exc: DuplicateError) -> None:
        self._duplicate = exc.report
        self._render_duplicates()
        self.reason.setFocus()

    def _on_conflict(self, exc: ConflictError) -> None:
        if exc.fields:
            self._resolve_conflict(exc)
        else:
            self.show_failure(exc)

    def _saved(self, result: leads.SaveResult) -> None:
        self._drop_draft()
        self._initial = self._raw()
        self.saved.emit(result.lead_id)
        self.accept()

    def _resolve_conflict(self, exc: ConflictError) -> None:
        """Someone saved this lead meanwhile and changed fields this person changed too: they
        choose per field (crm.ui.leads.conflict_dialog), then the form saves again. Going
        back leaves the form as typed."""
        from crm.ui.leads.conflict_dialog import ConflictDialog

        other = self.ctx.ref.user_name(
            leads.get_lead(self.ctx.store, self.ctx.actor, exc.entity_id).updated_by
        )
        self.summary.setText(
            self.tr("{name} saved this lead meanwhile; choose what to keep.").format(
                name=other or self.tr("Someone")
            )
        )
        self.summary.show()
        dlg = ConflictDialog(self.ctx.ref, exc.fields, other, self)
        self.conflict = dlg

        def chosen() -> None:
            for name, value in dlg.theirs().items():
                self.editors[name].set(value)
            self._base = {**(self._base or {}), **dlg.mine(), **dlg.theirs()}
            self.save()

        dlg.accepted.connect(chosen)
        dlg.finished.connect(lambda _r: setattr(self, "conflict", None))
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()

    def _show_errors(self, exc: ValidationError) -> None:
        wrong = {fe.field for fe in exc.errors if fe.field in self.editors}
        for fe in exc.errors:
            if fe.field in self.editors:
                self._mark(fe.field, fe.message)
        self.summary.setText(
            self.tr("{count} field(s) need attention; nothing was saved.").format(
                count=len(exc.errors)
            )
            if len(exc.errors) > 1
            else exc.render()
        )
        self.summary.show()
        # the first wrong field in the form's order, brought into view with its label and
        # its message (it may be far down the scrolled form), and the cursor in it
        first = next((name for name in self.editors if name in wrong), None)
        if first is not None:
            self.reveal(first)

    def reveal(self, name: str) -> None:
        """Scroll field ``name`` into view (its label, editor and error) and focus it."""
        body = self.scroll_area.widget()
        lay = body.layout() if body is not None else None
        if lay is not None:
            lay.activate()  # places settled before measuring
        for part in (self.errors[name], self.editors[name].widget, self.labels[name]):
            self.scroll_area.ensureWidgetVisible(part, 20, 20)
        self.editors[name].focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if self.is_dirty():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Unsaved changes"),
                self.tr("This lead has changes that are not saved."),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setObjectName("unsavedQuestion")
            box.setDefaultButton(QMessageBox.StandardButton.Save)
            answer = box.exec()
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._drop_draft()
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802
        event.ignore()
        self.reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
