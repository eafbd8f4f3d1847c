"""The Audit page: in the navigation of managers and administrators only; filtered by person,
action, day and lead as typed; paged 200 at a time; exported to Excel and CSV and read back."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from crm import history
from crm.leads import edit as leads
from crm.ui import i18n as ui_i18n
from crm.ui.typing_sim import type_text
from tests.ui.conftest import seed_leads


def _nav_titles(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_officers_have_no_audit_page(window):
    assert "审计日志" not in _nav_titles(window)
    assert not hasattr(window, "audit_page")


def _open(window, qtbot):
    assert "审计日志" in _nav_titles(window)
    window.show_page("audit")
    page = window.audit_page
    qtbot.waitUntil(page.isVisible)
    return page


def _choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))
    combo.activated.emit(combo.currentIndex())


@pytest.mark.parametrize("window", ["zhao"], indirect=True)
def test_a_manager_filters_by_person_action_lead_and_day(window, qtbot, store, people):
    ids = seed_leads(store, people.wang, 3)
    leads.update_lead(store, people.zhao, ids[1], {"planned_investment": "9000万"})
    page = _open(window, qtbot)
    page.load()
    everything = page.total
    assert everything >= 7  # 3 companies, 3 leads, 1 change
    assert page.count.text() == f"{everything:,} 条记录"
    _choose(page.person, "赵六")
    assert page.total == 1
    row = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert row[1:] == ["赵六", "修改", f"线索 {ids[1]}", "计划投资额", "2,000万元", "9,000万元"]
    _choose(page.person, "所有人")
    _choose(page.action, "新建")
    assert {e.action for e in page.model.entries} == {"create"}
    assert sum(e.entity == "lead" for e in page.model.entries) == 3
    type_text(page.lead, str(ids[0]))
    qtbot.keyClick(page.lead, Qt.Key.Key_Return)
    assert page.total == 1 and page.model.entries[0].entity_id == ids[0]
    page.clear_filter()
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    type_text(page.day_from.edit, tomorrow)
    qtbot.keyClick(page.day_from.edit, Qt.Key.Key_Return)
    assert page.total == 0 and page.range_label.text() == "没有符合条件的记录。"
    page.day_from.set_date(None)
    type_text(page.day_from.edit, "not a day")
    qtbot.keyClick(page.day_from.edit, Qt.Key.Key_Return)
    assert page.filter_error.isVisible() and page.total == 0  # the last good filter stays


@pytest.mark.parametrize("window", ["admin"], indirect=True)
def test_pages_of_200_newer_and_older(window, qtbot, store, people):
    ids = seed_leads(store, people.zhao, 1)
    for n in range(230):  # 230 changes + 2 creations
        leads.update_lead(store, people.zhao, ids[0], {"notes": f"第{n}次"})
    page = _open(window, qtbot)
    _choose(page.person, "赵六")
    assert page.total == 232 and page.model.rowCount() == 200
    assert page.range_label.text() == "1–200 / 共 232"
    assert not page.newer.isEnabled() and page.older.isEnabled()
    qtbot.mouseClick(page.older, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 32 and page.offset == 200
    assert page.model.entries[-1].action == "create"
    assert page.newer.isEnabled() and not page.older.isEnabled()
    qtbot.mouseClick(page.newer, Qt.MouseButton.LeftButton)
    assert page.model.entries[0].new == "第229次"


@pytest.mark.parametrize("window", ["zhao"], indirect=True)
def test_export_to_excel_and_csv_reads_back_and_is_audited(
    window, app, qtbot, store, people, tmp_path
):
    ids = seed_leads(store, people.wang, 2)
    leads.update_lead(store, people.zhao, ids[0], {"notes": "=1+1 不是公式"})
    page = _open(window, qtbot)
    _choose(page.person, "赵六")
    page.export_to(tmp_path / "audit.xlsx", page.read_filter())
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: page.export_button.isEnabled())
    ws = load_workbook(tmp_path / "audit.xlsx").active
    assert [c.value for c in ws[1]][:3] == ["时间", "人员", "操作"]
    assert ws.max_row == 2 and ws.cell(2, 2).value == "赵六"
    ui_i18n.install(app, "en")
    page.export_to(tmp_path / "audit.csv", page.read_filter())
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: page.export_button.isEnabled())
    raw = (tmp_path / "audit.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese right
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Time", "Person", "Action"]
    assert rows[1][1:3] == ["赵六", "exported"]  # the workbook's export, since audited
    assert rows[2][1:3] == ["赵六", "changed"] and rows[2][7] == "'=1+1 不是公式"
    exports = history.audit_page(store, people.zhao, history.AuditFilter(action="export"))
    assert exports.total == 2
    # the page shows its own exports at once (Everyone again, newest first)
    _choose(page.person, "Everyone")
    assert page.model.entries[0].action == "export"
