"""The key-projects table carries the companies' designations (世界500强 … 瞪羚), in the PDF and
the workbook, in both languages, and a closed week keeps them as they were."""

from __future__ import annotations

from openpyxl import load_workbook

from crm.analytics import Period, weekly_report
from crm.leads.edit import update_lead
from crm.reports import render_pdf, render_xlsx
from tests.analytics.fixture import TODAY, WEEK, build
from tests.reports.conftest import pdf_text


def _report(store, people):
    ids = build(store, people)
    update_lead(
        store,
        people.zhao,
        ids["A"],
        {"fortune500": True, "listed_where": "港交所", "srdi": "小巨人"},
    )
    update_lead(store, people.zhao, ids["B"], {"unicorn": "准独角兽", "gazelle": True})
    return ids, weekly_report(store, Period.parse_week(WEEK), today=TODAY, with_rows=True)


def test_key_projects_show_the_designations(store, people, tmp_path):
    ids, report = _report(store, people)
    rows = {r.id: r for r in report.key_projects.rows}
    assert rows[ids["A"]].designations == ("fortune500", "listed:港交所", "srdi:national")
    assert rows[ids["B"]].designations == ("unicorn:quasi_unicorn", "gazelle")
    wb = load_workbook(render_xlsx(report, tmp_path / "周报.xlsx", lang="zh"))
    sheet = [tuple(c.value for c in r) for r in wb["重点项目动态"].iter_rows()]
    col = sheet[0].index("企业称号")
    by_id = {r[0]: r[col] for r in sheet[1:]}
    assert by_id[ids["A"]] == "世界500强\n上市（港交所）\n专精特新小巨人"
    assert by_id[ids["B"]] == "准独角兽\n瞪羚"
    text = pdf_text(render_pdf(report, tmp_path / "周报.pdf", lang="zh"))
    assert "企业称号" in text and "世界500强" in text and "准独角兽" in text
    english = pdf_text(render_pdf(report, tmp_path / "report.pdf", lang="en"))
    assert "Designations" in english and "Global 500" in english and "Quasi-unicorn" in english
