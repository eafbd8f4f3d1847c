"""A newcomer never faces a blank grey window: on an empty store the app offers to create
the first lead, import a ledger, or load demo data."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crm.ui.icons import icon


class WelcomePage(QWidget):
    create_lead = Signal()
    import_ledger = Signal()
    load_demo = Signal()

    def __init__(self, import_available: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame(self)
        card.setObjectName("welcomeCard")
        card.setMaximumWidth(720)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(32, 28, 32, 28)
        self.title = QLabel(card)
        self.title.setObjectName("welcomeTitle")
        self.text = QLabel(card)
        self.text.setWordWrap(True)
        lay.addWidget(self.title)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        self.new_button = QPushButton(icon("plus", "#ffffff"), "", card)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.create_lead)
        self.import_button = QPushButton(icon("file-excel-outline"), "", card)
        self.import_button.setObjectName("welcomeImport")
        self.import_button.clicked.connect(self.import_ledger)
        self.import_button.setEnabled(import_available)
        self.demo_button = QPushButton(icon("database-arrow-down-outline"), "", card)
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.clicked.connect(self.load_demo)
        for b in (self.new_button, self.import_button, self.demo_button):
            b.setMinimumHeight(38)
            row.addWidget(b)
        lay.addLayout(row)
        h = QHBoxLayout()
        h.addStretch(1)
        h.addWidget(card)
        h.addStretch(1)
        outer.addLayout(h)
        outer.addStretch(2)
        self.retranslate()

    def set_import_available(self, available: bool) -> None:
        self.import_button.setEnabled(available)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to the corridor's investment CRM"))
        self.text.setText(
            self.tr(
                "This store has no leads yet. Log your first lead, bring in the Excel ledger you keep "
                "today, or load demo data to look around (it goes into this store: for real work, "
                "File ▸ New store… makes another)."
            )
        )
        self.new_button.setText(self.tr("Create the first lead"))
        self.import_button.setText(self.tr("Import a ledger…"))
        self.demo_button.setText(self.tr("Load demo data"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
