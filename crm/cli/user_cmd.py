"""``crm user``: people and their accounts, from the command line (an administrator's work;
``crm user password`` is anyone's own).

  crm user add NAME --display-name TEXT --role ROLE [--city CITY] [--admin] [--no-password]
  crm user list
  crm user disable NAME · crm user enable NAME
  crm user reset-password NAME
  crm user set-role NAME [--role ROLE] [--city CITY|--no-city] [--admin|--not-admin]
  crm user password

New passwords come from CRM_NEW_PASSWORD, else they are asked twice at the terminal.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING

from crm.accounts.roles import ROLE_LABELS, ROLES
from crm.cli.common import actor_for, store_from
from crm.errors import UserError
from crm.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from argparse import Namespace

    from crm.accounts.users import Actor
    from crm.cli.common import Subparsers
    from crm.db import Store


def register(sub: Subparsers) -> None:
    p = sub.add_parser("user", help=translate("CLI", "people and their accounts"))
    u = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = u.add_parser("add", help=translate("CLI", "add a person"))
    add.add_argument("name", metavar="NAME", help=translate("CLI", "username (no spaces)"))
    add.add_argument("--display-name", required=True, help=translate("CLI", "the name shown"))
    add.add_argument("--role", choices=ROLES, default="officer", help=translate("CLI", "role"))
    add.add_argument("--city", metavar="CITY", help=translate("CLI", "the person's city"))
    add.add_argument("--admin", action="store_true", help=translate("CLI", "also an administrator"))
    add.add_argument(
        "--no-password",
        action="store_true",
        help=translate("CLI", "no password: the person cannot sign in yet"),
    )
    add.set_defaults(func=run_add)
    u.add_parser("list", help=translate("CLI", "everyone, with role and city")).set_defaults(
        func=run_list
    )
    for name, active, text in (
        ("disable", False, translate("CLI", "disable a person (they can no longer sign in)")),
        ("enable", True, translate("CLI", "enable a person again")),
    ):
        a = u.add_parser(name, help=text)
        a.add_argument("name", metavar="NAME")
        a.set_defaults(func=run_active, active=active)
    r = u.add_parser(
        "reset-password", help=translate("CLI", "set a one-time password for a person")
    )
    r.add_argument("name", metavar="NAME")
    r.set_defaults(func=run_reset)
    s = u.add_parser("set-role", help=translate("CLI", "change a person's role or city"))
    s.add_argument("name", metavar="NAME")
    s.add_argument("--role", choices=ROLES)
    city = s.add_mutually_exclusive_group()
    city.add_argument("--city", metavar="CITY")
    city.add_argument("--no-city", action="store_true", help=translate("CLI", "no city"))
    admin = s.add_mutually_exclusive_group()
    admin.add_argument("--admin", dest="is_admin", action="store_true", default=None)
    admin.add_argument("--not-admin", dest="is_admin", action="store_false")
    s.set_defaults(func=run_set_role)
    pw = u.add_parser("password", help=translate("CLI", "change your own password"))
    pw.set_defaults(func=run_password)


def _new_password(prompt_name: str) -> str:
    value = os.environ.get("CRM_NEW_PASSWORD")
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "CLI", "No new password: set CRM_NEW_PASSWORD or run the command at a terminal."
            )
        )
    first = getpass.getpass(translate("CLI", "New password for {name}: ").format(name=prompt_name))
    if getpass.getpass(translate("CLI", "The same again: ")) != first:
        raise UserError(QT_TRANSLATE_NOOP("CLI", "The two passwords differ; nothing changed."))
    return first


def _city(store: Store, name: str | None) -> int | None:
    if not name:
        return None
    from crm.reference import reference

    item = reference(store).resolve("city", name)
    if item is None:
        raise UserError(QT_TRANSLATE_NOOP("CLI", "{name} is not a known city.").format(name=name))
    return item.id


def _person(store: Store, name: str) -> Actor:
    from crm.accounts.admin import find_person

    person = find_person(store, name)
    if person is None:
        raise UserError(QT_TRANSLATE_NOOP("CLI", "There is no person {name}.").format(name=name))
    return person


def run_add(args: Namespace) -> int:
    from crm.accounts.admin import add_person
    from crm.team import people as team_people
    from crm.team.session import is_team_server

    store = store_from(args)
    try:
        actor = actor_for(args, store)
        password = None if args.no_password else _new_password(args.name)
        # on a team server the person gets their own login (the server signs them in)
        who = (args.name, args.display_name, args.role, _city(store, args.city))
        if password and is_team_server(store):
            person, _ = team_people.add_person(
                store, actor, *who, is_admin=args.admin, password=password
            )
        else:
            person, _ = add_person(store, actor, *who, is_admin=args.admin, password=password)
    finally:
        store.dispose()
    print(
        translate("CLI", "added {name} ({role})").format(
            name=person.username, role=ROLE_LABELS[person.role].render()
        )
    )
    return 0


def run_list(args: Namespace) -> int:
    from crm.reference import reference
    from crm.team.people import people

    store = store_from(args, readonly=True)
    try:
        actor = actor_for(args, store)
        ref = reference(store)
        rows = people(store, actor)
    finally:
        store.dispose()
    for p in rows:
        flags = []
        if p.is_admin:
            flags.append(translate("CLI", "administrator"))
        if not p.active:
            flags.append(translate("CLI", "disabled"))
        elif not p.can_sign_in:
            flags.append(translate("CLI", "cannot sign in"))
        print(
            "\t".join(
                [
                    p.username,
                    p.display_name,
                    ROLE_LABELS.get(p.role, ROLE_LABELS["officer"]).render(),
                    ref.label(p.city_id) or "—",
                    str(p.leads),
                    ", ".join(flags),
                ]
            )
        )
    return 0


def run_active(args: Namespace) -> int:
    from crm.accounts.admin import set_active

    store = store_from(args)
    try:
        actor = actor_for(args, store)
        set_active(store, actor, _person(store, args.name).id, args.active)
    finally:
        store.dispose()
    if args.active:
        print(translate("CLI", "{name} enabled").format(name=args.name))
    else:
        print(translate("CLI", "{name} disabled").format(name=args.name))
    return 0


def run_reset(args: Namespace) -> int:
    from crm.accounts.admin import reset_password

    store = store_from(args)
    try:
        actor = actor_for(args, store)
        person = _person(store, args.name)
        from crm.team import people as team_people
        from crm.team.session import is_team_server

        if is_team_server(store):
            team_people.set_password(
                store, person.username, _new_password(person.username), one_time=True
            )
        else:
            reset_password(store, actor, person.id, _new_password(person.username))
    finally:
        store.dispose()
    print(
        translate(
            "CLI", "{name} has a one-time password; they choose their own at the next sign-in"
        ).format(name=args.name)
    )
    return 0


def run_set_role(args: Namespace) -> int:
    from crm.accounts.admin import set_role

    store = store_from(args)
    try:
        actor = actor_for(args, store)
        person = _person(store, args.name)
        city: object = ...
        if args.no_city:
            city = None
        elif args.city:
            city = _city(store, args.city)
        set_role(store, actor, person.id, role=args.role, city_id=city, is_admin=args.is_admin)
    finally:
        store.dispose()
    print(translate("CLI", "{name} changed").format(name=args.name))
    return 0


def run_password(args: Namespace) -> int:
    from crm.accounts.admin import change_own_password
    from crm.accounts.signin import SignInError, sign_in

    if not args.user:
        raise UserError(QT_TRANSLATE_NOOP("CLI", "Say who you are with --user NAME."))
    args.may_use_one_time = True
    store = store_from(args)
    try:
        from crm.team import people as team_people
        from crm.team.session import is_team_server

        if is_team_server(store) and getattr(args, "server_sign_in", False):
            actor_for(args, store)  # the server signed them in with their current password
            team_people.change_own_password(store, _new_password(args.user))
            print(translate("CLI", "password changed"))
            return 0
        old = os.environ.get("CRM_PASSWORD")
        if old is None:
            if not sys.stdin.isatty():
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "CLI", "No password: set CRM_PASSWORD or run the command at a terminal."
                    )
                )
            old = getpass.getpass(translate("CLI", "Current password: "))
        try:
            signed = sign_in(store, args.user, old)
        except SignInError:
            raise
        change_own_password(store, signed.actor, old, _new_password(args.user))
    finally:
        store.dispose()
    print(translate("CLI", "password changed"))
    return 0
