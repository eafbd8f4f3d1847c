"""The report's vector charts (reportlab graphics), drawn from the layout's Chart: the stage
funnel, grouped bars (city × field) and lines (the 12-week trend), each with its axes named. Sizes are in points; every text uses the embedded font."""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from crm.reports import fmt
from crm.reports.brand import GREY, LINE, NAVY, TEAL, TEAL_LIGHT
from crm.reports.fonts import FONT
from crm.reports.layout import Chart

#: the depth of an 8 pt label's descenders, and a category label's second line
DESCENT, CATEGORY_LINE = 3, 9
SERIES = [HexColor(c) for c in (NAVY, TEAL, "#e0a526", "#8e6bbf", TEAL_LIGHT, "#9aa5b1", "#c0392b")]


def _count_axis(value: float) -> tuple[float, float]:
    """Axis maximum and step for counts: whole, round steps, at most five of them (a week
    with 3 new leads reads 0 1 2 3, not 0 0.75 1.5 …)."""
    if value <= 0:
        return 1, 1
    need, mag = value / 5, 1
    while True:
        for k in (1, 2, 2.5, 5):
            step = k * mag
            if step >= need and step == int(step):
                return math.ceil(value / step) * step, step
        mag *= 10


def funnel(chart: Chart, width: float, height: float) -> Drawing:
    """Centred bars, one per stage, as wide as the leads that reached it, with the count and
    the conversion from the stage above; the axes named below and beside the bars."""
    d = Drawing(width, height)
    if not chart.categories:
        return d

    values = chart.series[0].values
    top = max(values) or 1
    names = chart.categories
    label_w = max(stringWidth(n, FONT, 9) for n in names + [chart.y_label]) + 10
    axis_h, head_h = 18, 12
    row_h = (height - axis_h - head_h) / len(names)
    bar_area = width - label_w - 70
    for n, (name, value) in enumerate(zip(names, values, strict=True)):
        y = height - head_h - (n + 1) * row_h + row_h * 0.15
        h = row_h * 0.7
        w = max(bar_area * value / top, 2)
        x = label_w + (bar_area - w) / 2
        color = SERIES[0] if n < 4 else SERIES[1]
        d.add(Rect(x, y, w, h, fillColor=color, strokeColor=None))
        d.add(String(label_w - 6, y + h / 2 - 3.5, name, fontName=FONT, fontSize=9,
                     textAnchor="end", fillColor=HexColor(NAVY)))  # fmt: skip
        text = fmt.count(value)
        inside = w > 60
        d.add(String(x + w / 2 if inside else x + w + 4, y + h / 2 - 3.5, text, fontName=FONT,
                     fontSize=8.5, textAnchor="middle" if inside else "start",
                     fillColor=white if inside else HexColor(NAVY)))  # fmt: skip
        note = chart.notes[n] if n < len(chart.notes) else ""
        if note:
            d.add(String(width - 4, y + h / 2 - 3.5, note, fontName=FONT, fontSize=8,
                         textAnchor="end", fillColor=HexColor(GREY)))  # fmt: skip
    d.add(Line(label_w, axis_h - 2, label_w + bar_area, axis_h - 2,
               strokeColor=HexColor(LINE), strokeWidth=0.6))  # fmt: skip
    # the axis title's descenders stay inside the drawing (what follows it starts below)
    d.add(String(label_w + bar_area / 2, DESCENT, chart.x_label, fontName=FONT, fontSize=8,
                 textAnchor="middle", fillColor=HexColor(GREY)))  # fmt: skip
    d.add(String(label_w - 6, height - 9, chart.y_label, fontName=FONT, fontSize=8,
                 textAnchor="end", fillColor=HexColor(GREY)))  # fmt: skip
    return d


def bars(chart: Chart, width: float, height: float) -> Drawing:
    """Grouped bars: one group per category, one bar per series; the axes named."""
    d = Drawing(width, height)
    cats = chart.categories
    data = [s.values for s in chart.series]
    names = [s.name for s in chart.series]
    legend_h = _legend_height(names, width - 46)
    group_w = (width - 56) / max(1, len(cats))
    fitted = [_fit(n, group_w - 4, 8) for n in cats] or [""]
    # a category name on two lines pushes the axis title down a line, not onto it
    extra = CATEGORY_LINE * max(n.count("\n") for n in fitted)
    c = VerticalBarChart()
    c.x, c.y = 46, legend_h + 36 + extra
    c.width, c.height = width - 56, height - c.y - 14
    c.data = data or [[0]]
    c.categoryAxis.categoryNames = fitted
    c.categoryAxis.labels.fontName = FONT
    c.categoryAxis.labels.fontSize = 8
    c.valueAxis.labels.fontName = FONT
    c.valueAxis.labels.fontSize = 7.5
    c.valueAxis.valueMin = 0
    top, step = _count_axis(max((max(r) for r in data if r), default=0))
    c.valueAxis.valueMax, c.valueAxis.valueStep = top, step
    c.valueAxis.labelTextFormat = lambda v: fmt.count(v)
    c.valueAxis.gridStrokeColor = HexColor(LINE)
    c.valueAxis.visibleGrid = True
    c.barSpacing, c.groupSpacing = 1, 10
    for n in range(len(data)):
        c.bars[n].fillColor = SERIES[n % len(SERIES)]
        c.bars[n].strokeColor = None
    d.add(c)
    _axis_titles(d, chart, c.x, c.y, c.width, c.height, extra)
    d.add(_legend(names, 46, legend_h - 10, width - 56))
    return d


def lines(chart: Chart, width: float, height: float) -> Drawing:
    """Lines over the categories (W08 … W20), one per series; the axes named."""
    d = Drawing(width, height)
    data = [s.values for s in chart.series]
    names = [s.name for s in chart.series]
    legend_h = _legend_height(names, width - 50)
    c = HorizontalLineChart()
    c.x, c.y = 44, legend_h + 36
    c.width, c.height = width - 54, height - c.y - 14
    c.data = data if chart.categories else [[0]]
    c.categoryAxis.categoryNames = chart.categories or [""]
    c.categoryAxis.labels.fontName = FONT
    c.categoryAxis.labels.fontSize = 7.5
    c.valueAxis.labels.fontName = FONT
    c.valueAxis.labels.fontSize = 7.5
    c.valueAxis.valueMin = 0
    top, step = _count_axis(max((max(r) for r in data if r), default=0))
    c.valueAxis.valueMax, c.valueAxis.valueStep = top, step
    c.valueAxis.labelTextFormat = lambda v: fmt.count(v)
    c.valueAxis.gridStrokeColor = HexColor(LINE)
    c.valueAxis.visibleGrid = True
    for n in range(len(data)):
        c.lines[n].strokeColor = SERIES[n % len(SERIES)]
        c.lines[n].strokeWidth = 1.6
    d.add(c)
    _axis_titles(d, chart, c.x, c.y, c.width, c.height)
    d.add(_legend(names, 44, legend_h - 10, width - 54))
    return d


def _axis_titles(
    d: Drawing, chart: Chart, x: float, y: float, w: float, h: float, below: float = 0
) -> None:
    """The axes' names: the x axis's under its labels (``below``: their lines past the first)."""
    if chart.x_label:
        d.add(String(x + w / 2, y - 24 - below, chart.x_label, fontName=FONT, fontSize=8,
                     textAnchor="middle", fillColor=HexColor(GREY)))  # fmt: skip
    if chart.y_label:
        d.add(String(x - 4, y + h + 4, chart.y_label, fontName=FONT, fontSize=8,
                     textAnchor="start", fillColor=HexColor(GREY)))  # fmt: skip


def draw(chart: Chart, width: float, height: float) -> Drawing:
    return {"funnel": funnel, "bars": bars, "lines": lines}[chart.kind](chart, width, height)


def _fit(name: str, width: float, size: float) -> str:
    """Break a long category name onto two lines at the space nearest its middle."""
    if stringWidth(name, FONT, size) <= width or " " not in name:
        return name
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
    return name[:cut] + "\n" + name[cut + 1 :]


def progress_bar(ratio: float | None, expected: float, width: float, height: float = 9) -> Drawing:
    """A bar filled to ``ratio`` (capped at 100 %) with a mark where the year's share is."""
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=HexColor("#edf1f5"), strokeColor=None))
    if ratio:
        color = HexColor(TEAL) if ratio >= expected else HexColor("#e0a526")
        d.add(Rect(0, 0, width * min(ratio, 1.0), height, fillColor=color, strokeColor=None))
    x = width * min(expected, 1.0)
    d.add(Line(x, -1.5, x, height + 1.5, strokeColor=HexColor(NAVY), strokeWidth=1.2))
    return d


def _legend(names: list[str], x: float, y: float, width: float) -> Group:
    """Swatches and names in rows from (x, y) up, as many per row as fit ``width``."""
    g = Group()
    cx, cy = x, y
    for n, name in enumerate(names):
        item_w = 14 + stringWidth(name, FONT, 8) + 12
        if cx > x and cx + item_w > x + width:
            cx, cy = x, cy - 12
        g.add(Rect(cx, cy, 8, 8, fillColor=SERIES[n % len(SERIES)], strokeColor=None))
        g.add(String(cx + 12, cy + 1, name, fontName=FONT, fontSize=8, fillColor=HexColor(NAVY)))
        cx += item_w
    return g


def _legend_height(names: list[str], width: float) -> float:
    rows, cx = 1, 0.0
    for name in names:
        item_w = 14 + stringWidth(name, FONT, 8) + 12
        if cx and cx + item_w > width:
            rows, cx = rows + 1, 0.0
        cx += item_w
    return rows * 12
