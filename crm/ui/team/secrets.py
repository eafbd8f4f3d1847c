"""The "remember my password" of the connect dialog: the OS keyring (Windows Credential
Manager, macOS Keychain, the Secret Service on Linux) through ``keyring``, never a file.
Where ``keyring`` is not installed or the machine has no usable backend, remembering is
simply not offered."""

from __future__ import annotations

import contextlib
import logging

log = logging.getLogger(__name__)

SERVICE = "crm-team-server"


def _backend():
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # not installed, or broken: not offered
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def available() -> bool:
    return _backend() is not None


def load(account: str) -> str | None:
    keyring = _backend()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, account)
    except Exception as exc:  # a locked or broken keyring: ask for the password instead
        log.info("keyring: cannot read: %s", exc)
        return None


def save(account: str, password: str) -> bool:
    keyring = _backend()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, account, password)
        return True
    except Exception as exc:
        log.info("keyring: cannot write: %s", exc)
        return False


def forget(account: str) -> None:
    keyring = _backend()
    if keyring is None:
        return
    with contextlib.suppress(Exception):
        keyring.delete_password(SERVICE, account)
