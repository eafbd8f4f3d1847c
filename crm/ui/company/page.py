"""The company page: a company with all its projects (every city), its people and the
activities on its projects, opened from any lead. A project or an activity opens its lead
(Enter or a double click); the designations are edited here for every project at once."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm.accounts import permissions as P
from crm.errors import CrmError
from crm.leads import company_flags
from crm.leads.companies import CompanyOverview, company_overview
from crm.ui.company.models import (
    ACTIVITY_COLUMNS,
    LEAD_ROLE,
    PEOPLE_COLUMNS,
    PROJECT_COLUMNS,
    RowsModel,
)
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.operations import Op
from crm.ui.window_fit import remember_size


def _table(parent: QWidget, name: str, model: RowsModel) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class CompanyPage(QDialog):
    def __init__(self, ctx: AppContext, company_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("companyPage")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.ctx, self.company_id = ctx, company_id
        self.overview: CompanyOverview | None = None
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(self.title)
        self.meta = QLabel(self)
        self.meta.setObjectName("detailMeta")
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(self.meta)
        self.chips = QLabel(self)
        self.chips.setObjectName("designations")
        titles.addWidget(self.chips)
        head.addLayout(titles, 1)
        self.edit_button = QPushButton(icon("pencil-outline"), "", self)
        self.edit_button.setObjectName("editDesignations")
        self.edit_button.clicked.connect(self.edit_designations)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)
        self.namesakes = QLabel(self)
        self.namesakes.setObjectName("formHint")
        self.namesakes.setWordWrap(True)
        lay.addWidget(self.namesakes)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("companyTabs")
        ref = ctx.ref
        self.projects_model = RowsModel(PROJECT_COLUMNS, ref, self)
        self.people_model = RowsModel(PEOPLE_COLUMNS, ref, self)
        self.activities_model = RowsModel(ACTIVITY_COLUMNS, ref, self)
        self.projects = _table(self, "companyProjects", self.projects_model)
        self.people = _table(self, "companyPeople", self.people_model)
        self.activities = _table(self, "companyActivities", self.activities_model)
        for view in (self.projects, self.people, self.activities):
            view.activated.connect(self._open_lead)
            self.tabs.addTab(view, "")
        for view, widths in (
            (self.projects, (220, 120, 80, 60, 90, 70, 110, 110, 100)),
            (self.people, (90, 110, 120, 170, 110)),
            (self.activities, (90, 90, 70, 180)),
        ):
            for i, w in enumerate(widths):
                view.setColumnWidth(i, w)
        lay.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        self.hint = QLabel(self)
        self.hint.setObjectName("formHint")
        bottom.addWidget(self.hint, 1)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(self.close_button)
        lay.addLayout(bottom)
        ctx.bus.changed.connect(self._on_changed)
        remember_size(self, ctx.settings, "company_page", QSize(1120, 640))
        self.refresh()

    # ------------------------------------------------------------ data
    def show_failure(self, error: CrmError) -> None:
        """The page's message area (crm.ui.operations): its title line."""
        self.title.setText(html.escape(error.render()))

    def refresh(self) -> None:
        self.overview = Op(
            self,
            self.ctx,
            lambda: company_overview(self.ctx.store, self.ctx.actor, self.company_id),
        ).run()
        if self.overview is None:
            return
        ref = self.ctx.ref
        self.projects_model.set_rows(self.overview.projects, ref)
        self.people_model.set_rows(self.overview.people, ref)
        self.activities_model.set_rows(self.overview.activities, ref)
        self.retranslate()

    def _on_changed(self, changes) -> None:
        o = self.overview
        if (
            o is None
            or changes.bulk
            or changes.companies
            or changes.contacts
            or changes.leads & {p.lead_id for p in o.projects}
            or changes.activities
        ):
            self.refresh()

    def _open_lead(self, index: QModelIndex) -> None:
        lead_id = index.data(LEAD_ROLE)
        if lead_id is not None:
            self.ctx.bus.open_lead.emit(lead_id)

    def edit_designations(self) -> None:
        from crm.ui.company.designations import DesignationsDialog

        if self.overview is None:
            return
        dlg = DesignationsDialog(self.ctx, self.overview, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    # ------------------------------------------------------------ text
    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self.edit_button.setText(self.tr("Edit designations…"))
        self.hint.setText(self.tr("Enter or a double click opens the project."))
        for view, name in (
            (self.projects, self.tr("The company's projects")),
            (self.people, self.tr("The company's people")),
            (self.activities, self.tr("Activities on its projects")),
        ):
            view.setAccessibleName(name)
        o = self.overview
        if o is None:
            return
        self.setWindowTitle(self.tr("Company: {name}").format(name=o.name))
        self.title.setText(html.escape(o.name))
        live = [p for p in o.projects if not p.deleted]
        bits = [
            self.tr("Credit code {code}").format(code=o.credit_code)
            if o.credit_code
            else self.tr("No credit code (known by its name)"),
        ]
        if o.origin:
            bits.append(self.tr("From {origin}").format(origin=o.origin))
        where = self.tr(", ").join(self.ctx.ref.label(c) for c in sorted(o.cities))
        projects = (
            self.tr("1 project in {cities}")
            if len(live) == 1
            else self.tr("{n} projects in {cities}")
        )
        bits.append(projects.format(n=len(live), cities=where))
        activities = self.tr("1 activity") if o.activity_count == 1 else self.tr("{n} activities")
        bits.append(activities.format(n=o.activity_count))
        self.meta.setText(" · ".join(bits))
        reasons = [P.edit_lead(self.ctx.actor, p.owner_id, p.city_id) for p in live]
        self.edit_button.setEnabled(any(r is None for r in reasons))
        self.edit_button.setToolTip(
            ""
            if any(r is None for r in reasons)
            else (reasons[0] or P.NOT_YOURS).render()
            if reasons
            else P.NOT_YOURS.render()
        )
        labels = company_flags.labels(o.designations, self.ctx.ref)
        self.chips.setText(
            " ".join(
                f"<span style='background:#e8f0fa;color:#1f5f99;'>&nbsp;{html.escape(t)}&nbsp;</span>"
                for t in labels
            )
            or self.tr("No designation recorded")
        )
        self.namesakes.setText(
            "\n".join(
                self.tr(
                    "Not the same company: {name} (credit code {code}) has the same name."
                ).format(name=n.name, code=n.credit_code or self.tr("none"))
                for n in o.namesakes
            )
        )
        self.namesakes.setVisible(bool(o.namesakes))
        self.tabs.setTabText(0, self.tr("Projects ({n})").format(n=len(o.projects)))
        self.tabs.setTabText(1, self.tr("People ({n})").format(n=len(o.people)))
        shown = len(o.activities)
        self.tabs.setTabText(
            2,
            self.tr("Activities ({n})").format(n=o.activity_count)
            if shown == o.activity_count
            else self.tr("Activities (latest {shown} of {n})").format(
                shown=shown, n=o.activity_count
            ),
        )
        for model in (self.projects_model, self.people_model, self.activities_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_company(ctx: AppContext, company_id: int, parent: QWidget | None = None) -> CompanyPage:
    """Show the company's page (a window of its own: several may be open side by side)."""
    page = CompanyPage(ctx, company_id, parent)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.show()
    return page
