"""Every role × every action through the services, on SQLite and PostgreSQL: allowed or
refused as DOMAIN.md's "Who may do what" says, a refusal with its reason in the audit log and
nothing else changed. The UI only reflects these rules; the services are the guard.

The people: 王五 (officer, 紫金港, owns the leads acted on), 李四 (officer, 未来), 赵六
(committee manager), 钱经理 (紫金港's manager), 周经理 (未来's manager), 吴报表 (report
staff), 孙管理 (administrator). The two city managers and the committee's tell a manager's
scope apart: 钱经理 sets 紫金港's targets, 周经理 may not; the corridor's targets and
thresholds are the committee's (and the administrator's); backups are the administrator's."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlmodel import select

from crm import reference_admin
from crm.accounts import admin as accounts
from crm.accounts.users import identify
from crm.analytics import Period
from crm.analytics.weeks import close_week
from crm.db.backup_policy import BackupPolicy
from crm.db.models import AuditLog
from crm.errors import PermissionDenied, StoreError
from crm.exporting.leads import export_leads
from crm.followups.activities import log_activity
from crm.importing.api import ImportOptions, plan_import, read_table, run_import, undo_import
from crm.leads.edit import create_lead, delete_lead, restore_lead, transfer_lead, update_lead
from crm.pipeline import move_stage
from crm.safety.backups import backup_now, set_backup_policy
from crm.targets.annual import replace_targets, set_target
from crm.team_settings import FollowupThresholds, set_followup_thresholds
from tests.importing.ledgers import code
from tests.services import TODAY, lead_data
from tests.store_state import snapshot

ROLES = ("wang", "li", "zhao", "mgr_zjg", "mgr_fut", "staff", "admin")
Y, N = True, False
#: action → who may (in ROLES' order)
MATRIX: dict[str, tuple[bool, ...]] = {
    "create": (Y, N, Y, Y, N, N, N),
    "edit": (Y, N, Y, Y, N, N, N),
    "move": (Y, N, Y, Y, N, N, N),
    "delete": (Y, N, Y, Y, N, N, N),
    "restore": (N, N, Y, Y, N, N, N),
    "reassign": (N, N, Y, Y, N, N, N),
    "transfer": (N, N, Y, Y, N, N, N),
    "log_activity": (Y, Y, Y, Y, Y, N, N),
    "log_on_confidential": (Y, N, Y, Y, Y, N, N),
    "import": (Y, N, Y, Y, N, N, N),
    "undo_import": (Y, N, Y, Y, Y, N, N),
    "export": (Y, Y, Y, Y, Y, Y, Y),
    "close_week": (N, N, Y, Y, Y, Y, Y),
    "targets_corridor": (N, N, Y, N, N, N, Y),
    "targets_zijingang": (N, N, Y, Y, N, N, Y),
    "targets_sheet_zijingang": (N, N, Y, Y, N, N, Y),
    "thresholds": (N, N, Y, N, N, N, Y),
    "backup_now": (N, N, N, N, N, N, Y),
    "backup_policy": (N, N, N, N, N, N, Y),
    "users": (N, N, N, N, N, N, Y),
    "reference_lists": (N, N, N, N, N, N, Y),
}


class World:
    def __init__(self, store, people, tmp_path):
        self.store, self.people, self.tmp = store, people, tmp_path
        zjg, fut = people.city_zijingang, people.city_future
        self.actors = {
            "wang": people.wang,
            "li": people.li,
            "zhao": people.zhao,
            "mgr_zjg": identify(store, "钱经理", zjg, role="manager")[0],
            "mgr_fut": identify(store, "周经理", fut, role="manager")[0],
            "staff": identify(store, "吴报表", None, role="report_staff")[0],
            "admin": people.admin,
        }
        self.n = 0

    def lead(self, **over) -> int:
        """A 紫金港 lead that 王五 owns (recorded by the committee's manager)."""
        self.n += 1
        data = lead_data(company_name=f"杭州矩阵{self.n}科技有限公司", owner=self.people.wang.id)
        return create_lead(self.store, self.people.zhao, data | over, today=TODAY).lead_id

    def ledger(self) -> str:
        self.n += 1
        path = self.tmp / f"l{self.n}.csv"
        with path.open("w", newline="", encoding="utf-8-sig") as fh:
            w = csv.writer(fh)
            w.writerow(["企业名称", "统一社会信用代码", "项目名称", "产业领域", "落地科技城"])
            w.writerow(
                [
                    f"杭州导入{self.n}科技有限公司",
                    code(500 + self.n),
                    "新项目",
                    "数字经济",
                    "紫金港",
                ]
            )
        return str(path)


def _action(w: World, name: str) -> Callable:
    st, p = w.store, w.people
    if name == "create":
        return lambda a: create_lead(st, a, lead_data(company_name="杭州新建科技有限公司"))
    if name == "edit":
        lead = w.lead()
        return lambda a: update_lead(st, a, lead, {"notes": "改"})
    if name == "move":
        lead = w.lead()
        return lambda a: move_stage(st, a, lead, "contact", today=TODAY)
    if name == "delete":
        lead = w.lead()
        return lambda a: delete_lead(st, a, lead)
    if name == "restore":
        lead = w.lead()
        delete_lead(st, p.zhao, lead)
        return lambda a: restore_lead(st, a, lead)
    if name == "reassign":
        lead = w.lead()
        return lambda a: update_lead(st, a, lead, {"owner": w.actors["mgr_zjg"].id})
    if name == "transfer":
        lead = w.lead()
        return lambda a: transfer_lead(st, a, lead, p.city_future, "企业改在未来科技城落地")
    if name in ("log_activity", "log_on_confidential"):
        extra = {"confidential": True, "codename": "项目-M"} if name != "log_activity" else {}
        lead = w.lead(**extra)
        return lambda a: log_activity(st, a, lead, {"activity_type": "call", "summary": "电话"})
    if name == "import":
        path = w.ledger()

        def run(a):
            plan = plan_import(st, a, read_table(path), options=ImportOptions(today=TODAY))
            (row,) = plan.rows
            if row.action == "refuse":
                raise PermissionDenied(row.problems[0].message)
            run_import(st, a, plan)

        return run
    if name == "undo_import":
        plan = plan_import(st, p.wang, read_table(w.ledger()), options=ImportOptions(today=TODAY))
        batch = run_import(st, p.wang, plan).batch_id
        return lambda a: undo_import(st, a, batch)
    if name == "export":
        return lambda a: export_leads(st, a, w.tmp / f"e{a.id}.xlsx")
    if name == "close_week":
        w.lead()  # (recorded today: the week closed is the last complete one before it)
        week = Period.last_complete_week(date.today() + timedelta(days=7))
        return lambda a: close_week(st, a, week, today=date.today() + timedelta(days=7))
    if name == "targets_corridor":
        return lambda a: set_target(st, a, 2026, "signed_projects", 9)
    if name == "targets_zijingang":
        return lambda a: set_target(st, a, 2026, "jobs", 400, city_id=p.city_zijingang)
    if name == "targets_sheet_zijingang":  # an imported sheet changing 紫金港's targets
        return lambda a: replace_targets(st, a, 2027, {(p.city_zijingang, None, "jobs"): 300})
    if name == "backup_now":

        def backup(a):
            try:
                backup_now(st, a)
            except StoreError:  # allowed; a server's store is backed up by pg_dump instead
                assert st.path is None

        return backup
    if name == "backup_policy":
        return lambda a: set_backup_policy(st, a, BackupPolicy(daily=5))
    if name == "thresholds":
        return lambda a: set_followup_thresholds(st, a, FollowupThresholds(2, 4, 6, 20))
    if name == "users":
        return lambda a: accounts.add_person(st, a, "new-one", "新人", "officer", p.city_future)
    if name == "reference_lists":
        return lambda a: reference_admin.add_value(st, a, "source", "矩阵渠道", "Matrix channel")
    raise AssertionError(name)


@pytest.mark.parametrize("role", ROLES)
def test_every_action_for_this_role(any_store, any_people, tmp_path, role):
    w = World(any_store, any_people, tmp_path)
    actor = w.actors[role]
    seen = {}
    for action in MATRIX:
        run = _action(w, action)
        before = snapshot(any_store)
        refused_before = _refusals(any_store, actor.id)
        try:
            run(actor)
        except PermissionDenied as exc:
            seen[action] = False
            assert exc.render("en") and exc.render("zh_CN") != exc.render("en"), action
            assert snapshot(any_store) == before, f"{action} refused but changed data"
            if action != "import":  # an import's refused row is its plan, not a write
                assert _refusals(any_store, actor.id) == refused_before + 1, action
        else:
            seen[action] = True
    expected = {a: allowed[ROLES.index(role)] for a, allowed in MATRIX.items()}
    assert seen == expected


def _refusals(store, user_id: int) -> int:
    with store.read() as s:
        return len(
            s.exec(
                select(AuditLog.id).where(AuditLog.action == "refused", AuditLog.user_id == user_id)
            ).all()
        )
