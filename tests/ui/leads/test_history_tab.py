"""The lead's History tab: who changed what, when, old → new, in the reader's language, and
nothing of another city's confidential project beyond its codename."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm.leads import edit as leads
from crm.ui import i18n as ui_i18n
from crm.ui.models.audit_entries import HISTORY_COLUMNS


def _open_history(window, qtbot, lead_id: int):
    window.show_page("leads")
    window.leads.apply_filter()
    assert window.leads.select_lead(lead_id)
    window.leads.ensure_detail()
    panel = window.leads.detail
    bar = panel.tabs.tabBar()
    tab = panel.tabs.indexOf(panel.history)  # after the Files tab (issue 19)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    assert panel.tabs.currentWidget() is panel.history
    return panel.history


def _rows(tab) -> list[tuple[str, ...]]:
    m = tab.model
    return [
        tuple(m.data(m.index(r, c)) for c in range(len(HISTORY_COLUMNS)))
        for r in range(m.rowCount())
    ]


def test_history_names_who_changed_what_old_and_new_in_both_languages(
    window, app, qtbot, store, people
):
    lead_id = leads.create_lead(
        store,
        people.wang,
        {
            "company_name": "杭州云帆智能科技有限公司",
            "project_name": "云帆研发中心",
            "field": "internet",
            "city": "zijingang",
            "planned_investment": "800万",
        },
    ).lead_id
    leads.update_lead(store, people.zhao, lead_id, {"planned_investment": "1.2亿"})
    tab = _open_history(window, qtbot, lead_id)
    rows = _rows(tab)
    # newest first: 赵六's change, then 王五's creation
    who, action, field, old, new = rows[0][1:]
    assert (who, action, field) == ("赵六", "修改", "计划投资额")
    assert (old, new) == ("800万元", "1.20亿元")
    assert rows[-1][1:3] == ("王五", "新建")
    assert "杭州云帆智能科技有限公司" in rows[-1][5]
    assert tab.note.text() == f"共记录 {len(rows)} 项变更"
    ui_i18n.install(app, "en")
    QApplication.processEvents()
    assert tab.model.headerData(1, Qt.Orientation.Horizontal) == "Who"
    assert _rows(tab)[0][2:4] == ("changed", "Planned investment")
    assert _rows(tab)[0][4:] == ("RMB 8.00 m", "RMB 120.00 m")


@pytest.mark.parametrize("window", ["li"], indirect=True)
def test_another_citys_confidential_project_shows_no_name_in_its_history(
    window, qtbot, store, people
):
    lead_id = leads.create_lead(
        store,
        people.wang,
        {
            "company_name": "杭州保密材料有限公司",
            "project_name": "保密新材料基地",
            "field": "materials",
            "city": "zijingang",
            "confidential": True,
            "codename": "青鸟项目",
        },
    ).lead_id
    leads.update_lead(store, people.wang, lead_id, {"project_name": "保密新材料二期"})
    tab = _open_history(window, qtbot, lead_id)
    text = " ".join(" ".join(r) for r in _rows(tab))
    assert "保密材料" not in text and "保密新材料" not in text
    assert "***" in text
    assert _rows(tab)[0][1] == "王五"
