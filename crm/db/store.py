"""Opening a store: the engine, per-connection settings, transactions, and the translation of
database failures into clear errors that name the file or server.

``open_store(target)`` is the one way in (GUIDE.md: the engine is passed in, never global).
SQLite runs with WAL, synchronous=FULL, foreign keys on and a busy timeout on every connection;
write transactions start with BEGIN IMMEDIATE so two writers queue instead of deadlocking.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from crm.db import interrupt, revision
from crm.db.health import StoreDamaged, damage_note, refusal
from crm.db.models import AuditLog, utcnow

if TYPE_CHECKING:
    from crm.db.lock import StoreLock
from crm.errors import PermissionDenied, StoreError
from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.paths import default_store_path

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000
#: page cache per connection (KiB): the lead list of a 100,000-lead store stays in memory
CACHE_KIB = 65536


@dataclass
class Store:
    """What the services need: an engine plus a little state tied to this store."""

    engine: Engine
    url: URL
    path: Path | None = None
    readonly: bool = False
    #: caches services keep per store (reference lists, fuzzy-name index …)
    cache: dict[str, Any] = field(default_factory=dict)
    #: the writer lock of a SQLite store opened for writing (crm.db.lock)
    lock: Any = None
    #: why writing is refused: the store failed its integrity check (set by crm.safety)
    damaged: Message | None = None
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def describe(self) -> str:
        """For the status bar and reports: the file path, or the server URL without password."""
        if self.path is not None:
            return str(self.path)
        return server_name(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed. Closing (not rolling back)
        ends the transaction and keeps the loaded rows readable after the block."""
        with self._translate_errors(), Session(self.engine, expire_on_commit=False) as s:
            yield s

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A plain (Core) connection for reading many rows fast, e.g. a list page; nothing it
        does is committed."""
        with self._translate_errors(), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action = one transaction: committed on success, rolled back on any error.

        ``session.info["txn"]`` is the id that groups this action's audit rows."""
        if self.damaged is not None:
            raise StoreDamaged(self.damaged)
        if self.readonly:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "The store {name} is open read-only.").format(
                    name=self.describe()
                )
            )
        bind = self.engine.execution_options(crm_write=True)
        refused: PermissionDenied | None = None
        with self._translate_errors(), Session(bind, expire_on_commit=False) as s:
            s.info["txn"] = uuid.uuid4().hex
            try:
                yield s
                s.commit()
            except PermissionDenied as exc:
                s.rollback()
                refused = exc
            except BaseException:
                s.rollback()
                raise
        if refused is not None:
            self._record_refusal(refused)
            raise refused

    def _record_refusal(self, exc: PermissionDenied) -> None:
        """A refused action leaves one audit row (who tried what, and why), written after the
        action's own transaction was rolled back."""
        row = {
            "at": utcnow(),
            "user_id": exc.user_id,
            "txn": uuid.uuid4().hex,
            "entity": exc.entity or "action",
            "entity_id": exc.entity_id or 0,
            "action": "refused",
            "field": exc.action[:64] or None,
            "old": None,
            # the message itself (JSON), rendered in each reader's language (crm.history)
            "new": exc.message.stored(),
        }
        with self._translate_errors(), self.engine.begin() as conn:
            # SQLModel gives every table class its __table__, which its types do not declare
            conn.execute(AuditLog.__table__.insert(), row)  # type: ignore[attr-defined]

    @contextmanager
    def _translate_errors(self) -> Iterator[None]:
        try:
            yield
        except (OperationalError, DBAPIError, sqlite3.Error) as exc:
            # sqlite3.Error: the bulk writers call the driver directly (executemany)
            mapped = translate_db_error(exc, self.describe())
            if mapped is None:
                raise
            if isinstance(mapped, StoreDamaged) and self.damaged is None:
                self.damaged = mapped.message
            raise mapped from exc

    def forget_old_pages(self) -> None:
        """Copy the write-ahead log into the file and empty it, so the older versions of
        pages it holds (deleted personal data) are gone from the disk too (best effort: a
        reader still on an old snapshot keeps the log until it ends)."""
        if not self.is_sqlite or self.readonly:
            return
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
        except (OperationalError, DBAPIError):
            pass

    def reopen(self) -> None:
        """A new engine on the same file (after a restore replaced it); pages keep this Store."""
        self.engine.dispose()
        self.engine = make_engine(
            self.url, readonly=self.readonly, busy_timeout_ms=self.busy_timeout_ms
        )
        self.cache.clear()
        self.damaged = None

    def dispose(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            lock, self.lock = self.lock, None
            lock.release()


def server_name(url: URL) -> str:
    """A server store as people name it: host:port/database (no login, no password)."""
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def translate_db_error(exc: BaseException, where: str) -> StoreError | None:
    """Map the environment's failures to a clear message; ``None`` means it is a bug."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "could not obtain lock" in text or "busy" in text:
        msg = QT_TRANSLATE_NOOP(
            "Store", "The store {name} is locked by another program; try again in a moment."
        )
    elif "readonly" in text or "read-only" in text or "read only" in text:
        msg = QT_TRANSLATE_NOOP(
            "Store", "The store {name} cannot be written: the file or its folder is read-only."
        )
    elif "disk is full" in text or "disk full" in text or "no space" in text:
        msg = QT_TRANSLATE_NOOP("Store", "The disk holding {name} is full; nothing was saved.")
    elif "disk i/o error" in text:
        msg = QT_TRANSLATE_NOOP(
            "Store",
            "The store {name} could not be written to its disk (input/output error); nothing "
            "was saved. Check that the disk has free space and is still connected.",
        )
    elif "interrupted" in text or "canceling statement due to user request" in text:
        # crm.db.interrupt.stop(): the app is closing; the statement's transaction rolled back
        msg = QT_TRANSLATE_NOOP(
            "Store",
            "The work on {name} was stopped because the app is closing; nothing of it was saved.",
        )
    elif "malformed" in text:
        return StoreDamaged(
            QT_TRANSLATE_NOOP(
                "Store",
                "The store {name} is damaged (SQLite found its structure broken); nothing was "
                "saved. Run crm db check, and restore a verified backup.",
            ).format(name=where)
        )
    elif "not a database" in text:
        msg = QT_TRANSLATE_NOOP("Store", "{name} is not a CRM store or is damaged.")
    elif "unable to open" in text:
        msg = QT_TRANSLATE_NOOP("Store", "The store {name} cannot be opened.")
    elif "permission denied" in text or "row-level security" in text:
        # a team server's guard (crm.team.security): this person's login may not do this
        msg = QT_TRANSLATE_NOOP(
            "Store",
            "The database server {name} refused this change: your account may not make it. "
            "Nothing was saved.",
        )
    elif "password authentication failed" in text or "no password supplied" in text:
        msg = QT_TRANSLATE_NOOP(
            "Store",
            "The database server {name} refused the sign-in: the name or the password is wrong.",
        )
    elif "database" in text and "does not exist" in text or "connect privilege" in text:
        msg = QT_TRANSLATE_NOOP("Store", "The database server {name} refused the connection.")
    elif "ssl" in text and ("not support" in text or "required" in text or "refused" in text):
        msg = QT_TRANSLATE_NOOP(
            "Store",
            "The database server {name} does not offer the encrypted connection (TLS) asked "
            "for; nothing was sent.",
        )
    elif getattr(exc, "connection_invalidated", False) or any(
        words in text
        for words in ("terminating connection", "server closed the connection", "eof detected")
    ):
        # the connection was lost in the middle: the server rolls the transaction back
        msg = QT_TRANSLATE_NOOP(
            "Store",
            "The connection to the database server {name} was lost during this change; the "
            "server undid it, so nothing of it was saved. Try again.",
        )
    elif "connection" in text and ("refused" in text or "failed" in text or "closed" in text):
        msg = QT_TRANSLATE_NOOP("Store", "Cannot reach the database server {name}.")
    else:
        return None
    return StoreError(msg.format(name=where))


def resolve_target(target: str | os.PathLike[str] | None) -> URL:
    """--db value, else CRM_DATABASE_URL, else the default SQLite file."""
    if target is None or str(target) == "":
        target = os.environ.get("CRM_DATABASE_URL") or default_store_path()
    text = str(target)
    if "://" in text:
        try:
            url = make_url(text)
        except Exception:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "'{name}' is not a database URL or a file path.").format(
                    name=text
                )
            ) from None
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def _check_sqlite_file(path: Path, readonly: bool) -> None:
    name = str(path)
    if path.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP("Store", "{name} is a folder, not a store file.").format(name=name)
        )
    if path.exists():
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
        except PermissionError:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store", "The store {name} cannot be read: permission denied."
                ).format(name=name)
            ) from None
        if head and head != SQLITE_MAGIC:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store", "{name} is not a CRM store (it is not a SQLite database)."
                ).format(name=name)
            )
        if not readonly and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "The store {name} cannot be written: the file or its folder is read-only.",
                ).format(name=name)
            )
    else:
        if readonly:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "There is no store at {name}.").format(name=name)
            )
        if not path.parent.is_dir():
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "The folder for {name} does not exist.").format(
                    name=name
                )
            )
        if not os.access(path.parent, os.W_OK):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store", "The store {name} cannot be created: the folder is read-only."
                ).format(name=name)
            )


def make_engine(
    url: URL,
    *,
    readonly: bool = False,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    foreign_keys: bool = True,
    wal: bool = True,
) -> Engine:
    """An engine with the project's connection settings for this dialect.

    ``wal=False`` leaves the journal mode alone (it is stored in the file): ``open_store``
    switches a file to WAL only once it knows the file is a store it may change."""
    if url.get_backend_name() != "sqlite":
        return _interruptible(create_engine(url, pool_pre_ping=True, future=True))
    path = url.database
    assert path is not None  # a SQLite URL names its file (resolve_target)
    if readonly:
        # a WAL store on read-only media cannot get its shared-memory file: read it as
        # immutable, which is safe when no one can be writing it (no -wal file, no write access)
        mode = "ro&immutable=1" if _unwritable(Path(path)) else "ro"
        engine_url = URL.create(
            "sqlite", database=f"file:{path}?mode={mode}", query={"uri": "true"}
        )
    else:
        engine_url = url
    engine = create_engine(
        engine_url,
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if wal and not readonly:
            _use_wal(cur)
        cur.execute("PRAGMA synchronous=FULL")
        # deleted rows are overwritten with zeros, not left in free pages (personal data)
        cur.execute("PRAGMA secure_delete=ON")
        cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("crm_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write and not readonly else "BEGIN")

    return _interruptible(engine)


def _interruptible(engine: Engine) -> Engine:
    """The connections in use can be interrupted when the app closes (crm.db.interrupt)."""
    event.listen(engine, "checkout", lambda dbapi_conn, _rec, _proxy: interrupt.watch(dbapi_conn))
    event.listen(engine, "checkin", lambda dbapi_conn, _rec: interrupt.forget(dbapi_conn))
    event.listen(engine, "before_cursor_execute", lambda *_args: interrupt.refuse_if_stopping())
    return engine


def _unwritable(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return not writable and not wal.exists()


def _use_wal(cursor: sqlite3.Cursor) -> None:
    mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
    if mode.lower() != "wal":
        cursor.execute("PRAGMA journal_mode=WAL")


def open_store(
    target: str | os.PathLike[str] | None = None,
    *,
    upgrade: bool = True,
    readonly: bool = False,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    program: str = "app",
    lock_wait: float = 0.0,
    verify: bool = False,
) -> Store:
    """Open (creating or upgrading as needed) the store at ``target``.

    A SQLite file is backed up (verified) before it is upgraded; a store written by a newer
    version of the app, or a file that is not a store, is refused with a clear message and left
    untouched. Opened for writing, a SQLite store takes its writer lock (crm.db.lock: another
    holder raises StoreInUse, a command waits ``lock_wait`` seconds for another command) and
    is refused if it failed an integrity check before; ``verify`` runs quick_check first (the
    command line's writers; the app checks in the background instead).
    """
    url = resolve_target(target)
    path: Path | None = None
    lock = None
    if url.get_backend_name() == "sqlite":
        if url.database in (None, "", ":memory:"):  # sqlite:// — a store in memory, no file
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "{name} is a store in memory, without a file: the CRM keeps its data in a "
                    "file (give its path, or sqlite:///path/to/file.sqlite).",
                ).format(name=url.render_as_string())
            )
        path = Path(url.database)
        _check_sqlite_file(path, readonly)
        if not readonly:
            note = damage_note(path)
            if note is not None:
                raise refusal(path, note)
            lock = _take_lock(path, program, lock_wait)
    where = str(path) if path else server_name(url)
    engine = None
    try:
        if verify and path is not None and path.exists():
            _verify(path)
        # the journal mode is part of the file: switch to WAL only after the version check,
        # so a refused file (newer, not a store) is left exactly as it was
        engine = make_engine(url, readonly=readonly, busy_timeout_ms=busy_timeout_ms, wal=False)
        if not revision.is_current(engine):
            # late: migrate imports Alembic, which a store at the app's schema does not need
            from crm.db import migrate

            migrate.ensure_current(engine, path, upgrade=upgrade and not readonly, where=where)
        if path is not None and not readonly:
            with engine.connect() as conn:
                raw = conn.connection.driver_connection
                assert raw is not None  # an open connection
                cursor = raw.cursor()
                _use_wal(cursor)
                cursor.close()
            engine.dispose()
            engine = make_engine(url, busy_timeout_ms=busy_timeout_ms)
    except BaseException as exc:
        if engine is not None:
            engine.dispose()
        if lock is not None:
            lock.release()
        if isinstance(exc, (OperationalError, DBAPIError)):
            mapped = translate_db_error(exc, where)
            if mapped is not None:
                raise mapped from exc
        raise
    return Store(
        engine=engine,
        url=url,
        path=path,
        readonly=readonly,
        lock=lock,
        busy_timeout_ms=busy_timeout_ms,
    )


def _take_lock(path: Path, program: str, wait: float) -> StoreLock:
    from crm.db import lock as store_lock
    from crm.files import fault

    try:
        return store_lock.acquire(path, program=program, wait=wait)
    except OSError as exc:
        raise fault(exc, store_lock.lock_path(path)) from exc


def _verify(path: Path) -> None:
    """quick_check before a command writes; a failure is recorded and refused."""
    from crm.db.health import mark_damaged
    from crm.db.integrity import check_file

    report = check_file(path, full=False)
    if report.ok:
        return
    raise refusal(path, mark_damaged(path, report))
