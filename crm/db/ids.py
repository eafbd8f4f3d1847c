"""The id of a stored row. SQLModel types a primary key ``int | None`` (None until the row is
flushed); code that holds a row read from the store, or flushed, asks for its id here, so the
type checker knows it is an int and a row that was never written fails loudly."""

from __future__ import annotations

from typing import Protocol


class _HasId(Protocol):
    @property
    def id(self) -> int | None: ...


def stored_id(row: _HasId) -> int:
    """``row.id``; a row without one (never flushed) is a bug, not a user's error."""
    if row.id is None:
        raise RuntimeError(f"{type(row).__name__} has no id: it was never written")
    return row.id
