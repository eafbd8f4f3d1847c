"""The Reports page driven as a user: pick a week (buttons and typing), build the preview,
read the PDF the viewer shows, export PDF and Excel and read them back. The figure checked
is the week's activity count, known here because the test logged those activities itself."""

from __future__ import annotations

import re
from datetime import date, timedelta

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from crm.analytics import Period
from crm.followups.activities import log_activity
from crm.leads.edit import create_lead
from crm.ui.typing_sim import type_text

WEEK = "2026-W20"  # Monday 11 – Sunday 17 May 2026
IN_WEEK = [date(2026, 5, 11), date(2026, 5, 12), date(2026, 5, 14), date(2026, 5, 17)]


@pytest.fixture
def week_store(store, people):
    """Four activities in W20 on a 紫金港 lead, three on a 未来 lead, two in W19."""
    zjg = create_lead(
        store,
        people.wang,
        {
            "company_name": "杭州云帆生物医药有限公司",
            "project_name": "研发中心",
            "field": "health",
            "city": "zijingang",
        },
    ).lead_id
    fut = create_lead(
        store,
        people.li,
        {
            "company_name": "浙江星河智能科技有限公司",
            "project_name": "总部",
            "field": "internet",
            "city": "future",
        },
    ).lead_id
    for day in IN_WEEK:
        log_activity(
            store,
            people.wang,
            zjg,
            {"occurred_on": day, "activity_type": "call", "summary": "电话"},
        )
    for day in IN_WEEK[:3]:
        log_activity(
            store, people.li, fut, {"occurred_on": day, "activity_type": "call", "summary": "电话"}
        )
    for day in (date(2026, 5, 5), date(2026, 5, 8)):
        log_activity(
            store, people.li, fut, {"occurred_on": day, "activity_type": "call", "summary": "电话"}
        )
    return store


def _pdf_text(path) -> str:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(doc.getAllText(i).text() for i in range(doc.pageCount()))
    doc.close()
    return text


def _page(window):
    return window.page("reports")


def _choose_week(page, text: str) -> None:
    page.week.edit.selectAll()
    type_text(page.week.edit, text)
    QTest.keyClick(page.week.edit, Qt.Key.Key_Return)


def _preview(window, qtbot):
    page = _page(window)
    qtbot.waitUntil(
        lambda: not page.strip.busy and page._debounce.isActive() is False, timeout=5000
    )
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: page.preview.page_count() > 0 and not page.strip.busy, timeout=10000)
    return page.preview.text()


def test_week_picker_defaults_to_last_complete_week_and_steps(window, qtbot):
    page = _page(window)
    window.show_page("reports")
    today = date.today()
    assert page.week.period() == Period.last_complete_week(today)
    QTest.mouseClick(page.week.next_button, Qt.MouseButton.LeftButton)
    assert page.week.period() == Period.week_of(today)  # this week so far, and no further
    assert not page.week.next_button.isEnabled()
    for _ in range(2):
        QTest.mouseClick(page.week.prev_button, Qt.MouseButton.LeftButton)
    assert page.week.period() == Period.last_complete_week(today - timedelta(weeks=1))
    _choose_week(page, "2026-W99")
    assert page.week.error.isVisible() and "99" in page.week.error.text()
    _choose_week(page, "20xx")
    assert "2026-W20" in page.week.error.text()  # says how to write a week
    assert page.week.period() == Period.last_complete_week(today - timedelta(weeks=1))
    _choose_week(page, WEEK)
    assert page.week.period() == Period.parse_week(WEEK)
    assert not page.week.error.isVisible()
    assert "5月11日" in page.week.days.text()


def test_preview_shows_the_pdf_with_the_weeks_figures(window, week_store, qtbot):
    page = _page(window)
    _choose_week(page, WEEK)
    window.show_page("reports")
    text = _preview(window, qtbot)
    assert page.preview.page_count() >= 2
    assert "大走廊统一招商" in text
    assert re.search(r"跟进次数\s+7\s", text), text[:600]  # 4 + 3 in W20 (2 were in W19)
    # one city: only 紫金港's four
    page.scope.setCurrentIndex(page.scope.findText("紫金港科技城"))
    qtbot.waitUntil(lambda: page.strip.busy or page._debounce.isActive(), timeout=2000)
    text = _preview(window, qtbot)
    assert re.search(r"跟进次数\s+4\s", text), text[:600]
    # navigation
    QTest.mouseClick(page.preview.next_page, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview.page() == 1, timeout=2000)
    assert page.preview.page_box.text() == "2"
    page.preview.page_box.selectAll()
    type_text(page.preview.page_box, str(page.preview.page_count()))
    QTest.keyClick(page.preview.page_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.preview.page() == page.preview.page_count() - 1, timeout=2000)
    assert not page.preview.next_page.isEnabled()


def test_cancelled_preview_shows_nothing_and_leaves_no_file(window, week_store, qtbot):
    page = _page(window)
    page.build_preview()
    page.strip.cancel()
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: not page.strip.busy, timeout=5000)
    assert page.preview.page_count() == 0
    assert list(page._tmp.iterdir()) == []


def test_export_pdf_and_excel_in_the_interface_language(
    window, week_store, qtbot, tmp_path, monkeypatch
):
    page = _page(window)
    _choose_week(page, WEEK)
    window.show_page("reports")
    asked = []

    def save_as(_parent, _title, default, _filter):
        asked.append(default)
        return str(tmp_path / ("out.pdf" if default.endswith(".pdf") else "out")), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    QTest.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: page.notice.isVisible(), timeout=10000)
    assert asked[0].endswith("大走廊招商周报-2026-W20.pdf")
    assert "out.pdf" in page.notice.message_text() and page.notice.action.isVisible()
    text = _pdf_text(tmp_path / "out.pdf")
    assert re.search(r"跟进次数\s+7\s", text) and "较上期：▲ 5" in text  # 7 against W19's 2

    # the workbook, written in English because the interface is English when exporting
    from crm.ui import i18n as ui_i18n

    ui_i18n.install(QApplication.instance(), "en")
    QApplication.processEvents()
    assert page.xlsx_button.text() == "Export Excel…"
    QTest.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)  # "out" gets its .xlsx
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: "out.xlsx" in page.notice.message_text(), timeout=10000)
    assert asked[1].endswith("Corridor investment weekly report-2026-W20.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "out.xlsx", read_only=True)
    rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    found = [r for r in rows if "Activities" in r]
    assert found and 7 in found[0], rows[:20]


@pytest.mark.parametrize("window", ["zhao"], indirect=True)
def test_a_refusal_in_the_panel_clears_when_the_next_export_succeeds(
    window, week_store, qtbot, tmp_path, monkeypatch
):
    """The panel's red line says why the last action failed; once an export has been written
    it is old news, and it goes."""
    page = _page(window)
    _choose_week(page, WEEK)
    window.show_page("reports")
    panel = page.panel
    panel.summary.setPlainText("长" * 20_001)
    QTest.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.error.isVisible() and "20,001" in panel.error.text()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(tmp_path / "w.pdf"), ""))
    )
    QTest.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: "w.pdf" in page.notice.message_text(), timeout=10000)
    assert (tmp_path / "w.pdf").stat().st_size > 0
    assert not panel.error.isVisible()
    assert panel.summary.toPlainText() == "长" * 20_001  # the typing is kept


def test_unwritable_path_is_said_next_to_the_buttons(window, qtbot, tmp_path, monkeypatch):
    page = _page(window)
    window.show_page("reports")
    _preview(window, qtbot)  # an empty store still makes a report that says so
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a: (str(tmp_path / "missing" / "r.pdf"), "")),
    )
    QTest.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert page.notice.isVisible() and "missing" in page.notice.message_text()
    assert not window.ctx.tasks.busy
    assert not (tmp_path / "missing").exists()
    assert "没有" in page.preview.text() or "无" in page.preview.text()


def test_the_weeks_summary_and_closing_from_the_panel(window, store, qtbot, people):
    """An officer is offered neither the summary nor closing (read-only and disabled, each
    saying why); report staff write it and close the week, and the preview prints both."""
    from crm.accounts.users import identify
    from tests.analytics.fixture import build

    build(store, people)
    page = _page(window)
    _choose_week(page, WEEK)
    window.show_page("reports")
    panel = page.panel
    assert panel.summary.isReadOnly() and not panel.save_button.isEnabled()
    assert (
        panel.summary.toolTip()
        == panel.save_button.toolTip()
        == panel.summary.placeholderText()  # said where one would type
        == "只有报表人员和领导可以填写本周工作小结。"
    )
    assert panel.close_button.isVisible() and not panel.close_button.isEnabled()
    assert panel.close_button.toolTip() == "只有报表人员、领导和管理员可以关闭周报。"
    QTest.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.error.isVisible()  # nothing offered, nothing refused
    window.ctx.actor = identify(store, "钱七", None, role="report_staff")[0]
    panel.show_week(page.period())
    assert not panel.summary.isReadOnly() and panel.close_button.isEnabled()
    type_text(panel.summary, "本周签约2个，䶮姓企业家来访。")
    assert "䶮" in panel.count.text()  # the PDF cannot draw it: said as it is typed
    QTest.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert not panel.error.isVisible() and not panel.save_button.isEnabled()
    assert panel.close_button.isVisible() and not panel.reopen_button.isVisible()
    QTest.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: panel.reopen_button.isVisible(), timeout=5000)
    assert "指纹" in panel.state.text()
    text = _preview(window, qtbot)
    assert "本周签约2个" in text and "〓(U+4DAE)" in text
    assert re.search(r"指纹\s*[0-9A-F]{4}-", text)
    # the figures beside the preview open the leads behind them
    item = next(panel.figures.item(n) for n in range(panel.figures.count())
                if panel.figures.item(n).text().startswith("签约项目"))  # fmt: skip
    assert item.text().endswith("2")
    panel.figures.itemDoubleClicked.emit(item)
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: window.leads.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.leads.model.total() == 2, timeout=5000)


def test_a_figure_clicked_in_the_preview_opens_its_leads(window, store, qtbot, people):
    """The PDF's signed-projects tile is a link: a click on it in the preview opens the lead
    list filtered to the two projects signed that week; a click beside it opens nothing."""
    from PySide6.QtCore import QModelIndex, QPoint, QPointF
    from PySide6.QtPdf import QPdfLinkModel

    from tests.analytics.fixture import build

    build(store, people)
    window.resize(1366, 768)
    page = _page(window)
    window.show_page("reports")
    _choose_week(page, WEEK)
    _preview(window, qtbot)
    view, doc = page.preview.view, page.preview.document
    links = QPdfLinkModel()
    links.setDocument(doc)
    links.setPage(0)
    rect = next(
        links.data(links.index(n, 0), QPdfLinkModel.Role.Rectangle.value)
        for n in range(links.rowCount(QModelIndex()))
        if links.data(links.index(n, 0), QPdfLinkModel.Role.Url.value).toString()
        == "crm-drill:kpi/signed"
    )
    # fitted to the width, the first page starts at the view's margins
    m = view.documentMargins()
    scale = (view.viewport().width() - m.left() - m.right()) / doc.pagePointSize(0).width()

    def at(pt: QPointF) -> QPoint:
        return QPoint(round(m.left() + pt.x() * scale), round(m.top() + pt.y() * scale))

    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=at(rect.topLeft() - QPointF(30, 0))
    )
    assert not window.leads.isVisible()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(rect.center()))
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: window.leads.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.leads.model.total() == 2, timeout=5000)


def test_preview_finds_its_pages_zoomed_and_scrolled(window, store, qtbot, people):
    """Where the preview looks for links is where the view paints its pages: zoomed in and
    scrolled to the right and down to the second page, the pixels just inside that page's top
    and right edges are the page's white, just outside them the view's grey."""
    from tests.analytics.fixture import build

    build(store, people)
    window.resize(1366, 768)
    page = _page(window)
    window.show_page("reports")
    _choose_week(page, WEEK)
    _preview(window, qtbot)
    preview, view = page.preview, page.preview.view
    preview.zoom(1.2)
    preview.zoom(1.2)
    QTest.qWait(100)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    view.verticalScrollBar().setValue(preview.links.page_rects()[1].top() - 150)
    second = preview.links.page_rects()[1]
    assert second.top() == 150
    x, y = second.right() - 40, second.top() + 60

    def lightness(px: int, py: int) -> int:
        return view.viewport().grab().toImage().pixelColor(px, py).lightness()

    qtbot.waitUntil(lambda: lightness(x, second.top() + 2) > 250, timeout=5000)  # rendered
    assert lightness(x, second.top() - 3) < 250  # the gap between the pages
    assert lightness(second.right() - 2, y) > 250
    assert lightness(second.right() + 3, y) < 250  # the margin right of the page


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_page_fits_1366_by_768_without_scrollbars_around_it(window, app, lang):
    """At 1366×768 less a window frame and title bar (1346×720), in either language: no
    scrollbar around the page, and the last export button is whole (its text was clipped and
    the side panel cut behind a sideways scrollbar in English)."""
    from PySide6.QtWidgets import QScrollArea

    from crm.ui import i18n as ui_i18n

    ui_i18n.install(app, lang)
    window.resize(1346, 720)
    window.show_page("reports")
    QTest.qWait(50)
    page = window.page("reports")
    area = window.findChild(QScrollArea, "pageScroll")
    hint, room = page.minimumSizeHint(), area.viewport().size()
    assert hint.width() <= room.width() and hint.height() <= room.height(), (hint, room)
    assert not area.horizontalScrollBar().isVisible()
    assert not area.verticalScrollBar().isVisible()
    for button in (page.pdf_button, page.xlsx_button, page.docx_button):
        right = button.mapTo(page, button.rect().topRight()).x()
        assert right < page.width(), button.objectName()
        assert button.width() >= button.sizeHint().width(), button.text()
    assert page.panel.visibleRegion().boundingRect().width() == page.panel.width()
