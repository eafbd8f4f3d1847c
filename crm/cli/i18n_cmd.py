"""``crm i18n …``: the translation workflow (extract, list missing, compile)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from argparse import Namespace

    from crm.cli.common import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "i18n",
        help=translate("CLI", "translations: update the .ts sources, list missing, build .qm"),
    )
    isub = p.add_subparsers(dest="i18n_command", metavar="ACTION", required=True)
    up = isub.add_parser(
        "update", help=translate("CLI", "extract strings from the sources into the .ts files")
    )
    up.add_argument("areas", nargs="*")
    up.set_defaults(func=_update)
    ms = isub.add_parser(
        "missing", help=translate("CLI", "list messages that have no Chinese translation")
    )
    ms.add_argument("areas", nargs="*")
    ms.set_defaults(func=_missing)
    ap = isub.add_parser(
        "apply", help=translate("CLI", "fill translations from a JSON file {source: translation}")
    )
    ap.add_argument("area")
    ap.add_argument("json_file")
    ap.set_defaults(func=_apply)
    bd = isub.add_parser("build", help=translate("CLI", "compile the .ts files into .qm files"))
    bd.add_argument(
        "--to", default=None, help=translate("CLI", "folder for the .qm files (default: the cache)")
    )
    bd.set_defaults(func=_build)


def _no_qt_tools(exc: FileNotFoundError) -> UserError:
    """A built app carries no lupdate/lrelease: these commands are a developer's."""
    return UserError(
        QT_TRANSLATE_NOOP("CLI", "{problem}; run crm i18n from a checkout of the source.").format(
            problem=str(exc)
        )
    )


def _update(args: Namespace) -> int:
    from crm.i18n_tools import update

    try:
        written = update(args.areas or None)
    except FileNotFoundError as exc:
        raise _no_qt_tools(exc) from None
    for path in written:
        print(path)
    return 0


def _missing(args: Namespace) -> int:
    from crm.i18n_tools import missing

    rows = missing(args.areas or None)
    for area, ctx, src in rows:
        print(f"{area}\t{ctx}\t{src}")
    return 1 if rows else 0


def _apply(args: Namespace) -> int:
    from crm.i18n_tools import apply

    data = json.loads(Path(args.json_file).read_text(encoding="utf-8"))
    print(apply(args.area, data))
    return 0


def _build(args: Namespace) -> int:
    from crm.i18n_tools import build
    from crm.paths import cache_dir

    dest = Path(args.to) if args.to else cache_dir() / "qm"
    try:
        written = build(dest)
    except FileNotFoundError as exc:
        raise _no_qt_tools(exc) from None
    for qm in written:
        print(qm)
    return 0


__all__ = ["register", "sys"]
