"""The targets of one year as an editable table: a row per scope (the corridor, each city,
each city's fields, each field across the cities), a column per metric. A cell shows the
target set for exactly that scope or, in grey italics, the sum of the finer targets that
stands for it (crm.targets.annual.target_for). Typing a value sets it ("1.2亿" is understood), an
empty cell removes it; every change is audited and undoable (Ctrl+Z)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from crm.accounts import permissions as P
from crm.changes import Changes
from crm.errors import CrmError, ParseError
from crm.targets.annual import (
    AMOUNT_METRICS,
    METRIC_LABELS,
    METRICS,
    TargetValue,
    list_targets,
    set_target,
    target_for,
)
from crm.ui.context import AppContext
from crm.ui.operations import Op, UndoStep
from crm.values.amounts import parse_amount
from crm.values.text import parse_number

Scope = tuple[int | None, int | None]


class SetTargetCommand(UndoStep):
    """Pushed after a target was set; undo puts the old value back (audited too)."""

    def __init__(self, ctx: AppContext, text: str, year: int, scope: Scope, metric: str, old, new):
        super().__init__(ctx, text)
        self.year, self.scope, self.metric = year, scope, metric
        self.old, self.new = old, new

    def _set(self, value) -> Changes:
        return set_target(self.ctx.store, self.ctx.actor, self.year, self.metric, value,
                          city_id=self.scope[0], field_id=self.scope[1])  # fmt: skip

    def take_back(self) -> Changes:
        return self._set(self.old)

    def apply_again(self) -> Changes:
        return self._set(self.new)


class TargetsModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, year: int, parent=None):
        super().__init__(parent)
        self.ctx, self.year = ctx, year
        self.scopes: list[Scope] = []
        self.exact: dict[tuple[int | None, int | None, str], float] = {}
        self.targets: list[TargetValue] = []
        self.error: CrmError | ParseError | None = None
        self.reload()

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        ref = self.ctx.ref
        self.targets = list_targets(self.ctx.store, self.year)
        self.exact = {(t.city_id, t.field_id, t.metric): t.value for t in self.targets}
        cities = [c.id for c in ref.kind("city") if c.tag == "core"]
        fields = [f.id for f in ref.kind("field") if f.code in ("internet", "health", "materials")]
        extra_c = {c for c, _f, _m in self.exact if c is not None and c not in cities}
        extra_f = {f for _c, f, _m in self.exact if f is not None and f not in fields}
        cities += sorted(extra_c)
        fields += sorted(extra_f)
        self.scopes = [(None, None)]
        for c in cities:
            self.scopes.append((c, None))
            self.scopes += [(c, f) for f in fields]
        self.scopes += [(None, f) for f in fields]
        self.endResetModel()

    def refresh_values(self) -> None:
        """The values again (after an edit, an undo, an import): the cells change, the rows
        stay unless a target for a new city or field appeared."""
        before = list(self.scopes)
        self.targets = list_targets(self.ctx.store, self.year)
        self.exact = {(t.city_id, t.field_id, t.metric): t.value for t in self.targets}
        if any((c, f) not in before and (c, None) not in before for c, f, _m in self.exact):
            self.reload()
            return
        if self.scopes:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.scopes) - 1, len(METRICS)))

    def label(self, row: int) -> str:
        city, field = self.scopes[row]
        ref = self.ctx.ref
        if city is None and field is None:
            return self.tr("The whole corridor")
        if field is None:
            return ref.label(city)
        if city is None:
            return self.tr("All cities · {field}").format(field=ref.label(field))
        return "    " + ref.label(field)

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.scopes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1 + len(METRICS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Scope")
        if not 0 < section <= len(METRICS):
            return None
        metric = METRICS[section - 1]
        label = METRIC_LABELS[metric].render()
        return (
            self.tr("{label} (10k yuan)").format(label=label) if metric in AMOUNT_METRICS else label
        )

    def _value(self, row: int, metric: str) -> tuple[float | None, bool]:
        """(value, set exactly?) of a cell."""
        city, field = self.scopes[row]
        exact = self.exact.get((city, field, metric))
        if exact is not None:
            return exact, True
        return target_for(self.targets, metric, city, field), False

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.scopes):
            return None
        row, col = index.row(), index.column()
        city, field = self.scopes[row]
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.label(row)
            if role == Qt.ItemDataRole.FontRole and field is None:
                font = QFont()
                font.setBold(True)
                return font
            return None
        metric = METRICS[col - 1]
        value, exact = self._value(row, metric)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else f"{value:,.4f}".rstrip("0").rstrip(".")
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None or not exact else f"{value:.4f}".rstrip("0").rstrip(".")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not exact:
            return QBrush(QColor("#8a96a3"))
        if role == Qt.ItemDataRole.FontRole and not exact and value is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self._read_only(city):
            return QBrush(QColor("#eef1f4"))  # where this person may not type, at a glance
        if role == Qt.ItemDataRole.ToolTipRole:
            refused = P.manage_targets(self.ctx.actor, city)
            if refused is not None:  # read-only here: why (crm.accounts.permissions)
                return refused.render()
            if exact:
                return self.tr("Set for exactly this scope; empty the cell to remove it")
            if value is not None:
                return self.tr("Not set: the sum of the finer targets stands for it")
            return self.tr("No target: type one")
        return None

    def _read_only(self, city: int | None) -> bool:
        """A cell this person may not set, among cells they may (a city manager's view of the
        other cities); for people who set no targets at all the page says so once."""
        actor = self.ctx.actor
        return (
            P.manage_targets(actor, city) is not None
            and P.manage_targets(actor, actor.city_id) is None
        )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 or not 0 <= index.row() < len(self.scopes):
            return base
        # a city manager sets their city's targets only; the others' cells are read-only
        city = self.scopes[index.row()][0]
        refused = P.manage_targets(self.ctx.actor, city)
        return base if refused is not None else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        metric = METRICS[index.column() - 1]
        city, field = self.scopes[index.row()]
        self.error = None
        try:
            new = parse_amount(value) if metric in AMOUNT_METRICS else parse_number(value)
        except ParseError as exc:
            self.error = exc
            return False
        old = self.exact.get((city, field, metric))
        if new == old:
            return False
        year, text = self.year, self.tr("set target")
        # a model has no message area of its own: the error waits in self.error for the page
        done = Op(None, self.ctx, lambda: set_target(self.ctx.store, self.ctx.actor, year, metric,
                                                     new, city_id=city, field_id=field),
        ).undo(lambda _c: SetTargetCommand(self.ctx, text, year, (city, field), metric, old, new)
        ).failure(lambda exc: setattr(self, "error", exc)
        ).success(lambda _c: self.refresh_values()  # sums standing for other rows may change too
        ).run()  # fmt: skip
        return done is not None
