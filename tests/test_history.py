"""The history's values as a reader reads them: amounts in 万元/亿元 (not 800.0 → 12000.0),
a new record's fields by their labels without bookkeeping columns."""

from __future__ import annotations

from crm import history
from crm.leads import edit as leads
from tests.services import make_lead


def test_amounts_read_as_amounts_and_a_new_record_by_its_labels(store, people):
    lead_id = make_lead(store, people.wang, planned_investment="800万")
    leads.update_lead(store, people.wang, lead_id, {"planned_investment": "1.2亿"})
    entries = history.lead_history(store, people.zhao, lead_id, lang="zh_CN")
    change = entries[0]
    assert (change.field_label("zh_CN"), change.old, change.new) == (
        "计划投资额",
        "800万元",
        "1.20亿元",
    )
    en = history.lead_history(store, people.zhao, lead_id, lang="en")[0]
    assert (en.old, en.new) == ("RMB 8.00 m", "RMB 120.00 m")
    created = [e for e in entries if e.action == "create"]
    company = next(e for e in created if e.entity == "company")
    assert company.new.startswith("企业名称: 杭州云帆智能科技有限公司")
    lead = next(e for e in created if e.entity == "lead")
    assert "company_id" not in lead.new and "furthest_stage" not in lead.new
    assert "计划投资额: 800万元" in lead.new


def test_a_refusal_says_why_in_the_readers_language(store, people):
    """The audit log named the refused action by its code ('close_week') and kept the reason
    in English for a Chinese reader (a newcomer's trial)."""
    import pytest

    from crm.analytics import Period
    from crm.analytics.weeks import close_week
    from crm.errors import PermissionDenied
    from tests.services import TODAY

    with pytest.raises(PermissionDenied):
        close_week(store, people.wang, Period.parse_week("2026-W20"), today=TODAY)
    flt = history.AuditFilter(action="refused")
    (zh,) = history.audit_page(store, people.zhao, flt, lang="zh_CN").entries
    (en,) = history.audit_page(store, people.zhao, flt, lang="en").entries
    assert en.new == "Only report staff, managers and administrators may close a week."
    assert zh.new == "只有报表人员、领导和管理员可以关闭周报。"
    assert (zh.field_label("zh_CN"), en.field_label("en")) == ("", "")  # said by the reason


def test_an_older_refusal_kept_in_english_is_shown_as_it_was(store, people):
    from crm.i18n import stored_message

    assert stored_message("Only managers may reopen a week.") is None
    assert stored_message('{"context": "X"}') is None  # not a kept message
    shown = history._Shown(None, {}, "zh_CN")  # type: ignore[arg-type]
    assert shown.value("reopen", "Only managers may reopen a week.", False, "refused") == (
        "Only managers may reopen a week."
    )


def test_an_export_and_a_target_read_as_a_person_reads_them(store, people, tmp_path):
    from crm.exporting.leads import export_leads
    from crm.leadlist.query import LeadFilter
    from crm.targets.annual import set_target

    make_lead(store, people.wang)
    export_leads(store, people.wang, tmp_path / "导出.xlsx", LeadFilter())
    set_target(store, people.zhao, 2026, "jobs", 650, city_id=people.city_future)
    set_target(store, people.zhao, 2026, "jobs", 700, city_id=people.city_future)
    page = history.audit_page(store, people.zhao, lang="zh_CN").entries
    export = next(e for e in page if e.action == "export")
    assert export.field_label("zh_CN") == "线索列表"
    assert export.new == "1 行 → 导出.xlsx"
    change = next(e for e in page if e.entity == "target" and e.action == "update")
    assert (change.field_label("zh_CN"), change.old, change.new) == ("数值", "650", "700")
