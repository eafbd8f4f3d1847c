"""The operation helper (crm.ui.operations.op): one service call, one undo step, one
broadcast; a user's error shown where it happened with nothing written; a bug to the hook;
background work that leaves the event loop running."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from crm.changes import Changes
from crm.errors import CrmError, ValidationError
from crm.leads import edit as leads
from crm.ui.operations import Op
from crm.ui.undo import EditLeadCommand


def _stored(h) -> tuple[int, float | None]:
    d = leads.get_lead(h.ctx.store, h.ctx.actor, h.lead_id)
    return d.version, d.values["planned_investment"]


def _edit(h, value: str):
    version = _stored(h)[0]
    return lambda: leads.update_lead(
        h.ctx.store,
        h.ctx.actor,
        h.lead_id,
        {"planned_investment": value},
        expected_version=version,
    )


def test_success_broadcasts_once_and_pushes_one_step_without_running_again(harness):
    h = harness
    before = _stored(h)
    seen = []
    result = (
        Op(h.page, h.ctx, _edit(h, "1.2亿"))
        .undo(lambda r: EditLeadCommand(h.ctx, "edit lead", r))
        .success(seen.append)
        .run()
    )
    assert result is not None and seen == [result]
    assert h.heard == [Changes(leads=frozenset({h.lead_id}))]
    assert h.ctx.undo.count() == 1 and h.ctx.undo.undoText() == "edit lead"
    # one write: the push did not apply the edit a second time (that would be version + 2)
    assert _stored(h) == (before[0] + 1, 12000.0)
    assert h.page.shown == [] and h.bugs == []


def test_a_user_error_shows_in_the_message_area_and_writes_nothing(harness):
    h = harness
    before = _stored(h)
    seen = []
    result = (
        Op(h.page.inner, h.ctx, _edit(h, "待定"))
        .undo(lambda r: EditLeadCommand(h.ctx, "edit lead", r))
        .success(seen.append)
        .run()
    )
    assert result is None and seen == []
    # the page's message area (found from the widget the operation started in), translated
    assert len(h.page.shown) == 1 and isinstance(h.page.shown[0], ValidationError)
    assert h.page.message.text().startswith("计划投资额：")
    assert "不是金额" in h.page.message.text()
    assert h.heard == [] and h.ctx.undo.count() == 0 and h.bugs == []
    assert _stored(h) == before == (before[0], 5000.0)


def test_a_failure_handler_takes_its_kind_instead_of_the_message(harness):
    h = harness
    taken: list[ValidationError] = []
    other: list[CrmError] = []
    Op(h.page, h.ctx, _edit(h, "待定")).failure(taken.append, ValidationError).failure(
        other.append
    ).run()
    assert [e.fields for e in taken] == [["planned_investment"]]
    assert other == [] and h.page.shown == []


def test_without_a_message_area_the_window_gets_a_message_box(harness, qtbot):
    h = harness
    bare = QWidget()
    qtbot.addWidget(bare)
    bare.show()
    Op(bare, h.ctx, _edit(h, "待定")).run()
    box = bare.findChild(QMessageBox, "operationFailed")
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "无法完成" and "不是金额" in box.text()
    assert h.page.shown == []  # another window's message area is not "where it happened"
    box.close()


def test_a_bug_reaches_the_exception_hook_and_nothing_is_broadcast(harness):
    h = harness

    def broken() -> Changes:
        raise ZeroDivisionError("a bug")

    seen = []
    assert Op(h.page, h.ctx, broken).success(seen.append).run() is None
    assert [type(b) for b in h.bugs] == [ZeroDivisionError]
    assert seen == [] and h.heard == [] and h.page.shown == []


def test_a_bug_in_the_background_reaches_the_hook_too(harness, qtbot):
    h = harness

    def broken() -> Changes:
        raise KeyError("a bug")

    Op(h.page, h.ctx, broken).run_in_background("…")
    qtbot.waitUntil(lambda: bool(h.bugs), timeout=5000)
    assert [type(b) for b in h.bugs] == [KeyError] and h.page.shown == []


def test_background_work_leaves_the_event_loop_running_and_its_result_arrives(harness, qtbot):
    h = harness
    before = _stored(h)
    # the worker waits for a timer that only the GUI thread's event loop can fire: a
    # blocked GUI thread would leave it waiting (and the write would not happen)
    ticked = threading.Event()
    on_gui_thread: list[bool] = []
    edit = _edit(h, "8000万")

    def slow():
        assert ticked.wait(5), "the GUI thread's event loop did not run meanwhile"
        return edit()

    arrived = []

    def done(r) -> None:
        arrived.append(r)
        on_gui_thread.append(threading.current_thread() is threading.main_thread())

    Op(h.page, h.ctx, slow).undo(lambda r: EditLeadCommand(h.ctx, "edit lead", r)).success(
        done
    ).run_in_background("…")
    assert arrived == []  # run_in_background returned before the work was done
    QTimer.singleShot(50, ticked.set)
    qtbot.waitUntil(lambda: bool(arrived), timeout=8000)
    assert arrived[0].lead_id == h.lead_id and on_gui_thread == [True]
    assert h.heard == [Changes(leads=frozenset({h.lead_id}))]
    assert h.ctx.undo.count() == 1 and h.bugs == [] and h.page.shown == []
    assert _stored(h) == (before[0] + 1, 8000.0)


def test_a_result_for_a_closed_page_is_still_broadcast_and_undoable(harness, qtbot):
    h = harness
    page = QWidget()
    ticked = threading.Event()
    edit = _edit(h, "9000万")
    called = []

    def slow():
        ticked.wait(5)
        return edit()

    Op(page, h.ctx, slow).undo(lambda r: EditLeadCommand(h.ctx, "edit lead", r)).success(
        called.append
    ).run_in_background("…")
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page), timeout=2000)
    ticked.set()
    qtbot.waitUntil(lambda: bool(h.heard), timeout=8000)
    assert called == []  # nobody left to tell
    assert h.ctx.undo.count() == 1 and _stored(h)[1] == 9000.0


def _alive(w) -> bool:
    import shiboken6

    return shiboken6.isValid(w)
