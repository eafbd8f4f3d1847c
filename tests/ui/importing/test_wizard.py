"""The import wizard driven as a user: a messy ledger (merged title row, 填报单位 line, header
synonyms, 1.2亿, a company another city follows, a bad amount, a 合计 row) dropped on the
first step, the mapping corrected, the preview read and filtered, a duplicate decided row by
row, refused rows saved, the import run, its leads shown, and undone; a cancel in the middle of
the import leaves the store exactly as it was; a hostile file stops at the first step."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox, QWizard

from crm.importing.api import recent_imports
from crm.leadlist.query import LeadFilter, count_leads, list_leads
from crm.leads.edit import create_lead
from crm.ui.importing import jobs, open_recent
from crm.ui.importing.mapping_model import TARGET, UNIT
from crm.ui.importing.plan_model import CHOICE
from crm.ui.importing.wizard import ImportWizard
from crm.ui.typing_sim import type_text
from tests.importing.helpers import store_hash
from tests.importing.ledgers import ROWS, code, write_ledger
from tests.ui.conftest import activate

BAD_ROW = (  # a mistyped credit code (refused) and a range (only kept out and flagged)
    "杭州澄源医疗器械有限公司",
    code(5)[:-1] + ("X" if code(5)[-1] != "X" else "Y"),
    "影像设备",
    "医疗器械",
    "紫金港",
    "3000-5000万",
    None,
    "线索",
    "2026-05-12",
    None,
    None,
    None,
    None,
    None,
)


@pytest.fixture
def ledger(tmp_path):
    return write_ledger(tmp_path / "紫金港招商台账.xlsx", rows=[*ROWS, BAD_ROW])


@pytest.fixture
def followed(store, people):
    """The ledger's first company, already followed by 李四 of 未来科技城."""
    return create_lead(
        store,
        people.li,
        {
            "company_name": "杭州星河生物科技有限公司",
            "credit_code": code(1),
            "project_name": "生物药中试基地",
            "field": "health",
            "city": "future",
            "stage_date": date(2026, 3, 1),
        },
    ).lead_id


def _wizard(window) -> ImportWizard:
    w = window.findChild(ImportWizard)
    assert w is not None and w.isVisible()
    return w


def _settle(window, qtbot, wizard) -> None:
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=10000)


def _drop(widget, path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos, args = (
        QPointF(widget.rect().center()),
        (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
    )
    enter = QDragEnterEvent(pos.toPoint(), *args)  # a QPoint (Qt 6.11)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()  # the zone takes files
    drop = QDropEvent(pos, *args)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def _pick(view, index, label: str) -> None:
    """Click the cell, then pick ``label`` in the combo that opens, as a user does."""
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    combo = view.findChild(QComboBox, "cellChoice")
    i = combo.findText(label)
    assert i >= 0, [combo.itemText(k) for k in range(combo.count())]
    combo.setCurrentIndex(i)
    combo.activated.emit(i)


def _open(window, ledger, qtbot) -> ImportWizard:
    activate(window)  # shortcuts go to the active window
    QTest.keySequence(window, "Ctrl+I")
    wizard = _wizard(window)
    _drop(wizard.file_page.zone, ledger)
    _settle(window, qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def _to_preview(window, wizard, qtbot) -> None:
    QTest.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    _settle(window, qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page and wizard.plan is not None


@pytest.mark.parametrize("window", ["zhao"], indirect=True)  # a multi-city ledger
def test_messy_ledger_through_every_step(
    window, store, people, followed, ledger, qtbot, qtmodeltester, tmp_path, monkeypatch
):
    before = count_leads(store, people.wang, LeadFilter())
    wizard = _open(window, ledger, qtbot)
    # mapping: synonyms and the unit in the header were understood
    page = wizard.mapping_page
    qtmodeltester.check(page.model)
    cols = {c.header: c for c in page.model.columns}
    assert cols["企业名称"].target == "company_name"
    assert (cols["投资额(亿元)"].target, cols["投资额(亿元)"].unit) == (
        "planned_investment",
        "亿元",
    )
    assert cols["序号"].target is None
    assert "紫金港科技城2026年招商项目台账" in page.about.text()
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["2026年台账", "填表说明"]
    # the user corrects a column: the notes are not wanted
    notes_row = page.model.row_of_target("notes")
    _pick(page.view, page.model.index(notes_row, TARGET), "（不导入）")
    assert page.model.columns[notes_row].target is None
    assert page.model.index(notes_row, UNIT).data() == ""
    _to_preview(window, wizard, qtbot)

    # the dry run: every row accounted for; nothing written yet
    prev = wizard.preview_page
    qtmodeltester.check(prev.model)
    c = wizard.plan.counts
    assert (c.created, c.updated, c.skipped, c.refused, c.data_rows) == (3, 0, 1, 1, 5)
    assert prev.counts.sum.text().startswith("新建 3 + 更新 0 + 跳过 1 + 拒绝 1 = 数据行 5")
    assert count_leads(store, people.wang, LeadFilter()) == before
    dup = prev.model.row_of_number(4)
    what = prev.model.index(dup, 3).data()
    assert "李四" in what and "未来科技城" in what
    bad = prev.model.index(prev.model.row_of_number(8), 3).data()
    assert "统一社会信用代码" in bad and "校验码" in bad  # a range is kept, a wrong code refused
    QTest.mouseClick(prev.counts.buttons["refuse"], Qt.MouseButton.LeftButton)
    assert prev.model.rowCount() == 1 and prev.model.row_plan(0).number == 8
    QTest.mouseClick(prev.counts.buttons["all"], Qt.MouseButton.LeftButton)
    assert prev.model.rowCount() == 5

    # the duplicate, row by row: create anyway needs a reason
    _pick(prev.view, prev.model.index(dup, CHOICE), "仍然新建")
    _settle(window, qtbot, wizard)
    qtbot.waitUntil(
        lambda: wizard.plan is not None and wizard.plan.row(4).action == "refuse", timeout=5000
    )
    type_text(prev.reason, "另一个项目，由紫金港负责")
    QTest.keyClick(prev.reason, Qt.Key.Key_Return)  # applies the reason, does not import
    qtbot.waitUntil(
        lambda: wizard.plan is not None and wizard.plan.row(4).action == "create", timeout=5000
    )
    _settle(window, qtbot, wizard)
    assert wizard.plan.counts.created == 4 and wizard.plan.counts.refused == 1
    assert wizard.currentPage() is prev and count_leads(store, people.wang, LeadFilter()) == before

    # the refused rows, saved to fix in Excel
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(tmp_path / "refused"), ""))
    )
    QTest.mouseClick(prev.save_refused, Qt.MouseButton.LeftButton)
    _settle(window, qtbot, wizard)
    rows = list(
        openpyxl.load_workbook(tmp_path / "refused.xlsx").active.iter_rows(values_only=True)
    )
    assert rows[1][1] == "杭州澄源医疗器械有限公司" and rows[1][-2] == 8 and "校验码" in rows[1][-1]
    assert "refused.xlsx" in prev.notice.message_text()

    # import, then the result
    QTest.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    _settle(window, qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=5000)
    result = wizard.result
    assert len(result.created_ids) == 4
    assert count_leads(store, people.wang, LeadFilter()) == before + 4
    star = list_leads(
        store, people.wang, LeadFilter(import_batch_id=result.batch_id), limit=10
    ).rows
    assert {r.company for r in star} >= {"杭州星河生物科技有限公司", "浙江云帆数字科技股份有限公司"}
    assert (
        next(r for r in star if r.company == "杭州星河生物科技有限公司").planned_investment
        == 12000.0
    )
    assert "4" in wizard.result_page.headline.text()
    # show the imported leads: the list is filtered to them
    QTest.mouseClick(wizard.result_page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.leads.model.total() == 4, timeout=5000)
    assert not wizard.isVisible()
    assert window.leads.filters.current().import_batch_id == result.batch_id

    # and undone from File ▸ Recent imports…
    dialog = open_recent(window)
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, 0).data() == result.batch_id
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    QTest.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: "已撤销" in dialog.notice.message_text(), timeout=5000)
    assert count_leads(store, people.wang, LeadFilter()) == before
    assert recent_imports(store, 1)[0].undone_at is not None
    assert not dialog.undo_button.isEnabled()
    dialog.close()

    # the corrected mapping (no notes) is remembered for this layout
    wizard = _open(window, ledger, qtbot)
    assert "沿用您上次" in wizard.mapping_page.about.text()
    assert wizard.mapping_page.model.columns[notes_row].target is None
    wizard.reject()


@pytest.mark.parametrize("window", ["zhao"], indirect=True)  # a multi-city ledger
def test_undo_from_the_result_page_and_the_welcome_button(
    window, store, people, ledger, qtbot, monkeypatch
):
    assert window.welcome.import_button.isEnabled()
    QTest.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    wizard = _wizard(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(ledger), "")))
    QTest.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
    _settle(window, qtbot, wizard)
    _to_preview(window, wizard, qtbot)
    wizard.next()
    _settle(window, qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=5000)
    assert count_leads(store, people.wang, LeadFilter()) == 4  # the fifth row is refused
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    QTest.mouseClick(wizard.result_page.undo_button, Qt.MouseButton.LeftButton)
    _settle(window, qtbot, wizard)
    assert count_leads(store, people.wang, LeadFilter()) == 0
    assert "第 1 次导入已撤销" in wizard.result_page.notice.message_text()
    assert not wizard.result_page.show_button.isEnabled()


@pytest.mark.parametrize("window", ["zhao"], indirect=True)  # a multi-city ledger
def test_import_all_or_nothing_refuses_with_a_refused_row(window, store, people, ledger, qtbot):
    wizard = _open(window, ledger, qtbot)
    _to_preview(window, wizard, qtbot)
    QTest.mouseClick(wizard.preview_page.mode_all, Qt.MouseButton.LeftButton)
    wizard.next()
    _settle(window, qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page
    assert "1" in wizard.preview_page.notice.message_text()
    assert count_leads(store, people.wang, LeadFilter()) == 0


def test_cancel_in_the_middle_of_the_import_changes_nothing(
    window, store, people, followed, ledger, qtbot, monkeypatch
):
    wizard = _open(window, ledger, qtbot)
    _to_preview(window, wizard, qtbot)
    before = store_hash(store)
    real = jobs._progress

    def cancel_once_writing(tc):
        report = real(tc)

        def progress(done, total):
            report(done, total)
            if done > 0:  # the first rows are written, inside the transaction: press cancel
                tc._cancel.set()

        return progress

    monkeypatch.setattr(jobs, "_progress", cancel_once_writing)
    QTest.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    _settle(window, qtbot, wizard)
    qtbot.waitUntil(lambda: "取消" in wizard.preview_page.notice.message_text(), timeout=5000)
    assert wizard.currentPage() is wizard.preview_page and wizard.result is None
    assert store_hash(store) == before
    assert recent_imports(store, 5) == []


def test_hostile_file_stops_at_the_first_step(window, store, people, tmp_path, qtbot):
    fake = tmp_path / "台账.xlsx"
    fake.write_bytes(b"this is not a workbook at all" * 10)
    QTest.keySequence(window, "Ctrl+I")
    wizard = _wizard(window)
    wizard.file_page.open_file(str(fake))
    _settle(window, qtbot, wizard)
    assert wizard.currentPage() is wizard.file_page
    assert (
        wizard.file_page.notice.isVisible()
        and "台账.xlsx" in wizard.file_page.notice.message_text()
    )
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert count_leads(store, people.wang, LeadFilter()) == 0
    wizard.reject()
    assert not wizard.isVisible()


def test_enter_in_the_preview_never_imports(window, store, people, followed, ledger, qtbot):
    wizard = _open(window, ledger, qtbot)
    _to_preview(window, wizard, qtbot)
    prev = wizard.preview_page
    prev.view.setFocus()
    prev.view.setCurrentIndex(prev.model.index(prev.model.row_of_number(5), 0))
    QTest.keyClick(prev.view, Qt.Key.Key_Return)  # an ordinary row: nothing happens
    prev.view.setCurrentIndex(prev.model.index(prev.model.row_of_number(4), 0))
    QTest.keyClick(prev.view, Qt.Key.Key_Return)  # the duplicate: its choice opens
    assert prev.view.findChild(QComboBox, "cellChoice") is not None
    QTest.keyClick(prev.reason, Qt.Key.Key_Enter)
    window.ctx.tasks.wait()
    QApplication.processEvents()
    assert wizard.currentPage() is prev and wizard.result is None
    assert count_leads(store, people.wang, LeadFilter()) == 1  # only 李四's lead
    wizard.reject()  # with the combo still open: it is closed, not handed to a dying table
    assert prev.view.findChild(QComboBox, "cellChoice") is None or not prev.view.indexWidget(
        prev.view.currentIndex()
    )


@pytest.mark.parametrize("window", ["zhao"], indirect=True)  # a multi-city ledger
def test_the_wizard_follows_a_language_switch(window, store, people, followed, ledger, qtbot):
    from crm.ui import i18n as ui_i18n

    wizard = _open(window, ledger, qtbot)
    _to_preview(window, wizard, qtbot)
    ui_i18n.install(QApplication.instance(), "en")
    prev = wizard.preview_page
    qtbot.waitUntil(lambda: prev.strip.busy, timeout=2000)  # planned again, in English
    _settle(window, qtbot, wizard)
    assert prev.title() == "Preview: what the import will do"
    assert prev.counts.sum.text().startswith(
        "3 created + 0 updated + 1 skipped + 1 refused = 5 data rows"
    )
    assert "is already followed by 李四 (Future Sci-Tech City)" in prev.model.index(0, 3).data()
    assert prev.model.headerData(3, Qt.Orientation.Horizontal) == "What happens"
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Import"
    assert wizard.mapping_page.model.index(1, TARGET).data() == "Company name ▾"
