"""Helpers shared by subcommands: opening the store named by --db, printing progress."""

from __future__ import annotations

import sys

from crm.db import Store, open_store
from crm.i18n import ZH, current_language


def store_from(args, **kwargs) -> Store:
    return open_store(args.db, **kwargs)


def progress_printer(enabled: bool):
    """A progress callback writing one updating line to stderr on a terminal."""
    if not enabled or not sys.stderr.isatty():
        return None

    def show(step: str, fraction: float) -> None:
        sys.stderr.write(f"\r{fraction * 100:5.1f}%  {step:<20}")
        if fraction >= 1:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def listing(names) -> str:
    """Names as a list in the language of the message: 未来科技城、紫金港科技城 / A, B."""
    return ("、" if current_language() == ZH else ", ").join(names)
