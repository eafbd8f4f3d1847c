"""Full-text search over leads, where Chinese substrings must match.

One tokenizer in Python for both dialects: every CJK character is a token of its own and runs
of letters/digits are words. A query term becomes a phrase of consecutive tokens, so "生物"
finds 苏州生物医药 (a 2-character search, which a trigram index cannot answer), and the last
word of a phrase matches as a prefix ("hz" finds "hzhk…", "1381" finds a phone number).
Company names also index their pinyin initials (华为 → "hw"), and those of the name without
a leading place (杭州云帆科技 → "hzyfkj" and "yfkj"), so "yf" finds it.

Each lead has three documents, because not everyone may search everything:
``pub`` what anyone may search (the codename of a confidential project); ``doc`` the lead's own
text (company, initials, credit code, project, codename, notes); ``people`` its contacts
(personal information: searched only by those who may see them, see crm.accounts.permissions).

SQLite: an FTS5 table ``lead_fts(pub, doc, people)`` whose rowid is the lead id; a scope is a
column filter. PostgreSQL: ``lead_search(lead_id, pub, doc, alltext)`` with tsvector columns built
from the same tokens (literals, so the server's text-search parser and locale play no part),
``alltext`` = doc + people, and a GIN index on each.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.engine import Connection

from crm.values.names import initials_without_place, pinyin_initials

if TYPE_CHECKING:
    from crm.db.store import Store

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
#: who may search what: scope → the SQLite column filter / PostgreSQL column
SCOPES = {"public": "pub", "text": "doc", "all": "alltext"}


def is_search_object(name: str | None) -> bool:
    """Tables and indexes of the search index (kept out of the ORM schema comparison)."""
    return name is not None and name.startswith(("lead_fts", "lead_search"))


_CJK = (
    r"\u2e80-\u2fdf\u3040-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    r"\uf900-\ufaff\U00020000-\U0003134f"
)


# compiled at the first search or indexing, not at import: the two take 5-7 ms to compile,
# which the app's start does not need (its first screen searches nothing)
@cache
def _token() -> re.Pattern[str]:
    """One CJK character, or a run of letters/digits that are not CJK."""
    return re.compile(rf"([{_CJK}])|([^\W_{_CJK}]+)")


@cache
def _any_token() -> re.Pattern[str]:
    """The same tokens, unlabelled (for documents, which need no word/character distinction)."""
    return re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")


def tokens(value: str | None) -> list[tuple[str, bool]]:
    """(token, is_word) pairs: CJK characters one by one, letter/digit runs as words."""
    if not value:
        return []
    text = unicodedata.normalize("NFKC", value).casefold()
    return [(c, False) if c else (w, True) for c, w in _token().findall(text)]


def document(parts: Iterable[str | None]) -> str:
    """The tokens of ``parts``, space-separated (as :func:`tokens` finds them)."""
    text = " ".join(part for part in parts if part)
    if not text:
        return ""
    return " ".join(_any_token().findall(unicodedata.normalize("NFKC", text).casefold()))


def lead_documents(
    company_name: str | None,
    credit_code: str | None,
    project_name: str | None,
    codename: str | None,
    notes: str | None,
    contacts: Sequence[Sequence[str | None]] = (),
    *,
    initials: tuple[str, str] | None = None,
) -> tuple[str, str, str]:
    """(pub, doc, people) for one lead. ``initials``: the company name's pinyin initials with
    and without its place, when the caller has them already (the demo, for 100,000 names)."""
    pub = document([codename])
    full, short = initials or company_initials(company_name)
    parts = [
        company_name,
        full,
        short if short != full else None,
        credit_code,
        project_name,
        codename,
        notes,
    ]
    people = document(value for contact in contacts for value in contact)
    return pub, document(parts), people


def company_initials(company_name: str | None) -> tuple[str, str]:
    """The pinyin initials a company is found by: of its whole name, and without its place."""
    return pinyin_initials(company_name), initials_without_place(company_name)


# ---------------------------------------------------------------- DDL


def create(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE lead_fts USING fts5("
            "pub, doc, people, tokenize = 'unicode61 remove_diacritics 0')"
        )
    else:
        conn.exec_driver_sql(
            "CREATE TABLE lead_search ("
            " lead_id INTEGER PRIMARY KEY REFERENCES lead(id) ON DELETE CASCADE,"
            " pub tsvector NOT NULL, doc tsvector NOT NULL, alltext tsvector NOT NULL)"
        )
        for column in SCOPES.values():
            conn.exec_driver_sql(
                f"CREATE INDEX lead_search_{column} ON lead_search USING gin({column})"
            )


def drop(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TABLE IF EXISTS lead_fts")
    else:
        conn.exec_driver_sql("DROP TABLE IF EXISTS lead_search")


# ---------------------------------------------------------------- writing


def _tsvector(doc: str, start: int = 1) -> str:
    return " ".join(f"'{tok}':{min(i, 16383)}" for i, tok in enumerate(doc.split(), start=start))


def write_documents(conn: Connection, rows: Iterable[Sequence[Any]], *, new: bool = False) -> None:
    """Replace the documents of these leads: (lead_id, pub, doc, people); people may be left
    out (a lead without contacts). ``new``: leads inserted in this transaction, which have no
    documents yet (nothing to delete first)."""
    rows = [(r[0], r[1], r[2], r[3] if len(r) > 3 else "") for r in rows]
    if not rows:
        return
    ids = [{"id": r[0]} for r in rows]
    if conn.dialect.name == "sqlite":
        if not new:
            conn.execute(text("DELETE FROM lead_fts WHERE rowid = :id"), ids)
        raw = conn.connection.driver_connection
        assert raw is not None  # an open connection
        raw.executemany("INSERT INTO lead_fts(rowid, pub, doc, people) VALUES (?, ?, ?, ?)", rows)
    else:
        if not new:
            conn.execute(text("DELETE FROM lead_search WHERE lead_id = :id"), ids)
        conn.execute(
            text(
                "INSERT INTO lead_search(lead_id, pub, doc, alltext) VALUES (:id, "
                "CAST(:pub AS tsvector), CAST(:doc AS tsvector), CAST(:alltext AS tsvector))"
            ),
            [
                {"id": i, "pub": p, "doc": d, "alltext": a}
                for i, p, d, a in (tsvector_row(*r) for r in rows)
            ],
        )


def tsvector_row(lead_id: int, pub: str, doc: str, people: str = "") -> tuple[int, str, str, str]:
    """A lead's documents as PostgreSQL's tsvector literals: (lead_id, pub, doc, alltext)."""
    pub, doc, people = pub or "", doc or "", people or ""
    # a gap, so no phrase runs from the lead's text into its contacts
    alltext = f"{_tsvector(doc)} {_tsvector(people, len(doc.split()) + 100)}".strip()
    return lead_id, _tsvector(pub), _tsvector(doc), alltext


def reindex(conn: Connection, lead_ids: Iterable[int]) -> None:
    """Rebuild the documents of these leads from the tables (after any write touching them)."""
    ids = sorted(set(lead_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        leads = conn.execute(
            text(
                "SELECT l.id, c.name, c.credit_code, l.project_name, l.codename, l.notes "
                "FROM lead l JOIN company c ON c.id = l.company_id WHERE l.id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": chunk},
        ).all()
        contacts: dict[int, list[tuple[Any, ...]]] = {}
        for row in conn.execute(
            text(
                "SELECT lead_id, name, title, mobile, email, wechat FROM contact "
                "WHERE lead_id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": chunk},
        ):
            contacts.setdefault(row[0], []).append(tuple(row[1:]))
        write_documents(
            conn,
            [
                (r[0], *lead_documents(r[1], r[2], r[3], r[4], r[5], contacts.get(r[0], ())))
                for r in leads
            ],
        )


#: an empty FTS5 index as FTS5 writes it for a new table: the averages record and an empty
#: structure record (cookie 0, no levels, no segments, no writes)
_EMPTY_FTS = ({"id": 1, "block": b""}, {"id": 10, "block": b"\0" * 7})


def rebuild_all(conn: Connection) -> int:
    """Recreate every document (``crm db check --repair``, after bulk loads). On SQLite the
    index is emptied through its own tables, which works even when it is too damaged to be
    opened at all ("vtable constructor failed")."""
    if conn.dialect.name == "sqlite":
        for table in ("lead_fts_data", "lead_fts_idx", "lead_fts_content", "lead_fts_docsize"):
            conn.exec_driver_sql(f"DELETE FROM {table}")
        conn.execute(text("INSERT INTO lead_fts_data (id, block) VALUES (:id, :block)"), _EMPTY_FTS)
    else:
        conn.exec_driver_sql("DELETE FROM lead_search")
    ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM lead")]
    reindex(conn, ids)
    return len(ids)


# ---------------------------------------------------------------- querying


def query_terms(query: str | None) -> list[list[tuple[str, bool]]]:
    """The user's search split into terms (whitespace), each a list of tokens."""
    if not query:
        return []
    terms = []
    for part in query[:MAX_QUERY_CHARS].split():
        toks = tokens(part)
        if toks:
            terms.append(toks)
    return terms[:MAX_TERMS]


def _fts5_expression(terms: list[list[tuple[str, bool]]]) -> str:
    parts = []
    for toks in terms:
        phrase = '"' + " ".join(t for t, _ in toks) + '"'
        if toks[-1][1]:
            phrase += " *"
        parts.append(phrase)
    return " AND ".join(parts)


def _tsquery(terms: list[list[tuple[str, bool]]]) -> str:
    parts = []
    for toks in terms:
        lex = [f"'{t}'" for t, _ in toks]
        if toks[-1][1]:
            lex[-1] += ":*"
        parts.append("(" + " <-> ".join(lex) + ")")
    return " & ".join(parts)


def dialect_of(store: Store) -> str:
    """The search's dialect for ``store``: its SQL dialect, or "team" for a person's login on
    a team server, whose ``lead_search`` is the masking view of schema crm_app: the match then
    goes through crm_app.lead_search_match, which the index serves (crm.team.views)."""
    if store.is_sqlite:
        return "sqlite"
    if "search_dialect" not in store.cache:
        with store.connect() as conn:
            guarded = conn.exec_driver_sql(
                "SELECT coalesce((SELECT n.nspname = 'crm_app' FROM pg_class c JOIN "
                "pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass("
                "'lead_search')), false) AND to_regprocedure("
                "'crm_app.lead_search_match(tsquery, text)') IS NOT NULL"
            ).scalar_one()
        store.cache["search_dialect"] = "team" if guarded else store.dialect
    return str(store.cache["search_dialect"])


def match_clause(dialect: str, query: str | None, *, scope: str = "all") -> TextClause | None:
    """A ``SELECT <lead id>`` of the leads matching ``query`` (None if it has nothing to
    search for) in ``scope``: "all" (with the contacts), "text" (the lead's own text, not
    its contacts) or "public" (what anyone may see: codenames). ``dialect``: dialect_of."""
    if scope not in SCOPES:
        raise ValueError(f"not a search scope: {scope!r}")
    terms = query_terms(query)
    if not terms:
        return None
    if dialect == "sqlite":
        expr = _fts5_expression(terms)
        if scope != "all":
            expr = f"{SCOPES[scope]} : ({expr})"
        return text("SELECT rowid FROM lead_fts WHERE lead_fts MATCH :fts_q").bindparams(
            bindparam("fts_q", expr, unique=True)
        )
    if dialect == "team":
        return text(
            "SELECT lead_id FROM crm_app.lead_search_match(CAST(:ts_q AS tsquery), "
            "CAST(:ts_scope AS text)) AS lead_id"
        ).bindparams(
            bindparam("ts_q", _tsquery(terms), unique=True),
            bindparam("ts_scope", scope, unique=True),
        )
    return text(
        f"SELECT lead_id FROM lead_search WHERE {SCOPES[scope]} @@ CAST(:ts_q AS tsquery)"
    ).bindparams(bindparam("ts_q", _tsquery(terms), unique=True))


def check(conn: Connection) -> list[str]:
    """Problems with the search index (``crm db check``)."""
    problems = []
    table = "lead_fts" if conn.dialect.name == "sqlite" else "lead_search"
    if conn.dialect.name == "sqlite":
        try:
            conn.exec_driver_sql("INSERT INTO lead_fts(lead_fts) VALUES('integrity-check')")
        except Exception as exc:  # reported, not raised: this is a check
            why = getattr(exc, "orig", exc)
            if "readonly" not in str(why):  # FTS5 runs its check as an INSERT: needs a writer
                problems.append(f"search index: {why} (run crm db check --repair)")
    leads = conn.exec_driver_sql("SELECT count(*) FROM lead").scalar_one()
    counted = "lead_fts_docsize" if table == "lead_fts" else table  # readable when FTS is not
    docs = conn.exec_driver_sql(f"SELECT count(*) FROM {counted}").scalar_one()
    if leads != docs:
        problems.append(
            f"search index: {docs} documents for {leads} leads (run crm db check --repair)"
        )
    return problems


def purge(conn: Connection) -> None:
    """After personal data left a document: FTS5 keeps a deleted row's terms in its older
    index segments, so the index is rebuilt from its documents (secure_delete zeroes the
    freed pages). Not 'optimize': SQLite 3.40's FTS5 adds levels to the index at every
    optimize, and past 2,000 the index reads as corrupt — some 1,000 deleted contacts later
    every save failed as "malformed". PostgreSQL: the row is gone once vacuumed."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO lead_fts(lead_fts) VALUES('rebuild')")


def remove(conn: Connection, lead_ids: Iterable[int]) -> None:
    """Drop the documents of these leads (before the leads themselves are deleted, e.g. when
    an import is undone)."""
    ids = [{"id": i} for i in sorted(set(lead_ids))]
    if not ids:
        return
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM lead_fts WHERE rowid = :id"), ids)
    else:
        conn.execute(text("DELETE FROM lead_search WHERE lead_id = :id"), ids)
