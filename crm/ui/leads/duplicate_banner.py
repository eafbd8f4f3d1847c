"""The lead form's duplicate warning, under the fields: who already follows this company (with
a button to open that lead), and — for a new lead — a reason to create a second record anyway;
close names are listed too. The form asks crm.leads.dedup while the company is typed and hands
the report here; the banner only shows it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm.leads.dedup import DuplicateReport

#: the other records of the company the warning names (the rest are counted)
SHOWN_OTHERS = 3


class DuplicateBanner(QFrame):
    #: the lead that already follows the company
    open_lead = Signal(int)
    #: "Create anyway", with the reason typed
    create_anyway = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicateBanner")
        self.report: DuplicateReport | None = None
        self._creating = False
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setObjectName("duplicateText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openDuplicate")
        self.open_button.clicked.connect(self._open)
        row.addWidget(self.open_button)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("duplicateReason")
        row.addWidget(self.reason, 1)
        self.anyway_button = QPushButton(self)
        self.anyway_button.setObjectName("createAnyway")
        self.anyway_button.clicked.connect(lambda: self.create_anyway.emit(self.reason.text()))
        row.addWidget(self.anyway_button)
        layout.addLayout(row)
        self.similar = QLabel(self)
        self.similar.setWordWrap(True)
        layout.addWidget(self.similar)
        self.hide()

    def show_report(self, report: DuplicateReport | None, *, creating: bool) -> None:
        """Show what dedup found (hidden when nothing); ``creating``: a new lead, which may be
        created anyway with a reason."""
        self.report, self._creating = report, creating
        self._render()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open that lead"))
        self.reason.setPlaceholderText(
            self.tr("Reason for a second record (e.g. capital increase, a new project)")
        )
        self.anyway_button.setText(self.tr("Create anyway"))
        self._render()

    def _render(self) -> None:
        rep = self.report
        if rep is None or (not rep.exact and not rep.similar):
            self.hide()
            return
        if rep.exact:
            m = rep.exact[0]
            text = self.tr(
                "Already followed by {owner} ({city}) since {day}: {company} — {stage}."
            ).format(
                owner=m.owner,
                city=m.city,
                day=m.since.isoformat(),
                company=m.company,
                stage=m.stage_label,
            )
            others = rep.exact[1 : 1 + SHOWN_OTHERS]
            if others:  # each one named: the person's own record may be among them
                text += " " + self.tr("Also followed by {people}.").format(
                    people="；".join(
                        self.tr("{owner} ({city}) since {day}").format(
                            owner=o.owner, city=o.city, day=o.since.isoformat()
                        )
                        for o in others
                    )
                )
            if len(rep.exact) > 1 + SHOWN_OTHERS:
                text += " " + self.tr("({count} records in all)").format(count=len(rep.exact))
        else:
            text = self.tr("No record of this company yet, but some names are close:")
        self.text.setText(text)
        self.open_button.setVisible(bool(rep.exact))
        creating = self._creating and bool(rep.exact)
        self.reason.setVisible(creating)
        self.anyway_button.setVisible(creating)
        sims = [
            self.tr("{company} ({owner}, {city})").format(
                company=m.company, owner=m.owner, city=m.city
            )
            for m in rep.similar
        ]
        self.similar.setText(
            (self.tr("Similar: ") + "；".join(sims)) if sims and rep.exact else "；".join(sims)
        )
        self.similar.setVisible(bool(sims))
        self.show()

    def _open(self) -> None:
        if self.report and self.report.exact:
            self.open_lead.emit(self.report.exact[0].lead_id)
