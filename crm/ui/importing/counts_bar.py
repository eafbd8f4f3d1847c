"""The dry run's four counts as buttons that filter the preview (all, new, updates, skipped,
refused), and the sum said in words — created + updated + skipped + refused = data rows —
so the officer sees that every row of the ledger is accounted for."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from crm.importing.api import CREATE, REFUSE, SKIP, UPDATE, Counts
from crm.ui.icons import icon
from crm.ui.importing.plan_model import ACTION_STYLE

ALL = "all"


class CountsBar(QWidget):
    #: the action to show, or None for every row
    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importCounts")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for key in (ALL, CREATE, UPDATE, SKIP, REFUSE):
            b = QPushButton(self)
            b.setObjectName(f"importShow_{key}")
            b.setCheckable(True)
            if key != ALL:
                b.setIcon(icon(*ACTION_STYLE[key]))
            b.clicked.connect(
                lambda _c=False, k=key: self.filter_changed.emit(None if k == ALL else k)
            )
            self.group.addButton(b)
            self.buttons[key] = b
            lay.addWidget(b)
        self.buttons[ALL].setChecked(True)
        self.setStyleSheet(
            "QPushButton:checked { background: #dbe9f7; border: 1px solid #1f5f99; "
            "color: #163a5f; font-weight: 600; }"
        )
        self.sum = QLabel(self)
        self.sum.setObjectName("importSum")
        lay.addSpacing(12)
        lay.addWidget(self.sum, 1)
        self.counts: Counts | None = None
        self.retranslate()

    def set_counts(self, counts: Counts) -> None:
        self.counts = counts
        self.retranslate()

    def retranslate(self) -> None:
        c = self.counts or Counts(0, 0, 0, 0, 0)
        self.buttons[ALL].setText(self.tr("All {n}").format(n=c.data_rows))
        self.buttons[CREATE].setText(self.tr("New {n}").format(n=c.created))
        self.buttons[UPDATE].setText(self.tr("Updates {n}").format(n=c.updated))
        self.buttons[SKIP].setText(self.tr("Skipped {n}").format(n=c.skipped))
        self.buttons[REFUSE].setText(self.tr("Refused {n}").format(n=c.refused))
        if self.counts is None:
            self.sum.clear()
            return
        text = self.tr(
            "{created} created + {updated} updated + {skipped} skipped + {refused} refused "
            "= {rows} data rows"
        ).format(
            created=c.created,
            updated=c.updated,
            skipped=c.skipped,
            refused=c.refused,
            rows=c.data_rows,
        )
        mark = "✓" if c.balanced else "✗"
        self.sum.setText(f"{text} {mark}")
        self.sum.setStyleSheet("color: #1e7b4a;" if c.balanced else "color: #b42318;")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
