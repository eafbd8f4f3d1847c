"""A lead's contacts: a small table (click a phone number to copy it) and the dialog that
adds or edits one. Masked for people who may not see them (PIPL)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.changes import Changes
from crm.db.ids import stored_id
from crm.db.models import Contact
from crm.errors import CrmError, ValidationError
from crm.leads import contacts as contact_service
from crm.ui.context import AppContext
from crm.ui.icons import icon
from crm.ui.noop import QT_TRANSLATE_NOOP
from crm.ui.operations import Op
from crm.ui.widgets.inputs import ErrorLabel

_COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("Contacts", "Name")),
    ("title", QT_TRANSLATE_NOOP("Contacts", "Title")),
    ("mobile", QT_TRANSLATE_NOOP("Contacts", "Mobile")),
    ("email", QT_TRANSLATE_NOOP("Contacts", "E-mail")),
    ("wechat", QT_TRANSLATE_NOOP("Contacts", "WeChat")),
)


class ContactsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Contact] = []

    def set_rows(self, rows: list[Contact]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_COLUMNS)
        ):
            return QCoreApplication.translate("Contacts", _COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        c = self.rows[index.row()]
        key = _COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(c, key) or ""
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and key in ("mobile", "email", "wechat")
            and getattr(c, key)
        ):
            return QCoreApplication.translate("Contacts", "Click to copy")
        if role == Qt.ItemDataRole.UserRole:
            return c
        return None


class ContactsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lead_id: int | None = None
        self.editable = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.add = QPushButton(icon("account-plus-outline"), "", self)
        self.add.setObjectName("addContact")
        self.add.clicked.connect(lambda: self._edit(None))
        self.edit = QPushButton(icon("pencil-outline"), "", self)
        self.edit.clicked.connect(lambda: self._edit(self._selected()))
        self.remove = QPushButton(icon("delete-outline"), "", self)
        self.remove.clicked.connect(self._remove)
        for b in (self.add, self.edit, self.remove):
            bar.addWidget(b)
        bar.addStretch(1)
        # a manager's look at contacts outside their own work is asked for and recorded
        self.reveal = QPushButton(icon("eye-outline"), "", self)
        self.reveal.setObjectName("revealContacts")
        self.reveal.clicked.connect(self._reveal)
        self.reveal.hide()
        bar.addWidget(self.reveal)
        self._editable_when_shown = False
        lay.addLayout(bar)
        self.model = ContactsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(lambda _i: self._edit(self._selected()))
        lay.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.add.setText(self.tr("Add contact"))
        self.edit.setText(self.tr("Edit"))
        self.remove.setText(self.tr("Remove"))
        self.reveal.setText(self.tr("Show contacts"))
        self.reveal.setToolTip(
            self.tr("Shows the full names and numbers; the audit log records that you looked.")
        )
        self.table.setAccessibleName(self.tr("Contacts"))

    def show_lead(
        self,
        lead_id: int | None,
        rows: list[Contact],
        editable: bool,
        on_request: bool = False,
        refused=None,
    ) -> None:
        """``on_request``: the rows are masked until the reader asks (and it is recorded);
        masked values are not edited. ``refused``: why this person may not change them (the
        buttons' tooltip)."""
        self._editable_when_shown = editable
        self.reveal.setVisible(on_request and bool(rows))
        self._set(lead_id, rows, editable and not (on_request and rows))
        for b in (self.add, self.edit, self.remove):
            b.setToolTip(refused.render() if refused is not None else "")

    def _set(self, lead_id: int | None, rows: list[Contact], editable: bool) -> None:
        self.lead_id, self.editable = lead_id, editable
        self.model.set_rows(rows)
        for b in (self.add, self.edit, self.remove):
            b.setEnabled(editable and lead_id is not None)

    def _reveal(self) -> None:
        lead_id = self.lead_id
        if lead_id is None:
            return
        Op(
            self,
            self.ctx,
            lambda: contact_service.reveal_contacts(self.ctx.store, self.ctx.actor, lead_id),
        ).success(self._revealed).run()

    def _revealed(self, rows: list[Contact]) -> None:
        self.reveal.hide()
        self._set(self.lead_id, rows, self._editable_when_shown)
        self.ctx.bus.message.emit(self.tr("Contacts shown; this is recorded in the audit log."))

    def _selected(self) -> Contact | None:
        idx = self.table.currentIndex()
        return self.model.data(idx, Qt.ItemDataRole.UserRole) if idx.isValid() else None

    def _clicked(self, index: QModelIndex) -> None:
        key = _COLUMNS[index.column()][0]
        value = self.model.data(index)
        if key in ("mobile", "email", "wechat") and value and self.editable:
            QGuiApplication.clipboard().setText(value)
            self.ctx.bus.message.emit(self.tr("Copied {value}").format(value=value))

    def _edit(self, contact: Contact | None) -> None:
        if self.lead_id is None or not self.editable:
            return
        ContactDialog(self.ctx, self.lead_id, contact, self).exec()

    def _remove(self) -> None:
        c = self._selected()
        if c is None:
            return
        Op(
            self,
            self.ctx,
            lambda: contact_service.delete_contact(self.ctx.store, self.ctx.actor, stored_id(c)),
        ).success(
            lambda _c: self.ctx.bus.message.emit(
                self.tr(
                    "Contact deleted from the store for good; backups taken before keep it "
                    "until they are thinned out."
                )
            )
        ).run()


class ContactDialog(QDialog):
    def __init__(
        self, ctx: AppContext, lead_id: int, contact: Contact | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.ctx, self.lead_id, self.contact = ctx, lead_id, contact
        self.setWindowTitle(self.tr("Contact"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        labels = {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "mobile": self.tr("Mobile"),
            "email": self.tr("E-mail"),
            "wechat": self.tr("WeChat"),
            "note": self.tr("Note"),
        }
        for key, text in labels.items():
            w = QLineEdit(getattr(contact, key) or "" if contact else "", self)
            w.setObjectName(f"contact_{key}")
            w.setAccessibleName(text)
            box = QWidget(self)
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.addWidget(w)
            err = ErrorLabel(box)
            v.addWidget(err)
            form.addRow(text, box)
            self.inputs[key], self.errors[key] = w, err
        lay.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _save(self) -> None:
        data = {k: w.text() for k, w in self.inputs.items()}
        for e in self.errors.values():
            e.show_message(None)
        contact, lead_id = self.contact, self.lead_id

        def write() -> Changes:
            if contact is None:
                return contact_service.add_contact(self.ctx.store, self.ctx.actor, lead_id, data)[1]
            return contact_service.update_contact(
                self.ctx.store,
                self.ctx.actor,
                stored_id(contact),
                data,
                expected_version=contact.version,
            )

        Op(self, self.ctx, write).failure(self._show_field_errors, ValidationError).success(
            lambda _c: self.accept()
        ).run()

    def show_failure(self, error: CrmError) -> None:
        """The dialog's message area (crm.ui.operations): under the first field."""
        self.errors["name"].show_message(error.message)

    def _show_field_errors(self, exc: ValidationError) -> None:
        for fe in exc.errors:
            self.errors.get(fe.field, self.errors["name"]).show_message(fe.message)
