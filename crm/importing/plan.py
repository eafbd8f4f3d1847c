"""The dry run: what importing each data row would do, decided before anything is written.

Every data row gets exactly one action — create, update, skip or refuse — so
created + updated + skipped + refused = data rows. A row is matched to the store by its lead id
(the app's own export), else by company (credit code or normalised name, the one-pool rule):
the same company, city and project is the same lead (updated with the fields that differ);
another lead of the company is a duplicate, skipped unless the user chooses to update it or
to create a second record with a reason. An import never empties a stored value: an empty
cell means "the ledger does not say".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session

from crm.accounts import permissions as P
from crm.accounts.users import Actor
from crm.db.store import Store
from crm.errors import ValidationError
from crm.i18n import QT_TRANSLATE_NOOP, ZH, Message
from crm.importing import matching
from crm.importing import synonyms as S
from crm.importing.defaults import default_city, default_owner
from crm.importing.headers import UNIT_LABELS, Column
from crm.importing.layouts import remembered
from crm.importing.ledger_dates import ledger_year
from crm.importing.normalise import (
    KEPT,
    CellProblem,
    Resolver,
    from_section,
    normalise_row,
)
from crm.importing.review import clean_keeping, flags, with_notes
from crm.importing.rowplan import (
    CREATE,
    REFUSE,
    SKIP,
    UPDATE,
    Choice,
    ImportOptions,
    RowPlan,
)
from crm.importing.table import DataRow, ImportCancelled, Table
from crm.importing.updates import contact_kept, creation_data, plan_update
from crm.importing.writer import paused_gc
from crm.leads.validation import clean_lead
from crm.reference import ReferenceData, reference
from crm.values.names import normalise_company_name


@dataclass(frozen=True)
class Counts:
    created: int
    updated: int
    skipped: int
    refused: int
    data_rows: int

    @property
    def balanced(self) -> bool:
        return self.created + self.updated + self.skipped + self.refused == self.data_rows

    def summary(self) -> Message:
        return QT_TRANSLATE_NOOP(
            "Import",
            "{rows} data rows: {created} created, {updated} updated, {skipped} skipped, "
            "{refused} refused",
        ).format(
            rows=self.data_rows,
            created=self.created,
            updated=self.updated,
            skipped=self.skipped,
            refused=self.refused,
        )


#: a data row with its typed values and its cells' problems (crm.importing.normalise)
TypedRow = tuple[DataRow, dict[str, Any], list[CellProblem]]


@dataclass
class ImportPlan:
    """The dry run's answer, and what the import then carries out."""

    table: Table
    columns: list[Column]
    options: ImportOptions
    rows: list[RowPlan] = field(default_factory=list)
    #: the city given to rows that name none, and where it came from
    default_city_id: int | None = None
    default_owner_id: int | None = None
    #: the default city's name, for files written from the plan (the refused rows)
    default_city_name: str | None = None
    notes: list[Message] = field(default_factory=list)
    #: officers the ledger names who have no account: name → the city of their first row;
    #: the import creates them (ImportOptions.new_officers)
    new_officers: dict[str, int] = field(default_factory=dict)
    #: each data row with its typed values and cell problems (crm.importing.normalise)
    typed: list[TypedRow] = field(default_factory=list, repr=False)
    #: what the store held for these rows when they were decided
    view: matching.StoreView | None = field(default=None, repr=False)

    @property
    def counts(self) -> Counts:
        by = {CREATE: 0, UPDATE: 0, SKIP: 0, REFUSE: 0}
        for r in self.rows:
            by[r.action] += 1
        return Counts(by[CREATE], by[UPDATE], by[SKIP], by[REFUSE], len(self.rows))

    @property
    def needs_review(self) -> int:
        """Rows whose lead is flagged 需核实 (a value kept out, in its notes)."""
        return sum(1 for r in self.rows if r.needs_review)

    @property
    def refused(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == REFUSE]

    def row(self, number: int) -> RowPlan:
        return next(r for r in self.rows if r.number == number)


class PlanContext:
    def __init__(self, store: Store, actor: Actor, plan: ImportPlan, ref: ReferenceData):
        self.store, self.actor, self.plan, self.ref = store, actor, plan, ref
        self.today = plan.options.today or date.today()
        self.targets = {c.target for c in plan.columns if c.target}
        self.column_of: dict[str, Column] = {}
        for c in plan.columns:
            if c.target:
                self.column_of.setdefault(c.target, c)
        self.by_code: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        self.touched: dict[int, int] = {}
        #: row number → the values of each row remembered (by_code, by_name point to them)
        self.seen: dict[int, dict[str, Any]] = {}
        #: the officer who follows the leads of rows that name no owner: the owner chosen for
        #: the import (in the app, the officer importing). A manager, an admin or a headless
        #: import with no owner given claims no lead: they bring a ledger in, they do not
        #: follow its companies.
        self.claimant = self._officer(plan.default_owner_id)

    def _officer(self, user_id: int | None) -> int | None:
        user = self.ref.user(user_id)
        if user is None or not user.active or user.role != "officer":
            return None
        return user.id

    def follows(self, user_id: int) -> bool:
        """The user follows leads (an active officer, not the system user who holds the leads
        of headless imports, nor someone who has left)."""
        return self._officer(user_id) is not None

    def refusal(self, name: str, reason: Message) -> CellProblem:
        """A row the importing person may not write (crm.accounts.permissions), said at its column."""
        col = self.column_of.get(name)
        return CellProblem(col.index if col else -1, col.header if col else "", name, reason)

    def problems(self, exc: ValidationError) -> list[CellProblem]:
        out = []
        for e in exc.errors:
            col = self.column_of.get(e.field)
            out.append(
                CellProblem(col.index if col else -1, col.header if col else "", e.field, e.message)
            )
        return out


def plan_import(
    store: Store,
    actor: Actor,
    table: Table,
    *,
    columns: list[Column] | None = None,
    options: ImportOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Decide every row; reads the store, writes nothing."""
    options = options or ImportOptions()
    if columns is None:
        columns = remembered(store, table) or table.columns
    ref = reference(store)
    plan = ImportPlan(table, list(columns), options)
    plan.default_owner_id = default_owner(ref, actor, options)
    plan.default_city_id, how = default_city(ref, table, options, plan.default_owner_id)
    if how is not None:
        plan.notes.append(how)
    if plan.default_city_id is not None:
        plan.default_city_name = ref.label(plan.default_city_id, ZH)
    if "project_name" not in {c.target for c in plan.columns}:
        plan.notes.append(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file has no project name column: each project is named after its company.",
            )
        )
    if table.hidden_rows:
        plan.notes.append(hidden_rows_note(table.hidden_rows, options.hidden_rows))
    res = Resolver(ref)
    res.year = ledger_year(
        [*table.preamble, table.path.stem, table.sheet], options.today or date.today()
    )
    stated = table.stated_unit
    if stated is not None:
        plan.notes.append(
            QT_TRANSLATE_NOOP(
                "Import",
                "Amounts whose header names no unit are in {unit}, as stated above the table.",
            ).format(unit=UNIT_LABELS.get(stated, stated))
        )
    total = len(table.rows)
    with paused_gc():
        _normalise_all(plan, table, res, progress, cancelled)
        with store.read() as s:
            plan.view = load_view(s, ref, actor, plan)
        plan.rows = decide(store, actor, plan, plan.view)
    if progress is not None:
        progress(total, total)
    return plan


def hidden_rows_note(rows: list[int], imported: bool) -> Message:
    shown = ", ".join(map(str, rows[:12])) + (" …" if len(rows) > 12 else "")
    if imported:
        return QT_TRANSLATE_NOOP(
            "Import", "{n} rows are hidden in the sheet (rows {rows}): imported like the others."
        ).format(n=len(rows), rows=shown)
    return QT_TRANSLATE_NOOP(
        "Import", "{n} rows are hidden in the sheet (rows {rows}): skipped."
    ).format(n=len(rows), rows=shown)


def _normalise_all(
    plan: ImportPlan,
    table: Table,
    res: Resolver,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    from crm.importing.normalise import owner_named
    from crm.importing.officers import keeper_in_title

    total = len(table.rows)
    # a ledger without an officer column: the officer whose own ledger it is (named in its
    # title or file name), else the one the head of each row's block names
    keeper = None
    if "owner" not in {c.target for c in plan.columns}:
        keeper = keeper_in_title([*table.preamble[:1], table.path.stem])
        if keeper is not None:
            plan.notes.append(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The ledger is {name}'s own (named in its title): {name} follows its projects.",
                ).format(name=keeper)
            )
    # a ledger without a field column kept by a team of one field (生物医药专班招商台账):
    # that field, for the rows whose sub-field does not say
    titled = None
    if "field" not in {c.target for c in plan.columns}:
        titled = _field_in_title(res, [*table.preamble[:1], table.path.stem])
    for i, row in enumerate(table.rows):
        if i % 500 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(i, total)
        values, problems = normalise_row(row.cells, plan.columns, res)
        named = row.owner or keeper
        if named is not None:
            owner_named(values, named, res)
        if row.section is not None:
            from_section(values, row.section, res)
        if titled is not None and "field" not in values:
            values["field"] = titled
        plan.typed.append((row, values, problems))


def _field_in_title(res: Resolver, lines: list[str]) -> int | None:
    """The one field the first line that names one names (None if none or torn)."""
    for line in lines:
        found = res.contained_field(line) if line else None
        if found is not None and found[0] is not None:
            return found[0].id
    return None


def load_view(s: Session, ref: ReferenceData, actor: Actor, plan: ImportPlan) -> matching.StoreView:
    """What the store holds for the companies and leads the rows name."""
    typed = plan.typed
    codes = {v["credit_code"] for _r, v, _p in typed if v.get("credit_code")}
    names = {normalise_company_name(v.get("company_name")) for _r, v, _p in typed}
    ids = {v[S.ID] for _r, v, _p in typed if S.ID in v}
    return matching.load(s, ref, actor, ids, codes, names - {""})


def decide(store: Store, actor: Actor, plan: ImportPlan, view: matching.StoreView) -> list[RowPlan]:
    """Every row's action against ``view`` (the dry run, and again inside the import's
    transaction to make sure the store has not changed since)."""
    ctx = PlanContext(store, actor, plan, reference(store))
    plan.new_officers = {}
    hidden = set() if plan.options.hidden_rows else set(plan.table.hidden_rows)
    return [
        _hidden(row)
        if row.number in hidden
        else _decide(ctx, view, row, dict(values), list(problems))
        for row, values, problems in plan.typed
    ]


def _hidden(row: DataRow) -> RowPlan:
    return RowPlan(row.number, row.cells, SKIP, "hidden")


def replan(store: Store, actor: Actor, plan: ImportPlan, options: ImportOptions) -> ImportPlan:
    """The same file and mapping with other choices (duplicates, defaults)."""
    return plan_import(store, actor, plan.table, columns=plan.columns, options=options)


def _decide(
    ctx: PlanContext,
    view: matching.StoreView,
    row: DataRow,
    values: dict[str, Any],
    problems: list[CellProblem],
) -> RowPlan:
    plan = RowPlan(row.number, row.cells, REFUSE, "invalid", values=values, problems=problems)
    plan.kept = list(values.pop(KEPT, ()))
    if problems:
        return plan
    if S.ID in values:
        ex = view.leads.get(values[S.ID])
        if ex is None or ex.deleted:
            plan.problems.append(
                CellProblem(
                    ctx.column_of[S.ID].index,
                    ctx.column_of[S.ID].header,
                    S.ID,
                    QT_TRANSLATE_NOOP("Import", "there is no lead {id} (deleted?)").format(
                        id=values[S.ID]
                    ),
                )
            )
            return plan
        if _same_company(values, ex):
            _known_name(plan)
            return _same_lead(ctx, plan, ex)
        # a ledger's own numbering under our column's name, or an edited row now about
        # another company: the number does not say which lead this is; the company does
        values.pop(S.ID)
        plan.notes.append(
            QT_TRANSLATE_NOOP(
                "Import", "lead {id} is another company's ({company}): matched by company instead"
            ).format(id=ex.lead_id, company=ex.company)
        )
    code, name = values.get("credit_code"), values.get("company_name")
    norm = normalise_company_name(name)
    earlier = (ctx.by_code.get(code) if code else None) or (ctx.by_name.get(norm) if norm else None)
    if earlier is not None:
        if not _another_project_here(ctx, values, earlier):
            plan.duplicate_of_row = earlier
            return _duplicate(ctx, plan, None)
        plan.notes.append(
            QT_TRANSLATE_NOOP("Import", "another project of the company of row {row}").format(
                row=earlier
            )
        )
    company_id = matching.company_of(view, code, name)
    if company_id is not None:
        _known_name(plan)
    leads = [view.leads[i] for i in view.company_leads.get(company_id, [])] if company_id else []
    if leads:
        same = [ex for ex in leads if _same_project(ctx, values, ex)]
        if len(same) == 1 and not _followed_by_another(ctx, values, same[0]):
            return _same_lead(ctx, plan, same[0])
        return _duplicate(ctx, plan, same[0] if len(same) == 1 else leads[0])
    return _create(ctx, plan)


def _known_name(plan: RowPlan) -> None:
    """A row about a company the store knows: its name is the company's as stored, so a short
    one is no reason to review it (an export of the app read back changes nothing)."""
    plan.kept = [k for k in plan.kept if not (k.field == "company_name" and k.taken)]


def _another_project_here(ctx: PlanContext, values: dict[str, Any], earlier: int) -> bool:
    """A later row of a company an earlier row brings in that is another project of it, in the
    same city (a ledger lists a company's two projects, its name merged over both, each maybe
    followed by another officer of the office): a second lead of that company, not a repeat.
    A repeat (the same project), or the company in another city (two cities courting one
    company), stays a duplicate for a person to decide (the one-pool rule)."""
    first = ctx.seen.get(earlier)
    project = values.get("project_name")
    if first is None or not project or not first.get("project_name"):
        return False
    if normalise_company_name(project) == normalise_company_name(first["project_name"]):
        return False
    city = values.get("city", ctx.plan.default_city_id)
    return bool(city == first.get("city", ctx.plan.default_city_id))


def _same_company(values: dict[str, Any], ex: matching.Existing) -> bool:
    """A row matched by lead number is about that lead only if it names the lead's company
    (by credit code, else by normalised name; a row that names none is taken at its word).
    A codename stands for the company in an export made by someone who may not see it."""
    code, name = values.get("credit_code"), values.get("company_name")
    if code and ex.values.get("credit_code"):
        return bool(code == ex.values["credit_code"])
    if not name:
        return True
    norm = normalise_company_name(name)
    if norm == normalise_company_name(ex.values.get("company_name")):
        return True
    # a confidential project exported by someone who saw only its codename
    codename = ex.values.get("codename") if ex.values.get("confidential") else None
    return bool(codename) and norm == normalise_company_name(codename)


def _same_project(ctx: PlanContext, values: dict[str, Any], ex: matching.Existing) -> bool:
    city = values.get("city", ctx.plan.default_city_id)
    project = values.get("project_name")
    same_project = project is None or (
        normalise_company_name(project) == normalise_company_name(ex.values["project_name"])
    )
    return same_project and city == ex.city_id


def _followed_by_another(ctx: PlanContext, values: dict[str, Any], ex: matching.Existing) -> bool:
    """The row is about a lead another officer follows: the owner it names, else the officer
    importing (or the owner chosen for the import), is not the officer who follows the lead.
    One pool: that is a duplicate to decide about, not an update that quietly takes the lead
    over. A lead nobody follows (the system user's, a departed officer's) is taken by the
    update."""
    owner = values.get("owner", ctx.claimant)
    return owner is not None and owner != ex.owner_id and ctx.follows(ex.owner_id)


def _remember(ctx: PlanContext, plan: RowPlan) -> None:
    code, norm = (
        plan.values.get("credit_code"),
        normalise_company_name(plan.values.get("company_name")),
    )
    if code:
        ctx.by_code.setdefault(code, plan.number)
    if norm:
        ctx.by_name.setdefault(norm, plan.number)
    ctx.seen[plan.number] = plan.values


def _same_lead(ctx: PlanContext, plan: RowPlan, ex: matching.Existing) -> RowPlan:
    if ex.lead_id in ctx.touched:
        plan.duplicate_of_row = ctx.touched[ex.lead_id]
        plan.existing = ex
        return _duplicate(ctx, plan, ex)
    ctx.touched[ex.lead_id] = plan.number
    _remember(ctx, plan)
    return plan_update(ctx, plan, ex, handover=True)


def _duplicate(ctx: PlanContext, plan: RowPlan, ex: matching.Existing | None) -> RowPlan:
    plan.existing = ex
    plan.detail = "duplicate"
    choice: Choice = ctx.plan.options.choices.get(plan.number, ctx.plan.options.duplicates)
    if plan.duplicate_of_row is not None and choice.action == UPDATE:
        plan.action = SKIP
        plan.notes.append(
            QT_TRANSLATE_NOOP(
                "Import", "row {row} already brings this lead in; choose create for a second one"
            ).format(row=plan.duplicate_of_row)
        )
        return plan
    if choice.action == UPDATE and ex is not None:
        if ex.lead_id in ctx.touched:
            plan.action = SKIP
            plan.duplicate_of_row = ctx.touched[ex.lead_id]
            return plan
        ctx.touched[ex.lead_id] = plan.number
        result = plan_update(ctx, plan, ex, handover=False)
        result.detail = "duplicate"
        return result
    if choice.action == CREATE:
        reason = (choice.reason or "").strip()
        if not reason:
            plan.action = REFUSE
            plan.problems.append(
                CellProblem(
                    -1,
                    "",
                    "duplicate_reason",
                    QT_TRANSLATE_NOOP("Import", "a second record of a company needs a reason"),
                )
            )
            return plan
        plan.reason = reason[:200]
        result = _create(ctx, plan)
        result.detail = "duplicate"
        return result
    plan.action = SKIP
    return plan


def _create(ctx: PlanContext, plan: RowPlan) -> RowPlan:
    data = creation_data(ctx, plan)
    try:
        plan.clean = clean_keeping(
            ctx, plan, data, lambda d: clean_lead(ctx.ref, d, today=ctx.today)
        )
        plan.contact = contact_kept(ctx, plan, None)
    except ValidationError as exc:
        plan.action = REFUSE
        plan.problems.extend(ctx.problems(exc))
        return plan
    owner = plan.clean.get("owner") or ctx.actor.id
    owner_city = plan.clean["city"] if plan.new_officer is not None else ctx.ref.user_city(owner)
    refused = P.create_lead(ctx.actor, plan.clean.get("city"), owner, owner_city)
    if refused is not None:
        plan.action = REFUSE
        plan.problems.append(ctx.refusal("city", refused))
        return plan
    if plan.kept:
        plan.clean["notes"] = with_notes(plan.clean.get("notes"), plan.kept)
        plan.clean["needs_review"] = flags(plan.kept)
    if plan.new_officer is not None:  # the person the import makes, of the row's city
        ctx.plan.new_officers.setdefault(plan.new_officer, plan.clean["city"])
    plan.action = CREATE
    if plan.detail != "duplicate":
        plan.detail = "new"
    _remember(ctx, plan)
    return plan


__all__ = ["plan_import", "replan", "ImportPlan", "Counts"]
