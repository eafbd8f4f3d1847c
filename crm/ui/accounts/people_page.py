"""People (administrators only): who has an account, their role, city and password state,
how many leads each follows and when they last signed in; add a person (a one-time password
shown once), edit role and city, reset a password, disable or enable, and hand a leaving
officer's leads to another. The services decide; a refusal (the last administrator, a taken
username) is shown as they word it, above the list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.accounts import admin as accounts
from crm.accounts.admin import Person
from crm.changes import Changes
from crm.errors import CrmError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.team import people as team_people
from crm.ui.accounts.people_model import COLUMNS, PERSON_ROLE, SORT_ROLE, PeopleModel
from crm.ui.accounts.person_dialogs import (
    AddPersonDialog,
    EditPersonDialog,
    HandOverDialog,
    OneTimePasswordDialog,
    one_time_password,
)
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.operations import Op
from crm.ui.widgets.inputs import ErrorLabel


class PeoplePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 10)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        lay.addWidget(self.title)
        tools = QHBoxLayout()
        self.b_add = self._button("addPerson", "account-plus-outline", self.add_person)
        self.b_edit = self._button("editPerson", "account-edit-outline", self.edit_person)
        self.b_reset = self._button("resetPassword", "lock-reset", self.reset_password)
        self.b_active = self._button("toggleActive", "account-cancel-outline", self.toggle_active)
        self.b_hand = self._button("handOver", "swap-horizontal", self.hand_over)
        for b in (self.b_add, self.b_edit, self.b_reset, self.b_active, self.b_hand):
            tools.addWidget(b)
        tools.addStretch(1)
        self.show_disabled = QCheckBox(self)
        self.show_disabled.setObjectName("showDisabled")
        self.show_disabled.setChecked(True)
        self.show_disabled.toggled.connect(lambda _on: self.reload())
        tools.addWidget(self.show_disabled)
        lay.addLayout(tools)
        self.notice = ErrorLabel(self)
        lay.addWidget(self.notice)
        self.model = PeopleModel(ctx.ref, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("username"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_person())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        lay.addWidget(self.table, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    def _button(self, name: str, icon_name: str, slot) -> QPushButton:
        b = QPushButton(icon(icon_name), "", self)
        b.setObjectName(name)
        b.clicked.connect(slot)
        return b

    # ------------------------------------------------------------ the list
    def reload(self) -> None:
        chosen = self.current()
        disabled_too = self.show_disabled.isChecked()
        # on a team server, who can sign in is the server's answer (its logins)
        rows = (
            Op(
                self,
                self.ctx,
                lambda: team_people.people(
                    self.ctx.store, self.ctx.actor, include_disabled=disabled_too
                ),
            ).run()
            or []
        )
        self.model.set_people(rows, self.ctx.ref)
        if chosen is not None:
            self.select(chosen.id)
        self._update_buttons()

    def select(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def current(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(PERSON_ROLE) if rows else None

    def _on_changed(self, changes: Changes) -> None:
        if changes.users or changes.leads:
            self.reload()

    def _update_buttons(self) -> None:
        p = self.current()
        for b in (self.b_edit, self.b_reset, self.b_active, self.b_hand):
            b.setEnabled(p is not None)
        active = p is None or p.active
        self.b_active.setText(self.tr("Disable…") if active else self.tr("Enable"))
        self.b_active.setIcon(icon("account-cancel-outline" if active else "account-check-outline"))
        if p is not None and p.leads == 0:
            self.b_hand.setEnabled(False)
            self.b_hand.setToolTip(self.tr("{name} follows no leads.").format(name=p.display_name))
        else:
            self.b_hand.setToolTip("")

    def _done(self, message: str, person_id: int | None = None) -> None:
        """After a write (broadcast by crm.ui.operations): the list again, the person chosen."""
        self.notice.show_message(None)
        self.reload()
        if person_id is not None:
            self.select(person_id)
        self.ctx.bus.message.emit(message)

    def show_failure(self, error: CrmError) -> None:
        """The page's message area (crm.ui.operations): the notice above the list."""
        self.notice.show_message(error.message)

    # ------------------------------------------------------------ actions
    def add_person(self) -> None:
        dlg = AddPersonDialog(self.ctx, self)
        if not dlg.exec() or dlg.person is None:
            return
        self._done(
            self.tr("{name} was added.").format(name=dlg.person.display_name),
            dlg.person.id,
        )
        if dlg.password:
            OneTimePasswordDialog(dlg.person, dlg.password, self).exec()

    def edit_person(self) -> None:
        p = self.current()
        if p is None:
            return
        dlg = EditPersonDialog(self.ctx, p, self)
        if dlg.exec():
            self._done(self.tr("{name} was changed.").format(name=p.display_name), p.id)

    def reset_password(self) -> None:
        p = self.current()
        if p is None:
            return
        if p.id == self.ctx.actor.id:
            from crm.ui.accounts.menu import change_own_password

            change_own_password(self.ctx, self)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reset password"),
            self.tr(
                "Give {name} a new one-time password? Their present password stops working "
                "at once; they choose a new one at their next sign-in."
            ).format(name=p.display_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        password = one_time_password()
        done = Op(
            self,
            self.ctx,
            lambda: accounts.reset_password(self.ctx.store, self.ctx.actor, p.id, password),
        ).run()
        if done is None:
            return
        self._done(self.tr("{name} has a new one-time password.").format(name=p.display_name), p.id)
        OneTimePasswordDialog(p, password, self).exec()

    def toggle_active(self) -> None:
        p = self.current()
        if p is None:
            return
        if p.active:
            text = self.tr(
                "Disable {name}? They can no longer sign in, and anything they try is refused; "
                "their name stays on everything they did."
            ).format(name=p.display_name)
            if p.leads:
                text += " " + self.tr(
                    "Their {count} leads stay theirs until you hand them over."
                ).format(count=f"{p.leads:,}")
            if p.id == self.ctx.actor.id:
                text += " " + self.tr("You are disabling yourself: your next action is refused.")
            answer = QMessageBox.question(self, self.tr("Disable"), text)
            if answer != QMessageBox.StandardButton.Yes:
                return
        message = (
            self.tr("{name} was disabled.") if p.active else self.tr("{name} was enabled.")
        ).format(name=p.display_name)
        Op(
            self,
            self.ctx,
            lambda: accounts.set_active(self.ctx.store, self.ctx.actor, p.id, not p.active),
        ).success(lambda _c: self._done(message, p.id)).run()

    def hand_over(self) -> None:
        p = self.current()
        if p is None:
            return
        others = [
            o
            for o in accounts.people(self.ctx.store, self.ctx.actor, include_disabled=False)
            if o.id != p.id and o.role in ("officer", "manager")
        ]
        if not others:
            self.notice.show_message(
                QT_TRANSLATE_NOOP("People", "There is nobody else active to hand the leads to.")
            )
            return
        dlg = HandOverDialog(self.ctx, p, others, self)
        if dlg.exec():
            self._done(
                self.tr("The leads of {name} were handed over.").format(name=p.display_name),
                p.id,
            )

    # ------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.title.setText(self.tr("People"))
        self.b_add.setText(self.tr("Add person…"))
        self.b_edit.setText(self.tr("Role and city…"))
        self.b_reset.setText(self.tr("Reset password…"))
        self.b_hand.setText(self.tr("Hand over leads…"))
        self.show_disabled.setText(self.tr("Show disabled people"))
        self.notice.retranslate()
        # the cells' texts changed, not their places: dataChanged (a bare layoutChanged, with
        # no layoutAboutToBeChanged before it, left the sorted view's mapping stale and ended
        # the app when a row was selected)
        rows = self.model.rowCount()
        if rows:
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(rows - 1, len(COLUMNS) - 1)
            )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
