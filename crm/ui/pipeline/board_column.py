"""A column of the board: its head (stage, how many leads, their planned investment — click
to list them) and its cards. Cards are dragged to another column to move their stage; the
column accepts a card from any other column and says so while it is dragged over it.
Keyboard: Enter opens the lead, Ctrl+→ / Ctrl+← move it to the next / previous stage."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm.ui.context import AppContext
from crm.ui.pipeline.board_card import CardDelegate
from crm.ui.pipeline.board_model import ROW_ROLE, StageCardModel, card_payload
from crm.ui.pipeline.common import amount_text

STAGE_COLOURS = {
    "lead": "#64748b", "contact": "#0284c7", "visit": "#4f46e5", "negotiation": "#7c3aed",
    "signed": "#16a34a", "landed": "#15803d", "construction": "#0f766e", "operating": "#166534",
    "on_hold": "#d97706", "lost": "#9ca3af",
}  # fmt: skip


class CardList(QListView):
    """The cards; a drop of a card from another column asks the board to move it here."""

    dropped = Signal(dict)  # the card's payload
    open_lead = Signal(int)
    step = Signal(object, int)  # LeadRow, +1 / -1
    context_menu = Signal(object, object)  # LeadRow, global position

    def __init__(self, stage: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.doubleClicked.connect(lambda idx: self.open_lead.emit(idx.data(ROW_ROLE).id))

    def _accepts(self, event) -> dict | None:
        payload = card_payload(event.mimeData())
        return payload if payload and payload.get("stage") != self.stage else None

    def _highlight(self, on: bool) -> None:
        frame = self.parentWidget()
        if frame is not None and frame.property("dropTarget") != on:
            frame.setProperty("dropTarget", on)
            frame.style().unpolish(frame)
            frame.style().polish(frame)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self._highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        self._highlight(False)
        payload = self._accepts(event)
        if payload is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(payload)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        idx = self.currentIndex()
        row = idx.data(ROW_ROLE) if idx.isValid() else None
        if row is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_lead.emit(row.id)
            return
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if row is not None and ctrl and event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.step.emit(row, 1 if event.key() == Qt.Key.Key_Right else -1)
            return
        super().keyPressEvent(event)

    def _menu(self, pos) -> None:
        idx = self.indexAt(pos)
        if idx.isValid():
            self.context_menu.emit(idx.data(ROW_ROLE), self.viewport().mapToGlobal(pos))


class StageColumn(QFrame):
    drill = Signal(str)  # stage
    dropped = Signal(dict, str)  # payload, to stage

    def __init__(self, ctx: AppContext, stage: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.stage = ctx, stage
        self.setObjectName("boardColumn")
        self.setMinimumWidth(208)
        self.setStyleSheet(
            "#boardColumn { background: #eef2f6; border-radius: 8px; border: 1px solid #e1e7ee; }"
            '#boardColumn[dropTarget="true"] { background: #e1ecf8; border: 1px dashed #1f5f99; }'
            f"#columnHead {{ border-top: 3px solid {STAGE_COLOURS.get(stage, '#64748b')}; "
            "border-radius: 6px; background: #ffffff; }"
            "#columnCount { border: none; background: transparent; color: #1f5f99; font-weight: 600;"
            " padding: 0; text-align: right; }"
            "#columnCount:hover { text-decoration: underline; }"
            "QListView { background: transparent; border: none; }"
            "QScrollBar:vertical { background: transparent; width: 8px; margin: 0; }"
            "QScrollBar::handle:vertical { background: #c3cdd8; border-radius: 4px; min-height: 24px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }"
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(4)
        head = QFrame(self)
        head.setObjectName("columnHead")
        hl = QVBoxLayout(head)
        hl.setContentsMargins(8, 5, 8, 5)
        hl.setSpacing(0)
        top = QHBoxLayout()
        self.name = QLabel(head)
        self.name.setObjectName("sectionTitle")
        top.addWidget(self.name, 1)
        self.count = QPushButton(head)
        self.count.setObjectName("columnCount")
        self.count.setCursor(Qt.CursorShape.PointingHandCursor)
        self.count.clicked.connect(lambda: self.drill.emit(self.stage))
        top.addWidget(self.count)
        hl.addLayout(top)
        self.amount = QLabel(head)
        self.amount.setObjectName("pageSubtitle")
        hl.addWidget(self.amount)
        lay.addWidget(head)
        self.model = StageCardModel(ctx, stage, self)
        self.cards = CardList(stage, self)
        self.cards.setObjectName(f"cards_{stage}")
        self.cards.setModel(self.model)
        self.cards.setItemDelegate(CardDelegate(ctx, self.cards))
        self.cards.dropped.connect(lambda payload: self.dropped.emit(payload, self.stage))
        lay.addWidget(self.cards, 1)
        self.planned = 0.0
        self.retranslate()

    def set_head(self, count: int, planned: float) -> None:
        self.planned = planned
        self.count.setText(f"{count:,}")
        self._update_amount()

    def _update_amount(self) -> None:
        self.amount.setText(
            self.tr("Planned {amount}").format(amount=amount_text(self.planned))
            if self.planned
            else self.tr("No planned investment")
        )

    def retranslate(self) -> None:
        self.name.setText(self.ctx.ref.stage_label(self.stage))
        self.count.setToolTip(self.tr("List these leads"))
        self.count.setAccessibleName(
            self.tr("Leads at {stage}").format(stage=self.ctx.ref.stage_label(self.stage))
        )
        self.cards.setAccessibleName(
            self.tr("Cards at {stage}").format(stage=self.ctx.ref.stage_label(self.stage))
        )
        self._update_amount()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def stage_menu(parent: QWidget, stages, ref, current: str) -> QMenu:
    """ "Move to" with every other stage (a move through the stage dialog)."""
    menu = QMenu(parent)
    for s in stages:
        if s != current:
            menu.addAction(ref.stage_label(s)).setData(s)
    return menu
