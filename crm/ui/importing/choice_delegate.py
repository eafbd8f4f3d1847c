"""A combo box as the editor of a table cell whose value is one of a few choices (a column's
target field, its unit, a duplicate row's choice). The choice applies as soon as it is picked,
so the user sees its effect at once; the model's EditRole holds the value, not the label."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyledItemDelegate, QWidget

#: F2 or typing opens the combo; a click does too (open_on_click); moving with the keyboard
#: does not, so the arrow keys walk the table
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed
)
Choices = Callable[[QModelIndex], list[tuple[str, object]]]


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, choices: Choices, parent=None):
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("cellChoice")
        combo.setMaxVisibleItems(20)
        for label, value in self._choices(index):
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self._picked(c))
        return combo

    def _picked(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        for i in range(editor.count()):
            if editor.itemData(i) == value:
                editor.setCurrentIndex(i)
                return

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def open_on_click(view: QAbstractItemView) -> None:
    """One click on a cell that has choices opens them (the ▾ in the cell says so)."""

    def clicked(index: QModelIndex) -> None:
        editable = index.flags() & Qt.ItemFlag.ItemIsEditable
        if editable and view.state() != QAbstractItemView.State.EditingState:
            view.edit(index)

    view.clicked.connect(clicked)
