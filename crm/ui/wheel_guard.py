"""The mouse wheel scrolls forms; it never changes a value by passing over a field.

Qt lets a closed combo box, a spin box and a date box take every wheel event under the
pointer, so scrolling a long form moved 阶段 from 线索 to 落地 without anyone choosing it.
One application-wide mechanism (not a subclass per widget): the app's style, which Qt asks to
polish every widget once, gives each combo, spin and date box the same guard; the guard sends
the wheel on to the scroll area behind the field unless the user is working in it — a combo
box only while its list is open (the list takes the wheel then), a spin or date box only while
it has keyboard focus. (An event filter on the whole application did the same but cost a
Python call for every event of the app: opening the main window took 150 ms longer.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QProxyStyle,
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
    """The event filter on every combo, spin and date box (installed by GuardStyle)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Wheel or not isinstance(obj, GUARDED):
            return False
        if takes_wheel(obj):
            return False
        _scroll_behind(obj, event)
        event.accept()  # taken: neither the field nor its parents see this turn again
        return True


class GuardStyle(QProxyStyle):
    """The app's style (Fusion underneath): as it polishes a combo, spin or date box, it
    gives it the guard."""

    def __init__(self, base: str, guard: WheelGuard):
        super().__init__(base)
        self._guard = guard

    def polish(self, target):  # polish(QWidget), polish(QApplication), polish(QPalette)
        if isinstance(target, GUARDED):
            target.installEventFilter(self._guard)
        return super().polish(target)


def style(app: QApplication, base: str = "Fusion") -> GuardStyle:
    """The style to give the application: ``base`` with the wheel guard."""
    guard = app.findChild(WheelGuard, "wheelGuard")
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheelGuard")
    return GuardStyle(base, guard)
