"""Who sets which targets (DOMAIN.md: a manager in their scope, administrators all): a city
manager their own city's, typed or imported; the corridor's own targets and other cities' are
refused whole, audited, and nothing changes. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlmodel import select

from crm.accounts.users import identify
from crm.db.models import AuditLog
from crm.errors import PermissionDenied
from crm.targets.annual import list_targets, replace_targets, set_target
from tests.store_state import snapshot


def _values(store, year: int) -> dict:
    return {(t.city_id, t.field_id, t.metric): t.value for t in list_targets(store, year)}


@pytest.fixture
def world(any_store, any_people):
    p = any_people
    mgr_future = identify(any_store, "周经理", p.city_future, role="manager")[0]
    # set by the committee's manager: the corridor, 未来's and 紫金港's
    set_target(any_store, p.zhao, 2026, "signed_projects", 30)
    set_target(any_store, p.zhao, 2026, "signed_projects", 12, city_id=p.city_future)
    set_target(any_store, p.zhao, 2026, "signed_projects", 10, city_id=p.city_zijingang)
    return any_store, p, mgr_future


def _refusals(store, user_id: int) -> list[str]:
    with store.read() as s:
        rows = s.exec(
            select(AuditLog).where(AuditLog.action == "refused", AuditLog.user_id == user_id)
        ).all()
    return [r.entity for r in rows]


def test_a_city_manager_sets_their_citys_targets_not_anothers_nor_the_corridors(world):
    store, p, mgr = world
    set_target(store, mgr, 2026, "signed_projects", 15, city_id=p.city_future)
    before = snapshot(store)
    for city, why in (
        (p.city_zijingang, "These are another city's targets: a city manager sets only their "
                           "own city's."),
        (None, "This applies to the whole corridor: only a committee manager or an "
               "administrator may change it."),
    ):  # fmt: skip
        with pytest.raises(PermissionDenied) as err:
            set_target(store, mgr, 2026, "signed_projects", 40, city_id=city)
        assert err.value.render("en") == why
    assert snapshot(store) == before
    assert _refusals(store, mgr.id) == ["target", "target"]
    assert _values(store, 2026) == {
        (None, None, "signed_projects"): 30,
        (p.city_future, None, "signed_projects"): 15,
        (p.city_zijingang, None, "signed_projects"): 10,
    }
    # the committee's manager and the administrator set any of them
    set_target(store, p.zhao, 2026, "signed_projects", 11, city_id=p.city_zijingang)
    set_target(store, p.admin, 2026, "signed_projects", 33)
    assert _values(store, 2026)[(None, None, "signed_projects")] == 33


def test_a_city_managers_sheet_replaces_their_citys_targets_and_keeps_the_others(world):
    store, p, mgr = world
    # a sheet of 未来 only: its targets replaced, 紫金港's and the corridor's kept
    replace_targets(store, mgr, 2026, {(p.city_future, None, "jobs"): 800})
    assert _values(store, 2026) == {
        (None, None, "signed_projects"): 30,
        (p.city_zijingang, None, "signed_projects"): 10,
        (p.city_future, None, "jobs"): 800,
    }
    # the whole year exported and read back, 未来's edited: the others are no change
    whole = _values(store, 2026) | {(p.city_future, None, "jobs"): 900}
    replace_targets(store, mgr, 2026, whole)
    assert _values(store, 2026) == whole


@pytest.mark.parametrize("change", ["other_city", "corridor", "other_city_new"])
def test_a_sheet_changing_what_the_manager_may_not_set_is_refused_whole(world, change):
    store, p, mgr = world
    sheet = _values(store, 2026) | {(p.city_future, None, "jobs"): 700}
    sheet |= {
        "other_city": {(p.city_zijingang, None, "signed_projects"): 40},
        "corridor": {(None, None, "signed_projects"): 1},
        "other_city_new": {(p.city_qingshan, None, "jobs"): 5},
    }[change]
    before = snapshot(store)
    with pytest.raises(PermissionDenied):
        replace_targets(store, mgr, 2026, sheet)
    assert snapshot(store) == before  # 未来's change is not half-made either
    assert _refusals(store, mgr.id) == ["target"]


def test_officers_and_report_staff_set_no_targets_even_an_unchanged_sheet(world):
    store, p, _mgr = world
    staff = identify(store, "吴报表", None, role="report_staff")[0]
    for who in (p.wang, staff):
        with pytest.raises(PermissionDenied):
            replace_targets(store, who, 2026, _values(store, 2026))
        with pytest.raises(PermissionDenied):
            set_target(store, who, 2026, "jobs", 1, city_id=who.city_id)
