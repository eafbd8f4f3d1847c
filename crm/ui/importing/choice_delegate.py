"""A combo box as the editor of a table cell whose value is one of a few choices (a column's
target field, its unit, a duplicate row's choice). The choice applies as soon as it is picked,
so the user sees its effect at once; the model's EditRole holds the value, not the label."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

#: F2 or typing opens the combo; a click does too (open_on_click); moving with the keyboard
#: does not, so the arrow keys walk the table
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed
)
Index = QModelIndex | QPersistentModelIndex
Choices = Callable[[Index], list[tuple[str, object]]]


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, choices: Choices, parent=None):
        super().__init__(parent)
        self._choices = choices

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
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

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if not isinstance(editor, QComboBox):  # the editor createEditor made
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        for i in range(editor.count()):
            if editor.itemData(i) == value:
                editor.setCurrentIndex(i)
                return

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if not isinstance(editor, QComboBox):  # the editor createEditor made
            return
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def open_on_click(view: QAbstractItemView) -> None:
    """One click on a cell that has choices opens them (the ▾ in the cell says so)."""

    def clicked(index: QModelIndex) -> None:
        editable = index.flags() & Qt.ItemFlag.ItemIsEditable
        if editable and view.state() != QAbstractItemView.State.EditingState:
            view.edit(index)

    view.clicked.connect(clicked)
