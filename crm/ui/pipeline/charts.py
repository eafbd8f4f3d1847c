"""Qt Charts as the pipeline pages use them: light, dense, in the interface's font (the
bundled CJK font when the system has none), and clickable — a bar opens the leads behind it.
Charts are rebuilt when their data changes (a few dozen points: cheaper than updating)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QWidget

PALETTE = ("#1f5f99", "#14b8a6", "#f59e0b", "#8b5cf6", "#ef4444", "#64748b")


def _font(delta: float = 0, bold: bool = False) -> QFont:
    f = QFont(QApplication.font())
    f.setPointSizeF(max(7.0, f.pointSizeF() + delta))
    f.setBold(bold)
    return f


class ChartView(QChartView):
    """A chart view with the app's look; ``show_*`` replace what it draws."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setStyleSheet("background: transparent; border: none;")
        self.setMinimumHeight(160)
        self._new_chart()

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setPlotAreaBackgroundVisible(False)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setFont(_font(-1))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        old = self.chart()
        self.setChart(chart)
        if old is not chart:  # a chart view always holds one
            old.deleteLater()
        return chart

    def _axis_font(self, axis) -> None:
        axis.setLabelsFont(_font(-1.5))
        axis.setLabelsColor(QColor("#3e4c59"))
        axis.setGridLineColor(QColor("#e6eaef"))
        axis.setLinePenColor(QColor("#c9d2dc"))

    def show_bars(
        self,
        categories: Sequence[str],
        sets: Sequence[tuple[str, Sequence[float]]],
        on_click: Callable[[int, int], None] | None = None,
        *,
        horizontal: bool = False,
        labels: bool = False,
        legend: bool = True,
    ) -> None:
        """Bars per category, one bar set per (name, values); ``on_click(set, category)``."""
        chart = self._new_chart()
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        top = 0.0
        for n, (name, values) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(PALETTE[n % len(PALETTE)]))
            bar_set.setBorderColor(QColor(PALETTE[n % len(PALETTE)]))
            bar_set.setLabelFont(_font(-1.5))
            bar_set.setLabelColor(QColor("#1f2933"))
            for v in values:
                bar_set.append(float(v))
                top = max(top, float(v))
            if on_click is not None:
                bar_set.clicked.connect(lambda i, n=n: on_click(n, i))
            series.append(bar_set)
        series.setBarWidth(0.75)
        if labels:
            series.setLabelsVisible(True)
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
            series.setLabelsFormat("@value")
        chart.addSeries(series)
        cats = QBarCategoryAxis()
        cats.append(list(categories))
        value_axis = QValueAxis()
        value_axis.setRange(0, _nice(top * (1.18 if labels else 1.05)))
        value_axis.setLabelFormat("%.0f")
        value_axis.setTickCount(5)
        for axis in (cats, value_axis):
            self._axis_font(axis)
        if horizontal:
            value_axis.setLabelsVisible(False)
            value_axis.setGridLineVisible(False)
        chart.addAxis(
            cats, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        chart.addAxis(
            value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(cats)
        series.attachAxis(value_axis)
        chart.legend().setVisible(legend and len(sets) > 1)

    def show_lines(
        self,
        categories: Sequence[str],
        lines: Sequence[tuple[str, Sequence[float]]],
        on_click: Callable[[int, int], None] | None = None,
    ) -> None:
        """Lines over the categories (weeks), one per (name, values); ``on_click(line, point)``."""
        chart = self._new_chart()
        cats = QBarCategoryAxis()
        cats.append(list(categories))
        values = QValueAxis()
        top = max([max(v, default=0) for _n, v in lines] or [0])
        values.setRange(0, _nice(top * 1.08))
        values.setLabelFormat("%.0f")
        values.setTickCount(5)
        for axis in (cats, values):
            self._axis_font(axis)
        chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for n, (name, points) in enumerate(lines):
            series = QLineSeries()
            series.setName(name)
            pen = series.pen()
            pen.setColor(QColor(PALETTE[n % len(PALETTE)]))
            pen.setWidthF(2.2)
            series.setPen(pen)
            series.setPointsVisible(True)
            for x, v in enumerate(points):
                series.append(x, float(v))  # category n is centred on n
            if on_click is not None:
                series.clicked.connect(lambda p, n=n: on_click(n, max(0, round(p.x()))))
            chart.addSeries(series)
            series.attachAxis(cats)
            series.attachAxis(values)
        chart.legend().setVisible(len(lines) > 1)


def _nice(value: float) -> float:
    """A round upper bound for an axis (1, 2, 2.5 or 5 × a power of ten)."""
    if value <= 0:
        return 1
    import math

    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power
