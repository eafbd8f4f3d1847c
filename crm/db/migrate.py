"""Schema versions with Alembic: upgrade on open (after copying a SQLite file aside), refuse a
store newer than the app, and the integrity check behind ``crm db check``.

Batch migrations on SQLite run with foreign keys off (set on the connection, before the
transaction) and ``PRAGMA foreign_key_check`` before commit: a batch DROP TABLE with foreign
keys on would fire ON DELETE CASCADE and silently empty child tables (GUIDE.md: data).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from crm.db import revision, search
from crm.db.backup import BEFORE_UPGRADE, take_backup
from crm.db.backup_policy import policy_of_file
from crm.errors import StoreError
from crm.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(revision.MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None  # the app ships its revisions
    return head


def known_revisions() -> set[str]:
    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _user_tables(engine: Engine) -> list[str]:
    return [t for t in inspect(engine).get_table_names() if not t.startswith("sqlite_")]


def ensure_current(engine: Engine, path: Path | None, *, upgrade: bool, where: str) -> str:
    """Bring the store to the app's schema (or explain why not). Returns the revision."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return current
    if current is None:
        if _user_tables(engine):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store", "{name} is a database, but not a CRM store; it was left untouched."
                ).format(name=where)
            )
    elif current not in known_revisions():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "The store {name} was written by a newer version of the CRM (schema {rev}); "
                "update the app to open it. The store was left untouched.",
            ).format(name=where, rev=current)
        )
    if not upgrade:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store", "The store {name} needs an upgrade; run: crm db upgrade"
            ).format(name=where)
        )
    if current is not None and path is not None:
        backup_before_upgrade(path)
    if current is not None and not _may_upgrade(engine):
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "The team server {name} has an older schema than this app; its administrator "
                "upgrades it first (crm db upgrade, as the database's owner).",
            ).format(name=where)
        )
    run_upgrade(engine)
    return head


def _may_upgrade(engine: Engine) -> bool:
    """On a server, only the tables' owner changes the schema (a person's login may not)."""
    if engine.dialect.name == "sqlite":
        return True
    with engine.connect() as conn:
        return bool(
            conn.exec_driver_sql(
                "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
                "WHERE schemaname = 'public' AND tablename = 'alembic_version'"
            ).scalar_one_or_none()
        )


def run_upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade in one transaction; on SQLite with foreign keys off until it is committed."""
    cfg = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None  # an open connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")  # outside any transaction, or it is ignored
        try:
            with conn.begin():
                guarded = not sqlite and _team_server(conn)
                if guarded:  # its views name the tables' columns: set aside, then again
                    from crm.team import security

                    security.drop_views(conn)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if sqlite:
                    _no_orphans(conn)
                if guarded:
                    security.apply(conn)
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def _team_server(conn: Connection) -> bool:
    """A team server (crm.team.security) has its roles and policies in schema crm_app."""
    return bool(
        conn.exec_driver_sql(
            "SELECT 1 FROM pg_namespace WHERE nspname = 'crm_app'"
        ).scalar_one_or_none()
    )


def _no_orphans(conn: Connection) -> None:
    """Before an upgrade commits: a row pointing at a missing row means a step lost data
    (a batch rebuild cascading, a copy missing rows); roll the whole upgrade back."""
    rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    if rows:
        log.error("upgrade left rows without their parent: %s", rows[:20])
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "The upgrade of the store was rolled back: it would have left {count} rows "
                "without the rows they refer to. The store is unchanged; report this.",
            ).format(count=len(rows))
        )


def backup_before_upgrade(path: Path) -> Path:
    """A verified backup of a SQLite store before upgrading it, beside its other backups."""
    policy = policy_of_file(path)
    info = take_backup(path, policy.folder_for(path), BEFORE_UPGRADE, limits=policy.limits)
    log.info("backed up %s to %s before upgrading", path, info.path)
    return info.path


def copy_sqlite(path: Path, dest: Path) -> Path:
    """SQLite's online backup: a consistent copy even while the store is in use (WAL)."""
    src = sqlite3.connect(str(path))
    try:
        out = sqlite3.connect(str(dest))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


@dataclass
class CheckReport:
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems and self.revision == self.head


def check(engine: Engine, *, integrity: bool = True) -> CheckReport:
    """Integrity, foreign keys, search index and schema version (``integrity=False``: the
    caller ran crm.db.integrity's checks on the file already)."""
    report = CheckReport(revision=current_revision(engine), head=head_revision())
    with engine.connect() as conn:
        if integrity and engine.dialect.name == "sqlite":
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
            if rows != ["ok"]:
                report.problems.extend(f"integrity: {r}" for r in rows[:20])
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            report.problems.extend(f"foreign key: {r[0]} row {r[1]} → {r[2]}" for r in fk[:20])
        try:
            for table in ("lead", "company", "activity", "contact", "audit_log", "app_user"):
                report.counts[table] = conn.execute(
                    text(f"SELECT count(*) FROM {table}")
                ).scalar_one()
            report.problems.extend(search.check(conn))
        except DBAPIError as exc:  # a damaged file: the integrity check says more
            report.problems.append(f"{table}: {exc.orig}")
    return report
