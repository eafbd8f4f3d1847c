"""Unified social credit code (统一社会信用代码), GB 32100-2015.

18 characters from a 31-character alphabet (no I, O, S, V, Z): registration authority, entity
type, 6-digit administrative division, 9-character organisation code, check character. The
check character is the standard's mod-31 weighted sum of the first 17.
"""

from __future__ import annotations

import unicodedata

from crm.errors import ParseError
from crm.i18n import QT_TRANSLATE_NOOP

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18


def check_character(first17: str) -> str:
    """The check character for the first 17 characters (already valid alphabet)."""
    total = sum(_VALUE[c] * w for c, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def normalise(raw: str) -> str:
    """Full-width to half-width, upper case, spaces and hyphens removed."""
    if raw.isascii() and raw.isalnum():  # the usual case: nothing to normalise but the case
        return raw.upper()
    text = unicodedata.normalize("NFKC", raw)
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-_").upper()


def parse_credit_code(raw: str | None) -> str | None:
    """Return the normalised code, ``None`` for empty input, or raise ParseError saying why."""
    if raw is None:
        return None
    code = normalise(str(raw))
    if not code:
        return None
    if len(code) != LENGTH:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Parse", "a credit code has 18 characters, this one has {count}"
            ).format(count=len(code))
        )
    bad = [c for c in code if c not in _VALUE]
    if bad:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Parse",
                "'{char}' cannot appear in a credit code (the letters I, O, S, V and Z are "
                "never used)",
            ).format(char=bad[0])
        )
    if not code[2:8].isdigit():
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Parse", "characters 3 to 8 of a credit code are the region's 6 digits"
            )
        )
    if check_character(code[:17]) != code[17]:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Parse",
                "the check character does not match the first 17 characters: one of them is "
                "mistyped",
            )
        )
    return code


def is_valid(raw: str) -> bool:
    try:
        return parse_credit_code(raw) is not None
    except ParseError:
        return False
