"""The mouse wheel scrolls forms; it never changes a value by passing over a field.

Qt lets a closed combo box, a spin box and a date box take every wheel event under the
pointer, so scrolling a long form moved 阶段 from 线索 to 落地 without anyone choosing it.
One application-wide event filter (not a subclass per widget) sends the wheel on to the
scroll area behind such a field unless the user is working in it: a combo box only while its
list is open (the list takes the wheel then), a spin or date box only while it has keyboard
focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


def _field_of(obj: QObject) -> QWidget | None:
    """The combo or spin box an event target belongs to (its line edit is a child)."""
    for w in (obj, obj.parent() if isinstance(obj, QWidget) else None):
        if isinstance(w, (QComboBox, QAbstractSpinBox)):
            return w
    return None


def takes_wheel(field: QWidget) -> bool:
    if isinstance(field, QComboBox):
        view = field.view()
        return view is not None and view.isVisible()
    return field.hasFocus()


def _scroll_behind(field: QWidget, event: QWheelEvent) -> None:
    """Offer the wheel to the scroll areas around ``field``, nearest first, until one scrolls.
    Done here rather than left to Qt's propagation, which only spontaneous events get."""
    w = field.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractScrollArea):
            viewport = w.viewport()
            at = viewport.mapFromGlobal(event.globalPosition())
            passed = QWheelEvent(
                at,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
                event.source(),
                event.pointingDevice(),
            )
            QApplication.sendEvent(viewport, passed)
            if passed.isAccepted():
                return
        if w.isWindow():
            return
        w = w.parentWidget()


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Wheel:
            return False
        field = _field_of(obj)
        if field is None or takes_wheel(field):
            return False
        _scroll_behind(field, event)
        event.accept()  # taken: neither the field nor its parents see this turn again
        return True


def install(app: QApplication) -> WheelGuard:
    """Install the guard once per application (a second call returns the first)."""
    guard = app.findChild(WheelGuard, "wheelGuard")
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheelGuard")
        app.installEventFilter(guard)
    return guard
