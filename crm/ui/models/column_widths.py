"""Column widths from what a column can say, in the language shown: a stage column is as wide
as the longest stage name (in Chinese or English), a date column as a date — measured with the
table's own fonts, so they hold at any scaling. Measuring the rows themselves would read
hundreds of rows from the store for every resize, and a column would change width as the
rows change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QTableView

from crm.pipeline import ALL as STAGES
from crm.pipeline.followup import FollowupState
from crm.reference import ReferenceData
from crm.team_settings import FollowupThresholds
from crm.ui.models.lead_columns import Column

#: the grid line beside a cell; a heading's padding and border (app.qss: 5px 6px, 1px)
GRID, HEAD_PADDING = 2, 22
#: no column of a card is wider than this many digits (the company takes the rest; a rare
#: long stage name, "Construction started", ends in …)
MOST = 15
_DAY = date(2026, 12, 28).isoformat()


def values(col: Column, ref: ReferenceData, th: FollowupThresholds, compact: bool) -> list[str]:
    """Every text (or the longest kinds of text) a column can show."""
    from crm.pipeline.followup import label
    from crm.ui.models.lead_columns import _followup_compact

    if col.key == "stage":
        return [ref.stage_label(s) for s in STAGES]
    if col.key in ("next_followup", "last_activity_on", "stage_date"):
        return [_DAY]
    if col.key == "followup":
        if compact:

            class _Row:
                def __init__(self, state):
                    self.followup = state

            return [_followup_compact(_Row(s), th) for s in FollowupState]
        return [label(s, th).render() for s in FollowupState]
    if col.key == "owner":
        return [u.display_name for u in ref.officers(by_name=False)]
    if col.key == "city":
        return [c.label() for c in ref.kind("city")]
    if col.key == "is_key":
        return ["★"]
    return []


def _cell(table: QTableView, text: str, font: QFont) -> int:
    """The width the table's style gives a cell showing ``text`` (its padding included)."""
    opt = QStyleOptionViewItem()
    opt.initFrom(table)
    opt.font, opt.fontMetrics, opt.text = font, QFontMetrics(font), text
    opt.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    size = table.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), table)
    return size.width() + GRID


def needed(table: QTableView, col: Column, ref, th, *, compact: bool, most: int) -> int:
    """The width ``col`` needs for what it can say and for its heading (at most ``most``
    digits' worth for the values)."""
    font = table.font()
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    cell_font = bold if col.key == "followup" else font  # late states are in bold
    need = max([_cell(table, t, cell_font) for t in values(col, ref, th, compact)] or [0])
    need = min(need, QFontMetrics(font).horizontalAdvance("0" * most))
    return max(need, QFontMetrics(bold).horizontalAdvance(col.title(compact)) + HEAD_PADDING)


def fit(table: QTableView, columns, ref, th, *, stretch: int, compact: bool = False) -> None:
    """Size every column but ``stretch`` (which takes what is left) to what it can say."""
    table.ensurePolished()  # the style sheet's style: its padding is part of the width
    header = table.horizontalHeader()
    for i, col in enumerate(columns):
        if i == stretch:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(i, needed(table, col, ref, th, compact=compact, most=MOST))


def widen(table: QTableView, columns, ref, th) -> None:
    """A list the user sizes: each column at least as wide as what it can say in the language
    shown (Zijingang Sci-Tech City, Next follow-up), never narrower than the user made it."""
    table.ensurePolished()
    header = table.horizontalHeader()
    bold = QFont(table.font())
    bold.setWeight(QFont.Weight.DemiBold)
    for i, col in enumerate(columns):
        if values(col, ref, th, False) or col.key in ("next_followup", "last_activity_on"):
            need = needed(table, col, ref, th, compact=False, most=2 * MOST)
        else:  # free text (company, designations): its heading whole ("Key proje" was not)
            need = QFontMetrics(bold).horizontalAdvance(col.title(False)) + HEAD_PADDING
        if header.sectionSize(i) < need:
            header.resizeSection(i, need)
