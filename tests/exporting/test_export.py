"""Exporting lead lists: what the list shows, styled; formula-like text kept as text; contacts
and confidential projects masked for those who may not see them; read back by openpyxl and by
LibreOffice; and a round trip through the importer that changes nothing."""

from __future__ import annotations

import csv
import zipfile
from datetime import date

import openpyxl
import pytest

from crm.demo import generate
from crm.exporting.columns import COLUMNS
from crm.exporting.leads import ExportCancelled, export_leads
from crm.importing.api import plan_import, read_table, run_import
from crm.leadlist.query import LeadFilter, list_leads
from crm.leads.contacts import add_contact
from crm.leads.edit import create_lead
from tests.importing.helpers import convert, store_hash

HOSTILE = [
    '=HYPERLINK("http://evil.example","点我")',
    "+86 13800000000 公司",
    "@SUM(A1:A9)",
    "-1+2 科技",
    "#N/A",
]


@pytest.fixture
def demo(store, people):
    """150 demo leads (every stage, contacts, confidential projects), before ``leads``."""
    generate(store, leads=150, activities=300, seed=3, today=date(2026, 5, 20))


@pytest.fixture
def leads(store, people):
    ids = []
    for n, name in enumerate(HOSTILE):
        ids.append(
            create_lead(
                store,
                people.wang,
                {
                    "company_name": name,
                    "project_name": f"项目{n}",
                    "field": "health",
                    "city": people.city_zijingang,
                    "planned_investment": 1000 * (n + 1) + 0.5,
                    "stage_date": date(2026, 5, n + 1),
                    "notes": "=1+1",
                },
            ).lead_id
        )
    secret = create_lead(
        store,
        people.wang,
        {
            "company_name": "杭州保密科技有限公司",
            "project_name": "保密项目",
            "field": "internet",
            "city": people.city_zijingang,
            "confidential": True,
            "codename": "X-1",
            "credit_code": "91330106MA0000004F",
        },
    ).lead_id
    add_contact(
        store,
        people.wang,
        ids[0],
        {"name": "张伟", "mobile": "13812345678", "email": "zhang@example.com"},
    )
    return ids, secret


def _sheet(path):
    wb = openpyxl.load_workbook(path)
    return wb, wb.worksheets[0]


def test_export_is_the_list_styled(store, people, leads, tmp_path):
    flt = LeadFilter(cities=(people.city_zijingang,))
    sort = [("planned_investment", True)]
    cols = ("id", "company_name", "planned_investment", "stage", "stage_date", "is_key")
    result = export_leads(store, people.zhao, tmp_path / "l.xlsx", flt, sort, cols, lang="zh_CN")
    listed = list_leads(store, people.zhao, flt, sort, limit=1000)
    assert result.rows == listed.total == 6
    wb, ws = _sheet(result.path)
    assert [c.value for c in ws[1]] == [COLUMNS[c].header("zh_CN") for c in cols]
    assert ws[1][2].value == "计划投资额（万元）"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:F7"
    assert ws[1][0].font.b
    assert [r[0].value for r in ws.iter_rows(min_row=2)] == [r.id for r in listed.rows]
    top = ws[2]
    assert top[2].value == 5000.5 and top[2].number_format == "#,##0.00"
    assert top[4].value.date() == date(2026, 5, 5) and top[4].number_format == "yyyy-mm-dd"
    assert top[5].value == "否"
    assert wb.sheetnames == ["招商线索", "说明"]


def test_formula_like_text_is_written_as_text(store, people, leads, tmp_path):
    path = export_leads(
        store, people.zhao, tmp_path / "l.xlsx", columns=("company_name", "notes")
    ).path
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    _, ws = _sheet(path)
    names = {r[0].value for r in ws.iter_rows(min_row=2)}
    assert set(HOSTILE) <= names
    for row in ws.iter_rows(min_row=2):
        if row[0].value in HOSTILE:
            assert row[0].data_type == "s" and row[0].quotePrefix
            assert row[1].value == "=1+1" and row[1].data_type == "s"


def test_contacts_and_confidential_projects_are_masked(store, people, leads, tmp_path):
    ids, secret = leads
    cols = ("id", "company_name", "credit_code", "project_name", "contact_name", "mobile", "email")

    def rows(actor):
        result = export_leads(store, actor, tmp_path / f"{actor.id}.xlsx", columns=cols)
        _, ws = _sheet(result.path)
        return result, {r[0].value: [c.value for c in r[1:]] for r in ws.iter_rows(min_row=2)}

    result, seen = rows(people.li)  # an officer of another city
    assert seen[ids[0]][3:] == ["张*", "138****5678", "z***@example.com"]
    assert seen[secret] == ["X-1", None, "X-1", None, None, None]
    assert (result.masked_contacts, result.redacted) == (1, 1)
    _, own = rows(people.wang)  # the owner sees everything
    assert own[ids[0]][3:] == ["张伟", "13812345678", "zhang@example.com"]
    assert own[secret][:3] == ["杭州保密科技有限公司", "91330106MA0000004F", "保密项目"]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_round_trip_changes_nothing(store, people, demo, leads, tmp_path, lang):
    before = store_hash(store)
    # everything; a masked view; a masked view imported by someone who sees it all
    for exporter, importer in (
        (people.zhao, people.zhao),
        (people.li, people.li),
        (people.li, people.zhao),
    ):
        path = export_leads(store, exporter, tmp_path / f"all-{exporter.id}.xlsx", lang=lang).path
        plan = plan_import(store, importer, read_table(path))
        counts = plan.counts
        changed = [r.describe() for r in plan.rows if r.action != "skip"]
        assert changed == [] and counts.skipped == counts.data_rows == 150 + 6
        assert run_import(store, importer, plan).batch_id is None
    assert store_hash(store) == before
    with store.read() as s:
        exports = (
            s.connection()
            .exec_driver_sql(
                "SELECT user_id, field, new FROM audit_log WHERE action = 'export' ORDER BY id"
            )
            .all()
        )
    assert [(u, f) for u, f, _new in exports] == [
        (people.zhao.id, "leads"),
        (people.li.id, "leads"),
        (people.li.id, "leads"),
    ]
    assert all('"rows": 156' in new for _u, _f, new in exports)


def test_cancelled_export_writes_no_file(store, people, tmp_path):
    generate(store, leads=50, activities=0, seed=2, today=date(2026, 5, 20))
    with pytest.raises(ExportCancelled):
        export_leads(store, people.zhao, tmp_path / "x.xlsx", cancelled=lambda: True)
    assert list(tmp_path.glob("*x.xlsx*")) == []


def test_libreoffice_reads_the_export(store, people, leads, tmp_path):
    path = export_leads(
        store,
        people.zhao,
        tmp_path / "export.xlsx",
        columns=("id", "company_name", "planned_investment", "stage_date"),
        sort=[("id", False)],
    ).path
    (out,) = convert([path], "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path / "lo")
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][1] == COLUMNS["company_name"].header()
    first = rows[1]
    assert first[1] == HOSTILE[0]  # shown as the text it is, not calculated
    assert first[2].replace(",", "") in ("1000.5", "1000.50") and first[3] == "2026-05-01"


def test_derived_columns_read_as_the_list_says(store, people, leads, tmp_path):
    """The columns computed for each row (one compiled function since the export got fast):
    labels, names, yes/no, intensity, follow-up state, local times, a masked confidential row."""
    from datetime import datetime, timedelta

    from crm.db.models import Lead

    today = date(2026, 5, 20)
    lead = create_lead(
        store,
        people.wang,
        {
            "company_name": "杭州强度测试有限公司",
            "project_name": "测试",
            "field": "health",
            "city": people.city_zijingang,
            "agreed_investment": 1200,
            "expected_tax": 30,
            "land_supplied_mu": 8,
            "is_key": True,
            "next_followup": today - timedelta(days=1),
        },
    ).lead_id
    cols = ("id", "field", "owner", "is_key", "gazelle", "investment_intensity",
            "tax_intensity", "followup", "updated_at", "project_name")  # fmt: skip
    result = export_leads(
        store, people.li, tmp_path / "d.xlsx", columns=cols, lang="zh_CN", today=today
    )
    _, ws = _sheet(result.path)
    rows = {r[0].value: [c.value for c in r[1:]] for r in ws.iter_rows(min_row=2)}
    with store.read() as s:
        stamp = s.get(Lead, lead).updated_at
    local = stamp.astimezone().replace(tzinfo=None)
    got = rows[lead]
    assert got[:7] == ["生命健康", "王五", "是", "否", 150, 3.75, "已逾期"]
    assert abs(got[7] - local) < timedelta(seconds=1) and isinstance(got[7], datetime)
    assert got[8] == "测试"
    _ids, secret = leads
    assert rows[secret][-1] == "X-1" and result.redacted == 1


def test_driver_values_read_alike_on_both_databases(any_store, any_people, tmp_path):
    """The export reads the driver's values itself (ISO text on SQLite, typed values on
    PostgreSQL): dates are dates, instants local times, flags yes/no, and the contact columns
    show each lead's first contact (the lowest id), masked for an officer of another city."""
    from datetime import datetime, timedelta

    from crm.db.models import Lead

    store, people = any_store, any_people
    today = date(2026, 5, 20)
    lead = create_lead(store, people.wang, {
        "company_name": "杭州读值测试有限公司", "project_name": "读值", "field": "health",
        "city": people.city_zijingang, "stage_date": date(2026, 5, 4), "is_key": True,
        "next_followup": date(2026, 5, 19), "planned_investment": 1234.5,
    }).lead_id  # fmt: skip
    bare = create_lead(store, people.wang, {"company_name": "杭州无联系人有限公司",
                                            "project_name": "空", "field": "health",
                                            "city": people.city_zijingang}).lead_id  # fmt: skip
    add_contact(store, people.wang, lead, {"name": "李娜", "mobile": "13900001111"})
    add_contact(store, people.wang, lead, {"name": "周杰", "mobile": "13700002222"})
    cols = ("id", "stage_date", "next_followup", "is_key", "planned_investment", "followup",
            "contact_name", "mobile", "created_at")  # fmt: skip

    def rows(actor):
        result = export_leads(store, actor, tmp_path / f"{actor.id}.xlsx", columns=cols,
                              lang="zh_CN", today=today)  # fmt: skip
        _, ws = _sheet(result.path)
        return result, {r[0].value: [c.value for c in r[1:]] for r in ws.iter_rows(min_row=2)}

    result, own = rows(people.wang)
    got = own[lead]
    assert got[:7] == [datetime(2026, 5, 4), datetime(2026, 5, 19), "是", 1234.5, "已逾期",
                       "李娜", "13900001111"]  # fmt: skip
    with store.read() as s:
        stamp = s.get(Lead, lead).created_at
    assert abs(got[7] - stamp.astimezone().replace(tzinfo=None)) < timedelta(seconds=1)
    assert own[bare][5:7] == [None, None] and result.masked_contacts == 0
    other, seen = rows(people.li)
    assert seen[lead][5:7] == ["李*", "139****1111"] and seen[bare][5:7] == [None, None]
    assert other.masked_contacts == 1


def test_local_times_where_the_zone_keeps_summer_time(store, people, leads, tmp_path, monkeypatch):
    """Where the local zone changes its offset, each stored instant is converted on its own
    (not by one fixed offset): the same local time as the lead's own stamp."""
    from datetime import timedelta

    from crm.db.models import Lead
    from crm.exporting import values

    monkeypatch.setattr(values, "_FIXED_OFFSET", None)
    ids, _secret = leads
    path = export_leads(store, people.zhao, tmp_path / "z.xlsx", columns=("id", "updated_at")).path
    _, ws = _sheet(path)
    got = {r[0].value: r[1].value for r in ws.iter_rows(min_row=2)}
    with store.read() as s:
        stamp = s.get(Lead, ids[0]).updated_at
    assert abs(got[ids[0]] - stamp.astimezone().replace(tzinfo=None)) < timedelta(seconds=1)
