"""``crm demo``: fill an empty store with realistic demo data. Into a store that already holds
leads it writes nothing and names the command that writes the same data into a new file."""

from __future__ import annotations

import os
import shlex
import subprocess
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from crm.cli.common import progress_printer, store_from
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP, translate
from crm.values.dates import parse_date

if TYPE_CHECKING:
    from argparse import Namespace

    from crm.cli.common import Subparsers
    from crm.db import Store


def register(sub: Subparsers) -> None:
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


def free_file(store: Store) -> Path:
    """A file beside the store (or in the data directory) that holds no store yet."""
    from crm.paths import data_dir

    folder = store.path.parent if store.path is not None else data_dir()
    for n in range(1, 100):
        candidate = folder / ("demo.sqlite" if n == 1 else f"demo-{n}.sqlite")
        if not candidate.exists():
            return candidate
    return folder / "demo-new.sqlite"


def command_for(args: Namespace, db: Path) -> str:
    """The command line that writes the same demo data into ``db``, ready to paste."""
    argv = ["crm", "--db", str(db), "demo", "--leads", str(args.leads)]
    argv += ["--activities", str(args.activities), "--seed", str(args.seed)]
    if args.today:
        argv += ["--today", args.today]
    return subprocess.list2cmdline(argv) if os.name == "nt" else shlex.join(argv)


def run(args: Namespace) -> int:
    from crm.demo import StoreNotEmpty, generate

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
    except StoreNotEmpty as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "CLI",
                "The store {name} already holds {count} leads; demo data goes into an empty "
                "store. To write it into a new file: {command}",
            ).format(
                name=store.describe(),
                count=f"{exc.count:,}",
                command=command_for(args, free_file(store)),
            )
        ) from None
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
    from crm.demo.people import DEMO_ADMIN, DEMO_PASSWORD

    print(
        translate(
            "CLI",
            "Sign in as {admin} (the administrator) or any demo person (crm user list) with the "
            "password {password}.",
        ).format(admin=DEMO_ADMIN, password=DEMO_PASSWORD)
    )
    return 0


__all__ = ["register", "run", "UserError"]
