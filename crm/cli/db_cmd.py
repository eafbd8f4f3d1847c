"""``crm db …``: upgrade, check (in plain words), back up, list backups, restore, path."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from crm.cli.common import LOCK_WAIT_SECONDS, store_from
from crm.errors import StoreError
from crm.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from argparse import Namespace

    from sqlalchemy.engine import URL

    from crm.cli.common import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "db",
        help=translate("CLI", "store maintenance: upgrade, check, backup, backups, restore, path"),
    )
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dsub.add_parser(
        "upgrade",
        help=translate(
            "CLI",
            "upgrade the store to this version's schema (a SQLite file is backed up first)",
        ),
    )
    up.set_defaults(func=run_upgrade)
    ck = dsub.add_parser(
        "check",
        help=translate(
            "CLI", "check the file's integrity, foreign keys, search index and schema version"
        ),
    )
    ck.add_argument(
        "--repair",
        action="store_true",
        help=translate(
            "CLI", "rebuild what can be rebuilt without a backup (indexes, the search index)"
        ),
    )
    ck.add_argument(
        "--quick", action="store_true", help=translate("CLI", "quick_check only (faster)")
    )
    ck.set_defaults(func=run_check)
    bk = dsub.add_parser(
        "backup",
        help=translate("CLI", "a verified backup now: into the backup folder, or to FILE if given"),
    )
    bk.add_argument("destination", nargs="?", help=translate("CLI", "file to write"))
    # the app's backup when it closes, taken by a process of its own so the app ends at once
    # (crm.ui.safety.checks.Guardian.backup_on_quit): an automatic backup, thinned as those are
    bk.add_argument("--on-close", action="store_true", help=argparse.SUPPRESS)
    bk.set_defaults(func=run_backup)
    ls = dsub.add_parser("backups", help=translate("CLI", "list the store's backups"))
    ls.set_defaults(func=run_backups)
    rs = dsub.add_parser(
        "restore",
        help=translate(
            "CLI",
            "put a backup in place of the store (number from crm db backups, or a file; "
            "default: the newest verified one); the store is copied aside first",
        ),
    )
    rs.add_argument("backup", nargs="?", metavar="BACKUP", help=translate("CLI", "number or file"))
    rs.add_argument(
        "--yes", action="store_true", help=translate("CLI", "do not ask for confirmation")
    )
    rs.set_defaults(func=run_restore)
    ph = dsub.add_parser("path", help=translate("CLI", "print which store would be used"))
    ph.set_defaults(func=run_path)
    cp = dsub.add_parser(
        "copy",
        help=translate(
            "CLI",
            "copy this SQLite store onto an empty team server (people get logins with "
            "one-time passwords); checked table by table, else rolled back",
        ),
    )
    cp.add_argument("--to", required=True, metavar="URL", help=translate("CLI", "postgresql://…"))
    cp.set_defaults(func=run_copy)


def run_copy(args: Namespace) -> int:
    from crm.cli.common import progress_printer
    from crm.db.store import resolve_target
    from crm.errors import UserError
    from crm.i18n import QT_TRANSLATE_NOOP
    from crm.team.copy import copy_file

    source = resolve_target(args.db)
    if source.get_backend_name() != "sqlite" or not source.database:
        raise UserError(
            QT_TRANSLATE_NOOP("CLI", "crm db copy copies a SQLite store: give --db FILE.")
        )
    result = copy_file(source.database, args.to, progress=progress_printer(True))
    for table, count in result.tables.items():
        print(f"{table}\t{count}")
    print(
        translate("CLI", "copied to {where}; every table checked against the store").format(
            where=result.where
        )
    )
    if result.passwords:
        print(
            translate("CLI", "one-time passwords (each person chooses their own at first sign-in):")
        )
        for name, password in result.passwords.items():
            print(f"  {name}\t{password}")
    for name in result.skipped:
        print(
            translate("CLI", "no login for {name}: the server has a login of that name").format(
                name=name
            )
        )
    return 0


def run_upgrade(args: Namespace) -> int:
    from crm.db import migrate

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


def run_check(args: Namespace) -> int:
    from crm.cli.db_safety import check_command

    return check_command(args)


def run_backup(args: Namespace) -> int:
    from crm.db import backup as bk
    from crm.safety.backups import backup_now

    # asked once: with --user on a server, _server_url asks for the password
    url = _server_url(args)
    if url is not None:
        return _server_backup(args, url)
    store = store_from(args, readonly=True)
    try:
        if args.destination:
            dest = Path(args.destination).expanduser().absolute()
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
            assert store.path is not None  # a file (a server's backup is pg_dump, above)
            bk.copy_verified(store.path, dest)
            written = dest
        else:
            kind = bk.AUTO if getattr(args, "on_close", False) else bk.MANUAL
            written = backup_now(store, kind=kind).path
    finally:
        store.dispose()
    print(translate("CLI", "backed up to {file} (verified)").format(file=written))
    return 0


def run_backups(args: Namespace) -> int:
    from crm.cli.db_safety import print_backups

    return print_backups(args)


def _server_url(args: Namespace) -> URL | None:
    """The server URL of --db (with --user's login), or None for a SQLite store."""
    from crm.cli.common import _target
    from crm.db.store import resolve_target

    url = resolve_target(_target(args))
    return None if url.get_backend_name() == "sqlite" else url


def _server_backup(args: Namespace, url: URL) -> int:
    """pg_dump -Fc of a server store (crm.team.pg_tools), into the backup folder or FILE."""
    from crm.paths import backup_dir
    from crm.team import pg_tools

    if args.destination:
        dest = Path(args.destination).expanduser().absolute()
    else:
        dest = pg_tools.default_name(url, backup_dir())
    if not dest.parent.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP("Store", "The folder for {name} does not exist.").format(
                name=str(dest)
            )
        )
    written = pg_tools.backup(url, dest)
    print(translate("CLI", "backed up to {file} (verified)").format(file=written))
    return 0


def _server_restore(args: Namespace, url: URL) -> int:
    from crm.errors import UserError
    from crm.team import pg_tools

    if not args.backup:
        raise UserError(
            QT_TRANSLATE_NOOP("CLI", "Name the pg_dump file to restore into the server database.")
        )
    pg_tools.restore(url, Path(args.backup).expanduser())
    from crm.db.store import server_name

    print(
        translate("CLI", "restored {file} into {where}").format(
            file=args.backup, where=server_name(url)
        )
    )
    return 0


def run_restore(args: Namespace) -> int:
    from crm.cli.db_safety import restore_command

    url = _server_url(args)  # asked once (the password, with --user)
    if url is not None:
        return _server_restore(args, url)

    return restore_command(args, LOCK_WAIT_SECONDS)


def run_path(args: Namespace) -> int:
    from crm.db.store import resolve_target

    url = resolve_target(args.db)
    # a file's path; a server's URL, or sqlite:// (a store in memory names no file)
    file = url.database if url.get_backend_name() == "sqlite" else None
    print(file or url.render_as_string(hide_password=True))
    return 0
