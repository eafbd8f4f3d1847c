"""Floors written by hand: for each figure, the SQL a developer would write over the store's
schema, run through raw sqlite3. Nothing from crm is imported: the tables and columns, the
stage order, the codes (business and activity types) and the rules are typed here from
DOMAIN.md and the schema, so a clumsy query of ours shows up as a ratio instead of being
replayed into its own floor. The benchmarks check that a floor finds what ours finds (the
same lead ids on a page, the same totals), so both did the same work.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

#: the pipeline (DOMAIN.md): main stages in order, then the two side exits
STAGES = ("lead", "contact", "visit", "negotiation", "signed", "landed", "construction",
          "operating", "on_hold", "lost")  # fmt: skip
MAIN = STAGES[:8]
#: projects that count as new (升格 and 更换投资主体 do not: DOMAIN.md)
NEW_PROJECT_TYPES = "('new', 'increase')"
#: what a list row carries: the lead, its company's name, code and designations (世界500强 …),
#: whether it is deleted
ROW = (
    "l.id, l.version, l.company_id, c.name, l.codename, c.credit_code, l.project_name, "
    "l.city_id, l.field_id, l.subfield_id, l.stage, l.stage_date, l.owner_id, "
    "l.planned_investment, l.agreed_investment, l.funds_in_place, l.next_followup, l.is_key, "
    "l.is_hightech, l.confidential, l.last_activity_on, l.source_id, l.project_type_id, "
    "l.business_type_id, l.created_at, l.updated_at, l.deleted_at IS NOT NULL, "
    "c.fortune500, c.china500, c.listed, c.listed_where, c.unicorn_id, c.srdi_id, c.gazelle"
)
STAGE_ORDER = "CASE l.stage " + " ".join(f"WHEN '{s}' THEN {n}" for n, s in enumerate(STAGES))
STAGE_ORDER += " END"


def connect(path: Path, cache_kib: int = 65536) -> sqlite3.Connection:
    """Read-only, with the page cache the app's connections get."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.execute(f"PRAGMA cache_size=-{cache_kib}")
    return con


def lead_page(where: str, order: str, limit: int) -> list[str]:
    """A list page: the rows, sorted, newest id first among equals; and the total."""
    return [
        f"SELECT {ROW} FROM lead AS l JOIN company AS c ON c.id = l.company_id "
        f"WHERE l.deleted_at IS NULL AND {where} ORDER BY {order}, l.id DESC LIMIT {limit}",
        f"SELECT count(*) FROM lead AS l WHERE l.deleted_at IS NULL AND {where}",
    ]


def fts(phrase: str, column: str | None = None) -> str:
    """Lead ids whose search documents hold ``phrase`` (an FTS5 query: a CJK character is a
    token of its own; ``*`` makes the last word a prefix)."""
    match = f"{column} : ({phrase})" if column else phrase
    return f"SELECT rowid FROM lead_fts WHERE lead_fts MATCH '{match}'"


def officer_search(phrase: str, city_id: int, user_id: int) -> str:
    """The WHERE of an officer's search: matches in what they may see — anything of their own
    city, their own leads but confidential ones by their text, other leads' own text unless
    confidential (contacts are personal information), and codenames."""
    return (
        f"l.id IN ({fts(phrase)}) AND (l.city_id = {city_id}"
        f" OR (l.owner_id = {user_id} AND NOT l.confidential)"
        f" OR (NOT l.confidential AND l.id IN ({fts(phrase, 'doc')}))"
        f" OR l.id IN ({fts(phrase, 'pub')}))"
    )


def run_all(con: sqlite3.Connection, statements: list) -> list[list]:
    out = []
    for st in statements:
        sql, params = st if isinstance(st, tuple) else (st, ())
        params = tuple(p.isoformat() if isinstance(p, date) else p for p in params)
        out.append(con.execute(sql, params).fetchall())
    return out


# ---------------------------------------------------------------- the pipeline board
def kanban(first_page: int, city_id: int | None = None) -> list[str]:
    """The board: per stage its count and planned sum, and its first cards by amount."""
    scope = f" AND l.city_id = {city_id}" if city_id else ""
    heads = (
        "SELECT l.stage, count(*), sum(coalesce(l.planned_investment, 0)) FROM lead AS l "
        f"WHERE l.deleted_at IS NULL{scope} GROUP BY l.stage"
    )
    order = "l.planned_investment DESC NULLS LAST"
    return [heads] + [
        lead_page(f"l.stage = '{stage}'{scope}", order, first_page)[0] for stage in STAGES
    ]


# ---------------------------------------------------------------- the dashboard
def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _not(scope: str) -> str:
    """Leads outside a city scope count as excluded too (the activities of one city)."""
    return f" OR NOT ({scope[5:]})" if scope else ""


def dashboard(today: date, city_id: int | None = None, trend_weeks: int = 12) -> list[tuple]:
    """The managers' dashboard, a query per figure: the year to date against the targets by
    city and field (signed projects, investment, funds, jobs, high-tech; landed projects), the
    open pipeline by city and field, the trend of the last ``trend_weeks`` complete weeks (new
    leads, activities and visits, signed, landed), the officers' last week (activities by
    type, new leads, leads moved forward, signed) and the corridor's flags."""
    year = date(today.year, 1, 1)
    last_monday = _monday(today) - timedelta(days=7)  # the last complete week
    t0 = last_monday - timedelta(days=7 * (trend_weeks - 1))
    t1 = last_monday + timedelta(days=7)  # the end of the trend (exclusive)
    week = "CAST((julianday({col}) - julianday('{t0}')) / 7 AS INTEGER)"
    scope = f" AND l.city_id = {city_id}" if city_id else ""
    counted = (
        "l.deleted_at IS NULL AND l.business_type_id IN (SELECT id FROM ref_item "
        f"WHERE kind = 'business_type' AND code IN {NEW_PROJECT_TYPES}){scope}"
    )
    signed_sums = (
        "count(*), sum(coalesce(l.agreed_investment, 0)), sum(coalesce(l.funds_in_place, 0)), "
        "sum(coalesce(l.expected_jobs, 0)), sum(l.is_hightech)"
    )
    main_order = "CASE {col} " + " ".join(f"WHEN '{s}' THEN {n}" for n, s in enumerate(MAIN))
    main_order += " END"
    undone = "('undo', 'undo import')"
    in_main = "(" + ", ".join(f"'{s}'" for s in MAIN) + ")"
    return [
        (f"SELECT l.city_id, l.field_id, {signed_sums} FROM lead AS l WHERE {counted} "
         "AND l.first_signed_on BETWEEN ? AND ? GROUP BY l.city_id, l.field_id", (year, today)),
        (f"SELECT l.city_id, l.field_id, count(*) FROM lead AS l WHERE {counted} "
         "AND l.first_landed_on BETWEEN ? AND ? GROUP BY l.city_id, l.field_id", (year, today)),
        (f"SELECT {week.format(col='l.first_signed_on', t0=t0)}, count(*), "
         f"sum(coalesce(l.agreed_investment, 0)) FROM lead AS l WHERE {counted} "
         "AND l.first_signed_on >= ? AND l.first_signed_on < ? GROUP BY 1", (t0, t1)),
        (f"SELECT {week.format(col='l.first_landed_on', t0=t0)}, count(*) FROM lead AS l "
         f"WHERE {counted} AND l.first_landed_on >= ? AND l.first_landed_on < ? GROUP BY 1",
         (t0, t1)),
        (f"SELECT l.owner_id, {week.format(col='l.created_at', t0=t0)}, count(*) FROM lead AS l "
         f"WHERE l.deleted_at IS NULL{scope} AND l.created_at >= ? AND l.created_at < ? "
         "GROUP BY 1, 2", (f"{t0} 00:00:00", f"{t1} 00:00:00")),
        # most live leads are in play: one pass over the table beats an index and a lookup
        ("SELECT l.city_id, l.field_id, count(*), sum(coalesce(l.planned_investment, 0)) "
         f"FROM lead AS l NOT INDEXED WHERE l.deleted_at IS NULL{scope} AND l.stage IN "
         "('lead', 'contact', 'visit', 'negotiation') GROUP BY l.city_id, l.field_id", ()),
        # activities of the weeks by day, officer and type, less those of deleted leads (few:
        # cheaper to leave out than to join every activity to its lead)
        ("SELECT a.occurred_on, a.user_id, a.type_id, count(*) FROM activity AS a "
         "WHERE a.deleted_at IS NULL AND a.occurred_on BETWEEN ? AND ? AND a.lead_id NOT IN "
         f"(SELECT l.id FROM lead AS l WHERE l.deleted_at IS NOT NULL{_not(scope)}) "
         "GROUP BY 1, 2, 3", (t0, today)),
        ("SELECT city_id, field_id, metric, value FROM target WHERE year = ?", (today.year,)),
        (f"SELECT sum(l.is_national_rd), sum(l.is_hightech) FROM lead AS l WHERE {counted} "
         "AND l.first_signed_on <= ?", (today,)),
        ("SELECT l.owner_id, count(DISTINCT l.id) FROM stage_change AS sc "
         "JOIN lead AS l ON l.id = sc.lead_id "
         f"WHERE l.deleted_at IS NULL{scope} AND sc.changed_on BETWEEN ? AND ? "
         f"AND sc.from_stage IN {in_main} AND sc.to_stage IN {in_main} "
         f"AND {main_order.format(col='sc.to_stage')} > {main_order.format(col='sc.from_stage')} "
         f"AND coalesce(sc.note, '') NOT IN {undone} AND NOT EXISTS ("
         "SELECT 1 FROM stage_change AS nx WHERE nx.id = (SELECT min(n2.id) FROM stage_change "
         f"AS n2 WHERE n2.lead_id = sc.lead_id AND n2.id > sc.id) AND nx.note IN {undone}) "
         "GROUP BY l.owner_id", (last_monday, last_monday + timedelta(days=6))),
        (f"SELECT l.owner_id, count(*) FROM lead AS l WHERE {counted} "
         "AND l.first_signed_on BETWEEN ? AND ? GROUP BY l.owner_id",
         (last_monday, last_monday + timedelta(days=6))),
    ]  # fmt: skip
