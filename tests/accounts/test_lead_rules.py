"""The lead services under the roles: bulk steps (all or nothing, refusals with reasons, one
undo), saving after someone else (fields changed by one side merge, both sides conflict), the
lead's history in the reader's language, the audit log for managers and admins, and the
reference lists an administrator extends without breaking leads."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from crm import history, reference_admin
from crm.errors import ConflictError, PermissionDenied, ValidationError
from crm.fields import FIELDS_BY_NAME
from crm.leads import bulk_steps
from crm.leads.edit import get_lead, update_lead
from crm.pipeline import move_stage
from crm.reference import reference
from tests.services import TODAY, make_lead
from tests.store_state import snapshot


def _three(store, people):
    return [
        make_lead(store, people.wang, company_name=f"杭州批量{i}科技有限公司") for i in range(3)
    ]


def test_a_bulk_step_is_all_or_nothing_and_names_what_it_refused(store, people):
    ids = _three(store, people)
    move_stage(store, people.wang, ids[1], "negotiation", today=TODAY)
    update_lead(store, people.wang, ids[1], {"agreed_investment": "3000万"})
    before = snapshot(store)
    step = bulk_steps.BulkChange(stage="signed", stage_on=TODAY)
    with pytest.raises(bulk_steps.BulkRefused) as err:
        bulk_steps.bulk_change(store, people.wang, ids, step, today=TODAY)
    assert [r.lead_id for r in err.value.refused] == [ids[0], ids[2]]
    assert "agreed investment" in err.value.refused[0].reason.render("en").lower()
    assert snapshot(store) == before  # nothing written
    done = bulk_steps.bulk_change(store, people.wang, ids, step, skip_refused=True, today=TODAY)
    assert done.done == (ids[1],) and len(done.refused) == 2
    assert get_lead(store, people.wang, ids[1]).values["stage"] == "signed"
    bulk_steps.undo_bulk(store, people.wang, done)
    assert get_lead(store, people.wang, ids[1]).values["stage"] == "negotiation"


def test_a_bulk_owner_change_is_a_managers_step_and_undoes_in_one(store, people):
    ids = _three(store, people)
    with pytest.raises(bulk_steps.BulkRefused) as err:
        bulk_steps.bulk_change(store, people.wang, ids, bulk_steps.BulkChange(owner=people.li.id))
    assert {r.reason.render("en") for r in err.value.refused} == {"Only a manager may do this."}
    step = bulk_steps.BulkChange(owner=people.li.id, is_key=True)
    result = bulk_steps.bulk_change(store, people.zhao, ids, step)
    assert result.done == tuple(ids)
    assert all(get_lead(store, people.zhao, i).values["owner"] == people.li.id for i in ids)
    bulk_steps.undo_bulk(store, people.zhao, result)
    assert all(get_lead(store, people.zhao, i).values["owner"] == people.wang.id for i in ids)
    assert not any(get_lead(store, people.zhao, i).values["is_key"] for i in ids)


def test_a_bulk_step_refuses_a_lead_saved_since_the_list_was_read(store, people):
    ids = _three(store, people)
    versions = {i: get_lead(store, people.wang, i).version for i in ids}
    update_lead(store, people.zhao, ids[2], {"notes": "领导刚改过"})
    with pytest.raises(bulk_steps.BulkRefused) as err:
        bulk_steps.bulk_change(
            store, people.wang, ids, bulk_steps.BulkChange(is_key=True), versions=versions
        )
    assert [r.lead_id for r in err.value.refused] == [ids[2]]
    assert "changed by someone else" in err.value.refused[0].reason.render("en")


def test_a_save_after_someone_elses_merges_what_only_one_changed(store, people):
    lead = make_lead(store, people.wang, planned_investment="1000万")
    opened = get_lead(store, people.wang, lead)
    base = {k: v for k, v in opened.values.items() if not FIELDS_BY_NAME[k].pipeline_only}
    update_lead(store, people.zhao, lead, {"notes": "领导的备注"})  # the other person
    # this person changed the amount only: it merges, the other's note stays
    update_lead(
        store, people.wang, lead, {**base, "planned_investment": 2000.0},
        expected_version=opened.version, base=base,
    )  # fmt: skip
    now = get_lead(store, people.wang, lead).values
    assert (now["planned_investment"], now["notes"]) == (2000.0, "领导的备注")
    # both changed the notes, differently: the person decides, nothing is overwritten
    with pytest.raises(ConflictError) as err:
        update_lead(store, people.wang, lead, {**base, "notes": "我的备注"},
                    expected_version=opened.version, base=base)  # fmt: skip
    (clash,) = err.value.fields
    assert (clash.field, clash.base, clash.stored, clash.mine) == (
        "notes",
        None,
        "领导的备注",
        "我的备注",
    )
    assert get_lead(store, people.wang, lead).values["notes"] == "领导的备注"
    with pytest.raises(ConflictError) as err:  # without the starting values: a plain conflict
        update_lead(store, people.wang, lead, {"notes": "x"}, expected_version=opened.version)
    assert err.value.fields == ()


def test_the_history_speaks_the_readers_language_and_masks_what_they_may_not_see(store, people):
    lead = make_lead(store, people.wang, confidential=True, codename="项目-K")
    move_stage(store, people.wang, lead, "contact", today=TODAY)
    update_lead(store, people.zhao, lead, {"owner": people.li.id, "is_key": True})
    zh = history.lead_history(store, people.wang, lead, lang="zh_CN")
    owner = next(e for e in zh if e.field == "owner_id")
    assert (owner.who, owner.old, owner.new) == ("赵六", "王五", "李四")
    assert owner.field_label("zh_CN") == "负责人" and owner.field_label("en") == "Owner"
    key = next(e for e in zh if e.field == "is_key")
    assert (key.old, key.new) == ("否", "是")
    stage = next(e for e in zh if e.field == "stage")
    assert (stage.old, stage.new, stage.action_label("zh_CN")) == ("线索", "接洽", "阶段变更")
    outsider = history.lead_history(store, people.li, lead)  # another city's confidential lead
    created = next(e for e in outsider if e.entity == "lead" and e.action == "create")
    assert "云帆" not in created.new and "***" in created.new
    assert "云帆" in next(e for e in zh if e.action == "create" and e.entity == "lead").new


def test_the_audit_log_is_for_managers_and_admins_and_exports(store, people, tmp_path):
    lead = make_lead(store, people.wang)
    update_lead(store, people.wang, lead, {"notes": "一"})
    with pytest.raises(PermissionDenied):
        history.audit_page(store, people.wang)
    page = history.audit_page(store, people.zhao, history.AuditFilter(user_id=people.wang.id))
    assert page.total >= 2 and {e.who for e in page.entries} == {"王五"}
    path = tmp_path / "audit.xlsx"
    rows = history.export_audit(store, people.admin, history.AuditFilter(lead_id=lead), path)
    ws = load_workbook(path).active
    assert ws.max_row == rows + 1 and rows >= 2
    exports = history.audit_page(store, people.admin, history.AuditFilter(action="export"))
    assert exports.entries[0].who == "孙管理" and exports.entries[0].field == "audit_log"


def test_an_administrator_extends_and_retires_list_values_without_breaking_leads(store, people):
    ref = reference(store)
    with pytest.raises(PermissionDenied):
        reference_admin.add_value(store, people.zhao, "source", "招商大会", "Investment fair")
    item, _ = reference_admin.add_value(store, people.admin, "source", "招商大会", "Fair 2026")
    lead = make_lead(store, people.wang, source=item)
    reference_admin.set_retired(store, people.admin, item, True)
    assert item not in [i.id for i in reference(store).kind("source")]
    assert get_lead(store, people.wang, lead).values["source"] == item  # the lead keeps it
    assert reference(store).label(item, "zh_CN") == "招商大会"
    with pytest.raises(ValidationError):  # a retired value is no choice for new input
        make_lead(store, people.wang, company_name="杭州新来科技有限公司", source=item)
    with pytest.raises(ValidationError):
        reference_admin.add_value(store, people.admin, "source", "招商大会", "Another")
    with pytest.raises(ValidationError):
        reference_admin.set_retired(store, people.admin, ref.id_of("stage", "lead"), True)
    reference_admin.rename_value(store, people.admin, item, "招商推介会", "Promotion fair")
    assert reference(store).label(item, "en") == "Promotion fair"
