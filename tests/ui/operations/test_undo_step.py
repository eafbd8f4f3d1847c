"""Undo steps (crm.ui.operations.undo_step) of a migrated write, the stage move: the step is
built from the move already made and pushed without making it again; undo and redo are new,
recorded moves, each broadcast once; a replay the store refuses says why and writes nothing."""

from __future__ import annotations

from sqlmodel import func, select

from crm.changes import Changes
from crm.db.models import StageChange
from crm.errors import ConflictError
from crm.leads import edit as leads
from crm.ui.stage_dialog import StageMoveDialog


def _stage(h) -> tuple[str, int]:
    d = leads.get_lead(h.ctx.store, h.ctx.actor, h.lead_id)
    return d.values["stage"], d.version


def _moves(h) -> int:
    with h.ctx.store.read() as s:
        return s.exec(
            select(func.count()).select_from(StageChange).where(StageChange.lead_id == h.lead_id)
        ).one()


def _move(h, to: str) -> StageMoveDialog:
    stage, version = _stage(h)
    dlg = StageMoveDialog(h.ctx, h.lead_id, version, stage, None, to_stage=to, parent=h.page)
    dlg.buttons.accepted.emit()  # what OK does
    return dlg


def test_a_move_then_undo_then_redo(harness):
    h = harness
    one = Changes(leads=frozenset({h.lead_id}))
    start, version = _stage(h)
    arrived = _moves(h)  # the lead's arrival row
    dlg = _move(h, "contact")
    assert dlg.result is not None and dlg.result.to_stage == "contact"
    # one move: the push did not move it again
    assert _stage(h) == ("contact", version + 1) and _moves(h) == arrived + 1
    assert h.heard == [one] and h.ctx.undo.count() == 1
    assert h.ctx.undo.undoText() == "推进阶段"

    h.ctx.undo.undo()
    assert _stage(h)[0] == start == "lead"
    assert _moves(h) == arrived + 2  # taken back by a new, recorded row: history is kept
    assert h.heard == [one, one]

    h.ctx.undo.redo()
    assert _stage(h)[0] == "contact" and _moves(h) == arrived + 3
    assert h.heard == [one, one, one]
    assert h.ctx.undo.count() == 1 and h.bugs == [] and h.page.shown == []


def test_a_move_refused_is_said_in_the_dialog_and_nothing_is_written(harness, people):
    h = harness
    h.ctx.actor = people.li  # an officer of another city may not move 王五's lead
    before, moves = _stage(h), _moves(h)
    dlg = _move(h, "contact")
    assert dlg.result is None  # not accepted: the dialog stays with what was chosen
    assert dlg.stage.value() == "contact"
    # under the new stage, as before the helper: the reason from crm.accounts.permissions
    assert dlg.errors["to_stage"].text() == "您只能修改本科技城的线索和您负责的线索。"
    assert _stage(h) == before and _moves(h) == moves
    assert h.heard == [] and h.ctx.undo.count() == 0 and h.bugs == []


def test_an_undo_the_store_refuses_says_why_and_writes_nothing(harness, people):
    h = harness
    _move(h, "contact")
    # someone else moves the lead on meanwhile: taking back "lead → contact" would undo theirs
    stage, version = _stage(h)
    leads.update_lead(
        h.ctx.store, people.zhao, h.lead_id, {"planned_investment": "6000万"},
        expected_version=version,
    )  # fmt: skip
    h.heard.clear()
    failed: list[Exception] = []
    h.ctx.bus.undo_failed.connect(failed.append)
    after = _stage(h)
    h.ctx.undo.undo()
    assert [type(e) for e in failed] == [ConflictError]
    assert _stage(h) == after and h.heard == []
    assert h.ctx.undo.count() == 0  # the step is obsolete: it cannot be replayed either
    assert h.bugs == []
