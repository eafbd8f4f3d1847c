"""Export to Excel from the lead list's toolbar, as a user: filter, sort and hide columns in
the list, export, and find in the workbook exactly the rows the list shows, in its order, with
its columns; another city's contact is masked and the result says so; an unwritable path is
said next to the button."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crm.changes import Changes
from crm.exporting.columns import COLUMNS
from crm.leadlist.columns import export_columns
from crm.leads.contacts import add_contact
from crm.leads.edit import create_lead
from crm.ui.export_action import ExportTool
from crm.ui.models.lead_columns import COLUMNS as LIST_COLUMNS
from tests.ui.conftest import seed_leads


@pytest.fixture
def listed(store, people, window, qtbot):
    ids = seed_leads(store, people.wang, 5)
    other = create_lead(
        store,
        people.li,
        {
            "company_name": "宁波海曙精密仪器有限公司",
            "project_name": "封测基地",
            "field": "internet",
            "city": "future",
            "planned_investment": "2亿",
        },
    ).lead_id
    add_contact(store, people.li, other, {"name": "赵敏", "mobile": "13912345678"})
    window.ctx.notify(Changes(bulk=True))
    window.show_page("leads")
    qtbot.waitUntil(lambda: window.leads.model.total() == 6, timeout=5000)
    return ids, other


def _tool(window) -> ExportTool:
    tool = window.leads.findChild(ExportTool)
    assert tool is not None and tool.button.isVisible()
    return tool


def _save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(path), "")))


def _result_box(window, qtbot) -> QMessageBox:
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "exportDone") is not None, timeout=10000)
    return window.findChild(QMessageBox, "exportDone")


def test_export_writes_the_rows_the_list_shows(window, listed, qtbot, tmp_path, monkeypatch):
    ids, _other = listed
    page = window.leads
    city = page.filters.city
    city.setCurrentIndex(city.findText("紫金港科技城"))
    qtbot.waitUntil(lambda: page.model.total() == 5, timeout=5000)
    header = page.table.horizontalHeader()
    planned = next(i for i, c in enumerate(LIST_COLUMNS) if c.key == "planned_investment")
    header.setSortIndicator(planned, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.current_sort()[0] == ("planned_investment", False), timeout=5000)
    owner = next(i for i, c in enumerate(LIST_COLUMNS) if c.key == "owner")
    header.setSectionHidden(owner, True)
    shown = [page.model.row_at(r).id for r in range(page.model.total())]
    assert shown == ids  # 1000万 … 5000万, ascending

    _save_to(monkeypatch, tmp_path / "leads")
    QTest.mouseClick(_tool(window).button, Qt.MouseButton.LeftButton)
    box = _result_box(window, qtbot)
    assert "5" in box.text() and "leads.xlsx" in box.text()
    box.close()
    sheet = openpyxl.load_workbook(tmp_path / "leads.xlsx", read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    keys = export_columns(page.visible_columns())
    assert "owner" not in keys and keys[:3] == ["id", "is_key", "company_name"]
    assert list(rows[0]) == [COLUMNS[k].header("zh_CN") for k in keys]
    assert [r[0] for r in rows[1:]] == shown
    company = keys.index("company_name")
    assert [r[company] for r in rows[1:]] == [page.model.row_at(r).company for r in range(5)]


def test_every_field_export_masks_another_citys_contact(
    window, listed, qtbot, tmp_path, monkeypatch
):
    _ids, other = listed
    tool = _tool(window)
    _save_to(monkeypatch, tmp_path / "all.xlsx")
    tool.a_all.trigger()
    box = _result_box(window, qtbot)
    assert "6" in box.text()
    assert "1 行的联系人已打码" in box.informativeText()
    assert tool.last_result.masked_contacts == 1
    box.close()
    rows = list(
        openpyxl.load_workbook(tmp_path / "all.xlsx", read_only=True)
        .worksheets[0]
        .iter_rows(values_only=True)
    )
    mobile = list(rows[0]).index(COLUMNS["mobile"].header("zh_CN"))
    line = next(r for r in rows[1:] if r[0] == other)
    assert line[mobile] != "13912345678" and "*" in line[mobile]


def test_unwritable_path_is_said_next_to_the_button(window, listed, qtbot, tmp_path, monkeypatch):
    tool = _tool(window)
    _save_to(monkeypatch, tmp_path / "no-such-folder" / "leads.xlsx")
    QTest.mouseClick(tool.button, Qt.MouseButton.LeftButton)
    assert tool.error.isVisible() and "no-such-folder" in tool.error.text()
    assert not window.ctx.tasks.busy
    assert window.findChild(QMessageBox, "exportDone") is None
