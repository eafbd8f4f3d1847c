"""What the dry run says about one row, the choices the user makes about duplicates, and the
one-line description the wizard and the command line show for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from crm import fields as F
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.importing.book import Row
from crm.importing.matching import Existing
from crm.importing.normalise import CellProblem
from crm.importing.review import Kept, flags
from crm.pipeline.rules import Move

CREATE, UPDATE, SKIP, REFUSE = "create", "update", "skip", "refuse"
ACTIONS = (CREATE, UPDATE, SKIP, REFUSE)


@dataclass(frozen=True)
class Choice:
    """What to do with a duplicate (a company someone already follows): skip it, update the
    lead that exists, or create a second record (a reason is then required)."""

    action: str = SKIP
    reason: str | None = None

    def __post_init__(self) -> None:
        if self.action not in (SKIP, UPDATE, CREATE):
            raise ValueError(f"unknown duplicate choice {self.action!r}")


@dataclass
class ImportOptions:
    #: the choice for every duplicate the user has not decided one by one
    duplicates: Choice = field(default_factory=Choice)
    #: row number → choice for that row
    choices: dict[int, Choice] = field(default_factory=dict)
    #: owner (user id) of rows that name none; None = the importing user
    default_owner_id: int | None = None
    #: city (ref id) of rows that name none; None = found in the file's title or 填报单位
    #: line, else the default owner's city
    default_city_id: int | None = None
    #: officers a ledger names who have no account are created (people of the row's city who
    #: cannot sign in); False gives their rows to the owner of unnamed rows, the name noted
    new_officers: bool = True
    #: rows the sheet hides are imported like the others (a filter or a fold in Excel is a
    #: way of looking, not of deleting); False skips them
    hidden_rows: bool = True
    today: date | None = None


@dataclass
class RowPlan:
    number: int
    cells: Row
    action: str
    #: new | changed | unchanged | duplicate | invalid
    detail: str
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[CellProblem] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    #: the lead this row updates, or the one it duplicates
    existing: Existing | None = None
    #: an earlier row of the same file that brings in the same company
    duplicate_of_row: int | None = None
    #: input name → (old, new) clean values this row changes on an existing lead
    changes: dict[str, Any] = field(default_factory=dict)
    #: a stage move (new pipeline values) on an existing lead
    move: Move | None = None
    #: clean values of a new lead (crm.leads.validation.clean_lead)
    clean: dict[str, Any] = field(default_factory=dict)
    #: a contact person to add (crm.leads.contacts field names)
    contact: dict[str, Any] | None = None
    #: why a second record of a followed company is made
    reason: str | None = None
    #: cells whose value was not taken: in the notes, and the lead flagged 需核实
    kept: list[Kept] = field(default_factory=list)
    #: the officer the row names who has no account yet (crm.importing.officers)
    new_officer: str | None = None

    @property
    def needs_review(self) -> bool:
        return flags(self.kept) and self.action in (CREATE, UPDATE)

    @property
    def lead_id(self) -> int | None:
        return self.existing.lead_id if self.existing else None

    def reason_text(self, lang: str | None = None) -> str:
        """Why the row is refused (every problem, with its column)."""
        return "; ".join(p.render(lang) for p in self.problems)

    def describe(self, lang: str | None = None) -> str:
        """One line for the preview: what will happen to this row and why."""
        return describe(self, lang)


def _changed_fields(plan: RowPlan, lang: str | None) -> str:
    names = list(plan.changes) + [k for k in ("stage",) if plan.move]
    labels = [F.label(n).render(lang) for n in names]
    if plan.contact:
        labels.append(F.label("contact_name").render(lang))
    return ", ".join(labels)


def describe(plan: RowPlan, lang: str | None = None) -> str:
    ex = plan.existing
    if plan.action == REFUSE:
        text = QT_TRANSLATE_NOOP("Import", "refused: {reason}").format(
            reason=plan.reason_text(lang)
        )
    elif plan.action == CREATE and plan.detail == "duplicate":
        text = QT_TRANSLATE_NOOP(
            "Import", "new lead, a second record of the company (reason: {reason})"
        ).format(reason=plan.reason or "")
    elif plan.action == CREATE:
        text = QT_TRANSLATE_NOOP("Import", "new lead")
    elif plan.action == UPDATE:
        text = QT_TRANSLATE_NOOP("Import", "updates lead {id}: {fields}").format(
            id=plan.lead_id, fields=_changed_fields(plan, lang)
        )
    elif plan.detail == "hidden":
        text = QT_TRANSLATE_NOOP("Import", "skipped: the row is hidden in the sheet")
    elif plan.duplicate_of_row is not None:
        text = QT_TRANSLATE_NOOP(
            "Import", "skipped: the same company as row {row} of this file"
        ).format(row=plan.duplicate_of_row)
    elif plan.detail == "duplicate" and ex is not None:
        text = QT_TRANSLATE_NOOP(
            "Import", "skipped: {company} is already followed by {owner} ({city}) since {day}"
        ).format(
            company=ex.company, owner=ex.owner_name, city=ex.city_name, day=ex.since.isoformat()
        )
    else:
        text = QT_TRANSLATE_NOOP("Import", "skipped: lead {id} already says the same").format(
            id=plan.lead_id
        )
    out = text.render(lang)
    notes = [n.render(lang) for n in plan.notes]
    if plan.kept and plan.action in (CREATE, UPDATE):
        notes[:0] = _kept_lines(plan.kept, lang)
    if notes:
        out += " (" + "; ".join(notes) + ")"
    return out


def _kept_lines(kept: list[Kept], lang: str | None) -> list[str]:
    """What the preview says of the cells kept in the notes: those that need review, those
    read all the same (a date without its year: how it was read), and the rest."""
    from crm.importing.review import UNFLAGGED

    def columns(ks: list[Kept]) -> str:
        return ", ".join(dict.fromkeys(k.header or k.field for k in ks))

    review = [k for k in kept if k.flag and k.field not in UNFLAGGED and not k.taken]
    rest = [k for k in kept if not k.taken and k not in review]
    out = []
    if review:
        out.append(
            QT_TRANSLATE_NOOP("Import", "needs review: {columns} kept in the notes")
            .format(columns=columns(review))
            .render(lang)
        )
    for k in kept:
        if k.taken:
            line = QT_TRANSLATE_NOOP("Import", "{header}: {reason}").format(
                header=k.header or k.field, reason=k.message
            )
            if k.flag:
                line = QT_TRANSLATE_NOOP("Import", "needs review: {what}").format(what=line)
            out.append(line.render(lang))
    if rest:
        out.append(
            QT_TRANSLATE_NOOP("Import", "{columns} kept in the notes")
            .format(columns=columns(rest))
            .render(lang)
        )
    return out


ACTION_LABELS = {
    CREATE: QT_TRANSLATE_NOOP("Import", "create"),
    UPDATE: QT_TRANSLATE_NOOP("Import", "update"),
    SKIP: QT_TRANSLATE_NOOP("Import", "skip"),
    REFUSE: QT_TRANSLATE_NOOP("Import", "refuse"),
}


def action_label(action: str) -> str:
    return ACTION_LABELS[action].render()


__all__ = ["CREATE", "UPDATE", "SKIP", "REFUSE", "Choice", "ImportOptions", "RowPlan"]
