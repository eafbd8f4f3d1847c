"""Passwords: Argon2id hashes (argon2-cffi) at or above OWASP's minimum (19 MiB, 2 passes, one
lane), rehashed at sign-in when the parameters rise. A password is never logged, exported or
kept anywhere but as its hash (and, if a person asks, in the OS keyring)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from crm.errors import ParseError
from crm.i18n import QT_TRANSLATE_NOOP

#: OWASP's minimum for Argon2id (Password Storage Cheat Sheet): m=19 MiB, t=2, p=1
MEMORY_KIB = 19 * 1024
TIME_COST = 2
PARALLELISM = 1
MIN_LENGTH = 8
#: longer input is refused before hashing (a 10,000-character "password" is a mistake or an
#: attack, and hashing it costs memory for nothing)
MAX_LENGTH = 256

_HASHER = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM)


def check_new(password: object) -> str:
    """A new password as typed, or ParseError with the reason."""
    if not isinstance(password, str) or not password:
        raise ParseError(QT_TRANSLATE_NOOP("Accounts", "a password is required"))
    if len(password) < MIN_LENGTH:
        raise ParseError(
            QT_TRANSLATE_NOOP("Accounts", "must have at least {count} characters").format(
                count=MIN_LENGTH
            )
        )
    if len(password) > MAX_LENGTH:
        raise ParseError(
            QT_TRANSLATE_NOOP("Accounts", "must have at most {count} characters").format(
                count=MAX_LENGTH
            )
        )
    if password.strip() != password:
        raise ParseError(QT_TRANSLATE_NOOP("Accounts", "must not start or end with a space"))
    return password


def hash_password(password: str) -> str:
    return _HASHER.hash(check_new(password))


def verify(stored: str | None, password: object) -> bool:
    """Whether ``password`` matches the stored hash (never raises on a wrong one, nor on a
    value that is not text at all: it comes from forms and the command line)."""
    if not stored or not isinstance(password, str) or len(password) > MAX_LENGTH:
        return False
    try:
        return _HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    try:
        return _HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True
