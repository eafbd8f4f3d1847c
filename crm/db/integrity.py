"""Is the store file sound? SQLite's own checks (quick_check, integrity_check,
foreign_key_check), told in plain words: which part of the data is hurt, whether it can be
repaired here or needs a backup.

The checks open the file with a plain read-only sqlite3 connection, so a file too damaged
for ``open_store`` is still examined; a check never raises for what it finds.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm.db import interrupt
from crm.i18n import QT_TRANSLATE_NOOP, Message

#: what a table holds, for people (tables not named here are named as they are)
TABLE_WORDS = {
    "lead": QT_TRANSLATE_NOOP("Integrity", "the leads"),
    "company": QT_TRANSLATE_NOOP("Integrity", "the companies"),
    "activity": QT_TRANSLATE_NOOP("Integrity", "the follow-up records"),
    "contact": QT_TRANSLATE_NOOP("Integrity", "the contacts"),
    "stage_change": QT_TRANSLATE_NOOP("Integrity", "the stage history"),
    "audit_log": QT_TRANSLATE_NOOP("Integrity", "the change history (audit log)"),
    "app_user": QT_TRANSLATE_NOOP("Integrity", "the people (user accounts)"),
    "ref_item": QT_TRANSLATE_NOOP("Integrity", "the reference lists"),
    "target": QT_TRANSLATE_NOOP("Integrity", "the annual targets"),
    "import_batch": QT_TRANSLATE_NOOP("Integrity", "the import history"),
    "lead_fts": QT_TRANSLATE_NOOP("Integrity", "the search index"),
}

DAMAGED, INDEX, SPACE, FOREIGN_KEY, UNREADABLE = (
    "damaged",
    "index",
    "space",
    "foreign_key",
    "unreadable",
)
_INDEX = re.compile(r"(?:missing from index|entries in index|entry in index) (\S+)")
_NULL = re.compile(r"^NULL value in (\w+)\.")
_SPACE = re.compile(r"(is never used|^Freelist|freelist)", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    kind: str
    message: Message
    #: the store can put it right itself (``crm db check --repair``)
    repairable: bool = False
    #: the table or index it is about, when known (the repair rebuilds a named index)
    subject: str | None = None

    def render(self, lang: str | None = None) -> str:
        return self.message.render(lang)


@dataclass
class IntegrityReport:
    full: bool
    findings: list[Finding] = field(default_factory=list)
    #: SQLite's own lines, for the log and --verbose
    raw: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def damaged(self) -> bool:
        """Data may be lost: only a backup puts it right."""
        return any(not f.repairable for f in self.findings)

    def summary(self) -> Message:
        if self.ok:
            return QT_TRANSLATE_NOOP("Integrity", "the file is sound")
        return self.findings[0].message


def _word(name: str) -> Message | str:
    base = name.split("_fts")[0] + "_fts" if name.startswith("lead_fts") else name
    return TABLE_WORDS.get(base, name)


_PAGE = re.compile(r"(?:^Page|^On tree page|^Tree \d+ page) (\d+)")


def _run_check(con: sqlite3.Connection, full: bool) -> list[str] | sqlite3.DatabaseError:
    """The check's lines. Going on past some damage makes SQLite give up with "malformed"
    instead of a list, so a shorter list is asked for then (down to the first finding)."""
    pragma = "integrity_check" if full else "quick_check"
    error = sqlite3.DatabaseError("no check ran")  # replaced by the last refusal below
    for limit in (1000, 20, 1):
        try:
            interrupt.refuse_if_stopping()
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}({limit})")]
        except sqlite3.DatabaseError as exc:
            if interrupt.stopping():  # the app is closing: no verdict (crm.safety.store_health)
                return exc
            error = exc
            continue
        # SQLite 3.40 gives its findings as one row of lines
        return [line for row in rows for line in str(row).splitlines() if line.strip()]
    return error


def _objects(con: sqlite3.Connection, lines: list[str]) -> tuple[dict[int, str], dict[str, str]]:
    """page → the table it belongs to, for the pages the check named, and index name → its
    table (best effort on a damaged file). A table or index whose pages cannot even be
    walked owns the damaged pages nobody else claims (page 0)."""
    wanted = {int(m.group(1)) for line in lines if (m := _PAGE.match(line))}
    pages: dict[int, str] = {}
    owners: dict[str, str] = {}
    broken: list[str] = []
    try:
        objects = con.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE rootpage > 0"
        ).fetchall()
    except sqlite3.DatabaseError:
        return pages, owners
    for kind, name, table in objects:
        if kind == "index":
            owners[name] = table
        try:
            for (page,) in con.execute("SELECT pageno FROM dbstat WHERE name = ?", (name,)):
                if page in wanted:
                    pages[page] = name
        except sqlite3.DatabaseError:
            broken.append(name)
    for name in broken:
        pages.setdefault(-len(pages) - 1, name)
    return pages, owners


def connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True, timeout=10)


def check_file(path: Path, *, full: bool = True) -> IntegrityReport:
    """quick_check (``full=False``: structure of every page, fast) or integrity_check plus
    foreign_key_check (``full=True``: also every index against its table)."""
    report = IntegrityReport(full=full)
    try:
        con = connect_readonly(path)
    except sqlite3.Error as exc:
        report.findings.append(_unreadable(exc))
        return report
    try:
        with interrupt.watching(con):  # a long check ends when the app closes
            return _check(con, full, report)
    except sqlite3.DatabaseError as exc:  # the schema itself cannot be read
        report.raw.append(str(exc))
        report.findings.append(_unreadable(exc))
        return report
    finally:
        con.close()


def _check(con: sqlite3.Connection, full: bool, report: IntegrityReport) -> IntegrityReport:
    if full:  # the index checks revisit pages; a quick check reads each page once, and a
        # large cache there only held 64 MB more in the app for no speed (issue 18)
        con.execute("PRAGMA cache_size=-65536")
    lines = _run_check(con, full)
    if isinstance(lines, sqlite3.DatabaseError) and full:
        lines = _run_check(con, False)  # the full check stopped: the quick one may not
    if isinstance(lines, sqlite3.DatabaseError):
        report.raw.append(str(lines))
        report.findings.append(_unreadable(lines))
        return report
    if lines != ["ok"]:
        report.raw.extend(lines)
        report.findings.extend(explain(lines, *_objects(con, lines)))
    if full:
        try:
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.DatabaseError as exc:
            if not report.findings:
                report.findings.append(_unreadable(exc))
            fk = []
        report.findings.extend(_foreign_keys(fk))
    return report


def _unreadable(exc: BaseException) -> Finding:
    text = str(exc).lower()
    if "not a database" in text:
        why = QT_TRANSLATE_NOOP(
            "Integrity", "The file is not a readable database: its header is damaged."
        )
    elif "unable to open" in text:
        why = QT_TRANSLATE_NOOP(
            "Integrity", "The file cannot be opened for reading (no permission, or it is gone)."
        )
    else:
        why = QT_TRANSLATE_NOOP(
            "Integrity",
            "The file's structure is damaged so badly that SQLite cannot read it through "
            "({error}).",
        ).format(error=str(exc))
    return Finding(UNREADABLE, why)


def explain(lines: list[str], roots: dict[int, str], owners: dict[str, str]) -> list[Finding]:
    """SQLite's check lines grouped by what they hurt, in plain words."""
    damaged: dict[str, int] = {}
    unknown_pages = 0
    indexes: dict[str, str] = {}
    space = 0
    broken = [name for page, name in roots.items() if page < 0]
    for line in lines:
        if line.startswith("*** in database"):
            continue
        if m := _INDEX.search(line):
            indexes[m.group(1)] = owners.get(m.group(1), "")
        elif _SPACE.search(line):
            space += 1
        elif m := _PAGE.match(line):
            name = roots.get(int(m.group(1))) or (broken[0] if len(broken) == 1 else "")
            if name in owners:  # a page of an index: rebuilt from its table
                indexes[name] = owners[name]
            elif name:
                damaged[name] = damaged.get(name, 0) + 1
            else:
                unknown_pages += 1
        elif m := _NULL.match(line):
            damaged[m.group(1)] = damaged.get(m.group(1), 0) + 1
        else:
            unknown_pages += 1
    for name in broken:
        if name in owners:
            indexes.setdefault(name, owners[name])
        elif name not in damaged and not name.startswith("lead_fts_"):
            damaged[name] = 1  # it cannot be walked: damaged, though no line names a page
    out = []
    for table, n in sorted(damaged.items(), key=lambda kv: -kv[1]):  # the most hurt first
        out.append(
            Finding(
                DAMAGED,
                QT_TRANSLATE_NOOP(
                    "Integrity",
                    "Damaged data in {what} ({count} places in the file): some of it may be "
                    "unreadable or lost.",
                ).format(what=_word(table), count=n),
                subject=table,
            )
        )
    if unknown_pages:
        out.append(
            Finding(
                DAMAGED,
                QT_TRANSLATE_NOOP(
                    "Integrity", "Parts of the file are damaged ({count} places)."
                ).format(count=unknown_pages),
            )
        )
    for index, table in sorted(indexes.items()):
        out.append(
            Finding(
                INDEX,
                QT_TRANSLATE_NOOP(
                    "Integrity",
                    "An index of {what} ({index}) is damaged or out of step with its rows; no "
                    "data is lost and it can be rebuilt (crm db check --repair).",
                ).format(what=_word(table) if table else "?", index=index),
                repairable=True,
                subject=index,
            )
        )
    if space:
        out.append(
            Finding(
                SPACE,
                QT_TRANSLATE_NOOP(
                    "Integrity",
                    "The record of free space in the file is inconsistent ({count} pages); no "
                    "data is lost and it can be rebuilt (crm db check --repair).",
                ).format(count=space),
                repairable=True,
            )
        )
    return out


def _foreign_keys(rows: list[tuple[Any, ...]]) -> list[Finding]:
    by_table: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in rows:
        by_table[(table, parent)] = by_table.get((table, parent), 0) + 1
    return [
        Finding(
            FOREIGN_KEY,
            QT_TRANSLATE_NOOP(
                "Integrity", "{count} {what} refer to {parent} that no longer exist."
            ).format(count=n, what=_word(table), parent=_word(parent)),
        )
        for (table, parent), n in sorted(by_table.items())
    ]
