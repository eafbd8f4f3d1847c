"""Settings: the interface language (switches at once, nothing typed is lost), who you are,
the team's follow-up thresholds, and where the store is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm.accounts import permissions as P
from crm.accounts.roles import ROLE_LABELS
from crm.errors import CrmError
from crm.i18n import EN, ZH, current_language
from crm.team_settings import FollowupThresholds, followup_thresholds, set_followup_thresholds
from crm.ui.context import AppContext
from crm.ui.operations import Op
from crm.ui.widgets.allowed import allow
from crm.ui.widgets.inputs import ErrorLabel


class SettingsPage(QWidget):
    language_chosen = Signal(str)
    switch_user = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 10)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        lay.addWidget(self.title)
        self.lang_box = QGroupBox(self)
        f1 = QFormLayout(self.lang_box)
        self.language = QComboBox(self.lang_box)
        self.language.setObjectName("languageCombo")
        self.language.addItem("中文（简体）", ZH)
        self.language.addItem("English", EN)
        self.language.setCurrentIndex(0 if current_language() == ZH else 1)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        self.lang_label = QLabel(self.lang_box)
        f1.addRow(self.lang_label, self.language)
        lay.addWidget(self.lang_box)
        self.user_box = QGroupBox(self)
        f2 = QHBoxLayout(self.user_box)
        self.user_label = QLabel(self.user_box)
        f2.addWidget(self.user_label, 1)
        self.switch = QPushButton(self.user_box)
        self.switch.clicked.connect(self.switch_user)
        f2.addWidget(self.switch)
        lay.addWidget(self.user_box)
        self.th_box = QGroupBox(self)
        f3 = QFormLayout(self.th_box)
        th = followup_thresholds(ctx.store)
        self.spins = {}
        self.th_labels = {}
        for key in ("officer", "manager", "at_risk", "stale_days"):
            s = QSpinBox(self.th_box)
            s.setObjectName(f"threshold_{key}")
            s.setRange(1, 365)
            s.setValue(getattr(th, key))
            self.spins[key] = s
            self.th_labels[key] = QLabel(self.th_box)
            f3.addRow(self.th_labels[key], s)
        self.th_error = ErrorLabel(self.th_box)
        f3.addRow(self.th_error)
        self.th_save = QPushButton(self.th_box)
        self.th_save.setObjectName("saveThresholds")
        self.th_save.clicked.connect(self._save_thresholds)
        f3.addRow(self.th_save)
        # corridor-wide: committee managers and administrators (crm.accounts.permissions)
        refused = P.corridor_settings(ctx.actor)
        for w in (*self.spins.values(), self.th_save):
            allow(w, refused)
        lay.addWidget(self.th_box)
        self.store_box = QGroupBox(self)
        f4 = QVBoxLayout(self.store_box)
        self.store_label = QLabel(self.store_box)
        self.store_label.setWordWrap(True)
        f4.addWidget(self.store_label)
        lay.addWidget(self.store_box)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        a = self.ctx.actor
        self.title.setText(self.tr("Settings"))
        self.lang_box.setTitle(self.tr("Language"))
        self.lang_label.setText(self.tr("Interface language"))
        self.user_box.setTitle(self.tr("You"))
        self.user_label.setText(
            self.tr("{name} · {city} · {role}").format(
                name=a.display_name,
                city=self.ctx.ref.label(a.city_id) or self.tr("Committee"),
                role=ROLE_LABELS.get(a.role, ROLE_LABELS["officer"]).render(),
            )
        )
        self.switch.setText(self.tr("Switch user…"))
        self.th_box.setTitle(self.tr("Follow-up reminders (whole team)"))
        self.th_labels["officer"].setText(self.tr("Flag to the officer after (days overdue)"))
        self.th_labels["manager"].setText(self.tr("Flag to the manager after (days overdue)"))
        self.th_labels["at_risk"].setText(self.tr("Mark at risk after (days overdue)"))
        self.th_labels["stale_days"].setText(self.tr("Idle after (days without activity)"))
        self.th_save.setText(self.tr("Save thresholds"))
        self.store_box.setTitle(self.tr("Store"))
        self.store_label.setText(
            self.tr("Data is kept in {store}").format(store=self.ctx.store.describe())
        )
        self.th_error.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _save_thresholds(self) -> None:
        value = FollowupThresholds(**{k: s.value() for k, s in self.spins.items()})
        Op(
            self, self.ctx, lambda: set_followup_thresholds(self.ctx.store, self.ctx.actor, value)
        ).success(self._thresholds_saved).run()

    def _thresholds_saved(self, _changes: object) -> None:
        self.th_error.show_message(None)
        self.ctx.bus.message.emit(self.tr("Thresholds saved"))

    def show_failure(self, error: CrmError) -> None:
        """The page's message area (crm.ui.operations): the line under the thresholds, the
        page's only write."""
        self.th_error.show_message(error.message)
