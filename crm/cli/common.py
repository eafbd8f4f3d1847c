"""Helpers shared by subcommands: opening the store named by --db, printing progress."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from argparse import Namespace
    from collections.abc import Callable, Iterable
    from typing import TypeAlias

    from crm.accounts.users import Actor
    from crm.db import Store
    from crm.errors import UserError

    #: what ``register(sub)`` adds its subcommand to (argparse names the type only privately)
    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

#: a command waits this long for another command holding the store (never for the app)
LOCK_WAIT_SECONDS = 120.0


def store_from(args: Namespace, *, readonly: bool = False, upgrade: bool = True) -> Store:
    """The store for a command. Writers take the store's lock (waiting for another command,
    naming the app that holds it) and quick_check it first: nothing is written into a
    damaged store. A store in a network share or a sync folder is warned about on stderr."""
    # late: building the parser (every `crm` start, the app's too) must not load the store's
    # libraries; only a subcommand that runs needs them
    from crm.db import open_store
    from crm.db.location import location_warning

    writer = not readonly
    store = open_store(
        _target(args),
        upgrade=upgrade,
        readonly=readonly,
        program="cli",
        lock_wait=LOCK_WAIT_SECONDS if writer else 0.0,
        verify=writer,
    )
    warning = location_warning(store.path)
    if warning is not None:
        sys.stderr.write(warning.render() + "\n")
    if store.lock is not None and store.lock.took_over is not None:
        from crm.i18n import translate

        sys.stderr.write(
            translate(
                "CLI", "note: took over the lock left by {holder} (it ended without closing)"
            ).format(holder=store.lock.took_over.describe())
            + "\n"
        )
    return store


def _target(args: Namespace) -> str | None:
    """--db; on a server URL without a password, ``--user NAME`` connects as that person's
    own login (a team server authenticates them: crm.team.session)."""
    from crm.db.store import resolve_target

    name = getattr(args, "user", None)
    url = resolve_target(args.db)
    if not name or url.get_backend_name() != "postgresql" or url.password is not None:
        db: str | None = args.db
        return db
    args.server_sign_in = True
    return url.set(username=name, password=_password(name)).render_as_string(hide_password=False)


def _password(name: str) -> str:
    import getpass
    import os

    from crm.errors import UserError
    from crm.i18n import QT_TRANSLATE_NOOP, translate

    password = os.environ.get("CRM_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "CLI", "No password: set CRM_PASSWORD or run the command at a terminal."
                )
            )
        password = getpass.getpass(translate("CLI", "Password for {name}: ").format(name=name))
    return password


def setup_logging() -> None:
    """Commands log to the data directory's crm.log like the app (a taken-over lock, a damaged
    store found, a backup written), not to the terminal."""
    import logging
    import logging.handlers

    from crm.applog import quiet_libraries
    from crm.paths import log_dir

    root = logging.getLogger()
    if root.handlers:
        return
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir() / "crm.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    quiet_libraries()


def progress_printer(enabled: bool) -> Callable[[str, float], None] | None:
    """A progress callback writing one updating line to stderr on a terminal."""
    if not enabled or not sys.stderr.isatty():
        return None

    def show(step: str, fraction: float) -> None:
        sys.stderr.write(f"\r{fraction * 100:5.1f}%  {step:<20}")
        if fraction >= 1:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def actor_for(args: Namespace, store: Store) -> Actor:
    """Who a command acts as: ``--user NAME`` signs in (the password from CRM_PASSWORD, or
    asked at the terminal); without it, the store's administrator while nobody has a
    password, and otherwise a clear word on how to sign in."""
    from crm.accounts.signin import cli_actor, sign_in, sign_in_read_only
    from crm.errors import UserError
    from crm.i18n import QT_TRANSLATE_NOOP

    name: str | None = getattr(args, "user", None)
    if getattr(args, "server_sign_in", False):
        from crm.team.session import server_actor

        person, one_time = server_actor(store)
        if one_time and not getattr(args, "may_use_one_time", False):
            raise _one_time(person.username)
        return person
    if not name:
        actor = cli_actor(store)
        if actor is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "This store has accounts: sign in with --user NAME (the password from "
                    "CRM_PASSWORD, or typed when asked).",
                )
            )
        return actor
    # a command that only reads opens the store read-only: check the password, write nothing
    result = (sign_in_read_only if store.readonly else sign_in)(store, name, _password(name))
    if result.must_change_password:
        raise _one_time(name)
    return result.actor


def _one_time(name: str) -> UserError:
    from crm.errors import UserError
    from crm.i18n import QT_TRANSLATE_NOOP

    return UserError(
        QT_TRANSLATE_NOOP(
            "CLI",
            "{name} signs in with a one-time password: choose your own first (crm user "
            "password, or in the app).",
        ).format(name=name)
    )


def listing(names: Iterable[str]) -> str:
    """Names as a list in the language of the message: 未来科技城、紫金港科技城 / A, B."""
    from crm.i18n import ZH, current_language

    return ("、" if current_language() == ZH else ", ").join(names)
