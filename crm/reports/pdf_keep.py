"""Headings stay with what they introduce. A heading, with the sentences that lead into what
follows it, moves to the next page unless the page also has room for the start of that thing:
a chart whole, a table's header and first rows (a short table whole), a paragraph's first
lines. Unlike reportlab's
``keepWithNext`` (which keeps a heading with a whole table, so a long table always starts a
page), a table may still begin at the foot of a page once its heading has company there.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

#: table rows (the header and the first data rows) that must follow their heading on a page
FIRST_ROWS = 4
#: a table of at most this many rows (its header too) is not split after its heading: one
#: or two rows alone on the next page read as a different table
SHORT_TABLE = 12
#: paragraph styles (crm.reports.pdf_style) of the sentences that lead into a table or chart
LEAD_IN_STYLES = frozenset({"body", "note"})
#: lines of a paragraph that must follow its heading
FIRST_LINES = 3


def heading(paragraph: Paragraph) -> Paragraph:
    """Mark a paragraph as a heading (``keep`` groups it with what follows)."""
    paragraph.crm_heading = True
    return paragraph


def is_heading(f: Flowable) -> bool:
    return bool(getattr(f, "crm_heading", False))


class _RoomFor(CondPageBreak):  # type: ignore[misc]  # reportlab ships no types: it is Any
    """A page break unless the frame still holds ``lead`` and the start of ``follower``
    (measured when laid out, at the frame's width)."""

    def __init__(self, lead: list[Flowable], follower: Flowable | None) -> None:
        super().__init__(0)
        self.lead, self.follower = lead, follower

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is not None and getattr(frame, "_atTop", False):
            return 0, 0  # a fresh page: breaking again would only leave it empty
        self.height = sum(_height(f, width, self.canv) for f in self.lead)
        if self.follower is not None:
            self.height += _start(self.follower, width, self.canv)
        w, h = super().wrap(width, height)
        return float(w), float(h)


def _height(f: Flowable, width: float, canvas: Any) -> float:
    _w, h = f.wrapOn(canvas, width, 1e6)
    if isinstance(f, KeepTogether):  # its wrap answers "too tall" on purpose, to be split
        h = f._H
    return float(h + f.getSpaceBefore() + f.getSpaceAfter())


def _start(f: Any, width: float, canvas: Any) -> float:
    """The height of the part of ``f`` that must stand right under its heading."""
    if isinstance(f, Table):
        count = len(f._cellvalues)
        first = _first_rows(f, count if count <= SHORT_TABLE else FIRST_ROWS, canvas)
        if first is not None:
            return first + float(f.getSpaceBefore())
    whole = _height(f, width, canvas)
    if isinstance(f, Table):
        heights = getattr(f, "_rowHeights", None) or []
        return float(min(whole, sum(heights[:FIRST_ROWS]) + f.getSpaceBefore()))
    if isinstance(f, Paragraph):
        return float(min(whole, FIRST_LINES * f.style.leading + f.getSpaceBefore()))
    return whole


def _first_rows(t: Any, n: int, canvas: Any) -> float | None:
    """The height of a table's first ``n`` rows, measured cell by cell (laying out the whole
    table, only for its first rows, would cost a long table's layout twice); None when its
    columns have no fixed widths."""
    widths = t._colWidths
    if any(not isinstance(w, int | float) for w in widths):
        return None
    total = 0.0
    for r, row in enumerate(t._cellvalues[:n]):
        fixed = t._argH[r] if r < len(t._argH) else None
        if fixed is not None:
            total += fixed
            continue
        tallest = 0.0
        for c, (value, w) in enumerate(zip(row, widths, strict=False)):
            cs = t._cellStyles[r][c]
            inner = w - cs.leftPadding - cs.rightPadding
            height = 0.0
            for v in value if isinstance(value, list | tuple) else [value]:
                if isinstance(v, Flowable):
                    height += v.wrapOn(canvas, inner, 1e6)[1]
                elif v not in (None, ""):
                    height += cs.leading * (str(v).count("\n") + 1)
            tallest = max(tallest, height + cs.topPadding + cs.bottomPadding)
        total += tallest
    return total


def keep(flow: list[Flowable]) -> list[Flowable]:
    """``flow`` with a conditional break before each run of headings and lead-in paragraphs,
    sized for that run and the start of the flowable after it."""
    out: list[Flowable] = []
    n = 0
    while n < len(flow):
        if not is_heading(flow[n]):
            out.append(flow[n])
            n += 1
            continue
        end = n
        while end < len(flow) and (is_heading(flow[end]) or _is_lead_in(flow[end])):
            end += 1
        follower = flow[end] if end < len(flow) else None
        out += [_RoomFor(flow[n:end], follower), *flow[n:end]]
        n = end
    return out


def _is_lead_in(f: Flowable) -> bool:
    """A sentence that introduces what follows (body or note text); quoted paragraphs (a
    written summary's) are the content itself."""
    return isinstance(f, Paragraph) and f.style.name in LEAD_IN_STYLES
