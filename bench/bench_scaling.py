"""How the work grows with the store (issue 18): the lead list, the weekly analytics, the
weekly PDF and the workbook, each on the benchmark's store and on one a tenth its size
(100,000 / 1,000,000 and 10,000 / 100,000; the quick run: 10,000 and 1,000). The line gives
the growth factor — the time on the big store over the time on the small one — against the
growth of the data (10×): linear or better is the goal. A list page should not grow at all;
the weekly figures of one week grow with the week's activity, the raw rows of the workbook
with everything.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory

from bench.common import QUICK, Result, demo_store, env_int, median_ms

SUITE = "scaling"
FACTOR = 10


def _times(path: Path, out: Path) -> dict[str, float]:
    from crm.accounts.users import find_actor
    from crm.analytics import Period, weekly_report
    from crm.db import open_store
    from crm.leadlist.query import LeadFilter, list_leads
    from crm.reference import reference
    from crm.reports import render_pdf, render_xlsx

    store = open_store(path, readonly=True)
    try:
        today = date.today()
        period = Period.last_complete_week(today)
        officer = find_actor(store, "future_1")
        city = reference(store).id_of("city", "zijingang")
        repeat = 3 if QUICK else 5

        def page(flt):
            def run():
                store.cache.pop("lead_query.statements", None)
                return list_leads(store, officer, flt, None, 0, 100, today=today)

            return run

        return {
            "list: newest first, page and total": median_ms(page(LeadFilter()), 15),
            "list: one city, page and total": median_ms(page(LeadFilter(cities=(city,))), 15),
            "weekly analytics": median_ms(
                lambda: weekly_report(store, period, today=today), repeat, warmup=1
            ),
            "weekly PDF incl. analytics": median_ms(
                lambda: render_pdf(weekly_report(store, period, today=today), out / "w.pdf"),
                repeat,
                warmup=1,
            ),
            "workbook incl. analytics and raw rows": median_ms(
                lambda: render_xlsx(
                    weekly_report(store, period, today=today, with_rows=True), out / "w.xlsx"
                ),
                3,
                warmup=0,
            ),
        }
    finally:
        store.dispose()


def run(store_path) -> list[Result]:
    big = Path(store_path)
    leads = env_int("BENCH_LEADS", 100_000)
    activities = env_int("BENCH_ACTIVITIES", 1_000_000)
    small = demo_store(leads // FACTOR, activities // FACTOR)
    with TemporaryDirectory(prefix="bench-scaling-") as tmp:
        on_small = _times(small, Path(tmp))
        on_big = _times(big, Path(tmp))
    out = []
    for what, t_big in on_big.items():
        t_small = on_small[what]
        growth = t_big / t_small
        out.append(
            Result(
                SUITE,
                f"{what}: growth for {FACTOR}× the data",
                growth,
                None,
                f"≤ {FACTOR}× (linear or better)",
                growth <= FACTOR,
                unit="×",
                note=f"{leads // FACTOR:,} leads: {t_small:.1f} ms → {leads:,}: {t_big:.1f} ms",
            )  # fmt: skip
        )
    return out
