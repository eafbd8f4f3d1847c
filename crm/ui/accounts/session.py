"""Who signs in: the one decision the start, File ▸ Open store…, Switch user and Sign out
share.

- a new store (no people): its first administrator is created (FirstAdminDialog);
- nobody has a password yet: its one person opens directly (crm.accounts.signin.open_actor), or, in an
  older store of several people, one of them becomes its administrator (ClaimAdminDialog);
- otherwise: a password remembered on this computer signs in without a question (if it fails
  the dialog asks, saying why), else the sign-in dialog asks; a one-time password is changed
  before the window opens.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QWidget

from crm.accounts import signin
from crm.accounts.users import Actor
from crm.db.store import Store
from crm.errors import CrmError
from crm.i18n import QT_TRANSLATE_NOOP
from crm.ui.accounts import remember
from crm.ui.operations import Op
from crm.ui.settings import Settings

log = logging.getLogger(__name__)

REMEMBERED_FAILED = QT_TRANSLATE_NOOP(
    "SignIn",
    "The password remembered on this computer no longer signs you in; please sign in again.",
)


def place_of(store: Store) -> str:
    """How the dialog names the store: the file's name, else the server's address."""
    path = getattr(store, "path", None)
    return Path(path).name if path else store.describe()


def attempt_for(store: Store):
    """The sign-in the dialog performs on this store (read-only stores write nothing)."""
    if store.readonly:
        return lambda u, p: signin.sign_in_read_only(store, u, p)
    return lambda u, p: signin.sign_in(store, u, p)


def who_signs_in(
    store: Store,
    settings: Settings,
    parent: QWidget | None = None,
    *,
    switching: bool = False,
    user: str | None = None,
    password: str | None = None,
) -> Actor | None:
    """The person who works in ``store`` now, or None when they cancelled. ``switching``
    (Switch user, Sign out): always ask, never use a remembered password. ``user`` (crm
    --user NAME) names the person, ``password`` (CRM_PASSWORD) signs them in without asking."""
    where = store.describe()
    state = signin.state(store)
    if user and not state.empty and not state.needs_sign_in:
        from crm.accounts.admin import find_person

        named = find_person(store, user)  # nobody has a password: naming is all it takes
        if named is not None and named.id in _active_ids(store):
            return named
    if state.empty:
        from crm.ui.accounts.first_run import FirstAdminDialog

        dlg = FirstAdminDialog(store, parent)
        if not dlg.exec() or dlg.actor is None:
            return None
        remember.signed_in(settings, where, dlg.actor.username, dlg.password, False)
        return dlg.actor
    if not state.needs_sign_in:
        actor = signin.open_actor(store)
        if actor is not None:
            return actor
        from crm.ui.accounts.first_run import ClaimAdminDialog

        claim = ClaimAdminDialog(store, parent)
        if not claim.exec() or claim.actor is None:
            return None
        remember.signed_in(settings, where, claim.actor.username, claim.password, False)
        return claim.actor
    note = None
    if user and password is not None:
        refused: list[CrmError] = []  # the sign-in dialog says why (its note)
        done = (
            Op(parent, None, lambda: attempt_for(store)(user, password))
            .failure(refused.append)
            .run()
        )
        if refused:
            note = refused[0].message
        elif done is not None and not done.must_change_password:
            remember.signed_in(settings, where, done.actor.username, password, False)
            return done.actor
        return _ask(store, settings, parent, note=note, switching=False, user=user)
    if user:
        return _ask(store, settings, parent, note=None, switching=False, user=user)
    if not switching and (kept := remember.recall(settings, where)) is not None:
        failed: list[CrmError] = []
        done = Op(parent, None, lambda: attempt_for(store)(*kept)).failure(failed.append).run()
        if failed:
            log.info("a remembered sign-in failed: %s", failed[0].render("en"))
            remember.forget(settings, where, kept[0])
            note = REMEMBERED_FAILED
        elif done is not None:
            if not done.must_change_password:
                return done.actor
            remember.forget(settings, where, kept[0])  # reset by an admin since: ask
    return _ask(store, settings, parent, note=note, switching=switching)


def _active_ids(store: Store) -> set[int]:
    from crm.accounts.admin import people
    from crm.accounts.users import system_actor

    return {p.id for p in people(store, system_actor(store), include_disabled=False)}


def _ask(
    store: Store, settings: Settings, parent, *, note, switching: bool, user: str | None = None
) -> Actor | None:
    from crm.ui.accounts.signin_dialog import SignInDialog

    where = store.describe()
    refused = remember.available()
    if user is None:
        user = "" if switching else settings.get(remember.LAST_USERNAME, store=where)
    dlg = SignInDialog(
        attempt_for(store),
        username=user,
        place=place_of(store),
        note=note,
        remember_refused=refused,
        remember=refused is None and settings.get(remember.REMEMBERED, store=where),
        parent=parent,
    )
    if not dlg.exec() or dlg.outcome is None:
        return None
    done, password = dlg.outcome, dlg.password
    if done.must_change_password and not store.readonly:
        from crm.ui.accounts.password_dialog import ChangePasswordDialog

        change = ChangePasswordDialog(store, done.actor, old=password, forced=True, parent=parent)
        if not change.exec():
            return None
        password = change.password
    remember.signed_in(settings, where, done.actor.username, password, dlg.remember)
    return done.actor
