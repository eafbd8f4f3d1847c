""" "Remember me on this computer": a person's password kept in the OS keyring (Windows
Credential Manager, macOS Keychain, the Secret Service on Linux) through ``keyring``, keyed
by the store and the username, so one computer may remember people of several stores.

Settings (per store) say which username was last signed in (to fill in the dialog) and
whether their password is remembered; the password itself is only ever in the keyring. A
machine with no keyring backend (a server, CI) simply cannot remember: ``available()`` says
why, and nothing here ever raises for that.
"""

from __future__ import annotations

import contextlib
import logging

from crm.i18n import QT_TRANSLATE_NOOP, Message
from crm.ui.settings import Setting, Settings, scope_of

log = logging.getLogger(__name__)

#: the username last signed in to this store on this computer (filled in next time)
LAST_USERNAME = Setting("accounts/last_username", str, "", per_store=True)
#: whether that person's password is in the keyring
REMEMBERED = Setting("accounts/remembered", bool, False, per_store=True)

SERVICE_PREFIX = "CorridorCRM"

NO_BACKEND = QT_TRANSLATE_NOOP(
    "SignIn",
    "This computer has no password keyring (such as Windows Credential Manager, the macOS "
    "Keychain or GNOME Keyring), so the password cannot be remembered.",
)


def service(store_describe: str) -> str:
    """The keyring's service name for a store (its path or URL, shortened)."""
    return f"{SERVICE_PREFIX}:{scope_of(store_describe)}"


def _keyring():
    """The keyring backend, or None when there is none that can keep a secret."""
    try:
        import keyring
        from keyring.backends import fail, null
    except Exception:  # noqa: BLE001 - not installed or broken: cannot remember
        log.info("keyring could not be loaded", exc_info=True)
        return None
    try:
        kr = keyring.get_keyring()
    except Exception:  # noqa: BLE001
        log.info("no keyring backend", exc_info=True)
        return None
    if isinstance(kr, fail.Keyring | null.Keyring) or getattr(kr, "priority", 1) <= 0:
        return None
    return kr


def available() -> Message | None:
    """None when passwords can be remembered here, else the reason they cannot."""
    return None if _keyring() is not None else NO_BACKEND


def recall(settings: Settings, store_describe: str) -> tuple[str, str] | None:
    """The remembered (username, password) for this store, if any."""
    username = settings.get(LAST_USERNAME, store=store_describe)
    if not username or not settings.get(REMEMBERED, store=store_describe):
        return None
    kr = _keyring()
    if kr is None:
        return None
    try:
        password = kr.get_password(service(store_describe), username)
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask instead
        log.warning("the keyring could not be read", exc_info=True)
        return None
    return (username, password) if password else None


def signed_in(
    settings: Settings, store_describe: str, username: str, password: str, remember: bool
) -> bool:
    """After a sign-in: fill the name in next time, and keep (or drop) the password.
    Returns whether it is remembered now."""
    previous = settings.get(LAST_USERNAME, store=store_describe)
    # the keyring holds a password only while REMEMBERED says so: without it there is nothing
    # to drop, and loading the keyring's backends (0.1-0.2 s) would delay the window
    was_kept = bool(settings.get(REMEMBERED, store=store_describe))
    if previous and previous != username and was_kept:
        forget(settings, store_describe, previous)
    settings.set(LAST_USERNAME, username, store=store_describe)
    kept = False
    if remember and (kr := _keyring()) is not None:
        try:
            kr.set_password(service(store_describe), username, password)
            kept = True
        except Exception:  # noqa: BLE001 - refused by the keyring: signed in all the same
            log.warning("the keyring refused the password", exc_info=True)
    elif not remember and was_kept:
        forget(settings, store_describe, username)
    settings.set(REMEMBERED, kept, store=store_describe)
    settings.sync()
    return kept


def forget(settings: Settings, store_describe: str, username: str | None = None) -> None:
    """Drop the remembered password (sign out, a remembered password that failed)."""
    username = username or settings.get(LAST_USERNAME, store=store_describe)
    settings.set(REMEMBERED, False, store=store_describe)
    settings.sync()
    kr = _keyring()
    if kr is None or not username:
        return
    with contextlib.suppress(Exception):  # nothing was kept, or the keyring is locked
        kr.delete_password(service(store_describe), username)
