"""A ledger as officers keep it, imported and compared row by row with what the file says;
the one-pool rule for a company another city follows; dry run, atomicity, undo — on SQLite
and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from crm.db.models import Company, Contact, ImportBatch, Lead, StageChange
from crm.errors import UserError
from crm.importing import commit as commit_module
from crm.importing.api import (
    Choice,
    ImportCancelled,
    ImportOptions,
    plan_import,
    read_table,
    run_import,
    undo_import,
)
from crm.leads.edit import create_lead
from crm.reference import reference
from tests.importing.helpers import store_hash, store_rows
from tests.importing.ledgers import code, write_ledger

EXPECTED = {
    4: dict(
        company="杭州星河生物科技有限公司",
        credit_code=code(1),
        project_name="创新药研发中心",
        field="health",
        subfield="biomed",
        city="zijingang",
        planned_investment=12000.0,
        registered_capital=5000.0,
        stage="negotiation",
        stage_date=date(2026, 5, 18),
        next_followup=date(2026, 6, 1),
        is_key=True,
        agreed_investment=None,
        contact=("张伟", "13812345678"),
        notes="对方关注人才政策",
    ),
    5: dict(
        company="浙江云帆数字科技股份有限公司",
        credit_code=code(2),
        project_name="数字经济总部",
        field="internet",
        subfield=None,
        city="future",
        planned_investment=30000.0,
        registered_capital=3000.0,
        stage="signed",
        stage_date=date(2026, 5, 18),
        next_followup=date(2026, 6, 15),
        is_key=False,
        agreed_investment=30000.0,
        contact=("李娜", "13900001111"),
        notes=None,
    ),
    6: dict(
        company="杭州青岚新材料有限公司",
        credit_code=None,
        project_name="高分子材料产线",
        field="materials",
        subfield=None,
        city="qingshan",
        planned_investment=5000.0,
        registered_capital=3000.0,
        stage="contact",
        stage_date=date(2026, 5, 18),
        next_followup=None,
        is_key=False,
        agreed_investment=None,
        contact=None,
        notes="=SUM(1,2) 不是公式",
    ),
    7: dict(
        company="杭州智芯微电子有限公司",
        credit_code=code(4),
        project_name="芯片设计中心",
        field="internet",
        subfield="ic",
        city="zijingang",
        planned_investment=25000.0,
        registered_capital=None,
        stage="visit",
        stage_date=date(2026, 4, 2),
        next_followup=date(2026, 6, 30),
        is_key=True,
        agreed_investment=None,
        contact=None,
        notes=None,
    ),
}


def imported(store) -> dict[int, dict]:
    """row number → what the store holds for the lead imported from it."""
    ref = reference(store)
    out = {}
    with store.read() as s:
        for lead, company in s.exec(
            select(Lead, Company)
            .join(Company, Company.id == Lead.company_id)
            .where(Lead.import_row.is_not(None))
        ):
            contact = s.exec(select(Contact).where(Contact.lead_id == lead.id)).first()
            out[lead.import_row] = dict(
                company=company.name,
                credit_code=company.credit_code,
                project_name=lead.project_name,
                field=ref.get(lead.field_id).code,
                subfield=ref.get(lead.subfield_id).code if lead.subfield_id else None,
                city=ref.get(lead.city_id).code,
                planned_investment=lead.planned_investment,
                registered_capital=lead.registered_capital,
                stage=lead.stage,
                stage_date=lead.stage_date,
                next_followup=lead.next_followup,
                is_key=lead.is_key,
                agreed_investment=lead.agreed_investment,
                contact=(contact.name, contact.mobile) if contact else None,
                notes=lead.notes,
            )
    return out


def test_ledger_rows_arrive_as_the_file_says(any_store, any_people, tmp_path):
    path = write_ledger(tmp_path / "台账.xlsx")
    table = read_table(path)
    assert table.sheet == "2026年台账"  # not the explanatory 填表说明 sheet
    assert table.header_row == 3
    assert [r.number for r in table.rows] == [4, 5, 6, 7]
    assert [(i.number, i.reason.text) for i in table.ignored] == [(8, "total row"), (10, "note")]
    plan = plan_import(any_store, any_people.zhao, table)
    counts = plan.counts
    assert (counts.created, counts.updated, counts.skipped, counts.refused) == (4, 0, 0, 0)
    assert counts.balanced
    result = run_import(any_store, any_people.zhao, plan)
    assert imported(any_store) == EXPECTED
    with any_store.read() as s:
        batch = s.get(ImportBatch, result.batch_id)
        leads = s.exec(select(Lead).where(Lead.import_batch_id == batch.id)).all()
        history = s.exec(select(StageChange).where(StageChange.lead_id.in_(result.created_ids)))
        assert batch.file_name.endswith("台账.xlsx") and batch.created_count == 4
        assert {lead.owner_id for lead in leads} == {any_people.zhao.id}
        assert {h.to_stage for h in history} == {"negotiation", "signed", "contact", "visit"}
    signed = next(lead for lead in leads if lead.stage == "signed")
    assert signed.first_signed_on == date(2026, 5, 18)


def test_company_another_city_follows_is_never_silently_doubled(any_store, any_people, tmp_path):
    ref = reference(any_store)
    existing = create_lead(
        any_store,
        any_people.li,
        {
            "company_name": "杭州星河生物科技有限公司",
            "project_name": "生物药中试基地",
            "field": "health",
            "city": ref.id_of("city", "future"),
            "credit_code": code(1),
            "stage_date": date(2026, 3, 1),
        },
    )
    table = read_table(write_ledger(tmp_path / "l.xlsx"))
    plan = plan_import(any_store, any_people.zhao, table)
    row = plan.row(4)
    assert (row.action, row.detail, row.lead_id) == ("skip", "duplicate", existing.lead_id)
    assert "李四" in row.describe("zh_CN") and "未来科技城" in row.describe("zh_CN")
    assert plan.counts.skipped == 1 and plan.counts.created == 3

    no_reason = plan_import(
        any_store, any_people.zhao, table, options=ImportOptions(choices={4: Choice("create")})
    )
    assert no_reason.row(4).action == "refuse"
    second = plan_import(
        any_store,
        any_people.zhao,
        table,
        options=ImportOptions(choices={4: Choice("create", "另一个项目")}),
    )
    assert second.row(4).action == "create"
    update = plan_import(
        any_store, any_people.zhao, table, options=ImportOptions(duplicates=Choice("update"))
    )
    row = update.row(4)
    assert row.action == "update" and "planned_investment" in row.changes
    result = run_import(any_store, any_people.zhao, update)
    with any_store.read() as s:
        lead = s.get(Lead, existing.lead_id)
        assert lead.planned_investment == 12000.0 and lead.stage == "negotiation"
        # city and owner stay: handing over is explicit, not an import side effect
        assert lead.city_id == ref.id_of("city", "future") and lead.owner_id == any_people.li.id
        assert s.exec(select(Company).where(Company.credit_code == code(1))).one()
    assert result.updated_ids == [existing.lead_id]


def test_dry_run_writes_nothing(any_store, any_people, tmp_path):
    before = store_hash(any_store)
    plan = plan_import(any_store, any_people.zhao, read_table(write_ledger(tmp_path / "l.xlsx")))
    assert plan.counts.created == 4
    assert store_hash(any_store) == before


def test_failure_mid_import_leaves_the_store_as_it_was(
    any_store, any_people, tmp_path, monkeypatch
):
    create_lead(
        any_store,
        any_people.zhao,
        {
            "company_name": "杭州智芯微电子有限公司",
            "project_name": "芯片设计中心",
            "field": "internet",
            "city": any_people.city_zijingang,
            "credit_code": code(4),
            "stage_date": date(2026, 3, 1),
        },
    )
    plan = plan_import(any_store, any_people.zhao, read_table(write_ledger(tmp_path / "l.xlsx")))
    assert plan.counts.created == 3 and plan.counts.updated == 1
    before = store_hash(any_store)

    def boom(*_a, **_k):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(commit_module, "_update", boom)  # after the creates were written
    with pytest.raises(RuntimeError):
        run_import(any_store, any_people.zhao, plan)
    assert store_hash(any_store) == before
    monkeypatch.undo()
    calls = []
    with pytest.raises(ImportCancelled):
        run_import(
            any_store,
            any_people.zhao,
            plan,
            progress=lambda d, t: calls.append(d),
            cancelled=lambda: len(calls) > 1,
        )
    assert store_hash(any_store) == before


BUSINESS = ("lead", "company", "contact")


def _business(store) -> dict:
    """Lead, company and contact rows without the bookkeeping columns an undo moves on
    (version, updated_at, updated_by)."""
    rows = store_rows(store, BUSINESS)
    out = {}
    for name, table in (("lead", Lead), ("company", Company), ("contact", Contact)):
        cols = [c.name for c in table.__table__.columns]
        keep = [i for i, c in enumerate(cols) if c not in ("version", "updated_at", "updated_by")]
        out[name] = [tuple(r[i] for i in keep) for r in rows[name]]
    return out


def test_undo_restores_what_was_there(any_store, any_people, tmp_path):
    ref = reference(any_store)
    kept = create_lead(
        any_store,
        any_people.zhao,
        {
            "company_name": "杭州智芯微电子有限公司",
            "project_name": "芯片设计中心",
            "field": "internet",
            "city": ref.id_of("city", "zijingang"),
            "credit_code": code(4),
            "planned_investment": 800,
            "stage": "contact",
            "stage_date": date(2026, 3, 1),
        },
    )
    before = _business(any_store)
    table = read_table(write_ledger(tmp_path / "l.xlsx"))
    plan = plan_import(any_store, any_people.zhao, table)
    row = plan.row(7)
    assert row.action == "update" and row.lead_id == kept.lead_id
    assert row.changes["planned_investment"] == (800.0, 25000.0) and row.move["stage"] == "visit"
    result = run_import(any_store, any_people.zhao, plan)
    assert _business(any_store) != before
    undone = undo_import(any_store, any_people.zhao, result.batch_id)
    assert (undone.removed, undone.restored) == (3, 1)
    assert _business(any_store) == before
    with any_store.read() as s:
        moves = s.exec(
            select(StageChange).where(StageChange.lead_id == kept.lead_id).order_by(StageChange.id)
        ).all()
        assert [(m.from_stage, m.to_stage) for m in moves] == [
            (None, "contact"),
            ("contact", "visit"),
            ("visit", "contact"),
        ]
    with pytest.raises(UserError) as err:
        undo_import(any_store, any_people.zhao, result.batch_id)
    assert "already undone" in err.value.message.text


def test_imported_leads_look_like_leads_made_in_the_app(store, people, tmp_path):
    """The bulk writer stores and audits what crm.leads.edit.insert_lead would."""
    import json

    from crm.db.models import AuditLog

    table = read_table(write_ledger(tmp_path / "l.xlsx"))
    plan = plan_import(store, people.zhao, table)
    result = run_import(store, people.zhao, plan)
    row = plan.row(5)  # signed, with a contact
    data = {k: v for k, v in row.clean.items()}
    data["company_name"] = "杭州对照公司"
    data.pop("credit_code")
    made = create_lead(store, people.zhao, data)
    with store.read() as s:
        imported_id = result.created_ids[1]
        a, b = s.get(Lead, imported_id), s.get(Lead, made.lead_id)
        skip = {"id", "company_id", "created_at", "updated_at", "import_batch_id", "import_row"}
        cols = [c.name for c in Lead.__table__.columns if c.name not in skip]
        assert {c: getattr(a, c) for c in cols} == {c: getattr(b, c) for c in cols}
        audits = {
            r.entity_id: json.loads(r.new)
            for r in s.exec(
                select(AuditLog).where(
                    AuditLog.entity == "lead",
                    AuditLog.action == "create",
                    AuditLog.entity_id.in_([imported_id, made.lead_id]),
                )
            )
        }
        for rec in audits.values():
            rec.pop("company_id")
        assert audits[imported_id] == audits[made.lead_id]
