"""Qt's ``QT_TRANSLATE_NOOP``, typed. PySide6's stub declares that it returns ``object``, so
every label table declared with it lost its type; this one returns the source text, as Qt's
does. lupdate finds the call by its name, wherever it is imported from."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - lupdate's name
    return source
