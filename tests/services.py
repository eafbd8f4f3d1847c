"""Small builders shared by the service tests (plain data, no fixtures)."""

from __future__ import annotations

import json
from datetime import date

from sqlmodel import select

from crm.db.models import AuditLog
from crm.db.store import Store
from crm.leads.edit import create_lead

TODAY = date(2026, 5, 18)  # a Monday


def lead_data(**over) -> dict:
    data = {
        "company_name": "杭州云帆智能科技有限公司",
        "project_name": "云帆区域总部项目",
        "field": "internet",
        "city": "zijingang",
    }
    data.update(over)
    return data


def make_lead(store: Store, actor, **over) -> int:
    return create_lead(store, actor, lead_data(**over), today=TODAY).lead_id


def audit_rows(store: Store, entity: str | None = None, entity_id: int | None = None):
    with store.read() as s:
        q = select(AuditLog).order_by(AuditLog.id)
        if entity:
            q = q.where(AuditLog.entity == entity)
        if entity_id is not None:
            q = q.where(AuditLog.entity_id == entity_id)
        return list(s.exec(q))


def created_values(row: AuditLog) -> dict:
    return json.loads(row.new)


def creator(store: Store, actor, city, manager):
    """Who creates a lead of ``city`` for ``actor`` in test data: the officer where they may
    (their own city), else a manager on their behalf — the officer stays its owner."""
    from crm.accounts import permissions as P
    from crm.reference import reference

    ref = reference(store)
    city_id = city if isinstance(city, int) else ref.id_of("city", city)
    if P.create_lead(actor, city_id, actor.id, actor.city_id) is None:
        return actor, {}
    return manager, {"owner": actor.id}
