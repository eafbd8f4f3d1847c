"""Progress against a target, drawn the same way everywhere on the dashboard: the figure, the
share of the target done, and a bar with a tick at the share of the year elapsed — green when
on track, amber when a little behind (within 80 % of the pace), red when well behind, grey
without a target."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QStyle, QStyledItemDelegate, QVBoxLayout, QWidget

from crm.analytics.ytd import TargetProgress
from crm.ui.pipeline.dashboard_models import ELAPSED_ROLE, PROGRESS_ROLE

ON_TRACK, BEHIND, FAR_BEHIND, NO_TARGET = "#16a34a", "#d97706", "#dc2626", "#9aa5b1"


def status_colour(p: TargetProgress, elapsed: float) -> str:
    if p.ratio is None:
        return NO_TARGET
    if p.ratio >= elapsed:
        return ON_TRACK
    return BEHIND if p.ratio >= 0.8 * elapsed else FAR_BEHIND


def paint_bar(painter: QPainter, rect: QRect, p: TargetProgress, elapsed: float) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#e6eaef"))
    painter.drawRoundedRect(QRectF(rect), 3, 3)
    if p.ratio is not None:
        done = QRectF(rect.left(), rect.top(), rect.width() * min(1.0, p.ratio), rect.height())
        painter.setBrush(QColor(status_colour(p, elapsed)))
        painter.drawRoundedRect(done, 3, 3)
        x = rect.left() + rect.width() * min(1.0, elapsed)
        painter.setPen(QPen(QColor("#1f2933"), 1.5))
        painter.drawLine(int(x), rect.top() - 3, int(x), rect.bottom() + 3)
    painter.restore()


class ProgressDelegate(QStyledItemDelegate):
    """A table cell: the figure and the share done on one line, the bar under it."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        if index.data(PROGRESS_ROLE) is None:  # the names' column: long English names elide
            hint = super().sizeHint(option, index)
            return QSize(min(hint.width(), 140), 42)
        fm = QFontMetrics(option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(max(110, fm.horizontalAdvance(text + "  100%") + 16), 42)

    def paint(self, painter: QPainter, option, index) -> None:
        p: TargetProgress | None = index.data(PROGRESS_ROLE)
        if p is None:
            super().paint(painter, option, index)
            return
        elapsed = index.data(ELAPSED_ROLE) or 0.0
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, QColor("#dbe9f7"))
        r = option.rect.adjusted(8, 4, -8, -6)
        font = QFont(option.font)
        painter.setFont(font)
        painter.setPen(QColor("#1f2933"))
        text_rect = QRect(r.left(), r.top(), r.width(), QFontMetrics(font).height() + 2)
        share = f"{p.ratio:.0%}" if p.ratio is not None else ""
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        fm = QFontMetrics(font)
        if fm.horizontalAdvance(f"{text}  {share}") > r.width():
            share = ""  # a narrow column keeps the figure; the bar still shows the share
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        painter.setPen(QColor(status_colour(p, elapsed)))
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, share
        )
        paint_bar(painter, QRect(r.left(), r.bottom() - 5, r.width(), 5), p, elapsed)
        painter.restore()


class _Bar(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.progress: TargetProgress | None = None
        self.elapsed = 0.0
        self.setFixedHeight(12)

    def paintEvent(self, _event) -> None:  # noqa: N802
        if self.progress is not None:
            painter = QPainter(self)
            paint_bar(painter, self.rect().adjusted(0, 3, -1, -3), self.progress, self.elapsed)
            painter.end()


class TargetTile(QFrame):
    """One target metric for the whole scope: big figure, the target and the bar; a click
    opens the leads behind the figure."""

    clicked = Signal()

    def __init__(self, metric: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.metric_key = metric  # not "metric": that is QPaintDevice.metric()
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(2)
        self.caption = QLabel(self)
        self.caption.setObjectName("pageSubtitle")
        self.value = QLabel(self)
        self.value.setObjectName("bigNumber")
        self.value.setStyleSheet("font-size: 18px;")
        for label in (self.caption, self.value):
            label.setMinimumWidth(0)
        self.setMinimumWidth(120)
        self.target = QLabel(self)
        self.target.setObjectName("pageSubtitle")
        self.bar = _Bar(self)
        for w in (self.caption, self.value, self.bar, self.target):
            lay.addWidget(w)

    def show_progress(self, p: TargetProgress, elapsed: float, value: str, target: str) -> None:
        self.bar.progress, self.bar.elapsed = p, elapsed
        self.value.setText(value)
        self.target.setText(target)
        self.bar.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
