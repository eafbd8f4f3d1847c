"""Is a store at the app's schema? Answered without loading Alembic, which costs about a tenth
of a second at every start of the app and of every command: the migration scripts name their
revision and the one they revise in two plain assignments, and Alembic keeps the store's
revision in one table. Anything but the plain case (one head, the store at it) goes to
``crm.db.migrate``, which asks Alembic itself."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from sqlalchemy.engine import Engine

#: the Alembic script directory (crm.db.migrate hands it to Alembic; tests point it elsewhere)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: Alembic's own table and column (alembic.runtime.migration: version_table="alembic_version")
VERSION_SQL = "SELECT version_num FROM alembic_version"


#: ``revision = "0001"`` or ``down_revision: str | None = None`` at the start of a line
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)
_UNREADABLE = object()


def _names(path: Path) -> dict[str, object]:
    """The script's ``revision`` and ``down_revision`` (``_UNREADABLE`` if not a literal)."""
    out: dict[str, object] = {}
    for name, value in _ASSIGNMENT.findall(path.read_text(encoding="utf-8")):
        try:
            out.setdefault(name, ast.literal_eval(value))
        except (ValueError, SyntaxError):
            out.setdefault(name, _UNREADABLE)
    return out


def head(folder: Path | None = None) -> str | None:
    """The one revision no script revises, or None when that is not plain (several heads,
    merges, a script whose names are not literals): then Alembic must be asked."""
    folder = folder or MIGRATIONS / "versions"
    scripts = sorted(folder.glob("*.py"))
    return _head(tuple((p, p.stat().st_mtime_ns) for p in scripts))


@cache
def _head(scripts: tuple[tuple[Path, int], ...]) -> str | None:
    revisions: set[str] = set()
    revised: set[str] = set()
    for path, _mtime in scripts:
        names = _names(path)
        rev, down = names.get("revision"), names.get("down_revision")
        if not isinstance(rev, str):
            return None
        revisions.add(rev)
        if isinstance(down, str):
            revised.add(down)
        elif down is not None:  # a merge (a tuple of revisions) or not a literal
            return None
    heads = revisions - revised
    return next(iter(heads)) if len(heads) == 1 else None


def is_current(engine: Engine) -> bool:
    """True when the store holds exactly the app's head revision. Any doubt (no version
    table, several rows, an unreadable file) answers False and leaves it to Alembic."""
    want = head()
    if want is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(VERSION_SQL).fetchall()
    except Exception:  # no table yet, not a store …: crm.db.migrate explains it
        return False
    return [tuple(r) for r in rows] == [(want,)]
