"""The mouse wheel scrolls forms; it never changes a value by passing over a field.

Qt lets a closed combo box, a spin box and a date box take every wheel event under the
pointer, so scrolling a long form moved 阶段 from 线索 to 落地 without anyone choosing it.
One application-wide mechanism (not a subclass per widget): installed once, it gives every
combo, spin and date box made from then on the same guard; the guard sends the wheel on to the
scroll area behind the field unless the user is working in it — a combo box only while its
list is open (the list takes the wheel then), a spin or date box only while it has keyboard
focus.

Why at construction: an event filter on the whole application costs a Python call for every
event of the app (the main window took 150 ms longer to open), and a Python proxy style one
for every style call while painting (50 ms); the guard on the fields themselves costs nothing
elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFontComboBox,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)


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
    """The event filter on every combo, spin and date box."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Wheel or not isinstance(obj, GUARDED):
            return False
        if takes_wheel(obj):
            return False
        _scroll_behind(obj, event)
        event.accept()  # taken: neither the field nor its parents see this turn again
        return True


#: the field classes Qt has; Python subclasses (SearchCombo) construct through them
FIELD_CLASSES = (QComboBox, QFontComboBox, QSpinBox, QDoubleSpinBox, QDateTimeEdit, QDateEdit,
                 QTimeEdit)  # fmt: skip


def install(app: QApplication) -> WheelGuard:
    """Give every field made from now on the guard (once per application)."""
    guard = app.findChild(WheelGuard, "wheelGuard")
    if guard is not None:
        return guard
    guard = WheelGuard(app)
    guard.setObjectName("wheelGuard")
    for cls in FIELD_CLASSES:
        if "_wheel_guarded" in cls.__dict__:
            continue
        made = cls.__init__

        def __init__(self, *args, _made=made, **kwargs):  # noqa: N807
            _made(self, *args, **kwargs)
            self.installEventFilter(_current_guard())

        cls.__init__ = __init__
        cls._wheel_guarded = True
    return guard


def _current_guard() -> WheelGuard:
    app = QApplication.instance()
    return app.findChild(WheelGuard, "wheelGuard") or install(app)
