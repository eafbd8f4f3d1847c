"""Creating and editing leads on both dialects: validation and normalisation, optimistic
locking, the audit log written in the same transaction, soft delete and restore, and the bad
input the issue lists (a clear message naming the field in both languages; nothing stored
changes)."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from crm.db.models import Company, Lead
from crm.errors import ConflictError, DuplicateError, NotFound, ValidationError
from crm.leadlist.query import LeadFilter, list_leads
from crm.leads.edit import (
    LeadDetail,
    create_lead,
    delete_lead,
    get_lead,
    restore_lead,
    update_lead,
)
from crm.reference import reference
from tests.services import TODAY, audit_rows, created_values, lead_data, make_lead
from tests.store_state import snapshot

VALID_CODE = "91330100716105852F"


def test_create_normalises_what_people_type(any_store, any_people):
    ref = reference(any_store)
    result = create_lead(
        any_store,
        any_people.wang,
        lead_data(
            company_name="  杭州云帆智能科技有限公司 ",
            credit_code="9133 0100 7161 0585 2f",
            planned_investment="1.2亿",
            registered_capital="5000万",
            expected_output="3,000",
            expected_tax="800万元",
            expected_jobs="约300人",
            land_mu="50亩",
            field="互联网+",
            subfield="人工智能",
            city="Zijingang Sci-Tech City",
            source="以商招商",
            is_key="是",
            next_followup="2026年5月25日",
        ),
        today=TODAY,
    )
    v = get_lead(any_store, any_people.wang, result.lead_id).values
    assert v["company_name"] == "杭州云帆智能科技有限公司"
    assert v["credit_code"] == VALID_CODE
    assert (v["planned_investment"], v["registered_capital"]) == (12000.0, 5000.0)
    assert (v["expected_output"], v["expected_tax"]) == (3000.0, 800.0)
    assert (v["expected_jobs"], v["land_mu"]) == (300, 50.0)
    assert v["field"] == ref.id_of("field", "internet")
    assert v["subfield"] == ref.id_of("subfield", "ai")
    assert v["city"] == any_people.city_zijingang
    assert v["source"] == ref.id_of("source", "referral")
    assert v["is_key"] is True
    assert v["next_followup"].isoformat() == "2026-05-25"
    assert (v["stage"], v["stage_date"]) == ("lead", TODAY)
    assert v["owner"] == any_people.wang.id
    assert v["business_type"] == ref.id_of("business_type", "new")
    assert result.version == 1
    assert result.changes.leads == frozenset({result.lead_id}) and result.changes.companies


def test_a_subfield_names_its_field(any_store, any_people):
    lead_id = make_lead(any_store, any_people.wang, field=None, subfield="生物医药")
    values = get_lead(any_store, any_people.wang, lead_id).values
    assert values["field"] == reference(any_store).id_of("field", "health")
    with pytest.raises(ValidationError) as err:
        make_lead(any_store, any_people.wang, company_name="别家", subfield="生物医药")
    assert err.value.fields == ["subfield"]
    assert err.value.render("zh_CN") == "细分领域：生物医药 不属于 互联网+"
    assert err.value.render("en") == "Sub-field: Biomedicine does not belong to Internet+"


# ---------------------------------------------------------------- bad input


BAD_INPUT = [
    # (input, field, English label, Chinese label, English reason, Chinese reason)
    (
        {"credit_code": "91330100716105853F"},
        "credit_code",
        "Unified social credit code",
        "统一社会信用代码",
        "check character",
        "校验",
    ),
    (
        {"planned_investment": "待定"},
        "planned_investment",
        "Planned investment",
        "计划投资额",
        "'待定' is not an amount",
        "“待定”不是金额",
    ),
    (
        {"planned_investment": "-500万"},
        "planned_investment",
        "Planned investment",
        "计划投资额",
        "cannot be negative",
        "不能为负",
    ),
    (
        {"funds_in_place": -1},
        "funds_in_place",
        "Funds in place",
        "到位资金",
        "cannot be negative",
        "不能为负",
    ),
    (
        {"company_name": "   "},
        "company_name",
        "Company name",
        "企业名称",
        "is required",
        "必须填写",
    ),
    ({"company_name": None}, "company_name", "Company name", "企业名称", "is required", "必须填写"),
    (
        {"stage": "完成"},
        "stage",
        "Stage",
        "阶段",
        "'完成' is not a known value",
        "“完成”不是可选的值",
    ),
    (
        {"city": "西溪科技城"},
        "city",
        "Sci-tech city",
        "落地科技城",
        "'西溪科技城' is not a known value",
        "“西溪科技城”不是可选的值",
    ),
    (
        {"stage": "流失"},
        "lost_reason",
        "Lost reason",
        "流失原因",
        "a lost project needs the reason",
        "流失的项目必须填写流失原因",
    ),
    (
        {"stage": "签约"},
        "agreed_investment",
        "Agreed investment",
        "协议投资额",
        "is required from the signing stage on",
        "签约",
    ),
]


def test_bad_input_is_refused_naming_the_field(any_store, any_people):
    """Each case on its own: the field named in both languages, nothing stored changed."""
    make_lead(any_store, any_people.wang, company_name="已有企业有限公司")
    before = snapshot(any_store)
    for data, field, en_label, zh_label, en, zh in BAD_INPUT:
        with pytest.raises(ValidationError) as err:
            create_lead(any_store, any_people.wang, lead_data(**data), today=TODAY)
        assert field in err.value.fields, data
        english, chinese = err.value.render("en"), err.value.render("zh_CN")
        assert f"{en_label}: " in english and en in english, (data, english)
        assert f"{zh_label}：" in chinese and zh in chinese, (data, chinese)
        assert snapshot(any_store) == before, data


def test_bad_edits_are_refused_and_change_nothing(any_store, any_people):
    lead_id = make_lead(any_store, any_people.wang, credit_code=VALID_CODE)
    before = snapshot(any_store)
    for data, field, en_label, zh_label, en, zh in BAD_INPUT[:8]:
        if field == "stage":  # the stage changes through a move, never an edit
            with pytest.raises(ValueError):
                update_lead(any_store, any_people.wang, lead_id, data)
        else:
            with pytest.raises(ValidationError) as err:
                update_lead(any_store, any_people.wang, lead_id, data)
            assert err.value.fields == [field], data
            english, chinese = err.value.render("en"), err.value.render("zh_CN")
            assert en_label in english and en in english, (data, english)
            assert zh_label in chinese and zh in chinese, (data, chinese)
        assert snapshot(any_store) == before, data


def test_every_wrong_field_is_listed_at_once(any_store, any_people):
    with pytest.raises(ValidationError) as err:
        create_lead(
            any_store,
            any_people.wang,
            lead_data(company_name="", credit_code="123", planned_investment="待定", city="火星"),
        )
    assert sorted(err.value.fields) == ["city", "company_name", "credit_code", "planned_investment"]


def test_a_stage_date_in_the_future_is_refused(any_store, any_people):
    with pytest.raises(ValidationError) as err:
        create_lead(any_store, any_people.wang, lead_data(stage_date="2026-05-19"), today=TODAY)
    assert err.value.fields == ["stage_date"]


def test_a_confidential_project_needs_a_codename(any_store, any_people):
    with pytest.raises(ValidationError) as err:
        make_lead(any_store, any_people.wang, confidential=True)
    assert err.value.fields == ["codename"]


# ---------------------------------------------------------------- editing


def test_update_writes_and_audits_only_what_differs(any_store, any_people):
    lead_id = make_lead(any_store, any_people.wang, planned_investment="5000万")
    result = update_lead(
        any_store,
        any_people.wang,
        lead_id,
        {"planned_investment": "0.5亿", "expected_jobs": "120", "notes": "关注人才公寓"},
        expected_version=1,
    )
    assert result.changed == {"expected_jobs": (None, 120), "notes": (None, "关注人才公寓")}
    assert result.version == 2
    rows = audit_rows(any_store, "lead", lead_id)
    updates = [(r.action, r.field, r.old, r.new) for r in rows if r.action == "update"]
    assert sorted(updates) == [
        ("update", "expected_jobs", None, "120"),
        ("update", "notes", None, "关注人才公寓"),
    ]
    assert len({r.txn for r in rows if r.action == "update"}) == 1
    # nothing differs: nothing written, the version stays
    again = update_lead(any_store, any_people.wang, lead_id, {"notes": "关注人才公寓"})
    assert again.changed == {} and again.version == 2 and again.changes.empty


def test_a_stale_version_is_a_conflict(any_store, any_people):
    lead_id = make_lead(any_store, any_people.wang)
    update_lead(any_store, any_people.zhao, lead_id, {"notes": "赵六先改"}, expected_version=1)
    before = snapshot(any_store)
    with pytest.raises(ConflictError) as err:
        update_lead(any_store, any_people.wang, lead_id, {"notes": "王五后改"}, expected_version=1)
    assert err.value.entity == "lead" and err.value.entity_id == lead_id
    assert "changed by someone else" in err.value.render("en")
    assert "其他人" in err.value.render("zh_CN") or "他人" in err.value.render("zh_CN")
    assert snapshot(any_store) == before
    with pytest.raises(ConflictError):
        delete_lead(any_store, any_people.wang, lead_id, expected_version=1)


@pytest.mark.postgres
def test_the_version_column_guards_a_concurrent_update(pg_store):
    """Two sessions read version 1; the second to write finds the row changed under it."""
    from crm.accounts.users import system_actor
    from crm.leads.edit import apply_update

    actor = system_actor(pg_store)
    lead_id = make_lead(pg_store, actor)
    ref = reference(pg_store)
    with pytest.raises(ConflictError), pg_store.write() as s:
        held = s.get(Lead, lead_id)  # this session now holds version 1
        assert held.version == 1
        with pg_store.engine.begin() as other:
            other.exec_driver_sql(f"UPDATE lead SET version = 2, notes = 'x' WHERE id = {lead_id}")
        try:
            apply_update(s, ref, actor, lead_id, {"notes": "y"})
        except Exception as exc:  # StaleDataError, mapped by update_lead
            from sqlalchemy.orm.exc import StaleDataError

            assert isinstance(exc, StaleDataError)
            raise ConflictError("lead", lead_id) from exc


def test_a_company_rename_reaches_its_search_key_and_sort_key(any_store, any_people):
    lead_id = make_lead(any_store, any_people.wang)
    update_lead(any_store, any_people.wang, lead_id, {"company_name": "星河海洋装备有限公司"})
    with any_store.read() as s:
        company = s.get(Company, s.get(Lead, lead_id).company_id)
        assert company.name_norm == "星河海洋装备"
        assert company.name_sort == "xing he hai yang zhuang bei you xian gong si"
    page = list_leads(any_store, any_people.wang, LeadFilter(search="xhhy"), today=TODAY)
    assert [r.id for r in page.rows] == [lead_id]


def test_a_credit_code_belongs_to_one_company(any_store, any_people):
    make_lead(any_store, any_people.wang, credit_code=VALID_CODE)
    other = make_lead(any_store, any_people.li, company_name="星河生物医药有限公司", city="future")
    before = snapshot(any_store)
    with pytest.raises(ValidationError) as err:
        update_lead(any_store, any_people.li, other, {"credit_code": VALID_CODE})
    assert err.value.fields == ["credit_code"]
    assert "杭州云帆智能科技有限公司" in err.value.render("en")
    assert snapshot(any_store) == before


# ---------------------------------------------------------------- audit


def test_create_is_audited_in_one_transaction(any_store, any_people):
    result = create_lead(
        any_store, any_people.wang, lead_data(planned_investment="1.2亿"), today=TODAY
    )
    lead_rows = audit_rows(any_store, "lead", result.lead_id)
    company_rows = audit_rows(any_store, "company", result.company_id)
    assert [r.action for r in lead_rows] == ["create"]
    assert [r.action for r in company_rows] == ["create"]
    assert lead_rows[0].txn == company_rows[0].txn != ""
    assert lead_rows[0].user_id == any_people.wang.id
    values = created_values(lead_rows[0])
    assert values["planned_investment"] == "12000.0"
    assert values["project_name"] == "云帆区域总部项目"
    assert values["stage"] == "lead" and values["stage_date"] == "2026-05-18"


def test_a_failing_write_leaves_no_audit_rows(any_store, any_people):
    """The audit rows are part of the write: when the write fails after they were added, they
    go with it (here the search index is missing, so the edit fails at its very end)."""
    lead_id = make_lead(any_store, any_people.wang)
    table = "lead_fts" if any_store.is_sqlite else "lead_search"
    with any_store.engine.begin() as c:
        c.exec_driver_sql(f"DROP TABLE {table}")
    before = snapshot(any_store)
    with pytest.raises(DBAPIError):
        update_lead(
            any_store, any_people.wang, lead_id, {"company_name": "改名后的公司", "notes": "备注"}
        )
    assert snapshot(any_store) == before
    assert get_lead(any_store, any_people.wang, lead_id).values["notes"] is None


# ---------------------------------------------------------------- duplicates on create


def test_a_second_record_for_a_followed_company_is_refused_naming_the_owner(any_store, any_people):
    make_lead(any_store, any_people.li, city="future", credit_code=VALID_CODE)
    before = snapshot(any_store)
    with pytest.raises(DuplicateError) as err:
        make_lead(
            any_store,
            any_people.wang,
            company_name="云帆智能科技（杭州）有限公司",
            credit_code=VALID_CODE,
        )
    en, zh = err.value.render("en"), err.value.render("zh_CN")
    assert "already followed by 李四 (Future Sci-Tech City)" in en
    assert "李四（未来科技城）" in zh
    assert snapshot(any_store) == before
    # with a reason it is made, and the reason is kept in the audit log
    second = create_lead(
        any_store,
        any_people.wang,
        lead_data(credit_code=VALID_CODE, project_name="研发中心"),
        duplicate_reason="同一企业的第二个项目",
        today=TODAY,
    )
    row = audit_rows(any_store, "lead", second.lead_id)[0]
    assert created_values(row)["duplicate_reason"] == "同一企业的第二个项目"
    first = list_leads(any_store, any_people.zhao, LeadFilter(), today=TODAY).rows
    assert len({r.company_id for r in first}) == 1  # one company, two projects


def test_a_name_without_its_code_joins_the_company_known_with_a_code(any_store, any_people):
    """The company is known with its credit code; an officer types only its name (written
    another way) and creates anyway: the lead joins that company, no second company appears."""
    make_lead(any_store, any_people.li, city="future", credit_code=VALID_CODE)
    with pytest.raises(DuplicateError):
        make_lead(any_store, any_people.wang, company_name="杭州云帆智能科技股份有限公司")
    create_lead(
        any_store,
        any_people.wang,
        lead_data(company_name="杭州云帆智能科技股份有限公司", project_name="二期"),
        duplicate_reason="二期项目",
        today=TODAY,
    )
    rows = list_leads(any_store, any_people.zhao, LeadFilter(), today=TODAY).rows
    assert len(rows) == 2 and len({r.company_id for r in rows}) == 1
    with any_store.read() as s:
        assert [c.credit_code for c in s.exec(select(Company))] == [VALID_CODE]


# ---------------------------------------------------------------- delete / restore


def test_soft_delete_and_restore(any_store, any_people):
    lead_id = make_lead(any_store, any_people.wang)
    other = make_lead(any_store, any_people.wang, company_name="星河新材料有限公司")
    deleted = delete_lead(any_store, any_people.wang, lead_id, expected_version=1)
    assert deleted.version == 2
    live = list_leads(any_store, any_people.wang, LeadFilter(), today=TODAY)
    assert [r.id for r in live.rows] == [other] and live.total == 1
    bin_ = list_leads(any_store, any_people.wang, LeadFilter(deleted=True), today=TODAY)
    assert [r.id for r in bin_.rows] == [lead_id] and bin_.rows[0].deleted
    detail = get_lead(any_store, any_people.wang, lead_id)
    assert detail.deleted
    # deleting twice changes nothing
    assert delete_lead(any_store, any_people.wang, lead_id).changes.empty
    restored = restore_lead(any_store, any_people.wang, lead_id, expected_version=2)
    assert restored.version == 3
    assert list_leads(any_store, any_people.wang, LeadFilter(), today=TODAY).total == 2
    actions = [(r.action, r.field) for r in audit_rows(any_store, "lead", lead_id)]
    assert actions == [("create", None), ("delete", "deleted_at"), ("restore", "deleted_at")]


def test_a_missing_lead(any_store, any_people):
    with pytest.raises(NotFound) as err:
        get_lead(any_store, any_people.wang, 4242)
    assert "4242" in err.value.render("en") and "4242" in err.value.render("zh_CN")
    with pytest.raises(NotFound):
        update_lead(any_store, any_people.wang, 4242, {"notes": "x"})


def test_a_masked_lead_without_a_codename_is_named_by_nothing_not_none():
    """A confidential project from before codenames were required has none: its form's title
    is empty text, not None (display_name is a str)."""
    masked = LeadDetail(7, 1, 3, {"company_name": None, "codename": None}, True, False)
    assert masked.display_name == ""
    named = LeadDetail(7, 1, 3, {"company_name": "阿尔法科技", "codename": "A1"}, True, False)
    assert named.display_name == "A1"
    shown = LeadDetail(7, 1, 3, {"company_name": "阿尔法科技", "codename": "A1"}, False, True)
    assert shown.display_name == "阿尔法科技"
