"""Two people edit the same lead: the second save shows, per field both changed, the value at
opening, the other's and theirs; fields only one changed merge; nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from crm.db.store import open_store
from crm.leads import edit as leads
from crm.ui.typing_sim import type_text


def _lead(store, actor) -> int:
    return leads.create_lead(
        store,
        actor,
        {
            "company_name": "杭州云帆智能科技有限公司",
            "project_name": "云帆研发中心",
            "field": "internet",
            "city": "zijingang",
            "planned_investment": "800万",
            "notes": "初次接洽",
        },
    ).lead_id


def _save(qtbot, form) -> None:
    save = form.buttons.button(form.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def _retype(editor, text: str) -> None:
    editor.clear()
    type_text(editor, text)


def test_two_sessions_save_the_same_lead_and_the_second_chooses_per_field(
    window, qtbot, store, store_path, people
):
    lead_id = _lead(store, people.wang)
    window.edit_lead(lead_id)
    form = window._forms[-1]
    # meanwhile 赵六, in a session of their own on the same file, changes the amount and the
    # expected jobs
    other = open_store(store_path)
    try:
        leads.update_lead(
            other,
            people.zhao,
            lead_id,
            {"planned_investment": "1.2亿", "expected_jobs": "300"},
            expected_version=1,
            base=leads.get_lead(other, people.zhao, lead_id).values,
        )
    finally:
        other.dispose()
    # 王五 changes the amount too, and the notes
    _retype(form.editors["planned_investment"].widget, "9000万")
    form.editors["notes"].widget.setPlainText("第二次拜访，谈用地")
    _save(qtbot, form)
    dlg = form.conflict
    assert dlg is not None and dlg.isVisible() and form.isVisible()
    texts = [w.text() for w in dlg.findChildren(QLabel)]
    assert "赵六 保存了" in texts[0]
    assert "800万元" in texts  # when 王五 opened it
    theirs = dlg.groups["planned_investment"].button(1)
    mine = dlg.groups["planned_investment"].button(0)
    assert (theirs.text(), mine.text()) == ("1.20亿元", "9,000万元")
    assert list(dlg.groups) == ["planned_investment"]  # notes and jobs: one side each
    # back to the form: nothing typed is lost, nothing saved
    qtbot.mouseClick(dlg.back_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and form.editors["planned_investment"].widget.text() == "9000万"
    assert leads.get_lead(store, people.wang, lead_id).values["planned_investment"] == 12000
    # save again, and keep 赵六's amount this time
    _save(qtbot, form)
    dlg = form.conflict
    theirs = dlg.groups["planned_investment"].button(1)
    qtbot.mouseClick(theirs, Qt.MouseButton.LeftButton, pos=QPoint(8, theirs.height() // 2))
    assert dlg.choice("planned_investment") == 1
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    v = leads.get_lead(store, people.wang, lead_id).values
    assert v["planned_investment"] == 12000  # 赵六's, chosen
    assert v["expected_jobs"] == 300  # only 赵六 changed it: kept
    assert v["notes"] == "第二次拜访，谈用地"  # only 王五 changed it: saved


def test_keeping_ones_own_value_saves_it_over_the_others(window, qtbot, store, people):
    lead_id = _lead(store, people.wang)
    window.edit_lead(lead_id)
    form = window._forms[-1]
    leads.update_lead(store, people.zhao, lead_id, {"planned_investment": "1.2亿"})
    _retype(form.editors["planned_investment"].widget, "9000万")
    _save(qtbot, form)
    dlg = form.conflict
    assert dlg.choice("planned_investment") == 0  # yours, unless chosen otherwise
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert leads.get_lead(store, people.wang, lead_id).values["planned_investment"] == 9000
    QApplication.processEvents()
    # one undo step puts back what 赵六 saved
    window.ctx.undo.undo()
    assert leads.get_lead(store, people.wang, lead_id).values["planned_investment"] == 12000
