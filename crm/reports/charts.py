"""The report's vector charts (reportlab graphics): the stage funnel, a city × field bar
chart and the 12-week trend lines. Sizes are in points; every text uses the embedded font."""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import HexColor, white

from crm.analytics.weekly import WeeklyReport
from crm.reports import fmt
from crm.reports.brand import GREY, LINE, NAVY, TEAL, TEAL_LIGHT
from crm.reports.fonts import FONT

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


def funnel(report: WeeklyReport, lang: str, width: float, height: float) -> Drawing:
    """Centred bars, one per stage, as wide as the leads that reached it, with the count and
    the conversion from the stage above."""
    d = Drawing(width, height)
    stages = report.funnel
    if not stages:
        return d
    from reportlab.pdfbase.pdfmetrics import stringWidth

    top = max(s.reached.value for s in stages) or 1
    names = [report.labels.stage(s.stage, lang) for s in stages]
    label_w = max(stringWidth(n, FONT, 9) for n in names) + 10
    row_h = height / len(stages)
    bar_area = width - label_w - 70
    for n, s in enumerate(stages):
        y = height - (n + 1) * row_h + row_h * 0.15
        h = row_h * 0.7
        w = max(bar_area * s.reached.value / top, 2)
        x = label_w + (bar_area - w) / 2
        color = SERIES[0] if n < 4 else SERIES[1]
        d.add(Rect(x, y, w, h, fillColor=color, strokeColor=None))
        d.add(
            String(
                label_w - 6,
                y + h / 2 - 3.5,
                report.labels.stage(s.stage, lang),
                fontName=FONT,
                fontSize=9,
                textAnchor="end",
                fillColor=HexColor(NAVY),
            )
        )
        text = fmt.count(s.reached.value)
        inside = w > 60
        d.add(
            String(
                x + w / 2 if inside else x + w + 4,
                y + h / 2 - 3.5,
                text,
                fontName=FONT,
                fontSize=8.5,
                textAnchor="middle" if inside else "start",
                fillColor=white if inside else HexColor(NAVY),
            )
        )
        if n > 0 and stages[n - 1].conversion is not None:
            d.add(
                String(
                    width - 4,
                    y + h / 2 - 3.5,
                    "↓ " + fmt.percent(stages[n - 1].conversion),
                    fontName=FONT,
                    fontSize=8,
                    textAnchor="end",
                    fillColor=HexColor(GREY),
                )
            )
    return d


def city_field_bars(
    report: WeeklyReport, key: str, lang: str, width: float, height: float
) -> Drawing:
    """Grouped bars: one group per city, one bar per field."""
    d = Drawing(width, height)
    table = report.tables[key]
    cities, fields = report.cities, report.fields
    data = [[table.get(c, f).value for c in cities] for f in fields]
    names = [report.labels.field(f, lang) for f in fields]
    legend_h = _legend_height(names, width - 46)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, legend_h + 26
    chart.width, chart.height = width - 46, height - chart.y - 8
    chart.data = data or [[0]]
    group_w = chart.width / max(1, len(cities))
    chart.categoryAxis.categoryNames = [
        _fit(report.labels.city(c, lang), group_w - 4, 8) for c in cities
    ] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top, step = _count_axis(max((max(r) for r in data if r), default=0))
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = top, step
    chart.valueAxis.labelTextFormat = lambda v: fmt.count(v)
    chart.valueAxis.gridStrokeColor = HexColor(LINE)
    chart.valueAxis.visibleGrid = True
    chart.barSpacing, chart.groupSpacing = 1, 10
    for n in range(len(fields)):
        chart.bars[n].fillColor = SERIES[n % len(SERIES)]
        chart.bars[n].strokeColor = None
    d.add(chart)
    d.add(_legend(names, 36, legend_h - 10, width - 46))
    return d


def trend(
    report: WeeklyReport,
    keys: tuple[str, ...],
    names: list[str],
    lang: str,
    width: float,
    height: float,
) -> Drawing:
    """Lines over the trend's weeks (W08 … W20), one per figure key."""
    d = Drawing(width, height)
    points = report.trend
    data = [[p.figures[k].value for p in points] for k in keys]
    legend_h = _legend_height(names, width - 50)
    chart = HorizontalLineChart()
    chart.x, chart.y = 40, legend_h + 26
    chart.width, chart.height = width - 50, height - chart.y - 8
    chart.data = data if points else [[0]]
    chart.categoryAxis.categoryNames = [
        f"W{p.period.week[1]:02d}" if p.period.week else "" for p in points
    ] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top, step = _count_axis(max((max(r) for r in data if r), default=0))
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = top, step
    chart.valueAxis.labelTextFormat = lambda v: fmt.count(v)
    chart.valueAxis.gridStrokeColor = HexColor(LINE)
    chart.valueAxis.visibleGrid = True
    for n in range(len(keys)):
        chart.lines[n].strokeColor = SERIES[n % len(SERIES)]
        chart.lines[n].strokeWidth = 1.6
    d.add(chart)
    d.add(_legend(names, 40, legend_h - 10, width - 50))
    return d


def _fit(name: str, width: float, size: float) -> str:
    """Break a long category name onto two lines at the space nearest its middle."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

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
    from reportlab.pdfbase.pdfmetrics import stringWidth

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
    from reportlab.pdfbase.pdfmetrics import stringWidth

    rows, cx = 1, 0.0
    for name in names:
        item_w = 14 + stringWidth(name, FONT, 8) + 12
        if cx and cx + item_w > width:
            rows, cx = rows + 1, 0.0
        cx += item_w
    return rows * 12
