"""Starting the desktop app: every step, in order, in one place.

Before the window — in order; a step returns False to end the start (``Start.exit_code``):

    services  the Qt-free modules of the first screen (the store, the lead list's query),
              imported before Qt: once PySide6 is loaded it reads the source of every module
              imported after it (its ``__feature__`` import hook), which makes SQLAlchemy's
              and sqlmodel's import a third slower
    qt        Qt: Fusion, the interface font, the style sheet (crm.ui.app.make_application)
    errors    the folders the app writes to, the log file and the exception hook (a folder
              that cannot be written ends the start with a message naming it)
    language  the translators for --lang, else the saved language
    store     the store opened (crm.ui.safety.startup: held by another program — offer
              read-only; failed its check before — read-only; a network share or sync
              folder — warn), or a clear message; a store at the app's schema opens with no
              Alembic and no checks (crm.db.revision): its quick_check comes after the window
    sign_in   who is using the app (crm.ui.accounts.session): a new store's first
              administrator; a store nobody can sign in to yet opens as its one person (or
              one of several claims it); else a password remembered on this computer, else
              the sign-in dialog; a one-time password is changed first. ``crm --user NAME``
              names the person (the password from CRM_PASSWORD, else asked)
    window    the main window built with only the page it opens on (crm.ui.page_stack), shown

After the window's first frame is on screen — one step per turn of the event loop, so the
window answers clicks between them:

    gc        Python's cyclic garbage collector back on (``_collect``): off during the start
    drafts    offer lead forms left unsaved when the app last closed
    warm      load what the next clicks need (the pinyin dictionary behind name order)
    sweep     remove what writers killed mid-write left (a backup's copy of the store …), on a
              thread (crm.safety.leftovers)

The cyclic garbage collector is off from the first step to the first frame: importing
SQLAlchemy, pydantic and the schema makes some 300,000 objects, and the collector walked them
again and again (two full passes among 250): 55–60 ms of a 650 ms start on a 100,000-lead
store. After the first frame one full pass frees what the start left, ``gc.freeze`` sets the
start's survivors (modules, classes, the schema) aside for good, so later passes no longer walk
them, and the collector is on again. A start that ends before the window turns it back on too.

A feature that must run at start adds a line to ``BEFORE_WINDOW`` or ``AFTER_FIRST_FRAME``
(e.g. a sign-in before ``window``, a store check after the first frame). Nothing heavy goes
before the window: the first frame must stay under a second on a 100,000-lead store
(bench/bench_start.py measures it from outside, against a bare Qt window).

``CRM_STARTUP_PROBE=<file>`` (for the benchmark): at the first frame append one JSON line
(the steps' times, resident memory, the lead rows on screen) to the file and quit; with
``CRM_STARTUP_PROBE_UNTIL=settled`` also run the steps after it, wait ``SETTLE_MS`` for the
pages' own idle work, append a second line and quit then; with ``closed:<ms>`` close the
window that long after the first frame, as a person would (its background work still running),
appending a line with the ``close`` mark: the benchmark times the process's exit from it.

Closing the window ends the process at once: background tasks are cancelled and their SQL
interrupted (``end_work``, crm.db.interrupt), what ignores that is not waited for, and the
process ends without Python's and Qt's teardown once settings and log are written (``_exit``).
"""

from __future__ import annotations

import atexit
import gc
import importlib
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NoReturn

# no Qt here: the first step runs before Qt is imported
log = logging.getLogger(__name__)
PROBE_ENV = "CRM_STARTUP_PROBE"
PROBE_UNTIL_ENV = "CRM_STARTUP_PROBE_UNTIL"
#: with --user: the password (as the command line reads it), for scheduled and scripted starts
PASSWORD_ENV = "CRM_PASSWORD"
#: libraries the first frame must not wait for (the probe lists those loaded by then): Excel,
#: PDF, charts, the PDF viewer, migrations, fuzzy matching, the pinyin dictionary, qtawesome,
#: the team server's database driver
LATER_LIBRARIES = (
    "openpyxl",
    "reportlab",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "alembic",
    "rapidfuzz",
    "pypinyin",
    "qtawesome",
    "qtpy",
    "crm.analytics",
    "crm.importing",
    "crm.exporting",
    "crm.reports",
    "sqlalchemy.dialects.postgresql",
    "psycopg",
)
#: after the steps that follow the first frame, the probe waits this long for the pages' own
#: idle work (the lead list's detail panel) before its second record
SETTLE_MS = 400
#: once the window is closed, background work gets this long to end before the process
#: exits without it (issue 18: the process ends within a second of closing the window)
STOP_WAIT_MS = 500
#: once the app ran, end the process in ``run`` (``_exit``); a program that goes on after the
#: app (the tests' app driver) sets it False and gets the exit status back
EXIT_AT_END = True


@dataclass
class Start:
    """What the steps hand each other."""

    db: str | None = None
    lang: str | None = None
    #: crm --user NAME: who signs in (the password from CRM_PASSWORD, else the dialog asks)
    user: str | None = None
    app: object = None
    hook: object = None
    settings: object = None
    store: object = None
    controller: object = None
    actor: object = None
    window: object = None
    exit_code: int = 0
    warming: threading.Thread | None = None
    #: the cyclic garbage collector was on when the start began (it is off until the first
    #: frame: ``_collect``)
    collecting: bool = True
    #: step name → time.monotonic() when it ended ("launch": when crm.cli.main was imported)
    marks: dict[str, float] = field(default_factory=dict)


Step = tuple[str, Callable[[Start], "bool | None"]]


# ---------------------------------------------------------------- before the window
#: imported by ``services``, before Qt (the rest of the first screen imports what it needs)
FIRST_SCREEN_SERVICES = (
    "crm.db",
    "crm.db.models",
    "crm.reference",
    "crm.accounts.users",
    "crm.leadlist.query",
    "crm.leadlist.saved_views",
    "crm.team_settings",
)


def _services(s: Start) -> None:
    for name in FIRST_SCREEN_SERVICES:
        importlib.import_module(name)


def _qt(s: Start) -> None:
    from crm.ui.app import make_application

    s.app = make_application()


def _errors(s: Start) -> bool:
    from crm.ui.errors import start_logging

    s.hook = start_logging(s.app)  # None: its folders cannot be written, and the user was told
    if s.hook is None:
        s.exit_code = 2
        return False
    return True


def _language(s: Start) -> None:
    from crm.ui import i18n as ui_i18n
    from crm.ui.settings import LANGUAGE, Settings

    s.settings = Settings()
    ui_i18n.install(s.app, s.lang or s.settings.get(LANGUAGE))


def _store(s: Start) -> bool:
    from crm.ui import store_menu
    from crm.ui.app import default_store
    from crm.ui.safety.startup import open_store_for_app

    s.settings.default_store = default_store()
    # --db, else the store the app had open last (File ▸ Open store…), else the default
    target = store_menu.startup_target(s.db, s.settings)
    opened = open_store_for_app(target)  # in use, damaged, network share: crm.ui.safety
    if opened is None:
        s.exit_code = 2
        return False
    s.store = opened.store
    return True


def _sign_in(s: Start) -> bool:
    from crm.ui.app import AppController

    s.controller = AppController(s.app, s.store, s.settings, s.hook)
    s.actor = s.controller.sign_in(user=s.user, password=os.environ.get(PASSWORD_ENV))
    return s.actor is not None  # closed without signing in: the app ends (status 0)


def _window(s: Start) -> None:
    from crm.ui.first_paint import watch_first_paint

    s.window = s.controller.build(s.actor)
    watch_first_paint(s.window)  # the log's "main window shown" line (smoke test, support)
    s.window.show()


BEFORE_WINDOW: list[Step] = [
    ("services", _services),
    ("qt", _qt),
    ("errors", _errors),
    ("language", _language),
    ("store", _store),
    ("sign_in", _sign_in),
    ("window", _window),
]


# ---------------------------------------------------------------- after the first frame
def _collect(s: Start) -> None:
    """The collector back on after the start (see the module's notes): one full pass over
    what the start made, its survivors frozen, automatic collection enabled."""
    gc.collect()
    gc.freeze()
    if s.collecting:
        gc.enable()


def _drafts(s: Start) -> None:
    s.window.offer_drafts()


def _warm(s: Start) -> None:
    """Load pypinyin's dictionaries (0.2–0.4 s) on a thread before a list is sorted by name:
    the window answers meanwhile (the import gives the interpreter up every few ms)."""
    from crm.values.names import pinyin_key

    s.warming = threading.Thread(target=pinyin_key, args=("杭州",), name="warm", daemon=True)
    s.warming.start()


def _sweep(s: Start) -> None:
    """What writers killed mid-write left (a backup's copy of the store …), on a thread."""
    from crm.safety.leftovers import sweep_in_background

    sweep_in_background(s.store)


AFTER_FIRST_FRAME: list[Step] = [
    ("gc", _collect),
    ("drafts", _drafts),
    ("warm", _warm),
    ("sweep", _sweep),
]


# ---------------------------------------------------------------- running them
def run(
    db: str | None = None,
    lang: str | None = None,
    launched: float | None = None,
    user: str | None = None,
) -> int:
    """Start the app. Returns the exit status when the start ends before the window; once
    the window has been shown, the process ends here when the app does (``_exit``)."""
    s = Start(db=db, lang=lang, user=user)
    s.marks["launch"] = launched if launched is not None else time.monotonic()
    s.collecting = gc.isenabled()
    gc.disable()  # until the first frame (the module's notes); _collect turns it back on
    try:
        for name, step in BEFORE_WINDOW:
            ok = step(s)
            s.marks[name] = time.monotonic()
            if ok is False:
                _dispose(s)
                return s.exit_code
        _on_first_frame(s, lambda: _after_first_frame(s, list(AFTER_FIRST_FRAME)))
        code = s.app.exec()
    finally:  # (closed before the first frame's steps ran, or a start that ended early)
        if s.collecting:
            gc.enable()
    end_work(getattr(s.controller, "window", None))
    _dispose(s)
    if EXIT_AT_END:
        _exit(s, code)
    return code


def _exit(s: Start, code: int) -> NoReturn:
    """End the process once what must reach the disk is there: the settings synced, the
    exit handlers run (the log flushed and closed, temporary folders removed). Python's own
    teardown then — every object freed one by one, every widget destroyed, Qt's thread pool
    waited for — took 0.3 s after an idle session and 1–3 s on a loaded machine after a
    session on a 100,000-lead store, for nothing the system does not do at once; and work
    that ignored the stop (``end_work``) is not waited for: the store refuses its SQL."""
    settings = getattr(s.controller, "settings", None) or s.settings
    if settings is not None:
        settings.sync()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def end_work(window: object = None, wait_ms: int = STOP_WAIT_MS) -> bool:
    """The window is closed: stop what still runs in the background (the quick check, a
    backup, the reminder count …) so the process ends at once. Tasks are told to cancel and
    their SQL is interrupted (crm.db.interrupt: rolled back, a backup's temporary file
    removed). False when some work did not end within ``wait_ms``: the process then exits
    without waiting for it (``_exit``), as nothing it could still write would be kept."""
    from PySide6.QtCore import QThreadPool

    from crm.db import interrupt

    tasks = getattr(getattr(window, "ctx", None), "tasks", None)
    cancelled = tasks.cancel_all() if tasks is not None else 0
    interrupted = interrupt.stop()
    t0 = time.monotonic()
    done = QThreadPool.globalInstance().waitForDone(wait_ms)
    log.info(
        "closing: %d task(s) cancelled, %d connection(s) interrupted, %s in %.0f ms",
        cancelled,
        interrupted,
        "all ended" if done else "some still running",
        (time.monotonic() - t0) * 1000,
    )
    return bool(done)


def _dispose(s: Start) -> None:
    # the store open at the end: File ▸ Open store… may have switched to another
    store = getattr(s.controller, "store", None) or s.store
    if store is not None:
        store.dispose()


def _on_first_frame(s: Start, then: Callable[[], None]) -> None:
    """Call ``then`` once the window's first frame has been painted and flushed."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstFrame(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                # the window paints first and its children in the same pass: the frame is
                # on screen when that pass is back in the event loop
                s.window.removeEventFilter(self)
                QTimer.singleShot(0, lambda: _first_frame(s, then))
            return False

    s.window.installEventFilter(FirstFrame(s.window))


def _first_frame(s: Start, then: Callable[[], None]) -> None:
    s.marks["first_frame"] = time.monotonic()
    launch = s.marks["launch"]
    log.info(
        "start-up: first frame %.0f ms after launch (%s)",
        (s.marks["first_frame"] - launch) * 1000,
        ", ".join(f"{k} {(v - launch) * 1000:.0f}" for k, v in s.marks.items() if k != "launch"),
    )
    _probe(s, "first_frame")
    until = os.environ.get(PROBE_UNTIL_ENV) or ""
    if os.environ.get(PROBE_ENV) and until.startswith("closed"):
        from PySide6.QtCore import QTimer

        delay = until.partition(":")[2]
        QTimer.singleShot(int(delay) if delay.isdigit() else 0, lambda: _probe_close(s))
    elif os.environ.get(PROBE_ENV) and until != "settled":
        s.app.quit()
        return
    then()


def _probe_close(s: Start) -> None:
    s.marks["close"] = time.monotonic()
    _probe(s, "close")
    s.window.close()  # as the person closing it: the app's own close path


def _after_first_frame(s: Start, steps: list[Step]) -> None:
    """One step per turn of the event loop: clicks and repaints get their turn in between."""
    from PySide6.QtCore import QTimer

    if not steps:
        if os.environ.get(PROBE_ENV) and os.environ.get(PROBE_UNTIL_ENV) == "settled":
            QTimer.singleShot(SETTLE_MS, lambda: _settled(s))
        return
    if not s.window.isVisible():  # closed before its first frame's steps ran: skip them
        return
    name, step = steps.pop(0)
    step(s)
    s.marks[name] = time.monotonic()
    QTimer.singleShot(0, lambda: _after_first_frame(s, steps))


def _settled(s: Start) -> None:
    if s.warming is not None:
        s.warming.join()
    _probe(s, "settled")
    s.app.quit()


def _probe(s: Start, moment: str) -> None:
    path = os.environ.get(PROBE_ENV)
    if not path:
        return
    leads = s.window.pages.built_page("leads")
    record = {
        "moment": moment,
        "marks": s.marks,
        "rss_mb": _rss_mb(),
        "peak_mb": _rss_mb("VmHWM:"),
        "page": s.window.pages.key_at(s.window.nav.currentRow()),
        "lead_rows": leads.model.rowCount() if leads is not None else None,
        "lead_total": leads.model.total() if leads is not None else None,
        "loaded": [name for name in LATER_LIBRARIES if name in sys.modules],
        "collecting": gc.isenabled(),  # the cyclic garbage collector (off until the frame)
    }
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")


def _rss_mb(field: str = "VmRSS:") -> float | None:
    """Resident memory now (``VmHWM:``: its peak so far) in MB (Linux; None elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None
