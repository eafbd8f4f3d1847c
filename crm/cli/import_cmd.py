"""``crm import FILE``: import a ledger (xlsx, xls, csv) — or preview it with --dry-run, or undo
an earlier import with --undo ID. Prints the refused rows with their reasons and one summary
line with the four counts; --strict imports nothing and exits 1 if any row is refused."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from crm.cli.common import actor_for, store_from
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from argparse import Namespace
    from collections.abc import Iterable

    from crm.cli.common import Subparsers
    from crm.db import Store
    from crm.importing.api import Column, ImportOptions, ImportPlan

EXIT_REFUSED = 1


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "import",
        help=translate("CLI", "import a ledger (xlsx, xls, csv), preview it, or undo an import"),
        description=translate(
            "CLI",
            "Import the leads of an Excel or CSV ledger in one transaction. Duplicates of "
            "companies someone already follows are skipped unless --duplicates says otherwise.",
        ),
    )
    p.add_argument("file", nargs="?", metavar="FILE", help=translate("CLI", "the ledger to import"))
    p.add_argument("--sheet", metavar="NAME", help=translate("CLI", "the sheet to read"))
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CLI", "say what would happen, write nothing"),
    )
    p.add_argument(
        "--errors", metavar="FILE", help=translate("CLI", "write the refused rows to this workbook")
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help=translate("CLI", "import nothing and exit with status 1 if any row is refused"),
    )
    p.add_argument(
        "--owner",
        metavar="NAME",
        help=translate(
            "CLI",
            "owner of the rows that name none; an officer given here follows them, so a row "
            "about a lead another officer follows is a duplicate",
        ),
    )
    p.add_argument(
        "--city", metavar="NAME", help=translate("CLI", "city of the rows that name none")
    )
    p.add_argument(
        "--duplicates",
        choices=("skip", "update", "create"),
        default="skip",
        help=translate("CLI", "what to do with companies someone already follows (default: skip)"),
    )
    p.add_argument(
        "--reason",
        metavar="TEXT",
        help=translate("CLI", "why second records are made (--duplicates create)"),
    )
    p.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help=translate("CLI", "print every row, not only the refused"),
    )
    p.add_argument(
        "--undo", metavar="ID", type=int, help=translate("CLI", "undo the import with this number")
    )
    p.add_argument(
        "--map",
        metavar="COLUMN=FIELD",
        action="append",
        default=[],
        help=translate(
            "CLI",
            'what a column imports into, e.g. --map "项目状态=stage" --map "对接人=owner" (a '
            "field's name or label in either language; - for not imported); repeatable",
        ),
    )
    p.add_argument(
        "--show-mapping",
        action="store_true",
        help=translate("CLI", "print how each column was read and how sure the match is"),
    )
    p.add_argument(
        "--save-mapping",
        action="store_true",
        help=translate(
            "CLI", "keep this mapping for ledgers of the same layout (the app's wizard uses it too)"
        ),
    )
    p.add_argument(
        "--no-new-officers",
        action="store_true",
        help=translate(
            "CLI",
            "do not create the officers the ledger names who have no account: their rows go to "
            "--owner (or the importing user), the name kept in the notes",
        ),
    )
    p.add_argument(
        "--skip-hidden-rows",
        action="store_true",
        help=translate(
            "CLI",
            "leave out the rows the sheet hides (by default they are imported like the others)",
        ),
    )
    p.set_defaults(func=run)


def mapping_lines(
    columns: Iterable[Column], hidden: set[int] | frozenset[int] = frozenset()
) -> list[str]:
    """One line per column: its letter and header, the field, and how sure the match is."""
    from crm.importing.api import target_label
    from crm.importing.mapping_spec import letter

    out: list[str] = []
    for c in columns:
        if not c.header and not c.target:
            continue
        field = target_label(c.target).render()
        line = f"{letter(c.index)} {c.header or '—'} → {field}"
        if c.index in hidden:
            line += " " + translate("CLI", "[hidden column]")
        if c.target:
            line += f" ({how_label(c.how)} {round(c.score * 100)}%)"
        if c.lost_to:
            line += " " + translate(
                "CLI", "[also reads as {field}; column {other} matched better]"
            ).format(field=target_label(c.lost_to[0]).render(), other=c.lost_to[1])
        out.append(line)
    return out


def how_label(how: str) -> str:
    return {
        "exact": translate("CLI", "exact"),
        "normalised": translate("CLI", "normalised"),
        "fuzzy": translate("CLI", "fuzzy"),
        "manual": translate("CLI", "chosen"),
        "remembered": translate("CLI", "remembered"),
    }.get(how, how)


def _print_review(plan: ImportPlan, store: Store) -> None:
    from crm.reference import reference

    ref = reference(store)
    if plan.needs_review:
        print(
            translate(
                "CLI", "{n} leads flagged needs review (需核实): a value kept out is in their notes"
            ).format(n=plan.needs_review)
        )
    if plan.new_officers:
        names = ", ".join(f"{name} ({ref.label(city)})" for name, city in plan.new_officers.items())
        print(
            translate(
                "CLI", "officers without an account, created (they cannot sign in yet): {names}"
            ).format(names=names)
        )


def _options(store: Store, args: Namespace) -> ImportOptions:
    from crm.accounts.users import find_actor
    from crm.importing.api import Choice, ImportOptions
    from crm.importing.normalise import Resolver
    from crm.reference import reference

    opts = ImportOptions(
        duplicates=Choice(args.duplicates, args.reason),
        new_officers=not args.no_new_officers,
        hidden_rows=not args.skip_hidden_rows,
    )
    if args.owner:
        owner = find_actor(store, args.owner)
        if owner is None:
            raise UserError(
                QT_TRANSLATE_NOOP("CLI", "There is no active user {name}.").format(name=args.owner)
            )
        opts.default_owner_id = owner.id
    if args.city:
        city = Resolver(reference(store)).value("city", args.city)
        if city is None:
            raise UserError(
                QT_TRANSLATE_NOOP("CLI", "{name} is not a known city.").format(name=args.city)
            )
        opts.default_city_id = city.id
    return opts


def run(args: Namespace) -> int:
    from crm.exporting.xlsx import check_target
    from crm.importing import api
    from crm.importing.layouts import remembered
    from crm.importing.mapping_spec import apply_mapping, save_mapping

    if args.undo is None and not args.file:
        raise UserError(QT_TRANSLATE_NOOP("CLI", "Name the file to import (or --undo ID)."))
    if args.errors:  # before any reading: a folder that is not there ends it at once
        check_target(args.errors)
    store = store_from(args)
    try:
        actor = actor_for(args, store)
        if args.undo is not None:
            undone = api.undo_import(store, actor, args.undo)
            print(
                translate(
                    "CLI", "import {id} undone: {removed} leads removed, {restored} restored"
                ).format(id=undone.batch_id, removed=undone.removed, restored=undone.restored)
            )
            return 0
        table = api.read_table(args.file, args.sheet)
        columns = remembered(store, table) or table.columns
        if args.map:
            columns = apply_mapping(table, columns, args.map)
        if args.save_mapping:
            save_mapping(store, actor, table, columns)
            print(
                translate("CLI", "mapping kept for ledgers laid out like {file}").format(
                    file=table.file_name
                )
            )
        plan = api.plan_import(store, actor, table, columns=columns, options=_options(store, args))
        _print_plan(plan, args.verbose, args.show_mapping)
        counts = plan.counts
        if args.errors and counts.refused:
            api.write_refused(plan, args.errors)
            print(translate("CLI", "refused rows written to {file}").format(file=args.errors))
        summary = counts.summary().render()
        _print_review(plan, store)
        if args.dry_run:
            print(summary + translate("CLI", " (dry run: nothing was written)"))
            return EXIT_REFUSED if args.strict and counts.refused else 0
        if args.strict and counts.refused:
            print(summary + translate("CLI", " (--strict: nothing was imported)"))
            return EXIT_REFUSED
        result = api.run_import(store, actor, plan)
        if result.batch_id is None:
            print(summary + translate("CLI", " (nothing to change)"))
            return 0
        print(
            summary
            + translate("CLI", " (import {id}; undo with: crm import --undo {id})").format(
                id=result.batch_id
            )
        )
        return 0
    finally:
        store.dispose()


def _print_plan(plan: ImportPlan, verbose: bool, mapping: bool = False) -> None:
    sheet = plan.table
    print(
        translate("CLI", "{file}, sheet {sheet}, header in row {row}").format(
            file=sheet.file_name, sheet=sheet.sheet, row=sheet.header_row
        )
    )
    for note in plan.notes:
        print(note.render())
    if mapping:
        for line in mapping_lines(plan.columns, sheet.hidden_columns):
            print(line)
    else:
        unmapped = [c.header for c in plan.columns if c.header and not c.target]
        if unmapped:
            print(translate("CLI", "not imported: {columns}").format(columns=", ".join(unmapped)))
    for r in plan.rows:
        if verbose or r.action == "refuse":
            print(translate("CLI", "row {row}: {what}").format(row=r.number, what=r.describe()))
    if verbose:
        for ig in sheet.ignored:
            print(
                translate("CLI", "row {row}: left out ({why})").format(
                    row=ig.number, why=ig.reason.render()
                )
            )
    sys.stdout.flush()
