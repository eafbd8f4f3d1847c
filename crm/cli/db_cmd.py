"""``crm db …``: upgrade, check, back up, and show where the store is."""

from __future__ import annotations

import sys
from pathlib import Path

from crm.cli.common import store_from
from crm.db import migrate, search
from crm.db.store import resolve_target
from crm.errors import StoreError
from crm.i18n import QT_TRANSLATE_NOOP, translate


def register(sub) -> None:
    p = sub.add_parser(
        "db", help=translate("CLI", "store maintenance: upgrade, check, backup, path")
    )
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dsub.add_parser(
        "upgrade",
        help=translate(
            "CLI",
            "upgrade the store to this version's schema (a SQLite file is copied aside first)",
        ),
    )
    up.set_defaults(func=run_upgrade)
    ck = dsub.add_parser(
        "check",
        help=translate("CLI", "check integrity, foreign keys, search index and schema version"),
    )
    ck.add_argument(
        "--repair",
        action="store_true",
        help=translate("CLI", "rebuild the search index if it is out of step"),
    )
    ck.set_defaults(func=run_check)
    bk = dsub.add_parser(
        "backup", help=translate("CLI", "copy a SQLite store to a file, consistently, while in use")
    )
    bk.add_argument("destination", help=translate("CLI", "file to write"))
    bk.set_defaults(func=run_backup)
    ph = dsub.add_parser("path", help=translate("CLI", "print which store would be used"))
    ph.set_defaults(func=run_path)


def run_upgrade(args) -> int:
    store = store_from(args, upgrade=True)
    print(
        translate("CLI", "{store} is at schema {rev}").format(
            store=store.describe(), rev=migrate.current_revision(store.engine)
        )
    )
    store.dispose()
    return 0


#: what ``db check`` counts, said in the language of the rest of its report
TABLE_LABELS = {
    "lead": QT_TRANSLATE_NOOP("CLI", "leads: {count}"),
    "company": QT_TRANSLATE_NOOP("CLI", "companies: {count}"),
    "activity": QT_TRANSLATE_NOOP("CLI", "activities: {count}"),
    "contact": QT_TRANSLATE_NOOP("CLI", "contacts: {count}"),
    "audit_log": QT_TRANSLATE_NOOP("CLI", "audit log entries: {count}"),
    "app_user": QT_TRANSLATE_NOOP("CLI", "users: {count}"),
}


def run_check(args) -> int:
    store = store_from(args, upgrade=False, readonly=not args.repair)
    try:
        report = migrate.check(store.engine)
        if args.repair and any(p.startswith("search index") for p in report.problems):
            with store.write() as s:
                n = search.rebuild_all(s.connection())
            print(translate("CLI", "search index rebuilt for {count} leads").format(count=n))
            report = migrate.check(store.engine)
    finally:
        store.dispose()
    print(translate("CLI", "store: {store}").format(store=store.describe()))
    print(
        translate("CLI", "schema: {rev} (this app: {head})").format(
            rev=report.revision, head=report.head
        )
    )
    for table, n in report.counts.items():
        label = TABLE_LABELS.get(table)
        print("  " + (label.format(count=f"{n:,}").render() if label else f"{table}: {n:,}"))
    for problem in report.problems:
        print(translate("CLI", "problem: {text}").format(text=problem), file=sys.stderr)
    print(translate("CLI", "ok") if report.ok else translate("CLI", "problems found"))
    return 0 if report.ok else 1


def run_backup(args) -> int:
    store = store_from(args, readonly=True)
    try:
        if store.path is None:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "Back up a PostgreSQL store with pg_dump; crm db backup copies SQLite files.",
                )
            )
        dest = Path(args.destination).expanduser().resolve()
        if dest.exists():
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "{name} already exists; choose a new file.").format(
                    name=str(dest)
                )
            )
        if not dest.parent.is_dir():
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "The folder for {name} does not exist.").format(
                    name=str(dest)
                )
            )
        try:
            written = migrate.copy_sqlite(store.path, dest)
        except OSError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "Cannot write {name}: {reason}").format(
                    name=str(dest), reason=exc.strerror or str(exc)
                )
            ) from None
    finally:
        store.dispose()
    print(translate("CLI", "backed up to {file}").format(file=written))
    return 0


def run_path(args) -> int:
    url = resolve_target(args.db)
    print(
        url.database
        if url.get_backend_name() == "sqlite"
        else url.render_as_string(hide_password=True)
    )
    return 0
