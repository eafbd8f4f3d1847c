"""The funnel, dashboard, follow-up review and targets pages on the hand-built store of
tests/analytics/fixture.py, driven as a manager would: every number, bar and cell opens the
lead list (or the activity list) with exactly as many rows as the figure says; charts render
offscreen without Qt warnings; the models pass pytest-qt's model tester."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from crm.analytics import count_activities
from crm.leadlist.query import list_leads
from crm.targets.annual import list_targets, set_target
from crm.ui import i18n as ui_i18n
from crm.ui.pipeline.activity_dialog import ActivityListDialog
from crm.ui.pipeline.common import FIGURE_ROLE
from tests.analytics.fixture import build
from tests.ui.conftest import activate


def _open(window, qtbot, key: str, ready):
    window.show_page(key)
    page = window.page(key)
    qtbot.waitUntil(lambda: ready(page) and not window.ctx.tasks.busy, timeout=10000)
    QApplication.processEvents()
    return page


def _drill_every_cell(window, qtbot, table, amounts=None) -> int:
    """Activate every cell carrying a figure; the list it opens holds exactly its leads: as
    many as a count says, adding up to an amount (``amounts``: column → LeadRow attribute, None
    for an amount the list does not show). Returns how many cells were checked."""
    model, checked = table.model(), 0
    amounts = amounts or {}
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            fig = index.data(FIGURE_ROLE)
            if fig is None or (fig.leads is None and fig.activities is None):
                continue
            before = set(QApplication.topLevelWidgets())
            table.figure_activated.emit(fig, index)
            if fig.leads is not None:
                flt = window.leads.filters.current()
                assert flt == fig.leads
                if c in amounts:
                    if amounts[c] is not None:
                        rows = list_leads(window.ctx.store, window.ctx.actor, flt, limit=1000).rows
                        total = sum(getattr(row, amounts[c]) or 0 for row in rows)
                        assert total == pytest.approx(fig.value), (table.objectName(), r, c)
                else:
                    assert window.leads.model.total() == fig.value, (table.objectName(), r, c)
            else:
                dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ActivityListDialog)
                           and w not in before]  # fmt: skip
                assert dialogs and dialogs[0].model.total() == fig.value
                assert count_activities(window.ctx.store, fig.activities) == fig.value
                dialogs[0].close()
            checked += 1
    return checked


def test_funnel_page(window, qtbot, store, people, qtmodeltester):
    build(store, people)
    page = _open(
        window, qtbot, "pipeline_funnel", lambda p: p.review is not None and p.review.with_days
    )
    m = page.model
    assert [m.index(r, 1).data() for r in range(m.rowCount())] == [
        "12",
        "9",
        "7",
        "5",
        "5",
        "1",
        "0",
        "0",
    ]
    assert m.index(0, 2).data() == "75.0%" and m.index(3, 3).data() == "0"
    assert m.index(3, 4).data() in ("89.5 d", "89.5 天")  # B 101, G 41, H 131, M 85 days
    qtmodeltester.check(m)
    for model in page.lost_models.values():
        qtmodeltester.check(model)
    assert _drill_every_cell(window, qtbot, page.table) == 15
    # a bar of the chart: the third from the top is 考察, 7 leads
    window.show_page("pipeline_funnel")
    bars = page.chart.chart().series()[0].barSets()[0]
    bars.clicked.emit(len(m.review.steps) - 3)
    assert window.leads.model.total() == 7
    assert "考察" in window.leads.filters.chip.text()


def test_dashboard_page(window, qtbot, store, people, qtmodeltester):
    build(store, people)  # targets for 2026: 10 signed projects (6 未来, 4 紫金港), 10亿元
    page = _open(window, qtbot, "pipeline_dashboard", lambda p: p.board is not None)
    tile = page.tiles["signed_projects"]
    assert tile.value.text() == "4"  # B C H M this year (G is an upgrade)
    assert "10" in tile.target.text() and "40%" in tile.target.text()
    tile.clicked.emit()
    assert window.leads.model.total() == 4
    for model in (page.targets_model, page.heat_model, page.officer_model):
        qtmodeltester.check(model)
    window.show_page("pipeline_dashboard")
    # columns: signed projects, signed investment, landed, funds in place, high-tech, jobs
    amounts = {2: "agreed_investment", 4: "funds_in_place", 6: None}
    assert _drill_every_cell(window, qtbot, page.targets_table, amounts) >= 20
    for metric, attr in (("signed_projects", None), ("signed_investment", "agreed_investment"),
                         ("landed_projects", None), ("pipeline", None),
                         ("pipeline_value", "planned_investment")):  # fmt: skip
        page.heat_metric.setCurrentIndex(page.heat_metric.findData(metric))
        columns = {c: attr for c in range(page.heat_model.columnCount())} if attr else {}
        assert _drill_every_cell(window, qtbot, page.heat_table, columns) > 0
    page.period.setCurrentIndex(page.period.findData("ytd"))  # the officers over the year
    qtbot.waitUntil(
        lambda: page.board.officer_period.start.month == 1 and not window.ctx.tasks.busy
    )
    assert _drill_every_cell(window, qtbot, page.officer_table) > 10
    # every chart renders, in both languages, without a Qt warning (they would fail the test)
    for n in range(page.trend.tabs.count()):
        page.trend.tabs.setCurrentIndex(n)
        assert not page.grab().isNull()
    ui_i18n.install(QApplication.instance(), "en")
    QApplication.processEvents()
    assert page.title.text() == "Dashboard"
    assert page.trend.tabs.tabText(0) == "Activities"
    assert not page.grab().isNull()


def test_dashboard_follows_changes_on_screen_and_catches_up_when_shown(
    window, qtbot, store, people
):
    """A change the dashboard shows is computed at once while it is on screen; while another
    page is shown, it waits for the next visit (no work for a page nobody looks at)."""
    build(store, people)
    page = _open(window, qtbot, "pipeline_dashboard", lambda p: p.board is not None)
    assert "10" in page.tiles["signed_projects"].target.text()
    changes = set_target(store, people.zhao, 2026, "signed_projects", 8)
    window.ctx.bus.changed.emit(changes)
    qtbot.waitUntil(lambda: "8" in page.tiles["signed_projects"].target.text(), timeout=10000)
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)

    window.show_page("leads")
    shown = page.board
    window.ctx.bus.changed.emit(set_target(store, people.zhao, 2026, "signed_projects", 16))
    QApplication.processEvents()
    assert page.board is shown and not window.ctx.tasks.busy  # hidden: nothing computed
    window.show_page("pipeline_dashboard")
    qtbot.waitUntil(lambda: "16" in page.tiles["signed_projects"].target.text(), timeout=10000)
    assert page.board is not shown


def test_review_page(window, qtbot, store, people, qtmodeltester):
    build(store, people)
    page = _open(window, qtbot, "pipeline_review", lambda p: p.review is not None)
    qtmodeltester.check(page.officers)
    qtmodeltester.check(page.cities)
    wang = next(r for r, row in enumerate(page.officers.rows) if row.user_id == people.wang.id)
    index = page.officers.index(wang, 2 + list(page.officers.rows[wang].figures).index("stale"))
    fig = index.data(FIGURE_ROLE)
    page.officer_table.figure_activated.emit(fig, index)
    assert page.leads.total() == fig.value > 0
    page.open_list.click()
    assert window.leads.model.total() == fig.value
    window.show_page("pipeline_review")
    checked = 0
    for table in (page.officer_table, page.city_table):
        model = table.model()
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                cell = model.index(r, c)
                if cell.data(FIGURE_ROLE) is not None:
                    table.figure_activated.emit(cell.data(FIGURE_ROLE), cell)
                    assert page.leads.total() == cell.data(FIGURE_ROLE).value, (r, c)
                    checked += 1
    assert checked >= 10


@pytest.mark.parametrize("window", ["zhao"], indirect=True)  # a manager sets them
def test_targets_page_edit_undo_import_export(
    window, qtbot, store, people, tmp_path, qtmodeltester
):
    page = _open(window, qtbot, "pipeline_targets", lambda p: True)
    page.year.setValue(2026)
    m = page.model
    qtmodeltester.check(m)
    future = next(r for r, s in enumerate(m.scopes) if s == (people.city_future, None))
    col = 2  # signed investment
    activate(window)
    page.table.setCurrentIndex(m.index(future, col))
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_F2)  # edit the cell, as a user would
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, "12000")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState)  # a queued commit
    values = {(t.city_id, t.field_id, t.metric): t.value for t in list_targets(store, 2026)}
    assert values == {(people.city_future, None, "signed_investment"): 12000}
    assert m.index(0, col).data() == "12,000"  # the corridor: the cities' sum, in grey
    assert m.index(0, col).data(Qt.ItemDataRole.FontRole).italic()
    assert not m.setData(m.index(future, col), "很多")  # refused, said next to the table
    page._show_error()
    assert page.message.isVisible() and "很多" in page.message.text()
    activate(window)
    QTest.keySequence(window, "Ctrl+Z")
    assert list_targets(store, 2026) == []
    assert m.index(future, col).data() == ""
    # a workbook replaces the year's targets after a yes
    wb = Workbook()
    wb.active.append(["年度", "科技城", "领域", "签约项目数", "签约投资额（万元）"])
    wb.active.append([2026, "全部", "全部", 10, "10亿"])
    path = tmp_path / "targets.xlsx"
    wb.save(path)
    asked = []
    assert page.import_file(path, confirm=lambda text: asked.append(text) or True)
    assert "2026" in asked[0]
    assert {t.metric: t.value for t in list_targets(store, 2026)} == {
        "signed_projects": 10, "signed_investment": 100000}  # fmt: skip
    assert m.index(0, 1).data() == "10"
    out = tmp_path / "out.xlsx"
    page.export_file(out)
    from crm.targets.sheets import read_targets

    assert read_targets(store, out).years[2026] == {
        (None, None, "signed_projects"): 10, (None, None, "signed_investment"): 100000}  # fmt: skip
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    assert not page.import_file(bad, confirm=lambda text: True)
    assert page.message.isVisible()


def test_the_pipeline_tables_export_to_excel(window, store, people, qtbot, tmp_path, monkeypatch):
    """The dashboard's, funnel's and follow-up review's tables, one sheet each, as shown."""
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from tests.analytics.fixture import build

    build(store, people)
    for key, attr, sheets, name in (
        ("pipeline_dashboard", "pipeline_dashboard", 3, "王五"),
        ("pipeline_funnel", "pipeline_funnel", 4, "签约"),
        ("pipeline_review", "pipeline_review", 2, "王五"),
    ):
        window.show_page(key)
        page = getattr(window, attr)
        qtbot.waitUntil(lambda page=page: _computed(page), timeout=10000)
        target = tmp_path / f"{key}.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        page.export.button.click()
        window.ctx.tasks.wait()
        qtbot.waitUntil(lambda page=page: page.export.last_path is not None, timeout=10000)
        wb = load_workbook(target)
        assert len(wb.sheetnames) == sheets, (key, wb.sheetnames)
        cells = [c for ws in wb for row in ws.iter_rows(values_only=True) for c in row]
        assert name in cells, key
        assert any(isinstance(c, int | float) and c > 0 for c in cells), key


def _computed(page) -> bool:
    return any(getattr(page, a, None) is not None for a in ("board", "review"))


def test_a_city_manager_edits_only_their_citys_targets(controller, qtbot, store, people):
    """As 未来's manager: 未来's cells take a typed target; 紫金港's and the corridor's are
    read-only, their tooltip saying why, and typing into them changes nothing."""
    from crm.accounts.users import identify

    set_target(store, people.zhao, 2026, "signed_projects", 10, city_id=people.city_zijingang)
    mgr = identify(store, "周经理", people.city_future, role="manager")[0]
    window = controller.build(mgr)
    window.resize(1366, 768)
    window.show()
    page = _open(window, qtbot, "pipeline_targets", lambda p: True)
    page.year.setValue(2026)
    m = page.model
    row = {s: r for r, s in enumerate(m.scopes)}
    internet = window.ctx.ref.id_of("field", "internet")
    other = m.index(row[(people.city_zijingang, internet)], 1)
    editable = Qt.ItemFlag.ItemIsEditable
    assert not m.flags(other) & editable and not m.flags(m.index(row[(None, None)], 1)) & editable
    assert other.data(Qt.ItemDataRole.ToolTipRole) == (
        "这是其他科技城的目标：科技城领导只能设定本城的目标。"
    )
    assert m.index(row[(None, internet)], 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "此项适用于整个大走廊：只有管委会领导或管理员可以修改。"
    )
    own = m.index(row[(people.city_future, internet)], 1)
    assert other.data(Qt.ItemDataRole.BackgroundRole) is not None  # read-only, at a glance
    assert own.data(Qt.ItemDataRole.BackgroundRole) is None and m.flags(own) & editable
    assert page.import_button.isEnabled()  # a sheet of their own city's targets
    activate(window)
    for index, typed in ((other, "40"), (m.index(row[(people.city_future, internet)], 1), "7")):
        page.table.setCurrentIndex(index)
        page.table.setFocus()
        QTest.keyClicks(page.table, typed)  # typing starts an editor only where one may edit
        editor = QApplication.focusWidget()
        if isinstance(editor, QLineEdit):
            QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState)
    values = {(t.city_id, t.field_id, t.metric): t.value for t in list_targets(store, 2026)}
    assert values == {
        (people.city_zijingang, None, "signed_projects"): 10,
        (people.city_future, internet, "signed_projects"): 7,
    }
    assert not page.message.isVisible()
