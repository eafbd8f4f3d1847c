"""``crm export leads --xlsx FILE [filters]``: the lead list, filtered and sorted as in the app,
to a styled workbook. Filters take the names people use (紫金港, 生物医药, 在谈, an officer's name).

An export writes nothing but its file, so it opens the store read-only: it takes no writer
lock and works while the app (or another command) holds the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm.cli.common import actor_for, listing, store_from
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from argparse import Namespace
    from collections.abc import Iterable

    from crm.cli.common import Subparsers
    from crm.db import Store
    from crm.leadlist.query import LeadFilter


def register(sub: Subparsers) -> None:
    p = sub.add_parser("export", help=translate("CLI", "export leads to Excel"))
    esub = p.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    lp = esub.add_parser(
        "leads", help=translate("CLI", "export the lead list (filtered, sorted) to .xlsx")
    )
    lp.add_argument("--xlsx", required=True, metavar="FILE", help=translate("CLI", "file to write"))
    for option, text in (
        ("--city", translate("CLI", "only this city (repeatable)")),
        ("--field", translate("CLI", "only this field or sub-field (repeatable)")),
        ("--stage", translate("CLI", "only this stage (repeatable)")),
        ("--owner", translate("CLI", "only this owner (repeatable)")),
    ):
        lp.add_argument(option, action="append", default=[], metavar="NAME", help=text)
    lp.add_argument("--key", action="store_true", help=translate("CLI", "only key projects"))
    lp.add_argument(
        "--search", default="", metavar="TEXT", help=translate("CLI", "full-text search")
    )
    lp.add_argument(
        "--import-batch",
        type=int,
        metavar="ID",
        help=translate("CLI", "only the leads of this import"),
    )
    lp.add_argument(
        "--sort",
        default="updated_at:desc",
        metavar="KEY[:desc]",
        help=translate("CLI", "sort key, comma-separated (default updated_at:desc)"),
    )
    lp.add_argument(
        "--columns", metavar="KEY,…", help=translate("CLI", "columns to write (default: all)")
    )
    lp.set_defaults(func=run)


#: one whole message per kind of name (a translated sentence, not an English word in it)
_UNKNOWN = {
    "city": QT_TRANSLATE_NOOP("CLI", "Unknown city: {value} (known: {known})"),
    "field": QT_TRANSLATE_NOOP("CLI", "Unknown field or sub-field: {value} (known: {known})"),
    "stage": QT_TRANSLATE_NOOP("CLI", "Unknown stage: {value} (known: {known})"),
    "owner": QT_TRANSLATE_NOOP("CLI", "Unknown owner: {value} (no active user has that name)"),
    "sort key": QT_TRANSLATE_NOOP("CLI", "Unknown sort key: {value} (known: {known})"),
    "column": QT_TRANSLATE_NOOP("CLI", "Unknown column: {value} (known: {known})"),
    "user": QT_TRANSLATE_NOOP("CLI", "Unknown user: {value} (no active user has that name)"),
}


def _unknown(kind: str, value: str, known: Iterable[str] = ()) -> UserError:
    return UserError(_UNKNOWN[kind].format(value=value, known=listing(known)))


def build_filter(store: Store, args: Namespace) -> LeadFilter:
    from crm.importing.normalise import Resolver
    from crm.leadlist.query import LeadFilter
    from crm.pipeline import ALL
    from crm.reference import reference

    ref = reference(store)
    res = Resolver(ref)
    cities: list[int] = []
    fields: list[int] = []
    subfields: list[int] = []
    stages: list[str] = []
    owners: list[int] = []
    for name in args.city:
        item = res.value("city", name)
        if item is None:
            raise _unknown("city", name, [c.label() for c in ref.kind("city")])
        cities.append(item.id)
    for name in args.field:
        field, sub = res.field(name)
        if field is None:
            raise _unknown("field", name, [f.label() for f in ref.kind("field")])
        (subfields if sub else fields).append(sub.id if sub else field.id)
    for name in args.stage:
        item = res.value("stage", name)
        if item is None:
            raise _unknown("stage", name, [ref.stage_label(st) for st in ALL])
        stages.append(item.code)
    for name in args.owner:
        user = ref.resolve_user(name)
        if user is None:
            raise _unknown("owner", name)
        owners.append(user.id)
    return LeadFilter(
        cities=tuple(cities),
        fields=tuple(fields),
        subfields=tuple(subfields),
        stages=tuple(stages),
        owners=tuple(owners),
        key_project=True if args.key else None,
        search=args.search,
        import_batch_id=args.import_batch,
    )


def _sort(text: str) -> list[tuple[str, bool]] | None:
    from crm.leadlist.query import SORT_KEYS

    out: list[tuple[str, bool]] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, _, direction = part.partition(":")
        if key not in SORT_KEYS:
            raise _unknown("sort key", key, SORT_KEYS)
        out.append((key, direction.lower() == "desc"))
    return out or None


def run(args: Namespace) -> int:
    from crm.exporting.columns import COLUMNS, DEFAULT_COLUMNS
    from crm.exporting.leads import export_leads
    from crm.exporting.xlsx import check_target

    check_target(args.xlsx)  # before the query: a folder that is not there ends it
    columns = DEFAULT_COLUMNS
    if args.columns:
        columns = tuple(c.strip() for c in args.columns.split(",") if c.strip())
        for c in columns:
            if c not in COLUMNS:
                raise _unknown("column", c, COLUMNS)
    store = store_from(args, readonly=True)
    try:
        actor = actor_for(args, store)
        result = export_leads(
            store, actor, args.xlsx, build_filter(store, args), _sort(args.sort), columns
        )
    finally:
        store.dispose()
    print(
        translate("CLI", "{rows} leads written to {file}").format(
            rows=result.rows, file=result.path
        )
    )
    return 0
