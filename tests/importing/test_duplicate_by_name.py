"""A ledger row that names a company without its credit code, when the store knows that
company with one: the one-pool rule (same name once normalised) makes it a duplicate of the
lead that follows it, never a silent second company."""

from __future__ import annotations

from datetime import date

from crm.importing.api import plan_import, read_table
from crm.leads.edit import create_lead
from tests.importing.ledgers import ROWS, code, write_ledger


def test_name_only_row_is_a_duplicate_of_the_coded_company(store, people, tmp_path):
    existing = create_lead(
        store,
        people.li,
        {
            "company_name": "杭州青岚新材料（杭州）有限公司",  # the ledger's row 6 says 杭州青岚新材料有限公司
            "project_name": "电池材料基地",
            "field": "materials",
            "city": "future",
            "credit_code": code(3),
            "stage_date": date(2026, 3, 1),
        },
    )
    assert ROWS[2][1] is None  # the ledger gives no code for this company
    plan = plan_import(store, people.zhao, read_table(write_ledger(tmp_path / "l.xlsx")))
    row = plan.row(6)
    assert (row.action, row.detail, row.lead_id) == ("skip", "duplicate", existing.lead_id)
    assert "李四" in row.describe("zh_CN")
    assert plan.counts.created == 3 and plan.counts.skipped == 1


def test_name_only_row_created_anyway_joins_the_coded_company(store, people, tmp_path):
    """Created anyway (a second project of the same company): the lead joins the company known
    with its code, no second company is written."""
    from sqlmodel import func, select

    from crm.db.models import Company, Lead
    from crm.importing.api import Choice, ImportOptions, run_import

    existing = create_lead(
        store,
        people.li,
        {
            "company_name": "杭州青岚新材料（杭州）有限公司",
            "project_name": "电池材料基地",
            "field": "materials",
            "city": "future",
            "credit_code": code(3),
            "stage_date": date(2026, 3, 1),
        },
    )
    table = read_table(write_ledger(tmp_path / "l.xlsx"))
    options = ImportOptions(choices={6: Choice("create", "二期项目")})
    plan = plan_import(store, people.zhao, table, options=options)
    assert plan.row(6).action == "create"
    result = run_import(store, people.zhao, plan)
    with store.read() as s:
        company_id = s.get(Lead, existing.lead_id).company_id
        new_leads = [s.get(Lead, i) for i in result.created_ids]
        assert company_id in {lead.company_id for lead in new_leads}
        named = select(func.count()).select_from(Company).where(Company.credit_code == code(3))
        assert s.exec(named).one() == 1
        same_name = [c for c in s.exec(select(Company)) if "青岚" in c.name]
        assert len(same_name) == 1
