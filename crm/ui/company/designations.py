"""Editing a company's designations (世界500强 … 瞪羚) from its page: the lead form's editors for
those fields, saved for the company (so for every one of its projects) in one step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from crm import fields as F
from crm.errors import CrmError, ValidationError
from crm.leads import company_flags
from crm.leads.companies import CompanyOverview, update_designations
from crm.ui.context import AppContext
from crm.ui.form_editors import make_editor
from crm.ui.operations import Op


class DesignationsDialog(QDialog):
    def __init__(self, ctx: AppContext, overview: CompanyOverview, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("designationsDialog")
        self.ctx, self.overview = ctx, overview
        self.setWindowTitle(self.tr("Designations of {name}").format(name=overview.name))
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("They hold for every project of the company."), self)
        note.setObjectName("formHint")
        lay.addWidget(note)
        form = QFormLayout()
        self.editors = {}
        for name in company_flags.DESIGNATIONS:
            spec = F.FIELDS_BY_NAME[name]
            ed = make_editor(spec, ctx.ref, self)
            ed.set(overview.designations.get(name))
            self.editors[name] = ed
            form.addRow(spec.label.render(), ed.widget)
        lay.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("errorBanner")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save(self) -> None:
        data = {name: ed.raw() for name, ed in self.editors.items()}
        company_id = self.overview.id
        Op(
            self,
            self.ctx,
            lambda: update_designations(self.ctx.store, self.ctx.actor, company_id, data),
        ).changes(lambda r: r[1]).failure(self._show_field_errors, ValidationError).success(
            lambda _r: self.accept()
        ).run()

    def show_failure(self, error: CrmError) -> None:
        """The dialog's message area (crm.ui.operations): the banner above the buttons."""
        self.error.setText(error.render())
        self.error.show()

    def _show_field_errors(self, exc: ValidationError) -> None:
        self.show_failure(exc)
        self.editors[exc.fields[0]].focus.setFocus()
