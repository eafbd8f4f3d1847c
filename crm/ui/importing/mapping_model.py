"""The mapping step's table: one row per column of the file — its header, a few sample
values, the lead field it imports into and, for amounts, the unit of bare numbers. Editing
the target or the unit changes the mapping; the import service remembers a corrected
mapping for files of the same layout."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from crm import fields as F
from crm.importing.api import UNIT_LABELS as UNITS
from crm.importing.api import Column, Table, all_targets, target_label
from crm.importing.synonyms import MULTI, READ_ONLY

HEADER, SAMPLE, TARGET, SURE, UNIT = range(5)
SAMPLES = 3
Index = QModelIndex | QPersistentModelIndex


def is_amount(target: str | None) -> bool:
    spec = F.FIELDS_BY_NAME.get(target) if target else None
    return spec is not None and spec.kind == F.AMOUNT


def unit_label(unit: str | None) -> str:
    label = UNITS.get(unit or "万元")
    return label.render() if label is not None else str(unit)


def target_text(target: str | None) -> str:
    if target == READ_ONLY:
        return QCoreApplication.translate("MappingModel", "(computed by the app, not imported)")
    return target_label(target).render()


def choices() -> list[tuple[str, str | None]]:
    """(label, target) for the target combo: "not imported" first, then every field."""
    return [(target_text(None), None)] + [(target_text(t), t) for t in all_targets()]


SURE_COLOURS = {
    "exact": "#1e7b4a",
    "normalised": "#1e7b4a",
    "fuzzy": "#b45309",
    "manual": "#1f5f99",
    "remembered": "#1f5f99",
}


def sure_text(col: Column) -> str:
    """✓ exact, ≈ normalised, ? fuzzy with its score, or who chose it."""
    if col.target is None:
        if col.lost_to:
            return QCoreApplication.translate("MappingModel", "lost to {header}").format(
                header=col.lost_to[1]
            )
        return ""
    p = round(col.score * 100)
    if col.how == "exact":
        return QCoreApplication.translate("MappingModel", "✓ exact {p}%").format(p=p)
    if col.how == "normalised":
        return QCoreApplication.translate("MappingModel", "≈ normalised {p}%").format(p=p)
    if col.how == "fuzzy":
        return QCoreApplication.translate("MappingModel", "? check: {p}%").format(p=p)
    if col.how == "remembered":
        return QCoreApplication.translate("MappingModel", "remembered")
    return QCoreApplication.translate("MappingModel", "chosen by you")


def sure_tip(col: Column) -> str:
    lines = []
    if col.how == "fuzzy":
        lines.append(
            QCoreApplication.translate(
                "MappingModel", "The header only resembles a known name: check the field."
            )
        )
    if col.lost_to:
        lines.append(
            QCoreApplication.translate(
                "MappingModel",
                "This column also reads as {field}; column {header} matched it better.",
            ).format(field=target_label(col.lost_to[0]).render(), header=col.lost_to[1])
        )
    return "\n".join(lines)


def _cell_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == time() else v.isoformat(" ", "minutes")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _samples(table: Table, index: int) -> str:
    out: list[str] = []
    for row in table.rows:
        if index < len(row.cells):
            text = _cell_text(row.cells[index])
            if text and text not in out:
                out.append(text)
        if len(out) >= SAMPLES:
            break
    return " · ".join(out)


class MappingModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: Table | None = None
        self.columns: list[Column] = []
        self._samples: list[str] = []

    def set_mapping(self, table: Table, columns: list[Column]) -> None:
        self.beginResetModel()
        self.table, self.columns = table, list(columns)
        self._samples = [_samples(table, c.index) for c in self.columns]
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and field names in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, UNIT)
        if self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.columns) - 1, UNIT))

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("MappingModel", "Column in the file"),
            QCoreApplication.translate("MappingModel", "Sample values"),
            QCoreApplication.translate("MappingModel", "Imports into"),
            QCoreApplication.translate("MappingModel", "How sure"),
            QCoreApplication.translate("MappingModel", "Unit of bare numbers"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self.columns[index.row()]
        if index.column() == TARGET and col.target != READ_ONLY:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == UNIT and is_amount(col.target):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.columns):
            return None
        col = self.columns[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == HEADER:
                text = col.header or QCoreApplication.translate("MappingModel", "(no header)")
                if self.table is not None and col.index in self.table.hidden_columns:
                    text += " " + QCoreApplication.translate("MappingModel", "(hidden column)")
                return text
            if c == SAMPLE:
                return self._samples[index.row()]
            if c == TARGET:
                return target_text(col.target) + ("" if col.target == READ_ONLY else " ▾")
            if c == SURE:
                return sure_text(col)
            return unit_label(col.unit) + " ▾" if is_amount(col.target) else ""
        if role == Qt.ItemDataRole.ForegroundRole and c == SURE:
            return QColor(SURE_COLOURS.get(col.how if col.target else "", "#9aa5b1"))
        if role == Qt.ItemDataRole.ToolTipRole and c == SURE:
            return sure_tip(col)
        if role == Qt.ItemDataRole.EditRole:
            return col.target if c == TARGET else col.unit if c == UNIT else self.data(index)
        if role == Qt.ItemDataRole.ForegroundRole and c == TARGET and col.target is None:
            return QColor("#9aa5b1")
        if role == Qt.ItemDataRole.ToolTipRole and c == SAMPLE:
            return self._samples[index.row()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, col = index.row(), self.columns[index.row()]
        if index.column() == TARGET:
            self.set_target(row, value)
            return True
        if index.column() == UNIT and is_amount(col.target):
            self.columns[row] = Column(
                col.index, col.header, col.target, value, col.score, col.how, col.lost_to
            )
            self.dataChanged.emit(index, index)
            return True
        return False

    # ------------------------------------------------------------ editing
    def set_target(self, row: int, target: str | None) -> None:
        """Map column ``row`` to ``target``; a column that had it before lets it go (a field
        takes one column, except the notes, which are joined)."""
        col = self.columns[row]
        unit = col.unit if is_amount(target) else None
        self.columns[row] = Column(col.index, col.header, target, unit, 1.0, "manual")
        self._changed(row)
        if target is None or target in MULTI:
            return
        for i, other in enumerate(self.columns):
            if i != row and other.target == target:
                self.columns[i] = Column(other.index, other.header, None, None)
                self._changed(i)

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, TARGET), self.index(row, UNIT))

    def row_of_target(self, target: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.target == target), -1)
