"""The mouse wheel over a field that is not being worked in scrolls the form: it never
changes a combo, spin or date box (the lead form's 阶段 went from 线索 to 落地 by scrolling)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QSpinBox

from tests.ui.conftest import activate


def wheel(widget, notches: int = -1) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the user, i.e. down)."""
    centre = widget.rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _form_scroll(form) -> QScrollArea:
    return next(a for a in form.findChildren(QScrollArea) if a.widget() is not None)


def test_wheel_over_the_form_scrolls_it_and_changes_no_field(window, qtbot):
    window.new_lead()
    form = window._forms[-1]
    activate(form)
    scroll = _form_scroll(form)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the form must be taller than its window for this test"
    stage = form.editors["stage"].widget
    city = form.editors["city"].widget
    before = (stage.currentText(), city.currentText())
    assert before[0] == "线索"
    for target in (stage, stage.lineEdit(), city):
        wheel(target, -3)
    assert (stage.currentText(), city.currentText()) == before
    assert bar.value() > 0, "the form scrolled instead"
    assert not form.is_dirty()


def test_a_combo_with_focus_but_closed_list_ignores_the_wheel(window):
    window.new_lead()
    form = window._forms[-1]
    activate(form)
    stage = form.editors["stage"].widget
    stage.setFocus()
    wheel(stage, -2)
    assert stage.currentText() == "线索"


def test_a_spin_box_takes_the_wheel_only_with_focus(window):
    window.show_page("pipeline_targets")
    year = window.pipeline_targets.findChild(QSpinBox, "targetsYear")
    start = year.value()
    window.pipeline_targets.table.setFocus()
    wheel(year, 1)
    assert year.value() == start
    year.setFocus()
    assert year.hasFocus()
    wheel(year, 1)
    assert year.value() == start + 1
