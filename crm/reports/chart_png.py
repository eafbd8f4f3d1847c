"""The layout's charts as PNG pictures (Pillow, drawn at 2× for print) for the .docx, where
Word and WPS need raster images: the funnel's bars, grouped bars and lines, each with its axes
named and a legend, in the brand's colours and the bundled CJK font."""

from __future__ import annotations

import io
import math
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from crm.paths import resource
from crm.reports import fmt
from crm.reports.brand import GREY, LINE, NAVY, TEAL, TEAL_LIGHT
from crm.reports.layout import Chart

SERIES = (NAVY, TEAL, "#e0a526", "#8e6bbf", TEAL_LIGHT, "#9aa5b1", "#c0392b")
SCALE = 2  # pixels per point


@cache
def _font(size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        str(resource("fonts", "wqy-microhei.ttc")), int(size * SCALE), index=0
    )


def _axis(value: float) -> tuple[float, float]:
    if value <= 0:
        return 1, 1
    need, mag = value / 5, 1
    while True:
        for k in (1, 2, 2.5, 5):
            step = k * mag
            if step >= need and step == int(step):
                return math.ceil(value / step) * step, step
        mag *= 10


def _text(
    d: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    size: float = 8,
    fill: str = NAVY,
    anchor: str = "la",
) -> None:
    d.text((xy[0] * SCALE, xy[1] * SCALE), text, font=_font(size), fill=fill, anchor=anchor)


def _legend(d: ImageDraw.ImageDraw, names: list[str], x: float, y: float) -> None:
    for n, name in enumerate(names):
        d.rectangle([x * SCALE, y * SCALE, (x + 8) * SCALE, (y + 8) * SCALE],
                    fill=SERIES[n % len(SERIES)])  # fmt: skip
        _text(d, (x + 12, y + 4), name, 8, NAVY, "lm")
        x += 24 + _font(8).getlength(name) / SCALE


def png(chart: Chart, width: float, height: float) -> bytes:
    """The chart as PNG bytes, ``width`` × ``height`` points."""
    img = Image.new("RGB", (int(width * SCALE), int(height * SCALE)), "white")
    d = ImageDraw.Draw(img)
    if chart.kind == "funnel":
        _funnel(d, chart, width, height)
    else:
        _xy(d, chart, width, height)
    out = io.BytesIO()
    img.save(out, "PNG", dpi=(144, 144))
    return out.getvalue()


def _funnel(d: ImageDraw.ImageDraw, chart: Chart, width: float, height: float) -> None:
    values = chart.series[0].values if chart.series else []
    if not values:
        return
    top = max(values) or 1
    label_w = max(_font(9).getlength(n) / SCALE for n in chart.categories) + 12
    head, foot = 14, 16
    row_h = (height - head - foot) / len(values)
    area = width - label_w - 60
    _text(d, (label_w - 6, 2), chart.y_label, 8, GREY, "ra")
    for n, (name, value) in enumerate(zip(chart.categories, values, strict=True)):
        y = head + n * row_h + row_h * 0.15
        h = row_h * 0.7
        w = max(area * value / top, 2)
        x = label_w + (area - w) / 2
        d.rectangle([x * SCALE, y * SCALE, (x + w) * SCALE, (y + h) * SCALE],
                    fill=SERIES[0] if n < 4 else SERIES[1])  # fmt: skip
        _text(d, (label_w - 6, y + h / 2), name, 9, NAVY, "rm")
        _text(d, (x + w + 4, y + h / 2), fmt.count(value), 8, NAVY, "lm")
        note = chart.notes[n] if n < len(chart.notes) else ""
        if note:
            _text(d, (width - 4, y + h / 2), note, 8, GREY, "rm")
    _text(d, (label_w + area / 2, height - 2), chart.x_label, 8, GREY, "md")


def _xy(d: ImageDraw.ImageDraw, chart: Chart, width: float, height: float) -> None:
    left, right, top_m, bottom = 40, 10, 16, 46
    x0, y0, w, h = left, top_m, width - left - right, height - top_m - bottom
    data = [s.values for s in chart.series]
    top, step = _axis(max((max(v) for v in data if v), default=0))
    for k in range(int(top / step) + 1):
        y = y0 + h - h * (k * step) / top
        d.line([x0 * SCALE, y * SCALE, (x0 + w) * SCALE, y * SCALE], fill=LINE, width=1)
        _text(d, (x0 - 4, y), fmt.count(k * step), 7.5, GREY, "rm")
    cats = chart.categories or [""]
    slot = w / len(cats)
    for n, name in enumerate(cats):
        _text(d, (x0 + slot * (n + 0.5), y0 + h + 4), name, 7.5, NAVY, "ma")
    if chart.kind == "bars":
        bar = slot * 0.8 / max(1, len(data))
        for s, values in enumerate(data):
            for n, v in enumerate(values):
                x = x0 + slot * n + slot * 0.1 + bar * s
                y = y0 + h - h * v / top
                d.rectangle([x * SCALE, y * SCALE, (x + bar - 1) * SCALE, (y0 + h) * SCALE],
                            fill=SERIES[s % len(SERIES)])  # fmt: skip
    else:
        for s, values in enumerate(data):
            pts = [((x0 + slot * (n + 0.5)) * SCALE, (y0 + h - h * v / top) * SCALE)
                   for n, v in enumerate(values)]  # fmt: skip
            if len(pts) > 1:
                d.line(pts, fill=SERIES[s % len(SERIES)], width=3)
    _text(d, (x0 + w / 2, y0 + h + 16), chart.x_label, 8, GREY, "ma")
    _text(d, (x0 - 30, 2), chart.y_label, 8, GREY, "la")
    _legend(d, [s.name for s in chart.series], x0, height - 14)
