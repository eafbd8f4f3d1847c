"""Keep, flag, don't refuse: a value the app cannot read or must not accept, for a field that
may stay empty, is imported empty, its text kept in the lead's notes, and the lead flagged
需核实 (needs review) for a person to check.

Refused are only the rows a lead cannot be made of: no company, a company name that is no name
(hundreds of characters), and a credit code whose check character is wrong (the code is the
company's identity: a mistyped one would file the project under another company). An unknown
stage becomes the first stage; a stage that needs a figure the ledger lacks (签约 without the
agreed investment, 搁置 without a day to look again, 流失 without the reason) likewise, with
the ledger's stage word kept; an unreadable field (领域) becomes 其他; an unreadable city the
file's default city.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from crm.errors import ParseError, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.importing.cells import as_text
from crm.values.credit_code import ALPHABET, check_character
from crm.values.credit_code import LENGTH as CODE_LENGTH
from crm.values.credit_code import normalise as normalise_code

if TYPE_CHECKING:  # the planner imports this module
    from crm.errors import FieldError
    from crm.importing.plan import PlanContext
    from crm.importing.rowplan import RowPlan

#: what the notes keep of a value (a 100,000-character cell is cut)
TEXT_KEPT = 500
NOTES_MAX = 20000
#: the fields whose trouble refuses the row
FATAL = ("company_name",)
#: descriptive lists whose unknown word is kept in the notes without flagging the lead: it
#: changes no figure the reports count, and flagging every row for them hides the rows that
#: do need a look
UNFLAGGED = ("source", "project_type", "business_type", "subfield", "origin")
#: the stage rules' figures: without them the stage cannot be taken (crm.pipeline.requirements)
STAGE_NEEDS = ("agreed_investment", "on_hold_until", "lost_reason")
_ALPHABET = frozenset(ALPHABET)


class Unflagged(ParseError):
    """A cell kept out (its text in the notes) that does not make the lead one to review: the
    ledger says the value is not known yet (待定, 面议), or gives less than the field holds (a
    month without its day). Nothing is wrong to check; the field is simply not known."""


@dataclass(frozen=True)
class Kept:
    """A cell whose value was not taken: the column, the field, why, and its text; ``flag``
    False for one that needs no review (Unflagged); ``lacks`` the figure a stage lacks;
    ``taken`` for a value read all the same, noted."""

    column: int
    header: str
    field: str
    message: Message
    text: str
    flag: bool = True
    lacks: str | None = None
    #: the value was read all the same (a date without its year, a short name): the cell's
    #: text is in the notes for a person to see how
    taken: bool = False

    def note(self) -> str:
        text = self.text if len(self.text) <= TEXT_KEPT else self.text[:TEXT_KEPT] + "…"
        if not self.flag:
            return (
                QT_TRANSLATE_NOOP("Import", "{header} “{text}”: {reason}")
                .format(header=self.header, text=text, reason=self.message)
                .render()
            )
        if not text:
            return (
                QT_TRANSLATE_NOOP("Import", "Needs review: {header} ({reason})")
                .format(header=self.header, reason=self.message)
                .render()
            )
        return (
            QT_TRANSLATE_NOOP("Import", "Needs review: {header} “{text}” ({reason})")
            .format(header=self.header, text=text, reason=self.message)
            .render()
        )


def flags(kept: list[Kept]) -> bool:
    """Whether values kept out make the lead one to review (需核实): a value the ledger gives
    that the import could not take, where the figures the reports count may then be wrong.
    Not: a descriptive list's unknown word (UNFLAGGED), a value not known yet (待定), a lost
    project without its reason (其他 stands for it)."""
    return any(k.flag and k.field not in UNFLAGGED for k in kept)


def wrong_check_character(text: str) -> bool:
    """A well-formed credit code (18 characters of GB 32100's alphabet, a region's digits)
    whose check character does not match: mistyped, so not this company's identity. The
    standard's rules are crm.values.credit_code's: parse_credit_code refuses such a code at its
    check character only."""
    code = normalise_code(text)
    if len(code) != CODE_LENGTH or not code[2:8].isdigit() or not set(code) <= _ALPHABET:
        return False
    return check_character(code[:17]) != code[17]


def clean_keeping(
    ctx: PlanContext,
    plan: RowPlan,
    data: dict[str, Any],
    clean: Callable[[dict[str, Any]], dict[str, Any]],
) -> dict[str, Any]:
    """``clean(data)`` (crm.leads.validation.clean_lead), leaving out what it refuses that may stay
    empty (each kept in ``plan.kept``); a ValidationError only for what refuses the row."""
    for _attempt in range(6):
        try:
            return clean(data)
        except ValidationError as exc:
            fatal = [e for e in exc.errors if e.field in FATAL or e.field not in data]
            if fatal and not _fixable(fatal, data):
                raise ValidationError(fatal) from None
            for e in exc.errors:
                _keep(ctx, plan, data, e)
    return clean(data)


def _fixable(errors: list[FieldError], data: dict[str, Any]) -> bool:
    """Missing values the import can stand in for: 其他 for the field, the default city, and
    the first stage for a stage whose figure the row lacks."""
    staged = data.get("stage") not in (None, "lead")
    return all(e.field in ("field", "city") or (e.field in STAGE_NEEDS and staged) for e in errors)


def _keep(ctx: PlanContext, plan: RowPlan, data: dict[str, Any], error: FieldError) -> None:
    name = error.field
    if name == "lost_reason" and data.get("stage") == "lost" and _other_reason(ctx, data):
        col = ctx.column_of.get("stage")
        plan.kept.append(
            Kept(
                col.index if col else -1,
                col.header if col else "",
                "lost_reason",
                QT_TRANSLATE_NOOP(
                    "Import", "the ledger gives no reason: 其他 (other) until it is told"
                ),
                "",
                flag=False,
            )
        )
        return
    if name in STAGE_NEEDS and data.get("stage") not in (None, "lead"):
        stage = data.pop("stage")
        for pipe in ("stage_date", "on_hold_until", "lost_reason", "lost_to_region"):
            data.pop(pipe, None)
        col = ctx.column_of.get("stage")
        plan.kept.append(
            Kept(
                col.index if col else -1,
                col.header if col else "",
                "stage",
                QT_TRANSLATE_NOOP(
                    "Import", "{field} {problem}: the lead starts at the first stage"
                ).format(field=error.label, problem=error.message),
                _cell_text(ctx, plan, "stage") or ctx.ref.stage_label(stage),
                lacks=name,
            )
        )
        return
    text = _cell_text(ctx, plan, name)
    col = ctx.column_of.get(name)
    header = col.header if col else error.label.render()
    if name == "field":
        data["field"] = ctx.ref.id_of("field", "other")
        data.pop("subfield", None)
    elif name == "city":
        if ctx.plan.default_city_id is None or data.get("city") == ctx.plan.default_city_id:
            data.pop("city", None)  # nothing to fall back on: the row is refused
            raise ValidationError([error])
        data["city"] = ctx.plan.default_city_id
    elif name == "notes":
        data["notes"] = str(data["notes"])[: NOTES_MAX - 200] + "…"
        text = ""
    elif name == "codename":  # a confidential project keeps its confidentiality
        data["codename"] = f"待定代号-{plan.number}"
    else:
        data.pop(name, None)
    if not any(k.field == name and k.flag for k in plan.kept):  # once: the cell says it
        plan.kept.append(Kept(col.index if col else -1, header, name, error.message, text))


def _other_reason(ctx: PlanContext, data: dict[str, Any]) -> bool:
    """A lead the ledger says was lost, without saying why, is lost for reason 其他."""
    other = ctx.ref.by_code("lost_reason", "other")
    if other is None or data.get("lost_reason") not in (None, ""):
        return False
    data["lost_reason"] = other.id
    return True


def _cell_text(ctx: PlanContext, plan: RowPlan, name: str) -> str:
    col = ctx.column_of.get(name)
    if col is None or col.index >= len(plan.cells) or plan.cells[col.index] is None:
        return ""
    return as_text(plan.cells[col.index]).strip()


def with_notes(notes: str | None, kept: list[Kept]) -> str | None:
    """The lead's notes with a line for every value kept out, within the notes' limit."""
    if not kept:
        return notes
    lines = [k.note() for k in kept]
    text = "\n".join([*([notes] if notes else []), *lines])
    return text if len(text) <= NOTES_MAX else text[: NOTES_MAX - 1] + "…"
