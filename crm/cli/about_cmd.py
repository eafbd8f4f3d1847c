"""``crm about``: the version, the store and its schema, and where the CRM keeps its data,
settings, logs and backups — the lines of Help ▸ About, for support and scripts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm.i18n import translate

if TYPE_CHECKING:
    from argparse import Namespace

    from crm.cli.common import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "about",
        help=translate("CLI", "version, store schema and the folders the CRM writes to"),
    )
    p.set_defaults(func=run)


def run(args: Namespace) -> int:
    # late: building the parser (every `crm` start) must not load the store's libraries
    from crm.about import about
    from crm.db import open_store
    from crm.db.store import resolve_target
    from crm.errors import StoreError

    try:
        store = open_store(args.db, upgrade=False, readonly=True)
    except StoreError as exc:
        url = resolve_target(args.db)
        where = url.database if url.get_backend_name() == "sqlite" else url.render_as_string()
        info = about(None, target=str(where), problem=exc.message)
    else:
        try:
            info = about(store)
        finally:
            store.dispose()
    print(info.text())
    return 0
