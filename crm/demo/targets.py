"""This year's targets for the demo: per city × field, as a committee would set them."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time

from sqlalchemy import ColumnElement, Integer, func, select
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel, col

from crm.analytics.metrics import counted_business_types
from crm.db.bulk import insert_rows
from crm.db.models import Lead
from crm.reference import ReferenceData


def add_targets(conn: Connection, rng: random.Random, ref: ReferenceData, today: date) -> None:
    """This year's targets per city × field, as a committee would set them: the year's pace so
    far carried to the year's end, some cells ambitious (behind pace), some modest (ahead)."""
    start, end = date(today.year, 1, 1), date(today.year, 12, 31)
    share = ((today - start).days + 1) / ((end - start).days + 1)
    counted = counted_business_types(ref)
    live: tuple[ColumnElement[bool], ...] = (
        col(Lead.deleted_at).is_(None),
        col(Lead.business_type_id).in_(counted),
    )
    cells: dict[tuple[int, int], dict[str, float]] = {}
    city_id, field_id = col(Lead.city_id), col(Lead.field_id)
    signed = select(
        city_id,
        field_id,
        func.count(),
        func.coalesce(func.sum(col(Lead.agreed_investment)), 0),
        func.coalesce(func.sum(col(Lead.funds_in_place)), 0),
        func.sum(func.cast(col(Lead.is_hightech), Integer)),
        func.coalesce(func.sum(col(Lead.expected_jobs)), 0),
    ).where(col(Lead.first_signed_on).between(start, today), *live)
    for city, fld, n, amount, funds, hightech, jobs in conn.execute(
        signed.group_by(city_id, field_id)
    ):
        cells[(city, fld)] = dict(
            signed_projects=n,
            signed_investment=amount,
            funds_in_place=funds,
            hightech_enterprises=hightech or 0,
            jobs=jobs,
        )
    landed = select(city_id, field_id, func.count()).where(
        col(Lead.first_landed_on).between(start, today), *live
    )
    for city, fld, n in conn.execute(landed.group_by(city_id, field_id)):
        cells.setdefault((city, fld), {})["landed_projects"] = n
    stamp = datetime.combine(start, time(9), tzinfo=UTC)
    rows: list[tuple[int, int, int, str, float, int, datetime, datetime]] = []
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
        SQLModel.metadata.tables["target"],
        ("year", "city_id", "field_id", "metric", "value", "version", "created_at", "updated_at"),
        rows,
    )
