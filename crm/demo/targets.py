"""This year's targets for the demo: per city × field, as a committee would set them."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time

from sqlalchemy import Integer, func, select

from crm.analytics.metrics import counted_business_types
from crm.db.bulk import insert_rows
from crm.db.models import Lead, Target


def add_targets(conn, rng: random.Random, ref, today: date) -> None:
    """This year's targets per city × field, as a committee would set them: the year's pace so
    far carried to the year's end, some cells ambitious (behind pace), some modest (ahead)."""
    start, end = date(today.year, 1, 1), date(today.year, 12, 31)
    share = ((today - start).days + 1) / ((end - start).days + 1)
    counted = counted_business_types(ref)
    live = (Lead.deleted_at.is_(None), Lead.business_type_id.in_(counted))
    cells: dict[tuple[int, int], dict[str, float]] = {}
    signed = select(
        Lead.city_id,
        Lead.field_id,
        func.count(),
        func.coalesce(func.sum(Lead.agreed_investment), 0),
        func.coalesce(func.sum(Lead.funds_in_place), 0),
        func.sum(func.cast(Lead.is_hightech, Integer)),
        func.coalesce(func.sum(Lead.expected_jobs), 0),
    ).where(Lead.first_signed_on.between(start, today), *live)
    for city, fld, n, amount, funds, hightech, jobs in conn.execute(
        signed.group_by(Lead.city_id, Lead.field_id)
    ):
        cells[(city, fld)] = dict(
            signed_projects=n,
            signed_investment=amount,
            funds_in_place=funds,
            hightech_enterprises=hightech or 0,
            jobs=jobs,
        )
    landed = select(Lead.city_id, Lead.field_id, func.count()).where(
        Lead.first_landed_on.between(start, today), *live
    )
    for city, fld, n in conn.execute(landed.group_by(Lead.city_id, Lead.field_id)):
        cells.setdefault((city, fld), {})["landed_projects"] = n
    stamp = datetime.combine(start, time(9), tzinfo=UTC)
    rows = []
    for (city, fld), figures in sorted(cells.items()):
        for metric, actual in sorted(figures.items()):
            pace = float(actual) / share * rng.uniform(0.8, 1.3)
            if metric in ("signed_investment", "funds_in_place"):
                value = max(1000.0, round(pace / 1000) * 1000)  # 万元, in tenths of 亿
            elif metric == "jobs":
                value = float(max(10, round(pace / 10) * 10))
            else:
                value = float(max(1, round(pace)))
            rows.append((today.year, city, fld, metric, value, 1, stamp, stamp))
    insert_rows(
        conn,
        Target.__table__,
        ("year", "city_id", "field_id", "metric", "value", "version", "created_at", "updated_at"),
        rows,
    )
