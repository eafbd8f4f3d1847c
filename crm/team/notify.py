"""Live for everyone: a change committed by one person reaches the others' apps.

On the server, statement triggers on every shared table (TABLES: leads, follow-ups, contacts,
attachments, companies, reference lists, people, targets, team settings, saved views, weekly
reports) send one ``NOTIFY crm_changes`` per statement naming the kind of change and, where
there is one, the changed lead ids (``activity:12,40``; ``lead:*`` when there are too many for
one message; ``targets``); PostgreSQL delivers it at commit, and only then. ``Listener`` holds
a connection of its own that LISTENs and hands each message, as the ``Changes`` a local save
would have broadcast, to a callback (Qt-free: crm.ui.team.live runs it on a thread and feeds
the app's change signal).
A lost connection is reported and retried with a growing pause; on reconnecting, everything
is refreshed (what was missed is not replayed).
"""

from __future__ import annotations

import contextlib
import logging
import selectors
import socket
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import URL

from crm.changes import Changes

if TYPE_CHECKING:  # imported where used: the app starts without it
    import psycopg

log = logging.getLogger(__name__)

CHANNEL = "crm_changes"
APPLICATION_NAME = "crm live updates"
#: NOTIFY payloads must stay under 8,000 bytes
MAX_IDS = 600

#: table → (the kind of change its message names, the column naming the lead or "" for a
#: table whose changes are named by their kind alone). A company's message names the leads
#: of the changed companies (their lists show its name and designations).
TABLES = {
    "lead": ("lead", "id"),
    "activity": ("activity", "lead_id"),
    "contact": ("contact", "lead_id"),
    "attachment": ("attachment", "lead_id"),
    "company": ("company", "id"),
    "ref_item": ("reference", ""),
    "app_user": ("users", ""),
    "target": ("targets", ""),
    "setting": ("settings", ""),
    "saved_view": ("views", ""),
    "week_report": ("reports", ""),
    "week_summary": ("reports", ""),
    "week_lead_state": ("reports", ""),
}
#: kind → the flags it sets (the same the services return after a local save)
FLAGS: dict[str, Changes] = {
    "lead": Changes(),
    "activity": Changes(activities=True),
    "contact": Changes(contacts=True),
    "attachment": Changes(),
    "company": Changes(companies=True),
    "reference": Changes(reference=True),
    "users": Changes(users=True),
    "targets": Changes(targets=True),
    "settings": Changes(settings=True),
    "views": Changes(views=True),
    "reports": Changes(reports=True),
}


def trigger_sql(present: set[str] | None = None) -> list[str]:
    """The function and the statement triggers that send the messages, on the tables of
    ``present`` (all of TABLES by default)."""
    out = [
        f"""CREATE FUNCTION crm_app.notify_changes() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE ids text; n integer; kind text := TG_ARGV[0]; col text := TG_ARGV[1];
  tbl text := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
BEGIN
  IF col = '' THEN
    EXECUTE format('SELECT count(*) FROM %s', tbl) INTO n;
    IF n > 0 THEN PERFORM pg_notify('{CHANNEL}', kind); END IF;
    RETURN NULL;
  END IF;
  IF kind = 'company' THEN
    EXECUTE format('SELECT count(*) FROM %s', tbl) INTO n;
    IF n = 0 THEN RETURN NULL; END IF;
    EXECUTE format('SELECT count(DISTINCT l.id), string_agg(DISTINCT l.id::text, '','') '
                   'FROM public.lead l JOIN %s c ON l.company_id = c.id', tbl) INTO n, ids;
    IF n = 0 THEN PERFORM pg_notify('{CHANNEL}', kind || ':'); RETURN NULL; END IF;
  ELSE
    EXECUTE format('SELECT count(DISTINCT %1$I), string_agg(DISTINCT %1$I::text, '','') '
                   'FROM %2$s', col, tbl) INTO n, ids;
  END IF;
  IF n > {MAX_IDS} THEN
    PERFORM pg_notify('{CHANNEL}', kind || ':*');
  ELSIF n > 0 THEN
    PERFORM pg_notify('{CHANNEL}', kind || ':' || ids);
  END IF;
  RETURN NULL;
END $$"""
    ]
    for table, (kind, column) in TABLES.items():
        if present is not None and table not in present:
            continue
        for op, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            rows = "old_rows" if ref == "OLD" else "new_rows"
            out.append(
                f"CREATE TRIGGER notify_{table}_{op.lower()} AFTER {op} ON public.{table} "
                f"REFERENCING {ref} TABLE AS {rows} FOR EACH STATEMENT "
                f"EXECUTE FUNCTION crm_app.notify_changes('{kind}', '{column}')"
            )
    return out


def parse(payload: str) -> Changes:
    """What one message says changed: ``kind`` or ``kind:ids`` (``kind:*`` when too many
    leads to name: every list reloads). An unknown kind (a newer server's) changes nothing."""
    kind, _, body = payload.partition(":")
    flags = FLAGS.get(kind)
    if flags is None:
        return Changes()
    if body == "*":
        return flags | Changes(bulk=True)
    ids = frozenset(int(part) for part in body.split(",") if part.isdigit())
    return flags | Changes(leads=ids)


class Listener:
    """LISTEN on its own connection until ``stop()``; ``on_change(changes)`` per message,
    ``on_state(connected)`` when the connection is lost or back. Call ``run()`` on a thread."""

    def __init__(
        self,
        url: URL,
        on_change: Callable[[Changes], None],
        on_state: Callable[[bool], None] = lambda _connected: None,
        *,
        max_pause_s: float = 30.0,
    ):
        self.url, self.on_change, self.on_state = url, on_change, on_state
        self.max_pause_s = max_pause_s
        self._stop = threading.Event()
        self._retry = threading.Event()
        # stop() wakes a listener waiting on the server at once (a socket pair: a pipe cannot
        # be waited on together with a socket on Windows)
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)

    def stop(self) -> None:
        self._stop.set()
        self._retry.set()
        with contextlib.suppress(OSError):  # already stopped, its sockets closed
            self._wake_w.send(b"x")

    def retry_now(self) -> None:
        self._retry.set()

    def _connect(self) -> psycopg.Connection[tuple[Any, ...]]:
        import psycopg

        url = self.url
        # libpq's connection parameters, as psycopg.connect takes them (its conninfo keywords)
        kwargs: dict[str, Any] = {
            "host": url.host,
            "port": url.port or 5432,
            "dbname": url.database,
            "user": url.username,
            "password": url.password,
            "autocommit": True,
            "connect_timeout": 5,
            # what this connection is, in pg_stat_activity
            "application_name": APPLICATION_NAME,
            # a dropped network is noticed within seconds, not at the next message
            "keepalives": 1,
            "keepalives_idle": 5,
            "keepalives_interval": 2,
            "keepalives_count": 2,
        }
        kwargs.update({k: v for k, v in url.query.items() if isinstance(v, str)})
        conn = psycopg.connect(**{k: v for k, v in kwargs.items() if v is not None})
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def run(self) -> None:
        try:
            self._run()
        finally:
            self._wake_r.close()
            self._wake_w.close()

    def _run(self) -> None:
        import psycopg

        pause, connected = 1.0, None
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except psycopg.Error as exc:
                log.info("live updates: cannot connect: %s", exc)
                if connected is not False:
                    connected = False
                    self.on_state(False)
                self._retry.wait(pause)
                self._retry.clear()
                pause = min(pause * 2, self.max_pause_s)
                continue
            if connected is False:
                # what happened meanwhile is not replayed
                self.on_change(Changes.everything())
            if connected is not True:
                connected = True
                self.on_state(True)
            pause = 1.0
            try:
                with conn:
                    self._listen(conn)
            except psycopg.Error as exc:
                if self._stop.is_set():
                    return
                log.info("live updates: connection lost: %s", exc)
                connected = False
                self.on_state(False)

    def _listen(self, conn: psycopg.Connection[tuple[Any, ...]]) -> None:
        """Hand over each message until stopped; a lost connection raises psycopg.Error.

        Waits on the connection's socket and on the wake-up socket together: a message, the
        server's goodbye (the socket becomes readable, and reading it raises) or a dead
        network (the keepalives turn the socket into an error) wake it, and so does stop()."""
        with selectors.DefaultSelector() as selector:
            selector.register(conn.fileno(), selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self._stop.is_set():
                selector.select(timeout=5.0)
                # read what arrived (timeout 0: never waits); raises if the server is gone
                for note in conn.notifies(timeout=0):
                    self.on_change(parse(note.payload))
