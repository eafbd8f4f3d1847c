"""A lead's timeline as its officer and a manager use it: a logged activity is corrected or
deleted from links in the timeline (by its author or a manager), each an undo step, and the
timeline says who changed it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from crm.followups import activities
from crm.leads import edit as leads
from crm.ui.activity_editor import ActivityEditor
from crm.ui.typing_sim import type_text
from tests.ui.conftest import activate, close_quietly, seed_leads


def link_hrefs(browser) -> list[str]:
    out, block = [], browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href and href not in out:
                out.append(href)
            it += 1
        block = block.next()
    return out


def click_link(browser, href: str) -> None:
    """Click the link as a user does: at its place in the viewport."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(frag.position() + 1)
                browser.ensureCursorVisible()
                rect = browser.cursorRect(cursor)
                QTest.mouseClick(
                    browser.viewport(),
                    Qt.MouseButton.LeftButton,
                    pos=QPoint(rect.left() + 2, rect.center().y()),
                )
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href} in {link_hrefs(browser)}")


def _show(window, lead_id):
    window.show_page("leads")
    window.leads.apply_filter()
    assert window.leads.select_lead(lead_id)
    window.leads.ensure_detail()
    return window.leads.detail


def _log(panel, text: str) -> int:
    type_text(panel.quick.summary, text)
    QTest.keySequence(panel.quick.summary, "Ctrl+Return")
    return activities.timeline(panel.ctx.store, panel.detail.id)[0].activity.id


def test_the_author_corrects_an_activity_and_undoes_it(window, qtbot, store, people):
    (lead_id,) = seed_leads(store, people.wang, 1)
    panel = _show(window, lead_id)
    act = _log(panel, "上门拜访，讨论用地")
    assert f"activity-edit:{act}" in link_hrefs(panel.timeline)
    click_link(panel.timeline, f"activity-edit:{act}")
    editor = panel.findChild(ActivityEditor)
    assert editor is not None and editor.isVisible()
    activate(editor)
    editor.summary.selectAll()
    type_text(editor.summary, "上门拜访，落实用地指标")
    type_text(editor.next.edit, "2030-02-01")
    QTest.keySequence(editor, "Ctrl+S")
    assert not editor.isVisible()
    text = panel.timeline.toPlainText()
    assert "落实用地指标" in text and "王五 于" in text and "修改" in text
    assert (
        leads.get_lead(store, people.wang, lead_id).values["next_followup"].isoformat()
        == "2030-02-01"
    )
    activate(window)
    QTest.keySequence(window, "Ctrl+Z")
    assert "讨论用地" in panel.timeline.toPlainText()
    assert leads.get_lead(store, people.wang, lead_id).values["next_followup"] is None


def test_a_bad_date_is_said_beside_it_and_the_editor_keeps_the_typing(window, store, people):
    (lead_id,) = seed_leads(store, people.wang, 1)
    panel = _show(window, lead_id)
    act = _log(panel, "电话沟通")
    click_link(panel.timeline, f"activity-edit:{act}")
    editor = panel.findChild(ActivityEditor)
    activate(editor)
    editor.day.edit.clear()
    type_text(editor.day.edit, "下周")
    QTest.keySequence(editor, "Ctrl+S")
    assert editor.isVisible()
    assert editor.errors["occurred_on"].message is not None
    assert editor.day.text() == "下周"
    editor._initial = editor._raw()
    editor.close()


def test_delete_from_the_timeline_says_who_and_ctrl_z_brings_it_back(window, store, people):
    (lead_id,) = seed_leads(store, people.wang, 1)
    panel = _show(window, lead_id)
    act = _log(panel, "微信沟通项目材料")
    click_link(panel.timeline, f"activity-delete:{act}")
    text = panel.timeline.toPlainText()
    assert "王五 于" in text and "删除" in text
    assert f"activity-restore:{act}" in link_hrefs(panel.timeline)
    assert leads.get_lead(store, people.wang, lead_id).last_activity_on is None
    activate(window)
    QTest.keySequence(window, "Ctrl+Z")
    assert f"activity-edit:{act}" in link_hrefs(panel.timeline)
    assert leads.get_lead(store, people.wang, lead_id).last_activity_on is not None


def test_only_the_author_and_managers_are_offered_the_links(controller, store, people, qtbot):
    (lead_id,) = seed_leads(store, people.wang, 1)
    act = activities.log_activity(
        store, people.wang, lead_id, {"activity_type": "call", "summary": "电话"}
    ).activity_id
    for actor, offered in ((people.li, False), (people.zhao, True)):
        w = controller.build(actor)
        w.resize(1366, 768)
        w.show()
        panel = _show(w, lead_id)
        assert (f"activity-edit:{act}" in link_hrefs(panel.timeline)) is offered
        close_quietly(w)
        QApplication.processEvents()


def _place_of(browser, text: str) -> QPoint:
    """Where ``text`` is drawn in the timeline's viewport (the middle of its first letter)."""
    found = browser.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart() + 1)
    rect = browser.cursorRect(cursor)
    return QPoint(rect.left() + 2, rect.center().y())


def test_others_see_edit_and_delete_greyed_with_the_reason(controller, store, people, qtbot):
    """Grey words, not links: a click does nothing (nothing to refuse afterwards), pointing
    at them says why."""
    (lead_id,) = seed_leads(store, people.wang, 1)
    act = activities.log_activity(
        store, people.wang, lead_id, {"activity_type": "call", "summary": "电话"}
    ).activity_id
    w = controller.build(people.li)
    w.resize(1366, 768)
    w.show()
    panel = _show(w, lead_id)
    timeline = panel.timeline
    assert link_hrefs(timeline) == []  # no link at all: not Edit, not Delete
    at = _place_of(timeline, "编辑 · 删除")
    assert timeline.anchorAt(at) == ""
    assert timeline.refusal_at(at) == "只有记录人或该线索所在科技城的领导可以修改这条跟进记录。"
    opened = []
    timeline.edit_activity.connect(opened.append)
    timeline.delete_activity.connect(opened.append)
    QTest.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert opened == [] and w.statusBar().currentMessage() == ""
    assert activities.get_activity(store, act).deleted_at is None
    close_quietly(w)
    QApplication.processEvents()
