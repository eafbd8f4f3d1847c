"""The managers' pipeline review on 100,000 leads / 1,000,000 activities (issue 6's goals):

* the dashboard refreshing (< 500 ms): ``crm.analytics.dashboard.dashboard`` alone, for every
  city and for one, and the dashboard page end to end (its refresh on the task runner, the
  tiles, tables and charts filled, the page painted);
* the kanban's first paint (< 500 ms): going to the board page until the first page of every
  column is in its model and the page is painted; and the board filtered to one city;
* the funnel for a year (< 300 ms): ``crm.analytics.funnel`` with the year's cohort.

Floors, measured in the same run through raw sqlite3 on a connection with the store's page
cache size, written by hand independently of our code (bench/floors.py), each checked to find
what ours finds:

* dashboard — a query per figure: the year to date by city and field (signed: count,
  investment, funds, jobs, high-tech; landed), the open pipeline by city and field, the
  12-week trend (signed, landed, new leads by officer, activities by day, officer and type),
  the targets, the corridor's flags, the officers' last week (leads moved forward, signed);
  the pages' floors are the figures' (the page runs the same computation, then Qt);
* kanban — the count and planned sum per stage, then each column's first cards by amount;
* funnel — the count of the year's leads by the furthest stage they reached.

What is kept between repeats is what a user also keeps: the reference lists (cached per store
with a TTL, loaded when the window opens), the list statements the lead query keeps per store
(``lead_query.statements``: a board shown again reuses its columns' statements) and SQLite's
page cache. The first visit of each page is reported on its own (one sample; the dashboard's
from the click, its building included, as the page is built when first shown), and the
dashboard figures are also timed on a freshly opened store (a new connection: empty page
cache, nothing compiled for that engine) against a fresh raw connection. The day is the real
today, as in bench_reports (the pages ask for ``date.today()``; the demo store is generated
around the day it is made).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from bench import floors
from bench.common import QUICK, Result, median_ms, open_app

SUITE = "pipeline"
REPEAT = 7 if QUICK else 15
LOOPS = REPEAT + 2  # a page's visits: the first two are not counted
_raw = floors.connect


def _analytics(path: Path, today: date) -> list[Result]:
    from crm.analytics import Period, funnel
    from crm.analytics.dashboard import dashboard
    from crm.analytics.period import Scope
    from crm.db import open_store
    from crm.leadlist.query import LeadFilter
    from crm.reference import reference

    store = open_store(path, readonly=True)
    raw = _raw(path)
    results = []
    try:
        city = reference(store).id_of("city", "zijingang")
        for label, scope, city_id in (("all cities", Scope(), None),
                                      ("one city", Scope(city_id=city), city)):  # fmt: skip
            board = dashboard(store, scope, today=today)
            sqls = floors.dashboard(today, city_id)
            _same_figures(board, floors.run_all(raw, sqls))
            ours = median_ms(lambda scope=scope: dashboard(store, scope, today=today), REPEAT)
            floor = median_ms(lambda sqls=sqls: floors.run_all(raw, sqls), REPEAT)
            results.append(Result(SUITE, f"dashboard figures, {label}", ours, floor, "< 500 ms",
                                  ours < 500))  # fmt: skip

        def first_refresh() -> float:
            """On a store just opened (its reference lists loaded, as the window has them)."""
            fresh = open_store(path, readonly=True)
            try:
                reference(fresh)
                t = time.perf_counter()
                dashboard(fresh, Scope(), today=today)
                return (time.perf_counter() - t) * 1000
            finally:
                fresh.dispose()

        def first_raw(statements) -> float:
            fresh = _raw(path)
            try:
                t = time.perf_counter()
                floors.run_all(fresh, statements)
                return (time.perf_counter() - t) * 1000
            finally:
                fresh.close()

        times = sorted(first_refresh() for _ in range(5))
        cold = times[len(times) // 2]
        sqls = floors.dashboard(today)
        floor_times = sorted(first_raw(sqls) for _ in range(5))
        results.append(Result(SUITE, "dashboard figures, first on a new connection", cold,
                              floor_times[len(floor_times) // 2], "< 500 ms",
                              cold < 500))  # fmt: skip

        year = Period.year(Period.last_complete_week(today).end.year)
        ours = median_ms(lambda: funnel(store, LeadFilter(), today, cohort=year), repeat=REPEAT)
        # the funnel's count: the year's live leads by the furthest stage they kept
        # (crm.analytics.passes.pipeline_groups; created_at is stored as UTC text)
        lo, hi = f"{year.start} 00:00:00.000000", f"{year.end.year + 1}-01-01 00:00:00.000000"
        funnel_sql = (
            "SELECT furthest_stage, count(*) FROM lead WHERE deleted_at IS NULL"
            " AND created_at >= ? AND created_at < ? GROUP BY furthest_stage"
        )
        floor = median_ms(lambda: raw.execute(funnel_sql, (lo, hi)).fetchall(), repeat=REPEAT)
        results.append(Result(SUITE, f"funnel for a year ({year.start.year})", ours, floor,
                              "< 300 ms", ours < 300))  # fmt: skip
    finally:
        raw.close()
        store.dispose()
    return results


def _pages(path: Path, dashboard_floors: dict[str, float | None]) -> list[Result]:
    """The board and the dashboard page in the main window (``dashboard_floors``: the floors
    of the Qt-free figures by scope label; the page runs the same statements)."""
    from PySide6.QtCore import QEvent, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from crm.pipeline import ALL
    from crm.ui.pipeline.board_model import FIRST_PAGE

    # the committee's manager: every city
    opened = open_app(path, "committee_1", "crm-bench-pipeline-")
    store, ref, actor, controller = opened.store, opened.ref, opened.actor, opened.controller
    window = controller.build(actor)
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    raw = _raw(path)
    city = ref.id_of("city", "zijingang")
    results: list[Result] = []
    try:
        # ---------------------------------------------------------------- the board
        board = window.page("pipeline_board")

        def columns_filled() -> None:
            for stage in ALL:
                col = board.columns[stage]
                want = min(col.model.total(), FIRST_PAGE)
                assert col.model.rowCount() >= want, (stage, col.model.rowCount(), want)

        def open_board() -> None:
            window.show_page("pipeline_board")  # shown: reloads (showEvent)
            QApplication.processEvents()
            board.repaint()  # the columns' first cards on screen
            columns_filled()

        def away() -> None:
            window.show_page("settings")
            QApplication.processEvents()

        times = []
        for _ in range(LOOPS):
            away()
            t = time.perf_counter()
            open_board()
            times.append((time.perf_counter() - t) * 1000)
        first, times = times[0], sorted(times[2:])  # the board reads nothing until shown
        ours = times[len(times) // 2]
        sqls = floors.kanban(FIRST_PAGE)
        _same_board(board, floors.run_all(raw, sqls))
        floor = median_ms(lambda: floors.run_all(raw, sqls), repeat=REPEAT)
        results.append(Result(SUITE, "kanban first paint (every column's page)", ours, floor,
                              "< 500 ms", ours < 500))  # fmt: skip
        results.append(Result(SUITE, "kanban, first visit (one sample)", first, floor,
                              "< 500 ms", first < 500))  # fmt: skip

        def board_city(on: bool) -> None:
            board.city.setCurrentIndex(board.city.findData(city) if on else 0)  # reloads
            QApplication.processEvents()
            board.repaint()
            columns_filled()

        times = []
        for n in range(LOOPS):
            board_city(False)
            t = time.perf_counter()
            board_city(True)
            if n >= 2:
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        ours = times[len(times) // 2]
        sqls = floors.kanban(FIRST_PAGE, city)
        board_city(True)
        _same_board(board, floors.run_all(raw, sqls))
        floor = median_ms(lambda: floors.run_all(raw, sqls), repeat=REPEAT)
        board_city(False)
        results.append(Result(SUITE, "kanban, filter one city", ours, floor, "< 500 ms",
                              ours < 500))  # fmt: skip

        # ---------------------------------------------------------------- the dashboard
        # the first visit as a user makes it: the page is built when first shown (lazy pages),
        # so it is timed from the click, building included, not from a page built beforehand
        t = time.perf_counter()
        window.show_page("pipeline_dashboard")  # built, then computed on the task runner
        page = window.page("pipeline_dashboard")

        def shown(old) -> None:
            """Wait (the GUI thread idle, as in the app) until the refresh has been shown."""
            loop = QEventLoop()
            timer = QTimer()
            timer.setInterval(1)
            timer.timeout.connect(lambda: loop.quit() if page.board is not old else None)
            timer.start()
            loop.exec()
            timer.stop()
            page.repaint()  # tiles, tables and charts on screen

        def refresh() -> None:
            old = page.board
            page.refresh()
            shown(old)

        shown(None)
        first_dashboard = (time.perf_counter() - t) * 1000
        for label, city_id in (("all cities", None), ("one city", city)):
            page.scope.city.blockSignals(True)
            page.scope.city.setCurrentIndex(page.scope.city.findData(city_id))
            page.scope.city.blockSignals(False)
            ours = median_ms(refresh, repeat=REPEAT)
            assert page.board.scope.city_id == city_id
            results.append(Result(SUITE, f"dashboard page refresh, {label}", ours,
                                  dashboard_floors[label], "< 500 ms", ours < 500))  # fmt: skip
        results.append(Result(SUITE, "dashboard page, first visit, page built (one sample)", first_dashboard,
                              dashboard_floors["all cities"], "< 500 ms",
                              first_dashboard < 500))  # fmt: skip
    finally:
        raw.close()
        window.ctx.tasks.wait()
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        store.dispose()
    return results


def _same_figures(board, floor: list[list]) -> None:
    """The hand-written dashboard finds what ours finds (the year's signed and landed
    projects, the open pipeline)."""
    signed, landed, *_rest = floor
    pipeline = floor[5]
    everything = (None, None)
    assert board.target_row(*everything, "signed_projects").actual.value == sum(
        r[2] for r in signed
    )
    assert board.target_row(*everything, "landed_projects").actual.value == sum(
        r[2] for r in landed
    )
    assert board.pipeline[everything]["pipeline"].value == sum(r[2] for r in pipeline)


def _same_board(board, floor: list[list]) -> None:
    """The hand-written board shows the same heads and the same first cards."""
    from crm.pipeline import ALL

    heads, *pages = floor
    counts = {stage: n for stage, n, _planned in heads}
    for stage, rows in zip(floors.STAGES, pages, strict=True):
        col = board.columns[stage]
        assert col.model.total() == counts.get(stage, 0), stage
        ids = [col.model.row_at(r).id for r in range(min(col.model.rowCount(), len(rows)))]
        assert ids == [r[0] for r in rows][: len(ids)], stage
    assert set(ALL) == set(floors.STAGES)


def run(store_path: Path) -> list[Result]:
    path = Path(store_path)
    today = date.today()
    figures = _analytics(path, today)
    floors = {r.operation.rsplit(", ", 1)[-1]: r.floor_ms for r in figures}
    pages = _pages(path, floors)
    # in the order of the goals: dashboard, kanban, funnel
    first = [r for r in figures if r.operation.startswith("dashboard")]
    first += [r for r in pages if r.operation.startswith("dashboard")]
    kanban = [r for r in pages if r.operation.startswith("kanban")]
    return first + kanban + [r for r in figures if r.operation.startswith("funnel")]
