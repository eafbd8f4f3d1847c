"""Helpers shared by subcommands: opening the store named by --db, printing progress."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crm.db import Store


def store_from(args, **kwargs) -> Store:
    # late: building the parser (every `crm` start, the app's too) must not load the store's
    # libraries; only a subcommand that runs needs them
    from crm.db import open_store

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
