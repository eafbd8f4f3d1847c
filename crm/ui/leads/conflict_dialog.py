"""When a save meets someone else's (crm.errors.ConflictError with its fields): per field both
changed, the value it had when the form was opened, what the other person saved and what this
person typed; they choose per field and save again. Fields only one of them changed were
merged by the service without asking; nothing typed is lost — going back keeps the form as
it was."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm import fields as F
from crm.errors import FieldConflict
from crm.reference import ReferenceData
from crm.ui.leads.values import shown

MINE, THEIRS = 0, 1


class ConflictDialog(QDialog):
    def __init__(
        self,
        ref: ReferenceData,
        conflicts: tuple[FieldConflict, ...],
        other: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflicts = conflicts
        self.groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Someone else saved this lead"))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{name} saved this lead while you were editing it. Their changes to other "
                "fields are kept; for each field you both changed, choose the value to keep."
            ).format(name=other or self.tr("Someone")),
            self,
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(14)
        heads = (
            self.tr("Field"),
            self.tr("When you opened it"),
            self.tr("Saved by {name}").format(name=other or self.tr("someone else")),
            self.tr("Yours"),
        )
        for col, text in enumerate(heads):
            head = QLabel(text, body)
            head.setObjectName("sectionTitle")
            grid.addWidget(head, 0, col)
        for row, c in enumerate(conflicts, start=1):
            spec = F.FIELDS_BY_NAME[c.field]
            grid.addWidget(QLabel(spec.label.render(), body), row, 0)
            base = QLabel(self._text(ref, spec, c.base), body)
            base.setObjectName("formHint")
            grid.addWidget(base, row, 1)
            group = QButtonGroup(self)
            theirs = QRadioButton(self._text(ref, spec, c.stored), body)
            theirs.setObjectName(f"theirs_{c.field}")
            mine = QRadioButton(self._text(ref, spec, c.mine), body)
            mine.setObjectName(f"mine_{c.field}")
            mine.setChecked(True)  # what the person typed stays unless they choose otherwise
            group.addButton(mine, MINE)
            group.addButton(theirs, THEIRS)
            self.groups[c.field] = group
            grid.addWidget(theirs, row, 2)
            grid.addWidget(mine, row, 3)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(conflicts) + 1, 1)  # the rows at the top, not spread out
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        lay.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save with these choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("conflictSave")
        self.back_button = self.buttons.addButton(
            self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setObjectName("conflictBack")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(760, min(560, 200 + 44 * len(conflicts)))

    def _text(self, ref: ReferenceData, spec: F.FieldSpec, value: Any) -> str:
        text = shown(ref, spec, value)
        return text if text else self.tr("(empty)")

    def choice(self, field: str) -> int:
        return self.groups[field].checkedId()

    def theirs(self) -> dict[str, Any]:
        """The fields where the other person's value is kept, with that value."""
        return {c.field: c.stored for c in self.conflicts if self.choice(c.field) == THEIRS}

    def mine(self) -> dict[str, Any]:
        """The fields where this person's value wins, with the value stored now (the new
        starting point to save over)."""
        return {c.field: c.stored for c in self.conflicts if self.choice(c.field) == MINE}
