"""Backups and restore as services (the app's Backup & Restore page and ``crm db`` call these):
the policy (audited), a backup by hand, the automatic one (only when data changed and the
interval passed), the one before an import, and a restore that reopens the same Store.

Who: the automatic backups run for everyone (they protect the data and stay in the policy's
folder); a backup on demand (a full copy of every city's leads and contacts), the policy
(where and how often) and a restore are an administrator's (crm.accounts.permissions.back_up).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import col, select

from crm import audit
from crm.accounts import permissions as P
from crm.accounts.users import Actor, identify
from crm.changes import Changes
from crm.db import backup as bk
from crm.db.backup_policy import POLICY_KEY, BackupPolicy, policy_of_file
from crm.db.ids import stored_id
from crm.db.models import RefItem, Setting, User, utcnow
from crm.db.restore import RestoreOutcome, restore_file
from crm.db.store import Store
from crm.errors import FieldError, StoreError, ValidationError
from crm.files import fault_message
from crm.i18n import QT_TRANSLATE_NOOP

MAX_KEEP = 400


def _sqlite_only(store: Store) -> Path:
    if store.path is None:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Backup",
                "A store on a database server is backed up and restored by its administrator "
                "(pg_dump / pg_restore), not by the app.",
            )
        )
    return store.path


def backup_policy(store: Store) -> BackupPolicy:
    with store.read() as s:
        row = s.get(Setting, POLICY_KEY)
        return BackupPolicy.from_json(row.value if row else None)


def backup_folder(store: Store) -> Path:
    return backup_policy(store).folder_for(_sqlite_only(store))


def list_store_backups(store: Store) -> list[bk.BackupInfo]:
    return bk.list_backups(backup_folder(store))


def set_backup_policy(store: Store, actor: Actor, policy: BackupPolicy) -> Changes:
    """Validate and save (audited). The folder must exist or be creatable, and be writable;
    it is looked at only once the person may choose it (a refusal leaves no folder behind)."""
    errors = []
    for name, low, high in (
        ("interval_minutes", 5, 24 * 60),
        ("daily", 0, MAX_KEEP),
        ("weekly", 0, MAX_KEEP),
        ("monthly", 0, MAX_KEEP),
    ):
        value = getattr(policy, name)
        if not isinstance(value, int) or not low <= value <= high:
            errors.append(
                FieldError(
                    name,
                    QT_TRANSLATE_NOOP("Backup", "Backups"),
                    QT_TRANSLATE_NOOP(
                        "Errors", "must be a whole number from {low} to {high}"
                    ).format(low=low, high=high),
                )
            )
    with store.write() as s:
        actor = P.current(s, actor)
        P.require(P.back_up(actor), actor, "backup_policy", "setting")
        policy = _checked_folder(policy, errors)
        if errors:
            raise ValidationError(errors)
        row = s.get(Setting, POLICY_KEY)
        new = policy.to_json()
        old = row.value if row else None
        if row is None:
            s.add(Setting(key=POLICY_KEY, value=new, created_by=actor.id, updated_by=actor.id))
        else:
            row.value, row.updated_by, row.updated_at = new, actor.id, utcnow()
        audit.record(s, actor.id, "setting", 0, "update", POLICY_KEY, old, new)
    return Changes(settings=True)


def _checked_folder(policy: BackupPolicy, errors: list[FieldError]) -> BackupPolicy:
    """The policy with its folder made absolute; a folder that cannot be written in is an
    error in ``errors``."""
    if not policy.folder:
        return policy
    folder = Path(policy.folder).expanduser()
    if not folder.is_absolute():
        errors.append(
            FieldError(
                "folder",
                QT_TRANSLATE_NOOP("Backup", "Backup folder"),
                QT_TRANSLATE_NOOP("Errors", "must be a full path"),
            )
        )
        return policy
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".crm-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        errors.append(
            FieldError(
                "folder",
                QT_TRANSLATE_NOOP("Backup", "Backup folder"),
                fault_message(exc, folder),
            )
        )
    return replace(policy, folder=str(folder))


def current_audit_max(store: Store) -> int | None:
    with store.connect() as conn:
        return conn.exec_driver_sql("SELECT max(id) FROM audit_log").scalar()


def changed_since(store: Store, newest: bk.BackupInfo | None) -> bool:
    if newest is None or newest.audit_max is None:
        return True
    return current_audit_max(store) != newest.audit_max


def backup_now(store: Store, actor: Actor | None = None, kind: str = bk.MANUAL) -> bk.BackupInfo:
    """A verified backup now, then thinning. A person asking for it (``actor``) must be an
    administrator (the refusal is audited); without one it is the app's own backup (``crm db
    backup``, run by whoever holds the store's file, and the backup on close)."""
    if actor is not None:
        with store.write() as s:  # the refusal is audited like any refused write
            me = P.current(s, actor)
            P.require(P.back_up(me), me, "backup", "store")
    path = _sqlite_only(store)
    policy = backup_policy(store)
    return bk.take_backup(path, policy.folder_for(path), kind, limits=policy.limits)


def auto_backup(store: Store, now: datetime | None = None) -> bk.BackupInfo | None:
    """The automatic backup: taken when data changed since the newest backup and the
    interval has passed; None when nothing was due."""
    if store.path is None or store.damaged is not None:
        return None
    policy = backup_policy(store)
    if not policy.enabled:
        return None
    folder = policy.folder_for(store.path)
    newest = next(iter(bk.list_backups(folder)), None)
    now = now or datetime.now()
    if newest is not None and now - newest.taken_at < timedelta(minutes=policy.interval_minutes):
        return None
    if not changed_since(store, newest):
        return None
    return bk.take_backup(store.path, folder, bk.AUTO, limits=policy.limits)


def backup_before(store: Store, kind: str) -> bk.BackupInfo | None:
    """Before a large change (an import): a backup unless the newest one already holds the
    store as it is."""
    if store.path is None or store.damaged is not None:
        return None
    policy = backup_policy(store)
    folder = policy.folder_for(store.path)
    if not changed_since(store, next(iter(bk.list_backups(folder)), None)):
        return None
    return bk.take_backup(store.path, folder, kind, limits=policy.limits)


@dataclass(frozen=True)
class RestoreResult:
    outcome: RestoreOutcome
    changes: Changes
    #: who restored, as the restored store knows them: a person recorded after the backup
    #: was taken is not in it, and is recorded again (under a new id)
    actor: Actor


def restore_backup(store: Store, actor: Actor, backup: Path) -> RestoreResult:
    """Put ``backup`` in place of the store and reopen it (the same Store object). The
    store as it was is kept first (a verified backup, or its bytes when damaged). An
    administrator's step; the check reads the person as they signed in, since a damaged
    store may not answer."""
    path = _sqlite_only(store)
    P.require(P.back_up(actor), actor, "restore", "store")
    if store.readonly and store.lock is None:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Restore",
                "The store {name} is open read-only here (another program holds it); restore "
                "it from the program that holds it.",
            ).format(name=str(path))
        )
    policy = _policy_or_default(store, path)
    store.engine.dispose()
    try:
        outcome = restore_file(path, Path(backup), policy)
    finally:
        store.reopen()
    from crm.db import migrate  # late: Alembic, loaded only when a restore needs it

    migrate.ensure_current(store.engine, path, upgrade=True, where=str(path))
    store.readonly = False
    actor = same_person(store, actor)
    record_restore(store, actor, outcome)
    changes = Changes(bulk=True, users=True, reference=True, targets=True, settings=True)
    return RestoreResult(outcome, changes, actor)


def same_person(store: Store, actor: Actor) -> Actor:
    """``actor`` as the (restored) store knows them: by username, else recorded again with
    their name, role and city (the city only if the store has it), so the restore's audit
    row and everything done after it name someone who exists there."""

    with store.read() as s:
        u = s.exec(select(User).where(col(User.username) == actor.username)).first()
        city = actor.city_id if actor.city_id and s.get(RefItem, actor.city_id) else None
    if u is not None:
        return Actor(stored_id(u), u.username, u.display_name, u.role, u.city_id)
    return identify(store, actor.display_name, city, actor.role)[0]


def _policy_or_default(store: Store, path: Path) -> BackupPolicy:
    try:
        return backup_policy(store)
    except Exception:  # noqa: BLE001 - a damaged store may not say; its backups still count
        return policy_of_file(path)


def record_restore(store: Store, actor: Actor, outcome: RestoreOutcome) -> None:
    with store.write() as s:
        audit.record(
            s,
            actor.id,
            "store",
            0,
            "restore",
            "backup",
            str(outcome.safety_copy),
            str(outcome.backup),
        )
