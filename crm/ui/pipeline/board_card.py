"""How a card looks: company (or codename) with the key-project star; the city and owner on a
line of their own (beside the amount, "Future Sci-T…" lost the owner in English); the amount
and, when the follow-up is late, a warning in the colour of its level (3/5/7 days); the days
at this stage. Painted by a delegate: a column of cards costs no widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm.leadlist.query import LeadRow
from crm.pipeline import SIGNED_OR_LATER
from crm.pipeline.followup import FollowupState
from crm.ui.pipeline.board_model import ROW_ROLE
from crm.ui.pipeline.common import amount_text

#: four lines of text and the card's margins
CARD_LINES = 4
CARD_PADDING = 20
FOLLOWUP_COLOURS = {
    FollowupState.DUE: "#1f5f99",
    FollowupState.OVERDUE: "#9a6700",
    FollowupState.OFFICER: "#b35900",
    FollowupState.MANAGER: "#c2410c",
    FollowupState.AT_RISK: "#b91c1c",
}


def card_amount(row: LeadRow) -> float | None:
    """The agreed investment once signed, else the planned one."""
    if row.stage in SIGNED_OR_LATER and row.agreed_investment is not None:
        return row.agreed_investment
    return row.planned_investment


def followup_text(row: LeadRow, today: date) -> str:
    if row.followup == FollowupState.DUE:
        return QCoreApplication.translate("PipelineBoard", "Follow up today")
    if row.followup in FOLLOWUP_COLOURS and row.next_followup is not None:
        days = (today - row.next_followup).days
        return QCoreApplication.translate("PipelineBoard", "{days}d overdue").format(days=days)
    return ""


def days_text(row: LeadRow, today: date) -> str:
    days = max(0, (today - row.stage_date).days)
    return QCoreApplication.translate("PipelineBoard", "{days}d at this stage").format(days=days)


def who_line(ref, row: LeadRow, fm: QFontMetrics, width: int) -> str:
    """ "owner · city" in ``width``: the owner first, so a long city name ("Qingshan Lake
    Sci-Tech City") is what shortens, never the person."""
    who = " · ".join(x for x in (ref.user_name(row.owner_id), ref.label(row.city_id)) if x)
    return fm.elidedText(who, Qt.TextElideMode.ElideRight, width)


def days_short(row: LeadRow, today: date) -> str:
    days = max(0, (today - row.stage_date).days)
    return QCoreApplication.translate("PipelineBoard", "{days}d").format(days=days)


class CardDelegate(QStyledItemDelegate):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).height() + 2
        return QSize(max(option.rect.width(), 160), CARD_LINES * line + CARD_PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row: LeadRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        ref = self.ctx.ref
        today = date.today()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = option.rect.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor("#1f5f99" if selected else "#d5dde6"), 1.5 if selected else 1))
        painter.setBrush(QColor("#eef5fc" if selected else "#ffffff"))
        painter.drawRoundedRect(r, 6, 6)
        colour = FOLLOWUP_COLOURS.get(row.followup)
        if colour and row.followup != FollowupState.DUE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRect(r.left(), r.top(), 4, r.height()), 2, 2)
        inner = r.adjusted(10, 6, -8, -6)
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.5, base.pointSizeF() - 1))
        line = QFontMetrics(base).height() + 2
        # line 1: star, company (or codename)
        painter.setFont(bold)
        fm = QFontMetrics(bold)
        x = inner.left()
        if row.is_key:
            painter.setPen(QColor("#d97706"))
            painter.drawText(QRect(x, inner.top(), 16, line), Qt.AlignmentFlag.AlignVCenter, "★")
            x += fm.horizontalAdvance("★") + 3
        painter.setPen(QColor("#6b7280" if row.masked else "#1f2933"))
        name = fm.elidedText(row.company, Qt.TextElideMode.ElideRight, inner.right() - x)
        painter.drawText(
            QRect(x, inner.top(), inner.right() - x, line), Qt.AlignmentFlag.AlignVCenter, name
        )
        # line 2: owner · city, the whole width
        y = inner.top() + line
        painter.setFont(small)
        sfm = QFontMetrics(small)
        painter.setPen(QColor("#5b6b7c"))
        painter.drawText(
            QRect(inner.left(), y, inner.width(), line),
            Qt.AlignmentFlag.AlignVCenter,
            who_line(ref, row, sfm, inner.width()),
        )
        # line 3: the amount
        y += line
        value = card_amount(row)
        if value is not None:
            painter.setFont(bold)
            painter.setPen(QColor("#0f766e"))
            painter.drawText(
                QRect(inner.left(), y, inner.width(), line),
                Qt.AlignmentFlag.AlignVCenter,
                amount_text(value),
            )
            painter.setFont(small)
        # line 4: days at the stage, the follow-up warning at the right
        y += line
        warn = followup_text(row, today)
        warn_w = sfm.horizontalAdvance(warn) + 12 if warn else 0
        days = days_text(row, today)
        if sfm.horizontalAdvance(days) > inner.width() - warn_w:  # beside a warning: "267d"
            days = days_short(row, today)
        painter.setPen(QColor("#5b6b7c"))
        painter.drawText(
            QRect(inner.left(), y, inner.width() - warn_w, line),
            Qt.AlignmentFlag.AlignVCenter,
            sfm.elidedText(days, Qt.TextElideMode.ElideRight, inner.width() - warn_w),
        )
        if warn:
            pill = QRect(inner.right() - warn_w + 4, y + 2, warn_w - 4, line - 3)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour).lighter(185))
            painter.drawRoundedRect(pill, 4, 4)
            painter.setPen(QColor(colour))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, warn)
        painter.restore()
