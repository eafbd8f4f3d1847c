"""The pipeline board driven as a manager would: a card dragged to another column opens the
stage-move dialog, the move lands in the stage history and Ctrl+Z undoes it; the heads count
and sum what the columns hold; filters narrow every column; a column's count drills down to
exactly its leads."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlmodel import select

from crm.db.models import StageChange
from crm.leadlist.query import count_leads
from crm.leads import edit as leads
from crm.pipeline import ALL, move_stage
from crm.ui.pipeline.board_model import ROW_ROLE, StageCardModel
from crm.ui.typing_sim import type_text
from tests.ui.conftest import activate, seed_leads


def _board(window):
    window.show_page("pipeline_board")
    QApplication.processEvents()
    return window.pipeline_board


def _history(store, lead_id):
    with store.read() as s:
        rows = s.exec(
            select(StageChange).where(StageChange.lead_id == lead_id).order_by(StageChange.id)
        ).all()
        return [(r.from_stage, r.to_stage, r.note) for r in rows]


def _drag(board, source_stage: str, row: int, target_stage: str) -> None:
    """Drag the card at ``row`` of one column and drop it on another, as the mouse would:
    the source view's own mime data, then enter, move and drop events on the target."""
    src = board.columns[source_stage].cards
    mime = src.model().mimeData([src.model().index(row, 0)])
    target = board.columns[target_stage].cards.viewport()
    pos = QPointF(target.width() / 2, 20)
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), actions, mime, buttons, mods)  # a QPoint (Qt 6.11)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDragMoveEvent(pos.toPoint(), actions, mime, buttons, mods))
    drop = QDropEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def test_drag_a_card_moves_its_stage_through_the_dialog_and_undo(window, qtbot, store, people):
    ids = seed_leads(store, people.wang, 3)  # 1,000 / 2,000 / 3,000万, all 线索
    board = _board(window)
    lead_col = board.columns["lead"]
    assert lead_col.count.text() == "3"
    assert lead_col.model.row_at(0).id == ids[2]  # largest first
    _drag(board, "lead", 0, "signed")
    dlg = board.move_dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.stage.value() == "signed"
    assert dlg.rows["agreed_investment"][1].isVisible()  # 签约 asks for the agreed investment
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.isVisible()  # refused without it, nothing written
    error = dlg.errors["agreed_investment"]
    assert error.isVisible() and error.text()
    assert leads.get_lead(store, people.wang, ids[2]).values["stage"] == "lead"
    type_text(dlg.agreed, "1.5亿")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)
    detail = leads.get_lead(store, people.wang, ids[2])
    assert detail.values["stage"] == "signed" and detail.values["agreed_investment"] == 15000
    assert _history(store, ids[2])[-1] == ("lead", "signed", None)
    # the board follows the change bus: heads and columns
    assert board.columns["signed"].count.text() == "1"
    assert board.columns["lead"].count.text() == "2"
    assert board.columns["signed"].model.row_at(0).id == ids[2]
    # Ctrl+Z: the move is reverted, and recorded as such
    activate(window)
    QTest.keySequence(window, "Ctrl+Z")
    assert leads.get_lead(store, people.wang, ids[2]).values["stage"] == "lead"
    assert _history(store, ids[2])[-1] == ("signed", "lead", "undo")
    assert board.columns["lead"].count.text() == "3"


def test_a_cancelled_drop_changes_nothing_and_a_card_cannot_drop_on_its_own_column(
    window, store, people
):
    ids = seed_leads(store, people.wang, 1)
    board = _board(window)
    _drag(board, "lead", 0, "lost")
    dlg = board.move_dialog
    assert dlg.rows["lost_reason"][1].isVisible()
    dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert leads.get_lead(store, people.wang, ids[0]).values["stage"] == "lead"
    src = board.columns["lead"].cards
    mime = src.model().mimeData([src.model().index(0, 0)])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.MoveAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(src.viewport(), enter)
    assert not enter.isAccepted()


def test_keyboard_moves_the_selected_card_to_the_next_stage(window, qtbot, store, people):
    ids = seed_leads(store, people.wang, 1)
    board = _board(window)
    cards = board.columns["lead"].cards
    cards.setFocus()
    cards.setCurrentIndex(cards.model().index(0, 0))
    QTest.keyClick(cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    dlg = board.move_dialog
    assert dlg.stage.value() == "contact"
    QTest.keyClick(dlg, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)
    assert leads.get_lead(store, people.wang, ids[0]).values["stage"] == "contact"


def test_heads_filters_and_drill_down(window, store, people):
    ids = seed_leads(store, people.wang, 4)  # 紫金港, 1,000–4,000万
    today = date.today()
    move_stage(store, people.wang, ids[0], "contact", today=today)
    leads.update_lead(store, people.wang, ids[1], {"is_key": True})
    other = leads.create_lead(store, people.li, {"company_name": "未来测试科技有限公司", "project_name": "x",
                                                 "field": "internet", "city": "future",
                                                 "planned_investment": "2亿"}).lead_id  # fmt: skip
    board = _board(window)
    heads = {s: board.columns[s].count.text() for s in ALL}
    assert heads["lead"] == "4" and heads["contact"] == "1" and heads["signed"] == "0"
    assert board.columns["lead"].planned == 2000 + 3000 + 4000 + 20000
    board.city.setCurrentIndex(board.city.findData(people.city_future))
    assert board.columns["lead"].count.text() == "1"
    assert board.columns["lead"].model.row_at(0).id == other
    board.reset_filters()
    board.key.setChecked(True)
    assert [board.columns["lead"].model.row_at(i).id for i in range(1)] == [ids[1]]
    assert board.columns["lead"].model.rowCount() == 1
    board.key.setChecked(False)
    board.owner.setCurrentIndex(board.owner.findData(people.wang.id))  # "Mine"
    assert board.columns["lead"].count.text() == "3"
    board.columns["lead"].count.click()
    assert window.stack.currentWidget() is window.leads
    assert window.leads.model.total() == 3
    assert count_leads(store, people.wang, window.leads.filters.current()) == 3
    assert window.leads.filters.chip.isVisible()


def test_columns_load_their_cards_lazily(window, qtbot, store, people, qtmodeltester):
    seed_leads(store, people.wang, 75)
    model = StageCardModel(window.ctx, "lead")
    model.set_query(
        window.page("pipeline_board").current_filter(), (("planned_investment", True),), 75
    )
    assert model.rowCount() == 30 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 75 and not model.canFetchMore()
    amounts = [model.index(i, 0).data(ROW_ROLE).planned_investment for i in range(75)]
    assert amounts == sorted(amounts, reverse=True)
    qtmodeltester.check(model)
    board = _board(window)
    col = board.columns["lead"]
    assert col.count.text() == "75" and col.model.rowCount() == 30
    col.cards.resize(220, 300)
    col.cards.scrollToBottom()
    qtbot.waitUntil(lambda: col.model.rowCount() > 30, timeout=2000)


def test_a_card_names_its_owner_whole_in_english(window, store, people, app):
    """ "Future Sci-T…" beside the amount hid the owner: the owner and city have a line of
    their own, the owner first, so only a long city name is shortened."""
    from PySide6.QtGui import QFontMetrics

    from crm.ui import i18n as ui_i18n
    from crm.ui.pipeline.board_card import CARD_LINES, who_line
    from tests.services import lead_data

    leads.create_lead(store, people.zhao, lead_data(city="qingshan", owner=people.wang.id))
    ui_i18n.install(app, "en")
    board = _board(window)
    cards = board.columns["lead"].cards
    index = cards.model().index(0, 0)
    row = index.data(ROW_ROLE)
    fm = QFontMetrics(cards.font())
    width = cards.viewport().width() - 22  # the card's inner width
    text = who_line(window.ctx.ref, row, fm, width)
    assert text.startswith("王五 · Qingshan"), text
    assert fm.horizontalAdvance(text) <= width
    hint = cards.sizeHintForIndex(index)
    assert hint.height() >= CARD_LINES * (fm.height() + 2)
