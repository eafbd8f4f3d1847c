"""Help ▸ About: the brand, the version and build, the store with its schema version against
the app's, and where the data, settings, logs and backups are — with buttons to copy it all
for support and to open the data and log folders."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crm.about import About, about
from crm.db import Store
from crm.errors import StoreError
from crm.paths import resource
from crm.ui.operations import Op
from crm.ui.widgets.notice import open_folder


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.store = store
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(
            QPixmap(str(resource("brand", "logo.png"))).scaled(
                56,
                56,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("aboutTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600; color: #163a5f;")
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        lay.addLayout(head)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        lay.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.info: About  # read below, once the buttons that show it exist
        self.copy = self.buttons.addButton("", role)
        self.copy.setObjectName("aboutCopy")
        self.copy.clicked.connect(self._copy)
        self.open_data = self.buttons.addButton("", role)
        self.open_data.setObjectName("aboutOpenData")
        self.open_data.clicked.connect(lambda: open_folder(self.info.locations.data))
        self.open_logs = self.buttons.addButton("", role)
        self.open_logs.setObjectName("aboutOpenLogs")
        self.open_logs.clicked.connect(lambda: open_folder(self.info.locations.logs))
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.info = self._read()
        self.setMinimumWidth(640)
        self.retranslate()

    def _read(self) -> About:
        problems: list[StoreError] = []
        # the server went away: show the rest all the same, with why
        info = Op(self, None, lambda: about(self.store)).failure(problems.append, StoreError).run()
        if info is None:
            problem = problems[0].message if problems else None
            return about(None, target=self.store.describe(), problem=problem)
        return info

    def rows(self) -> list[tuple[str, str]]:
        return [*self.info.lines(), ("Qt", qVersion())]

    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.rows())

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy.setText(self.tr("Copied"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About the CRM"))
        self.title.setText(self.tr("Unified Investment CRM"))
        self.subtitle.setText(
            self.tr(
                "Hangzhou City West Sci-Tech Innovation Corridor · one policy, one brand, "
                "one pool of leads"
            )
        )
        self.copy.setText(self.tr("Copy"))
        self.open_data.setText(self.tr("Open data folder"))
        self.open_logs.setText(self.tr("Open log folder"))
        while self.form.rowCount():
            self.form.removeRow(0)
        for label, value in self.rows():
            field = QLabel(value, self)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, field)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
