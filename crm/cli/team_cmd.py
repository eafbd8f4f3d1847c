"""``crm team init URL [--admin NAME]``: a PostgreSQL database becomes the team's server
(crm.team.setup)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm.i18n import translate

if TYPE_CHECKING:
    from argparse import Namespace

    from crm.cli.common import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser("team", help=translate("CLI", "the team server (PostgreSQL)"))
    t = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = t.add_parser(
        "init",
        help=translate(
            "CLI",
            "set a PostgreSQL database up as the team's server: schema, roles, policies, "
            "the first administrator",
        ),
    )
    init.add_argument(
        "url",
        metavar="URL",
        help=translate("CLI", "postgresql://LOGIN@HOST/DATABASE, as a login that may create roles"),
    )
    init.add_argument(
        "--admin",
        metavar="NAME",
        help=translate(
            "CLI",
            "the first administrator, with a login of their own (the password from "
            "CRM_NEW_PASSWORD, or typed when asked); default: the URL's login",
        ),
    )
    init.set_defaults(func=run_init)


def run_init(args: Namespace) -> int:
    from crm.cli.user_cmd import _new_password
    from crm.team.setup import init_team

    password = _new_password(args.admin) if args.admin else None
    result = init_team(args.url, args.admin, password)
    if result.added:
        text = translate("CLI", "{where} is a team server; its first administrator is {name}")
    else:
        text = translate("CLI", "{where}: roles and policies installed again (no one added)")
    print(text.format(where=result.where, name=result.admin))
    if result.indexed_search:
        print(
            translate("CLI", "Search: the index serves every search, the app's and other clients'.")
        )
    else:
        print(
            translate(
                "CLI",
                "Search: the index serves the app's searches. Other SQL clients searching the "
                "view lead_search read every document, because the text-search match is not "
                "marked LEAKPROOF, which only a superuser may do. A superuser can run once in "
                "this database: ALTER FUNCTION ts_match_vq(tsvector, tsquery) LEAKPROOF; then "
                "run crm team init again (or run it as a superuser).",
            )
        )
    return 0
