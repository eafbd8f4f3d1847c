"""The "Export to Excel" button of the pipeline pages and the activity list: every table the
page shows, one sheet each, written in the background (crm.exporting.tables). The cells are
what the person sees (the views already mask what they may not see); counts and amounts go
as numbers, everything else as its text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from crm.db.label import store_label
from crm.errors import CrmError
from crm.exporting.tables import TableData, export_tables
from crm.reports import check_writable
from crm.ui import file_dialogs
from crm.ui.icons import icon
from crm.ui.operations import Op, passes
from crm.ui.widgets.inputs import ErrorLabel

_NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?$")


def _cell(text):
    """A cell as shown; a number shown as one (1,234 or 12.5) goes as a number."""
    if isinstance(text, str) and _NUMBER.match(text.strip()):
        number = float(text.strip().replace(",", ""))
        return int(number) if number.is_integer() else number
    return None if text in ("", "·", "—") else text


def model_table(model, title: str, note: str = "") -> TableData:
    """What a table model shows, as plain rows (all its rows, in its order)."""
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    cols = model.columnCount()
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(cols)]
    vertical = model.headerData(0, Qt.Orientation.Vertical) if model.rowCount() else None
    named_rows = isinstance(vertical, str)  # a heat map names its rows in the vertical header
    if named_rows:
        headers = [""] + headers
    rows: list[Sequence[Any]] = []
    for r in range(model.rowCount()):
        row = [model.headerData(r, Qt.Orientation.Vertical)] if named_rows else []
        row += [_cell(model.index(r, c).data()) for c in range(cols)]
        rows.append(row)
    return TableData(title, headers, rows, note=note)


class TableExport(QWidget):
    """A tool button (and its inline error) that exports ``tables()`` to a workbook."""

    def __init__(self, ctx, name: str, tables: Callable[[], list[TableData]], parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.ctx, self.tables = ctx, tables
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.error = ErrorLabel(self)
        self.button = QToolButton(self)
        self.button.setObjectName(name + "Button")
        self.button.setIcon(icon("microsoft-excel"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.clicked.connect(self.export)
        lay.addWidget(self.error)
        lay.addWidget(self.button)
        self.title = ""
        self.last_path: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Export to Excel…"))
        self.button.setAccessibleName(self.tr("Export these tables to Excel"))

    def ask_path(self) -> Path | None:
        name = f"{self.title}-{date.today().isoformat()}.xlsx".replace("/", "-")
        return file_dialogs.ask_save(self, self.ctx.settings, "export", self.tr("Export to Excel"),
                                     name, self.tr("Excel workbook (*.xlsx)"), ".xlsx")  # fmt: skip

    def export(self) -> None:
        tables = self.tables()
        if not tables:
            return
        path = self.ask_path()
        if path is None:
            return
        self.error.show_message(None)
        if not passes(self, self.ctx, lambda: check_writable(path)):
            return  # why: in this tool's message area
        title, footer = self.title, store_label(self.ctx.store)
        self.button.setEnabled(False)

        def done(written: Path) -> None:
            self.button.setEnabled(True)
            self.last_path = written
            self.ctx.bus.message.emit(self.tr("Saved {name} in {folder}.").format(
                name=written.name, folder=str(written.parent)))  # fmt: skip

        def failed(exc: CrmError) -> None:
            self.button.setEnabled(True)
            self.show_failure(exc)

        Op(self, self.ctx, lambda: export_tables(path, tables, title=title, footer=footer)).success(
            done
        ).failure(failed).run_in_background(self.tr("Exporting {name}…").format(name=path.name))

    def show_failure(self, error: CrmError) -> None:
        """The tool's message area (crm.ui.operations): the line beside its button."""
        self.error.show_message(error.message)
