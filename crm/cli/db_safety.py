"""``crm db check``, ``crm db backups`` and ``crm db restore``: what the check found in plain
words (exit 0 sound, 1 problems), the backups with their time, size and counts, and a restore
that copies the store aside first."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from crm.db import backup as bk
from crm.db import integrity, migrate
from crm.db.backup_policy import policy_of_file
from crm.db.health import clear_damaged, mark_damaged
from crm.db.store import _check_sqlite_file, open_store, resolve_target
from crm.errors import StoreError
from crm.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from argparse import Namespace

EXIT_PROBLEMS = 1


#: what ``db check`` counts, said in the language of the rest of its report
TABLE_LABELS = {
    "lead": QT_TRANSLATE_NOOP("CLI", "leads: {count}"),
    "company": QT_TRANSLATE_NOOP("CLI", "companies: {count}"),
    "activity": QT_TRANSLATE_NOOP("CLI", "activities: {count}"),
    "contact": QT_TRANSLATE_NOOP("CLI", "contacts: {count}"),
    "audit_log": QT_TRANSLATE_NOOP("CLI", "audit log entries: {count}"),
    "app_user": QT_TRANSLATE_NOOP("CLI", "users: {count}"),
}


def counted(table: str, n: int) -> str:
    label = TABLE_LABELS.get(table)
    return label.format(count=f"{n:,}").render() if label else f"{table}: {n:,}"


def _sqlite_path(args: Namespace) -> Path | None:
    url = resolve_target(args.db)
    if url.get_backend_name() != "sqlite":
        return None
    if url.database in (None, "", ":memory:"):  # sqlite:// — a store in memory has no file
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "CLI",
                "{name} is a store in memory, without a file: there is nothing to check, back "
                "up or restore.",
            ).format(name=args.db or url.render_as_string())
        )
    path = Path(url.database)
    _check_sqlite_file(path, readonly=True)
    return path


def _size(n: int) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 1e5 else f"{n / 1e3:,.0f} kB"


def check_command(args: Namespace) -> int:
    path = _sqlite_path(args)
    if path is None:
        return _check_server(args)
    report = integrity.check_file(path, full=not args.quick)
    print(translate("CLI", "store: {store}").format(store=f"{path} ({_size(path.stat().st_size)})"))
    problems = [f.render() for f in report.findings]
    head = migrate.head_revision()
    revision, counts = None, {}
    if not report.damaged:
        try:
            store = open_store(path, readonly=True, upgrade=False)
        except StoreError as exc:
            problems.append(exc.render())
        else:
            try:
                full = migrate.check(store.engine, integrity=False)
                revision, counts = full.revision, full.counts
                problems.extend(full.problems)
            finally:
                store.dispose()
    if revision is not None:
        print(translate("CLI", "schema: {rev} (this app: {head})").format(rev=revision, head=head))
        for table, n in counts.items():
            print("  " + counted(table, n))
    if args.repair and problems and not report.damaged:
        problems, report = _repair(path, report)
    for problem in problems:
        print(translate("CLI", "problem: {text}").format(text=problem), file=sys.stderr)
    if report.damaged:
        mark_damaged(path, report)
        _advise_restore(path)
    elif not report.findings and report.full:
        clear_damaged(path)
    ok = not problems and revision == head
    print(translate("CLI", "ok") if ok else translate("CLI", "problems found"))
    return 0 if ok else EXIT_PROBLEMS


def _repair(
    path: Path, report: integrity.IntegrityReport
) -> tuple[list[str], integrity.IntegrityReport]:
    """Rebuild what needs no backup, holding the writer lock (nothing else writes while the
    file is rebuilt), then check again: (the problems left, the new report). A verdict of
    damage left by an earlier check is cleared once the file is sound."""
    from crm.cli.common import LOCK_WAIT_SECONDS
    from crm.db import lock as store_lock
    from crm.db import search
    from crm.db.repair import repair
    from crm.files import fault

    try:
        lock = store_lock.acquire(path, program=store_lock.CLI, wait=LOCK_WAIT_SECONDS)
    except OSError as exc:
        raise fault(exc, store_lock.lock_path(path)) from exc
    try:
        for what in repair(path, report):
            print(translate("CLI", "repaired: {what}").format(what=what.render()))
        again = integrity.check_file(path, full=True)
        if not again.ok:
            return [f.render() for f in again.findings], again
        clear_damaged(path)
        store = open_store(path, upgrade=False, program="cli")
        try:
            with store.write() as s:
                n = search.rebuild_all(s.connection())
            print(translate("CLI", "search index rebuilt for {count} leads").format(count=n))
            after = migrate.check(store.engine, integrity=False)
        finally:
            store.dispose()
        return after.problems, again
    finally:
        lock.release()


def _advise_restore(path: Path) -> None:
    newest = bk.newest_verified(policy_of_file(path).folder_for(path))
    if newest is None:
        msg = QT_TRANSLATE_NOOP(
            "CLI",
            "The store is damaged and there is no verified backup of it; nothing will be "
            "written to it. Keep the file for a specialist.",
        )
        print(msg.render(), file=sys.stderr)
        return
    print(
        translate(
            "CLI",
            "The store is damaged; nothing will be written to it. Restore the newest verified "
            "backup ({when}, {leads} leads) with: crm db restore",
        ).format(
            when=f"{newest.taken_at:%Y-%m-%d %H:%M}", leads=f"{newest.counts.get('lead', 0):,}"
        ),
        file=sys.stderr,
    )


def _check_server(args: Namespace) -> int:
    store = open_store(args.db, readonly=True, upgrade=False)
    try:
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
        print("  " + counted(table, n))
    for problem in report.problems:
        print(translate("CLI", "problem: {text}").format(text=problem), file=sys.stderr)
    print(translate("CLI", "ok") if report.ok else translate("CLI", "problems found"))
    return 0 if report.ok else EXIT_PROBLEMS


def _backups(path: Path) -> tuple[Path, list[bk.BackupInfo]]:
    folder = policy_of_file(path).folder_for(path)
    return folder, bk.list_backups(folder)


def _server_refusal() -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Backup",
            "A store on a database server is backed up and restored by its administrator "
            "(pg_dump / pg_restore), not by the app.",
        )
    )


def print_backups(args: Namespace) -> int:
    path = _sqlite_path(args)
    if path is None:
        raise _server_refusal()
    folder, backups = _backups(path)
    print(translate("CLI", "backups of {store} in {folder}:").format(store=path, folder=folder))
    if not backups:
        print(translate("CLI", "  (none yet)"))
        return 0
    for i, b in enumerate(backups, 1):
        counts = translate("CLI", "{leads} leads, {activities} follow-ups, {contacts} contacts")
        counts = counts.format(
            leads=f"{b.counts.get('lead', 0):,}",
            activities=f"{b.counts.get('activity', 0):,}",
            contacts=f"{b.counts.get('contact', 0):,}",
        )
        mark = translate("CLI", "verified") if b.verified else translate("CLI", "not verified")
        print(
            f"{i:>3}  {b.taken_at:%Y-%m-%d %H:%M:%S}  {b.kind_label.render():<12} "
            f"{_size(b.size):>10}  {counts if b.counts else '—'}  {mark}"
        )
    return 0


def _choose(path: Path, wanted: str | None) -> bk.BackupInfo | Path:
    _folder, backups = _backups(path)
    if wanted is None:
        newest = next((b for b in backups if b.verified), None)
        if newest is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("Restore", "There is no verified backup of {name}.").format(
                    name=str(path)
                )
            )
        return newest
    if wanted.isdigit() and not Path(wanted).exists():
        n = int(wanted)
        if not 1 <= n <= len(backups):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Restore", "There is no backup number {n}; crm db backups lists them."
                ).format(n=n)
            )
        return backups[n - 1]
    return Path(wanted).expanduser().absolute()


def restore_command(args: Namespace, wait: float) -> int:
    from crm.accounts.users import system_actor
    from crm.db import lock as store_lock
    from crm.db.restore import restore_file
    from crm.safety.backups import record_restore

    path = _sqlite_path(args)
    if path is None:
        raise _server_refusal()
    chosen = _choose(path, args.backup)
    backup = chosen.path if isinstance(chosen, bk.BackupInfo) else chosen
    if not args.yes:
        if not sys.stdin.isatty():
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Restore", "A restore replaces the store; add --yes to confirm it."
                )
            )
        question = translate(
            "CLI",
            "Replace {store} with the backup {backup}? The store is copied aside first. [y/N] ",
        ).format(store=path, backup=backup)
        if input(question).strip().lower() not in ("y", "yes", "是"):
            print(translate("CLI", "nothing was changed"))
            return 0
    try:
        lock = store_lock.acquire(path, program=store_lock.CLI, wait=wait)
    except OSError as exc:
        from crm.files import fault

        raise fault(exc, store_lock.lock_path(path)) from exc
    try:
        outcome = restore_file(path, backup, policy_of_file(path))
        store = open_store(path, program="cli")
        try:
            record_restore(store, system_actor(store), outcome)
        finally:
            store.dispose()
    finally:
        lock.release()
    print(
        translate(
            "CLI", "restored {backup} ({leads} leads); the store as it was is kept at {safety}"
        ).format(
            backup=backup, leads=f"{outcome.counts.get('lead', 0):,}", safety=outcome.safety_copy
        )
    )
    return 0
