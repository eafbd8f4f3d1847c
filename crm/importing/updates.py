"""The values a row gives, checked as an update of an existing lead or as a new lead.

An update carries only what the row says and differs from the lead (an empty cell never
clears a value); a different stage is a stage move with the pipeline's rules (the date not in
the future nor before the current stage's, 签约 and later need the agreed investment, 搁置 a
date to look again, 流失 a reason). Masked fields of a confidential project the importer may
not see are left alone, and an update chosen for a duplicate never changes the lead's city or
owner: handing a lead over is an explicit action, not a side effect of an import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crm import fields as F
from crm.accounts import permissions as P
from crm.accounts.permissions import sees_contacts
from crm.errors import FIELD_PROBLEM, FieldError, ValidationError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.importing import synonyms as S
from crm.importing.headers import Column
from crm.importing.matching import Existing
from crm.importing.normalise import NEW_OFFICER, OWNER_TEXT, UNKNOWN_OWNER, owner_not_taken
from crm.importing.review import Kept, clean_keeping, flags, with_notes
from crm.importing.rowplan import REFUSE, SKIP, UPDATE, RowPlan
from crm.leads.contacts import clean_contact
from crm.leads.validation import clean_lead
from crm.pipeline import SIGNED_OR_LATER, StageState, check_move

if TYPE_CHECKING:  # the planner imports this module
    from crm.importing.plan import PlanContext

PIPELINE = ("stage", "stage_date", "on_hold_until", "lost_reason", "lost_to_region")
MASKED = ("company_name", "credit_code", "project_name", "notes", "origin")
HANDOVER = ("city", "owner")
#: the note on the history row of a move an import made
IMPORT_NOTE = "import"
_CONTACT = {
    "contact_name": "name",
    "contact_title": "title",
    "mobile": "mobile",
    "email": "email",
    "wechat": "wechat",
}


def _lead_values(plan: RowPlan) -> dict[str, Any]:
    values = {k: v for k, v in plan.values.items() if k in F.FIELDS_BY_NAME}
    if (
        values.get("stage") == "on_hold"
        and "on_hold_until" not in values
        and values.get("next_followup") is not None
    ):
        # a ledger's 下次跟进日期 on a row on hold is the day to look again (as the app sets
        # the next follow-up to that day when a lead is put on hold)
        values["on_hold_until"] = values["next_followup"]
    return values


def _agreed_fallback(
    ctx: PlanContext, plan: RowPlan, data: dict[str, Any], current: dict[str, Any] | None
) -> None:
    """A ledger without an agreed-investment column: a signed project's planned investment
    stands for it (said in the row's notes) rather than refusing every signed row."""
    if "agreed_investment" in ctx.targets or "agreed_investment" in data:
        return
    if current is not None and current.get("agreed_investment") is not None:
        return
    stage = data.get("stage")
    planned = data.get("planned_investment", (current or {}).get("planned_investment"))
    if stage in SIGNED_OR_LATER and planned is not None:
        data["agreed_investment"] = planned
        plan.notes.append(
            QT_TRANSLATE_NOOP("Import", "agreed investment taken from the planned investment")
        )


def creation_data(ctx: PlanContext, plan: RowPlan) -> dict[str, Any]:
    """The row's values as input for crm.leads.validation.clean_lead, defaults filled in."""
    data = _lead_values(plan)
    if "city" not in data and ctx.plan.default_city_id is not None:
        data["city"] = ctx.plan.default_city_id
    if "project_name" not in data and data.get("company_name"):
        data["project_name"] = data["company_name"]
        if "project_name" in ctx.targets:  # else the file has no such column: said once, above
            plan.notes.append(
                QT_TRANSLATE_NOOP("Import", "no project name: named after the company")
            )
    if NEW_OFFICER in plan.values and ctx.plan.options.new_officers:
        plan.new_officer = plan.values[NEW_OFFICER]  # made a person by the import
        plan.notes.append(
            QT_TRANSLATE_NOOP("Import", "{name} gets an account (cannot sign in yet)").format(
                name=plan.new_officer
            )
        )
    elif "owner" not in data and ctx.plan.default_owner_id is not None:
        data["owner"] = ctx.plan.default_owner_id
        if plan.values.get(OWNER_TEXT):  # the named officer is kept in the notes
            col = ctx.column_of.get("owner")
            line = f"{col.header if col else F.label('owner').render()}：{plan.values[OWNER_TEXT]}"
            data["notes"] = f"{data['notes']}\n{line}" if data.get("notes") else line
        if UNKNOWN_OWNER in plan.values:
            plan.notes.append(
                owner_not_taken(
                    plan.values,
                    QT_TRANSLATE_NOOP("Import", "the lead goes to {owner}").format(
                        owner=ctx.ref.user_name(ctx.plan.default_owner_id)
                    ),
                )
            )
    signed_on = plan.values.get(S.SIGNED_ON)
    if signed_on is not None and signed_on > ctx.today:
        plan.notes.append(QT_TRANSLATE_NOOP("Import", "a signing day in the future is not kept"))
        plan.values.pop(S.SIGNED_ON)
    elif signed_on is not None and data.get("stage") == "signed":
        data.setdefault("stage_date", signed_on)
    _agreed_fallback(ctx, plan, data, None)
    return data


def contact_of(plan: RowPlan, ex: Existing | None) -> dict[str, Any] | None:
    """The contact person the row names, if new to the lead (masked values are not data)."""
    given = {_CONTACT[k]: plan.values[k] for k in _CONTACT if plan.values.get(k)}
    if not given.get("name"):
        return None
    if any("*" in str(v) for v in given.values()):
        return None
    if ex is not None and given["name"] in ex.contact_names:
        return None
    return clean_contact(given, creating=True)


def contact_kept(ctx: PlanContext, plan: RowPlan, ex: Existing | None) -> dict[str, Any] | None:
    """The row's contact person, or None with the unreadable values kept (a mobile number
    that is no number does not cost the row its lead)."""
    try:
        return contact_of(plan, ex)
    except ValidationError as exc:
        for e in exc.errors:
            target = next((t for t, n in _CONTACT.items() if n == e.field), "contact_name")
            col = ctx.column_of.get(target)
            text = str(plan.values.get(target, ""))
            plan.kept.append(
                Kept(col.index if col else -1, col.header if col else "", target, e.message, text)
            )
        return None


def plan_update(ctx: PlanContext, plan: RowPlan, ex: Existing, *, handover: bool) -> RowPlan:
    """Set ``plan`` to update ``ex`` with what the row changes, skip it if nothing, or refuse
    it with the reasons."""
    plan.existing = ex
    data = _lead_values(plan)
    codename = ex.values.get("codename")
    shown_masked = (
        ex.values.get("confidential")
        and codename
        and codename
        in (
            data.get("company_name"),
            data.get("project_name"),
        )
    )
    if ex.masked or shown_masked:  # an export made by someone who saw only the codename
        for name in MASKED:
            data.pop(name, None)
    if not handover:
        for name in HANDOVER:
            if name in data and data[name] != ex.values[name]:
                plan.notes.append(
                    QT_TRANSLATE_NOOP(
                        "Import", "{field} kept: hand the lead over explicitly"
                    ).format(field=F.label(name))
                )
            data.pop(name, None)
    current = ex.values
    plain = {k: v for k, v in data.items() if k not in PIPELINE}
    pipe = {k: v for k, v in data.items() if k in PIPELINE}
    try:
        if pipe.get("stage") and pipe["stage"] != current["stage"]:
            probe = dict(plain, stage=pipe["stage"])
            _agreed_fallback(ctx, plan, probe, current)
            if "agreed_investment" in probe:
                plain["agreed_investment"] = probe["agreed_investment"]
        clean = (
            clean_keeping(ctx, plan, plain, lambda d: clean_lead(ctx.ref, d, current=current))
            if plain
            else {}
        )
        plan.changes = {k: (current[k], v) for k, v in clean.items() if current[k] != v}
        try:
            _plan_pipeline(ctx, plan, pipe, current | clean)
        except ValidationError as exc:  # the stage the ledger says cannot be taken: kept
            plan.move = None
            col = ctx.column_of.get("stage")
            plan.kept.append(
                Kept(
                    col.index if col else -1,
                    col.header if col else "",
                    "stage",
                    FIELD_PROBLEM.format(field=exc.errors[0].label, problem=exc.errors[0].message),
                    _stage_text(plan, col),
                )
            )
        plan.contact = contact_kept(ctx, plan, ex)
        if plan.contact and not sees_contacts(ctx.actor, ex.owner_id, ex.city_id):
            plan.contact = None
            plan.notes.append(
                QT_TRANSLATE_NOOP(
                    "Import", "contact not added: you may not see this lead's contacts"
                )
            )
    except ValidationError as exc:
        plan.action, plan.detail = REFUSE, "invalid"
        plan.problems.extend(ctx.problems(exc))
        return plan
    # a value read all the same (a short company name) that the lead already holds is
    # nothing new for a person to check: re-importing an export changes nothing
    masked_out = MASKED if ex.masked or shown_masked else ()
    plan.kept = [
        k
        for k in plan.kept
        if not (k.taken and (k.field in masked_out or str(current.get(k.field)) == k.text.strip()))
    ]
    if plan.kept:  # the lead is flagged and its notes say what was not taken
        notes = plan.changes.get("notes", (current["notes"], current["notes"]))[1]
        plan.changes["notes"] = (current["notes"], with_notes(notes, plan.kept))
        if not current.get("needs_review") and flags(plan.kept):
            plan.changes["needs_review"] = (False, True)
    if plan.changes or plan.move or plan.contact:
        refused = P.edit_lead(ctx.actor, ex.owner_id, ex.city_id)
        if refused is not None:
            plan.action, plan.detail = REFUSE, "invalid"
            plan.problems.append(ctx.refusal("company_name", refused))
            return plan
        plan.action, plan.detail = UPDATE, "changed"
    else:
        plan.action, plan.detail = SKIP, "unchanged"
    return plan


def _stage_text(plan: RowPlan, col: Column | None) -> str:
    if col is None or col.index >= len(plan.cells) or plan.cells[col.index] is None:
        return ""
    return str(plan.cells[col.index]).strip()


def _plan_pipeline(
    ctx: PlanContext, plan: RowPlan, pipe: dict[str, Any], merged: dict[str, Any]
) -> None:
    """A different stage is a move checked by the pipeline's one check (crm.pipeline); the
    same stage with other details is a correction of those details."""
    stage = pipe.get("stage", merged["stage"])
    if stage == merged["stage"]:  # corrections of the current stage's details
        on = pipe.get("stage_date")
        if on is not None and on > ctx.today:
            raise ValidationError(
                [
                    FieldError(
                        "stage_date",
                        F.label("stage_date"),
                        QT_TRANSLATE_NOOP("Errors", "cannot be in the future"),
                    )
                ]
            )
        for name in ("stage_date", "on_hold_until", "lost_reason", "lost_to_region"):
            if name in pipe and pipe[name] != merged[name]:
                plan.changes[name] = (merged[name], pipe[name])
        return
    plan.move = check_move(
        ctx.ref,
        StageState(merged["stage"], merged["stage_date"], merged.get("agreed_investment")),
        stage,
        on=pipe.get("stage_date"),
        today=ctx.today,
        note=IMPORT_NOTE,
        on_hold_until=pipe.get("on_hold_until"),
        lost_reason=pipe.get("lost_reason"),
        lost_to_region=pipe.get("lost_to_region"),
    )


__all__ = ["plan_update", "creation_data", "contact_of"]
