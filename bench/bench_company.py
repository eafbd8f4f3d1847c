"""The company page (issue 19) on the 100,000-lead store: a company with 50 projects across
the cities and 500 activities, its page's data read (crm.leads.companies.company_overview) and the
page built and shown (Qt offscreen), each against a floor written with the raw libraries in
the same run: the same queries through sqlite3, and the same three tables as QStandardItemModels
in a bare dialog.

The demo has no company that large: the suite adds one to the store it is given (once; a
second run finds it), through the app's services, as officers would have recorded it."""

from __future__ import annotations

import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

from bench.bench_store import raw_connection
from bench.common import QUICK, Result, median_ms, open_app

SUITE = "company"
REPEAT = 7 if QUICK else 15
GOAL = "<200 ms"
NAME = "基准测试（杭州）控股集团有限公司"
PROJECTS, ACTIVITIES = 50, 500


def _ensure_company(store, ref) -> int:
    """The benchmark's company (50 projects, 500 activities), added once."""
    from crm.accounts.users import get_actor
    from crm.followups.activities import log_activity
    from crm.leads.contacts import add_contact
    from crm.leads.edit import create_lead

    with sqlite3.connect(store.url.database) as con:
        found = con.execute("SELECT id FROM company WHERE name = ?", (NAME,)).fetchone()
    if found:
        return found[0]
    manager = next(u for u in ref.users.values() if u.role == "manager" and u.city_id is None)
    actor = get_actor(store, manager.id)
    cities = [c.id for c in ref.kind("city")]
    fields = [f.id for f in ref.kind("field")]
    day = date.today() - timedelta(days=400)
    company_id, leads = None, []
    for n in range(PROJECTS):
        city = cities[n % len(cities)]
        owner = next(u for u in ref.officers(city))
        result = create_lead(
            store,
            actor,
            {
                "company_name": NAME,
                "project_name": f"基准测试第{n + 1}期项目",
                "field": fields[n % len(fields)],
                "city": city,
                "owner": owner.id,
                "planned_investment": 1000 * (n + 1),
                "fortune500": True,
            },
            duplicate_reason="基准测试" if n else None,
        )
        company_id = result.company_id
        leads.append(result.lead_id)
        add_contact(store, actor, result.lead_id, {"name": f"联系人{n}", "mobile": "13812345678"})
    for n in range(ACTIVITIES):
        log_activity(
            store,
            actor,
            leads[n % PROJECTS],
            {
                "activity_type": "call",
                "summary": f"第{n + 1}次电话沟通",
                "occurred_on": day + timedelta(days=n % 400),
            },
        )
    return company_id


_FLOOR_QUERIES = (
    "SELECT l.id, l.project_name, l.city_id, l.field_id, l.owner_id, l.stage, l.stage_date, "
    "l.planned_investment, l.agreed_investment, l.next_followup, l.last_activity_on, l.is_key, "
    "l.deleted_at IS NOT NULL, l.confidential FROM lead AS l "
    "WHERE l.company_id = ? AND l.deleted_at IS NULL ORDER BY l.id"
)


def _floor_data(con: sqlite3.Connection, company_id: int):
    company = con.execute("SELECT * FROM company WHERE id = ?", (company_id,)).fetchone()
    projects = con.execute(_FLOOR_QUERIES, (company_id,)).fetchall()
    ids = [p[0] for p in projects]
    marks = ",".join("?" * len(ids))
    people = con.execute(
        f"SELECT * FROM contact WHERE lead_id IN ({marks}) ORDER BY name, id", ids
    ).fetchall()
    count = con.execute(
        f"SELECT count(*) FROM activity WHERE lead_id IN ({marks}) AND deleted_at IS NULL", ids
    ).fetchone()
    acts = con.execute(
        "SELECT id, lead_id, occurred_on, type_id, user_id, summary, next_followup FROM activity "
        f"WHERE lead_id IN ({marks}) AND deleted_at IS NULL "
        "ORDER BY occurred_on DESC, id DESC LIMIT 500",
        ids,
    ).fetchall()
    namesakes = con.execute(
        "SELECT id, name, credit_code FROM company WHERE name_norm = ? AND id != ?",
        (company[2], company_id),
    ).fetchall()
    return company, projects, people, count, acts, namesakes


def _floor_page(app, con, company_id):
    """A bare dialog with the same three tables, filled from raw rows."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QDialog, QLabel, QTableView, QTabWidget, QVBoxLayout

    company, projects, people, _count, acts, _same = _floor_data(con, company_id)
    dlg = QDialog()
    lay = QVBoxLayout(dlg)
    lay.addWidget(QLabel(company[1]))
    tabs = QTabWidget(dlg)
    for rows in (projects, people, acts):
        model = QStandardItemModel(len(rows), len(rows[0]) if rows else 0, dlg)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                model.setItem(r, c, QStandardItem("" if value is None else str(value)))
        view = QTableView(dlg)
        view.setModel(model)
        tabs.addTab(view, str(len(rows)))
    lay.addWidget(tabs)
    dlg.resize(1120, 640)
    dlg.show()
    app.processEvents()
    dlg.close()
    dlg.deleteLater()


def run(store_path) -> list[Result]:
    from crm.leads.companies import company_overview
    from crm.ui.company.page import CompanyPage

    path = Path(store_path)
    opened = open_app(path, "system", "bench-company-")
    app, store, ref = opened.app, opened.store, opened.ref
    company_id = _ensure_company(store, ref)
    officer = next(u for u in ref.users.values() if u.role == "officer")
    from crm.accounts.users import get_actor

    actor = get_actor(store, officer.id)
    overview = company_overview(store, actor, company_id)
    assert len(overview.projects) == PROJECTS and overview.activity_count == ACTIVITIES
    con = raw_connection(path)
    results = []
    try:
        ours = median_ms(lambda: company_overview(store, actor, company_id), REPEAT)
        floor = median_ms(lambda: _floor_data(con, company_id), REPEAT)
        results.append(
            Result(
                SUITE,
                f"company page data ({PROJECTS} projects, {ACTIVITIES} activities)",
                ours,
                floor,
                GOAL,
                ours < 200,
                note="floor: the same six queries through sqlite3",
            )
        )
        window = opened.controller.build(actor)
        ctx = window.ctx

        def page():
            t = time.perf_counter()
            p = CompanyPage(ctx, company_id, window)
            p.show()
            app.processEvents()
            p.close()
            p.deleteLater()
            return time.perf_counter() - t

        ours = median_ms(page, REPEAT)
        floor = median_ms(lambda: _floor_page(app, con, company_id), REPEAT)
        results.append(
            Result(
                SUITE,
                "company page opened and shown",
                ours,
                floor,
                GOAL,
                ours < 200,
                note="floor: raw rows in QStandardItemModels, three QTableViews in a QDialog",
            )
        )
        window.close()
    finally:
        con.close()
        store.dispose()
    return results


if __name__ == "__main__":
    import sys

    for r in run(sys.argv[1]):
        print(f"{r.operation}: {r.median_ms:.1f} ms (floor {r.floor_ms:.1f} ms)")
