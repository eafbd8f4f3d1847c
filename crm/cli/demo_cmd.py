"""``crm demo``: fill an empty store with realistic demo data."""

from __future__ import annotations

from datetime import date

from crm.cli.common import progress_printer, store_from
from crm.dates import parse_date
from crm.errors import UserError
from crm.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "demo",
        help=translate("CLI", "fill an empty store with demo data"),
        description=translate(
            "CLI",
            "Write a realistic, deterministic demo store: the same seed and day give the same data.",
        ),
    )
    p.add_argument(
        "--leads", type=int, default=2000, help=translate("CLI", "number of leads (default 2000)")
    )
    p.add_argument(
        "--activities",
        type=int,
        default=20000,
        help=translate("CLI", "number of activities (default 20000)"),
    )
    p.add_argument("--seed", type=int, default=1, help=translate("CLI", "random seed (default 1)"))
    p.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help=translate("CLI", "the day the data is anchored to (default: today)"),
    )
    p.set_defaults(func=run)


def run(args) -> int:
    from crm.demo import generate

    today = parse_date(args.today) if args.today else date.today()
    store = store_from(args)
    try:
        result = generate(
            store,
            leads=args.leads,
            activities=args.activities,
            seed=args.seed,
            today=today,
            progress=progress_printer(True),
        )
    finally:
        store.dispose()
    print(
        translate(
            "CLI",
            "{leads} leads, {activities} activities, {companies} companies, {contacts} contacts, "
            "{users} users written to {store} in {seconds:.1f} s",
        ).format(
            leads=result.leads,
            activities=result.activities,
            companies=result.companies,
            contacts=result.contacts,
            users=result.users,
            store=store.describe(),
            seconds=result.seconds,
        )
    )
    return 0


__all__ = ["register", "run", "UserError"]
