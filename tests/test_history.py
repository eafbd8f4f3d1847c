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
