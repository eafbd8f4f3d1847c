"""Entry point of ``crm`` (and ``python main.py``).

Global options come before the subcommand: ``crm --db PATH_OR_URL --lang en demo …``.
User and environment errors print one translated line and exit with status 2; anything else
is a bug and keeps its traceback. Each subcommand lives in its own module with a
``register(subparsers)`` function, listed in ``COMMANDS``.
"""

from __future__ import annotations

import time

#: when `crm` began (the app's start-up log and benchmark count from here)
LAUNCHED = time.monotonic()

import argparse  # noqa: E402
import contextlib  # noqa: E402
import importlib  # noqa: E402
import os  # noqa: E402
import signal  # noqa: E402
import sys  # noqa: E402
from typing import NoReturn  # noqa: E402

from crm import __version__  # noqa: E402
from crm.cli import argparse_i18n  # noqa: E402
from crm.errors import CrmError  # noqa: E402
from crm.i18n import current_language, normalise_language, set_language, translate  # noqa: E402

#: modules that add subcommands (each has register(subparsers))
COMMANDS = [
    "crm.cli.demo_cmd",
    "crm.cli.db_cmd",
    "crm.cli.i18n_cmd",
    "crm.cli.import_cmd",
    "crm.cli.export_cmd",
    "crm.cli.report_cmd",
    "crm.cli.user_cmd",
    "crm.cli.team_cmd",
    "crm.cli.about_cmd",
    "crm.cli.build_cmd",
]
EXIT_USER_ERROR = 2


def _pre_language(argv: list[str]) -> None:
    """Pick the language before building the help texts."""
    lang = os.environ.get("CRM_LANG")
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif a.startswith("--lang="):
            lang = a.split("=", 1)[1]
    with contextlib.suppress(ValueError):
        set_language(normalise_language(lang))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, our exit status
        self.print_usage(sys.stderr)
        sys.stderr.write(
            self.prog + ": " + translate("CLI", "error: {message}").format(message=message) + "\n"
        )
        raise SystemExit(EXIT_USER_ERROR)


GLOBAL_OPTIONS = ("--db", "--lang", "--user")


def _add_globals(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--db and --lang before the subcommand (top) or after it (every subcommand): the value
    given last wins, and one given before is not overwritten by a subcommand's default."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=default,
        help=translate(
            "CLI",
            "store to use: a SQLite file or a postgresql:// URL (default: "
            "CRM_DATABASE_URL, else the file in your data directory)",
        )
        if top
        else argparse.SUPPRESS,
    )
    parser.add_argument(
        "--lang",
        metavar="zh|en",
        default=default,
        help=translate("CLI", "language (default: Chinese)") if top else argparse.SUPPRESS,
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=default,
        help=translate(
            "CLI",
            "sign in as this person (the password from CRM_PASSWORD, or typed when asked)",
        )
        if top
        else argparse.SUPPRESS,
    )


def _add_globals_below(parser: argparse.ArgumentParser) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                if not any(o in sub._option_string_actions for o in GLOBAL_OPTIONS):
                    _add_globals(sub, top=False)
                _add_globals_below(sub)


def build_parser() -> argparse.ArgumentParser:
    argparse_i18n.install()
    parser = _Parser(
        prog="crm",
        description=translate(
            "CLI",
            "Investment-attraction CRM of the Hangzhou City West Sci-Tech Innovation "
            "Corridor. Without a subcommand it opens the app.",
        ),
    )
    _add_globals(parser, top=True)
    parser.add_argument(
        "--version",
        action="version",
        version=f"crm {__version__}",
        # argparse of Python 3.11 gives this help untranslated (a literal default)
        help=translate("argparse", "show program's version number and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    _add_globals_below(parser)
    return parser


def _app_start(argv: list[str]) -> argparse.Namespace | None:
    """`crm` with at most --db, --lang and --user starts the app: those are read without building
    every subcommand's parser and translated help (some 30 ms of the app's start). Anything
    else — a subcommand, --help, a mistake — goes to the full parser, which says what is wrong."""
    quick = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    quick.add_argument("--db")
    quick.add_argument("--lang")
    quick.add_argument("--user")  # the app signs in as this person (crm.ui.accounts.session)
    try:
        args, rest = quick.parse_known_args(argv)
        if args.lang:
            normalise_language(args.lang)
    except (argparse.ArgumentError, ValueError):
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    if hasattr(signal, "SIGPIPE"):  # `crm … | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    argv = list(sys.argv[1:] if argv is None else argv)
    _pre_language(argv)
    args = _app_start(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if args.lang:
        try:
            set_language(normalise_language(args.lang))
        except ValueError:  # (the app's start has checked its --lang already)
            build_parser().error(
                translate("CLI", "unknown language {lang}: use zh or en").format(lang=args.lang)
            )
    try:
        if args.command is None:
            from crm.ui import startup  # Qt is imported by its steps, in their order

            return startup.run(
                db=args.db, lang=args.lang, launched=LAUNCHED, user=getattr(args, "user", None)
            )
        from crm.cli.common import setup_logging

        setup_logging()
        return int(args.func(args) or 0)
    except CrmError as exc:
        sys.stderr.write(
            translate("CLI", "error: {message}").format(message=exc.render(current_language()))
            + "\n"
        )
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        sys.stderr.write(translate("CLI", "interrupted") + "\n")
        return 130
