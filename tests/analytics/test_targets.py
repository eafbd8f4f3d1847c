"""Annual targets: set, change, remove (each audited), refuse nonsense, and add up finer
targets when the scope asked about has none of its own."""

from __future__ import annotations

import pytest

from crm.errors import ValidationError
from crm.targets.annual import TargetValue, list_targets, set_target, target_for
from tests.services import audit_rows


def test_set_change_remove_with_audit(store, people):
    z = people.zhao
    assert set_target(store, z, 2026, "jobs", 500, city_id=people.city_future).targets
    assert [(t.metric, t.city_id, t.value) for t in list_targets(store, 2026)] == [
        ("jobs", people.city_future, 500)
    ]
    set_target(store, z, 2026, "jobs", 650, city_id=people.city_future)
    assert set_target(store, z, 2026, "jobs", 650, city_id=people.city_future).empty
    set_target(store, z, 2026, "jobs", None, city_id=people.city_future)
    assert list_targets(store, 2026) == []
    rows = audit_rows(store, "target")
    assert [r.action for r in rows] == ["create", "update", "delete"]
    assert (rows[1].old, rows[1].new) == ("500.0", "650.0")
    assert all(r.user_id == z.id for r in rows)


def test_refuses_nonsense(store, people):
    for kwargs in (
        {"year": 1999, "metric": "jobs", "value": 1},
        {"year": 2026, "metric": "revenue", "value": 1},
        {"year": 2026, "metric": "jobs", "value": -5},
        {"year": 2026, "metric": "jobs", "value": float("nan")},
        {"year": 2026, "metric": "jobs", "value": 1, "city_id": people.zhao.id + 10_000},
    ):
        with pytest.raises(ValidationError):
            set_target(store, people.zhao, **kwargs)
    assert list_targets(store, 2026) == []


def test_target_of_a_scope_adds_up_finer_targets():
    t = [
        TargetValue(2026, 1, None, "signed_projects", 6),
        TargetValue(2026, 2, None, "signed_projects", 4),
        TargetValue(2026, 1, 10, "signed_projects", 2),
        TargetValue(2026, 1, 11, "signed_projects", 3),
        TargetValue(2026, 2, 10, "signed_projects", 1),
    ]
    assert target_for(t, "signed_projects", None, None) == 10  # the cities
    assert target_for(t, "signed_projects", 1, None) == 6  # set exactly
    assert target_for(t, "signed_projects", None, 10) == 3  # its cells
    assert target_for(t, "signed_projects", 3, None) is None
    assert (
        target_for(
            t + [TargetValue(2026, None, None, "signed_projects", 12)],
            "signed_projects",
            None,
            None,
        )
        == 12
    )
    assert target_for(t, "jobs", None, None) is None
